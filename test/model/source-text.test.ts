// A source's local text copy is read like any untrusted file in the folder:
// it must stay inside the debate folder and be a regular UTF-8 file, and every
// way it can fail is one located error at its `text:` line, never a hang.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDebate } from '../../src/model/load.js';
import { normaliseQuote, occursIn } from '../../src/model/quotes.js';

function debateWithText(text: string, setup: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'standpoint-source-text-'));
  writeFileSync(
    join(dir, 'debate.yaml'),
    `title: T\nquestion: Q?\nissues:\n  - {id: one, title: One, question: One?}\nsources:\n  - id: art\n    title: An article\n    kind: news-article\n    text: ${JSON.stringify(text)}\n`,
  );
  writeFileSync(
    join(dir, 'a.yaml'),
    'name: A\npositions:\n  - id: p\n    issue: one\n    stance: for\n    claim: Yes.\n    evidence:\n      - kind: quote\n        text: We will win\n        speaker: A leader\n        source: art\n',
  );
  setup(dir);
  return dir;
}

async function problems(dir: string) {
  const { model } = await loadDebate(dir);
  return {
    model,
    // Only what the text copy is about: the one-actor fixture also draws lint advice.
    found: model.diagnostics
      .filter((d) => d.rule === 'source-text' || d.rule === 'quote-not-in-source')
      .map((d) => ({
        file: d.file.slice(dir.length + 1),
        line: d.line,
        col: d.col,
        severity: d.severity,
        rule: d.rule,
        message: d.message,
      })),
  };
}

const AT_TEXT = { file: 'debate.yaml', line: 9, col: 11, severity: 'error', rule: 'source-text' };

describe('a source text copy', () => {
  it('checks quotes against a text inside the folder, in a subfolder', async () => {
    const ok = debateWithText('sources/art.txt', (d) => {
      mkdirSync(join(d, 'sources'));
      writeFileSync(join(d, 'sources/art.txt'), 'He said: “We  will\nwin.”');
    });
    expect((await problems(ok)).found).toEqual([]);
    const wrong = debateWithText('sources/art.txt', (d) => {
      mkdirSync(join(d, 'sources'));
      writeFileSync(join(d, 'sources/art.txt'), 'He said: “We shall win.”');
    });
    expect((await problems(wrong)).found).toEqual([
      expect.objectContaining({ file: 'a.yaml', line: 9, col: 15, severity: 'warning', rule: 'quote-not-in-source' }),
    ]);
  });

  it.each([
    ['an absolute path', '/etc/passwd', /not an absolute path/],
    ['a Windows drive path', 'C:\\\\notes.txt', /not an absolute path/],
    ['a path that climbs out', 'sources/../../secret.txt', /must not leave the debate folder/],
    ['a file that does not exist', 'sources/missing.txt', /Cannot read the source text "sources\/missing.txt"/],
  ])('rejects %s with one located error', async (_what, path, message) => {
    const { found, model } = await problems(debateWithText(path));
    expect(found).toEqual([{ ...AT_TEXT, message: expect.stringMatching(message) }]);
    // The rest of the debate still loads.
    expect(model.actors.map((a) => a.id)).toEqual(['a']);
  });

  it('rejects a link that points outside the folder, and accepts one that stays inside', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'standpoint-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'We will win');
    const out = debateWithText('art.txt', (d) => symlinkSync(join(outside, 'secret.txt'), join(d, 'art.txt')));
    const { found } = await problems(out);
    expect(found).toEqual([{ ...AT_TEXT, message: expect.stringMatching(/a link to a file outside the debate folder/) }]);
    // The text of the outside file is never echoed.
    expect(JSON.stringify(found)).not.toContain('We will win');

    const inside = debateWithText('art.txt', (d) => {
      writeFileSync(join(d, 'real.txt'), 'We will win');
      symlinkSync('real.txt', join(d, 'art.txt'));
    });
    expect((await problems(inside)).found).toEqual([]);
  });

  it.runIf(process.platform !== 'win32')('rejects a FIFO without blocking, and a folder', async () => {
    const fifo = debateWithText('art.txt', (d) => execFileSync('mkfifo', [join(d, 'art.txt')]));
    expect((await problems(fifo)).found).toContainEqual({ ...AT_TEXT, message: expect.stringMatching(/not a regular file/) });
    const folder = debateWithText('sources', (d) => mkdirSync(join(d, 'sources')));
    expect((await problems(folder)).found).toEqual([{ ...AT_TEXT, message: expect.stringMatching(/not a regular file/) }]);
  });

  it('rejects text that is not UTF-8', async () => {
    const dir = debateWithText('sources/art.txt', (d) => {
      mkdirSync(join(d, 'sources'));
      writeFileSync(join(d, 'sources/art.txt'), Buffer.from([0x57, 0x65, 0xe9, 0x0a]));
    });
    expect((await problems(dir)).found).toEqual([{ ...AT_TEXT, message: expect.stringMatching(/not UTF-8/) }]);
  });
});

describe('quote matching', () => {
  it('ignores whitespace and the shape of quotation marks, nothing else', () => {
    const text = normaliseQuote('She called it “a ‘fair’ deal”,\n\tthen  left.');
    expect(occursIn('"a \'fair\' deal", then left', text)).toBe(true);
    expect(occursIn('“a ‘fair’ deal”, then\nleft', text)).toBe(true);
    expect(occursIn('a fair deal', text)).toBe(false);
    expect(occursIn('A "fair" deal', text)).toBe(false);
  });
});
