/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The HTML handout in a real browser: it loads with no request and no error,
// its tables hold the debate, an accessibility checker finds nothing serious,
// print gives each issue its own page, and nothing from a hostile debate file
// becomes markup or a live link.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STANCE_GLYPH, stanceWord } from '../../src/debate/stance.js';
import { renderHtml } from '../../src/export/html.js';
import type { Model } from '../../src/model/types.js';
import { HIDDEN_WORDS } from '../e2e/escapes.js';
import { type Chromium, HAVE_CHROMIUM, NO_CHROMIUM_MESSAGE, runAxe, startChromium } from './browser.js';
import { EXAMPLE, load, NASTY, nastyDebate } from './helpers.js';

const HOSTILE = join(import.meta.dirname, '..', 'fixtures', 'hostile', 'debate');
const SHOTS = '/tmp/standpoint-shots';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

describe.skipIf(!HAVE_CHROMIUM)('HTML handout in chromium', () => {
  let browser: Chromium;
  beforeAll(async () => {
    browser = await startChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** What the stance matrix shows: header row, then each row's cells as text. */
  async function matrix(html: string, width?: number) {
    const { page, requests, errors } = await browser.open(html, { width });
    const rows = await page.$$eval('#matrix tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())),
    );
    return { page, requests, errors, rows };
  }

  function expectedRows(model: Model): string[][] {
    return [
      ['Issue', ...model.actors.map((a) => a.short)],
      ...model.issues.map((i) => [
        i.title,
        ...model.actors.map((a) => {
          const p = a.byIssue.get(i.id);
          return p ? `${STANCE_GLYPH[p.stance]} ${stanceWord(p.stance)}` : '· no position';
        }),
      ]),
    ];
  }

  it('shows the example with no request, no console error, and the matrix the debate holds', async () => {
    const model = await load(EXAMPLE);
    const { page, requests, errors, rows } = await matrix(renderHtml(model));
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(rows).toEqual(expectedRows(model));
    // Every position's claim is on the page, under its issue.
    for (const [n, issue] of model.issues.entries()) {
      const text = await page.$eval(`#issue-${n + 1}`, (h) => h.closest('section')?.textContent ?? '');
      for (const a of model.actors) {
        const p = a.byIssue.get(issue.id);
        if (p) expect(text.replace(/\s+/g, ' ')).toContain(p.claim.replace(/\s+/g, ' ').trim());
      }
    }
    // Headers are real headers: one column header per actor, one row header per issue.
    expect(await page.$$eval('#matrix th[scope=col]', (x) => x.length)).toBe(model.actors.length + 1);
    expect(await page.$$eval('#matrix th[scope=row]', (x) => x.length)).toBe(model.issues.length);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });

  it('has no serious or critical accessibility violation (axe-core), light or dark', async () => {
    const model = await load(EXAMPLE);
    for (const dark of [false, true]) {
      const { page } = await browser.open(renderHtml(model), { dark });
      const bad = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad, JSON.stringify(bad, null, 1)).toEqual([]);
      await page.close();
    }
  }, 60_000);

  it('prints each issue on its own page, in black on white', async () => {
    const model = await load(EXAMPLE);
    const { page } = await browser.open(renderHtml(model));
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.$$eval('section.issue', (s) => s.map((x) => getComputedStyle(x).breakBefore));
    expect(breaks).toEqual(model.issues.map(() => 'page'));
    const colours = await page.$$eval('.stance', (s) => [...new Set(s.map((x) => getComputedStyle(x).color))]);
    expect(colours).toEqual(['rgb(0, 0, 0)']);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    // The front matter, then at least one page per issue.
    expect(pages.length).toBeGreaterThanOrEqual(model.issues.length + 1);
    await page.close();
  }, 60_000);

  it('turns no text from a hostile debate into markup, script or a live link', async () => {
    for (const dir of [HOSTILE, nastyDebate()]) {
      const model = await load(dir);
      const { page, requests, errors } = await browser.open(renderHtml(model));
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      const found = await page.evaluate(() => ({
        scripts: document.querySelectorAll('script, img, iframe, object, embed, form, link, base').length,
        handlers: [...document.querySelectorAll('*')]
          .flatMap((e) => [...e.attributes].map((a) => a.name))
          .filter((n) => n.startsWith('on')),
        links: [...document.querySelectorAll('a[href]')].map((a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel') })),
        title: document.title,
        text: document.body.textContent ?? '',
      }));
      expect(found.scripts).toBe(0);
      expect(found.handlers).toEqual([]);
      // Only the page's own anchors, and http(s) links that are nofollow.
      for (const l of found.links) {
        if (l.href?.startsWith('#')) continue;
        expect(l.href).toMatch(/^https?:\/\//);
        expect(l.rel).toContain('nofollow');
      }
      // The markup a debate wrote is shown as the text it is.
      if (dir !== HOSTILE) {
        expect(found.title).toBe(NASTY.title);
        expect(found.text).toContain('<img src=x onerror=alert(1)>');
        expect(found.text).toContain('javascript:alert(1)');
      } else {
        expect(found.title).toContain('DebateTitle');
      }
      // Words hidden inside escape sequences never show: the sequences were removed whole.
      for (const w of HIDDEN_WORDS) expect(found.text).not.toContain(w);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
      expect(found.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      await page.close();
    }
  }, 60_000);

  it('looks right at phone and desktop widths (screenshots to look at)', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const html = renderHtml(await load(EXAMPLE));
    for (const [name, width, dark] of [
      ['phone-390', 390, false],
      ['desktop-1280', 1280, false],
      ['desktop-1280-dark', 1280, true],
    ] as const) {
      const { page } = await browser.open(html, { width, dark });
      // The page never scrolls sideways: only the tables' own boxes may.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
      // One screen at a time too, the way a reader first sees the page and an issue.
      await page.screenshot({ path: join(SHOTS, `${name}-top.png`) });
      await page.locator('#issue-1').scrollIntoViewIfNeeded();
      await page.evaluate(() => document.getElementById('issue-1')?.scrollIntoView());
      await page.screenshot({ path: join(SHOTS, `${name}-issue.png`) });
      await page.close();
    }
    writeFileSync(join(SHOTS, 'example.html'), html);
  }, 60_000);
});
