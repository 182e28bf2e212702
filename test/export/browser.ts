/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// A real browser for the HTML handout: Debian's chromium, headless, driven by
// playwright-core. Every request the page makes is recorded and refused, and
// every console error and page error is kept, so a test can say "none".
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's chromium; another path only to try the tests against a different build (or none). */
export const CHROMIUM = process.env.STANDPOINT_CHROMIUM ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const NO_CHROMIUM_MESSAGE = `Skipping the HTML browser tests: ${CHROMIUM} is missing (apt-get install chromium; .ci/run does).`;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Loaded {
  page: Page;
  requests: string[];
  errors: string[];
}

export interface Chromium {
  open(html: string, options?: { width?: number; dark?: boolean }): Promise<Loaded>;
  close(): Promise<void>;
}

export async function startChromium(): Promise<Chromium> {
  // A fresh profile each run: nothing cached or remembered from another run.
  const profile = mkdtempSync(join(tmpdir(), 'standpoint-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    // The page's own policy forbids scripts; the test still needs to inject axe-core.
    bypassCSP: true,
  });
  const browser: Browser | null = context.browser();
  return {
    async open(html, options = {}) {
      const page = await context.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort();
      });
      page.on('request', (r) => {
        if (!requests.includes(r.url())) requests.push(r.url());
      });
      await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
      await page.emulateMedia({ colorScheme: options.dark ? 'dark' : 'light' });
      await page.setContent(html, { waitUntil: 'load' });
      return { page, requests, errors };
    },
    async close() {
      await context.close();
      await browser?.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const require = createRequire(import.meta.url);

/** axe-core's source, to inject into a page. */
export function axeSource(): string {
  return require('node:fs').readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource() });
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
    const axe = (window as any).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}
