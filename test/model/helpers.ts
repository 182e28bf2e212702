// Shared by the loader tests: debates assembled in scratch folders from the
// minimal fixture plus the files of one case, captured output, and the built CLI.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseCleanYaml } from '../../src/model/clean-yaml.js';
import type { Diagnostic } from '../../src/model/diagnostics.js';
import { loadDebate } from '../../src/model/load.js';
import { spotsOf } from '../../src/model/locate.js';
import { parseYamlText } from '../../src/model/read.js';
import type { Model } from '../../src/model/types.js';
import { ROOT } from '../helpers/cli.js';

export { CLI, ROOT, runCli } from '../helpers/cli.js';
export const FIXTURES = join(ROOT, 'test/fixtures');
export const MINIMAL = join(FIXTURES, 'debates/minimal');

/** The bad-input corpus: one case per file or folder, its expected diagnostics in expected.json. */
export const CORPUS = join(FIXTURES, 'corpus');
type CorpusEntry = { as?: string; expect: string[] };
const MANIFEST = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as Record<string, CorpusEntry | string>;
export const CORPUS_CASES = Object.entries(MANIFEST).filter((e): e is [string, CorpusEntry] => !e[0].startsWith('$'));

/** The corpus's clean base debate with one case (a path in the corpus) copied over it, in `parent/name`. */
export function assemble(name: string, path?: string, parent = scratch()): string {
  const dir = join(parent, name);
  cpSync(join(CORPUS, '_base'), dir, { recursive: true });
  if (path?.endsWith('/')) cpSync(join(CORPUS, path), dir, { recursive: true });
  else if (path) cpSync(join(CORPUS, path), join(dir, (MANIFEST[path] as CorpusEntry).as ?? 'council.yaml'));
  return dir;
}

const made: string[] = [];

/** A fresh folder outside the repository, removed by `cleanScratch`. */
export function scratch(prefix = 'standpoint-model-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanScratch(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * The minimal debate with some files replaced or added: a debate with one
 * mistake in it. `files` maps a file name to its content (null deletes it);
 * `overlay` is a folder whose files are copied over the debate.
 */
export function debateWith(files: Record<string, string | Buffer | null> = {}, overlay?: string, into?: string): string {
  const dir = into ?? join(scratch(), 'debate');
  cpSync(MINIMAL, dir, { recursive: true });
  if (overlay) cpSync(overlay, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    if (content === null) rmSync(join(dir, name), { force: true, recursive: true });
    else writeFileSync(join(dir, name), content);
  }
  return dir;
}

export async function load(dir: string): Promise<Model> {
  return (await loadDebate(dir)).model;
}

/** Diagnostics as "file:line:col rule" strings, file relative to the debate, for compact assertions. */
export function brief(model: Model): string[] {
  return model.diagnostics.map((d) => `${d.file.slice(model.dir.length + 1)}:${d.line}:${d.col} ${d.rule}`);
}

export function errors(model: Model): Diagnostic[] {
  return model.diagnostics.filter((d) => d.severity === 'error');
}

import { type Captured, capture, type Run } from '../helpers/output.js';

export { type Captured, capture, type Run };

/** What a stack trace looks like, in any of the forms Node prints. */
export const STACK_TRACE = /\n\s+at .+\(|\n\s+at .+:\d+:\d+|node:internal|Error: .*\n\s+at /;

/**
 * Reads a text with the fast reader and with the full parser. When the fast
 * one takes the text, both must give the same data and node offsets, and the
 * full parser no diagnostic at all; returns whether the fast one took it.
 */
export function fastReaderAgrees(text: string): boolean {
  const fast = parseCleanYaml(text);
  if (!fast) return false;
  const full = parseYamlText('/x/actor.yaml', text);
  expect(full.diagnostics, text).toEqual([]);
  expect(fast.data, text).toStrictEqual(full.data);
  expect(fast.spots, text).toStrictEqual(spotsOf(full.doc?.contents as Parameters<typeof spotsOf>[0]));
  return true;
}
