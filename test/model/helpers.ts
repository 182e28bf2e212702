// Shared by the loader tests: debates assembled in scratch folders from the
// minimal fixture plus the files of one case, captured output, and the built CLI.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../../src/model/diagnostics.js';
import { loadDebate } from '../../src/model/load.js';
import type { Model } from '../../src/model/types.js';

import { ROOT } from '../helpers/cli.js';

export { CLI, ROOT, runCli } from '../helpers/cli.js';
export const FIXTURES = join(ROOT, 'test/fixtures');
export const MINIMAL = join(FIXTURES, 'debates/minimal');

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
