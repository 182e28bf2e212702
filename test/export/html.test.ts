// The HTML handout without a browser: what the page's source may and may not
// hold, so the safety rules hold even where chromium is not installed.
import { describe, expect, it } from 'vitest';
import { esc, renderHtml, safeUrl } from '../../src/export/html.js';
import { EXAMPLE, load, nastyDebate, writeDebate } from './helpers.js';

describe('html export source', () => {
  it('escapes every markup character and drops control characters', () => {
    expect(esc(`<img src=x onerror="alert('1')"> & \u001b]0;PWNED\u0007done`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; done',
    );
  });

  it('links only plain http(s) addresses', () => {
    expect(safeUrl('https://example.org/a?b=c&d=e')).toBe('https://example.org/a?b=c&d=e');
    expect(safeUrl('HTTP://example.org')).toBe('HTTP://example.org');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      '//evil.example/x',
      'https://evil.example/"onmouseover="alert(1)',
      "https://evil.example/'><script>",
      'https://evil example/',
      'vbscript:msgbox',
    ])
      expect(safeUrl(bad), bad).toBeUndefined();
  });

  it('holds no script, no outside resource, and says so in its content policy', async () => {
    const html = renderHtml(await load(EXAMPLE));
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i);
    // Each link outside the page is an http(s) source, marked nofollow.
    for (const m of html.matchAll(/<a href="([^"]*)"([^>]*)>/g)) {
      if (m[1]?.startsWith('#')) continue;
      expect(m[1]).toMatch(/^https?:\/\//);
      expect(m[2]).toContain('rel="noopener noreferrer nofollow"');
    }
  });

  it('shows hostile text as text: no tag, no handler, no javascript: link', async () => {
    const html = renderHtml(await load(nastyDebate()));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<(?:script|img)\b/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('(address not linked: javascript:alert(1))');
    const quoted = writeDebate({
      'debate.yaml': `title: T\nquestion: Q?\nissues:\n  - id: i\n    title: I\n    question: Q?\nsources:\n  - id: s\n    title: S\n    kind: report\n    url: 'https://evil.example/"onmouseover="alert(1)'\n`,
    });
    const out = renderHtml(await load(quoted));
    expect(out).not.toContain('onmouseover="');
    expect(out).toContain('onmouseover=&quot;alert(1)');
  });
});
