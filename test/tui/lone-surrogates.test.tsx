// Half of a surrogate pair, written as a YAML escape ("\uD83D" alone), is
// drawn by a terminal as U+FFFD, one column wide. Measured as the zero columns
// string-width gives it, rows ran past the edge and the title scrolled off.
// Measured as drawn, every row fits; `check` says the text cannot be shown as written.
import './force-color.js';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterEach, describe, expect, test } from 'vitest';
import { loadDebate } from '../../src/model/load.js';
import { App } from '../../src/tui/App.js';
import { type Rendered, renderAt } from './render.js';

const MINIMAL = 'test/fixtures/debates/minimal';
const HALVES = '\\uD83D'.repeat(40);

let current: Rendered | undefined;
let dir: string;
afterEach(() => {
  current?.unmount();
  current = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** The minimal debate with lone surrogates in the title and in a claim. */
function debate(): string {
  dir = join(mkdtempSync(join(tmpdir(), 'standpoint-surrogates-')), 'bridge');
  cpSync(MINIMAL, dir, { recursive: true });
  const edit = (name: string, from: string, to: string) => {
    const file = join(dir, name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  };
  edit('debate.yaml', 'title: Should the town build a bridge?', `title: "Bridge ${HALVES} vote"`);
  edit('council.yaml', 'claim: The bridge pays for itself within twenty years.', `claim: "Pays ${HALVES} back"`);
  return dir;
}

/** A row as a terminal draws it: each lone surrogate as U+FFFD. */
const drawn = (line: string) => line.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

describe('lone surrogates', () => {
  test('are measured as the one column they are drawn in: every row fits, the title stays on screen', async () => {
    const loaded = await loadDebate(debate());
    for (const cols of [60, 100]) {
      current = await renderAt(<App debates={[]} initial={loaded} load={loadDebate} theme={{ color: false }} />, cols, 24);
      const lines = current.lines();
      expect(lines.length).toBeLessThanOrEqual(23);
      for (const l of lines) expect(stringWidth(drawn(l))).toBeLessThanOrEqual(cols);
      expect(current.screen()).toContain('Bridge');
      current.unmount();
      current = undefined;
    }
  });

  test('check warns where text cannot be displayed as written', async () => {
    const { model } = await loadDebate(debate());
    const found = model.diagnostics
      .filter((d) => d.rule === 'lone-surrogate')
      .map((d) => `${d.file.slice(dir.length + 1)}:${d.line}:${d.col}`);
    expect(found).toEqual(['council.yaml:11:12', 'debate.yaml:1:8']);
    expect(model.diagnostics.find((d) => d.rule === 'lone-surrogate')?.severity).toBe('warning');
    expect(model.title).toBe(`Bridge ${'\ufffd'.repeat(40)} vote`);
  });
});
