// `standpoint export [DIR] --format markdown|json|argdown|html|csv|aif [--out FILE]`:
// the debate as a handout, as data for scripts and spreadsheets, or as an argument map.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { LensKind } from '../debate/lens.js';
import { renderAif } from '../export/aif.js';
import { renderArgdown } from '../export/argdown.js';
import { CSV_ROWS, type CsvRows, renderCsv } from '../export/csv.js';
import { renderHtml } from '../export/html.js';
import { renderJson } from '../export/json.js';
import { renderMarkdown } from '../export/markdown.js';
import { chooseDir } from '../model/discover.js';
import { didYouMean } from '../model/suggest.js';
import { describeFsError } from '../model/terms.js';
import type { Model } from '../model/types.js';
import { displayPath, type Output, processOutput } from '../terminal/output.js';
import { exitQuietlyOnClosedPipe, lensOption, loadDebates } from './shared.js';

export const FORMATS = ['markdown', 'json', 'argdown', 'html', 'csv', 'aif'] as const;
export type Format = (typeof FORMATS)[number];

const RENDER: Record<Format, (m: Model, o: { lens?: LensKind; audit?: boolean; rows?: CsvRows }) => string> = {
  markdown: renderMarkdown,
  json: renderJson,
  argdown: renderArgdown,
  html: renderHtml,
  csv: renderCsv,
  aif: renderAif,
};
/** Short names people type, as the file extensions say. */
const FORMAT_ALIASES: Record<string, Format> = { md: 'markdown', ad: 'argdown', htm: 'html' };
const BY_EXTENSION: Record<string, Format> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.argdown': 'argdown',
  '.ad': 'argdown',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.aif': 'aif',
};

export interface ExportOptions {
  format?: string;
  out?: string;
  force?: boolean;
  lens?: LensKind;
  /** Include the balance audit (Markdown and JSON). */
  audit?: boolean;
  /** CSV only: one row per position (the default) or per evidence item. */
  rows?: string;
  /** Actors as "Actor A, B, C" (debate/blind.ts). */
  blind?: boolean;
}

export async function runExport(dir: string, given: ExportOptions, o: Output): Promise<number> {
  // `--out -` is standard output, as for most tools that take a file.
  const opts = given.out === '-' ? { ...given, out: undefined } : given;
  const format = chooseFormat(opts, o);
  if (!format) return 2;
  const rows = chooseRows(opts, format, o);
  if (rows === null) return 2;
  if (opts.out && !opts.force && existsSync(opts.out)) {
    o.err(`standpoint: ${displayPath(resolve(opts.out))} already exists: add --force to replace it, or choose another --out.\n`);
    return 1;
  }
  if (!opts.out) exitQuietlyOnClosedPipe();
  const models = await loadDebates(dir, o, { many: false });
  if (!models?.[0]) return 2;
  const model = opts.blind ? (await import('../debate/blind.js')).blindModel(models[0]) : models[0];
  const text = RENDER[format](model, { lens: opts.lens, audit: opts.audit, rows });
  if (!opts.out) {
    o.out(text);
    return 0;
  }
  const written = await writeAtomically(opts.out, text, Boolean(opts.force));
  if (!written.ok) {
    o.err(`standpoint: ${written.message}\n`);
    return 1;
  }
  o.err(`Wrote ${displayPath(resolve(opts.out))} (${format}).\n`);
  return 0;
}

function chooseFormat(opts: ExportOptions, o: Output): Format | undefined {
  if (opts.format !== undefined) {
    const name = opts.format.toLowerCase();
    const f = FORMATS.find((x) => x === (FORMAT_ALIASES[name] ?? name));
    if (!f) o.err(`standpoint: Unknown format "${opts.format}": use ${FORMATS.join(', ')}.${didYouMean(opts.format, FORMATS)}\n`);
    return f;
  }
  const inferred = opts.out ? BY_EXTENSION[extname(opts.out).toLowerCase()] : undefined;
  if (!inferred) o.err(`standpoint: Choose a format: --format ${FORMATS.join('|')}.\n`);
  return inferred;
}

function chooseRows(opts: ExportOptions, format: Format, o: Output): CsvRows | undefined | null {
  if (opts.rows === undefined) return undefined;
  const rows = CSV_ROWS.find((r) => r === opts.rows?.toLowerCase());
  if (format !== 'csv') o.err('standpoint: --rows is for --format csv only.\n');
  else if (!rows) o.err(`standpoint: Unknown --rows "${opts.rows}": use ${CSV_ROWS.join(' or ')}.${didYouMean(opts.rows, CSV_ROWS)}\n`);
  return format === 'csv' && rows ? rows : null;
}

type Written = { ok: true } | { ok: false; message: string };

/**
 * Writes a temporary file next to the target, then moves it into place, so a
 * reader never sees half a file. Without `force` the move is a hard link, which
 * fails if the target appeared in the meantime instead of replacing it.
 */
export async function writeAtomically(target: string, text: string, force: boolean): Promise<Written> {
  const file = resolve(target);
  const shown = displayPath(file);
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx' });
  } catch (err) {
    return { ok: false, message: `Cannot write ${shown}: ${describeWriteError(err, dirname(file))}.` };
  }
  try {
    if (force) await rename(temp, file);
    else {
      try {
        await link(temp, file);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw err;
        // A file system without hard links: check, then move (a small race, but no silent overwrite in practice).
        if (existsSync(file)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
        await rename(temp, file);
        return { ok: true };
      }
      await unlink(temp);
    }
    return { ok: true };
  } catch (err) {
    await unlink(temp).catch(() => {});
    if ((err as NodeJS.ErrnoException).code === 'EEXIST')
      return { ok: false, message: `${shown} already exists: add --force to replace it, or choose another --out.` };
    return { ok: false, message: `Cannot write ${shown}: ${describeWriteError(err, dirname(file))}.` };
  }
}

function describeWriteError(err: unknown, folder: string): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return `the folder ${displayPath(folder)} does not exist`;
  if (code === 'EISDIR') return 'it is a folder';
  return describeFsError(err);
}

export function registerExport(program: Command, run: (code: number) => void): void {
  program
    .command('export')
    .description(
      'Export the debate as a Markdown or HTML handout, JSON for scripts, CSV for spreadsheets, or Argdown and AIF for argument maps',
    )
    .argument('[dir]', 'a debate folder (default: this folder if it holds debate.yaml, else ./positions; never the example)')
    .option('-f, --format <format>', `${FORMATS.join(', ')} (or md; default: from the --out extension)`)
    .option('-o, --out <file>', 'write to this file instead of standard output ("-" is standard output)')
    .option('--force', 'replace --out if it already exists')
    .option('--lens <kind>', 'keep only one kind of evidence: quote, fact, statistic, claim or interpretation')
    .option('--audit', 'add the balance audit (markdown and json)')
    .option('--blind', 'actors as "Actor A, B, C": names, short names, roles, people and speakers hidden')
    .option('--rows <rows>', `csv: one row per ${CSV_ROWS.join(' or per ')} item (default: positions)`)
    .action(
      async (
        dir: string | undefined,
        opts: { format?: string; out?: string; force?: boolean; lens?: string; audit?: boolean; rows?: string; blind?: boolean },
      ) => {
        const o = processOutput();
        const lens = lensOption(opts.lens, o);
        if (lens === null) return run(2);
        const where = chooseDir(dir, false, (line) => o.err(line));
        run(where === undefined ? 2 : await runExport(where, { ...opts, lens }, o));
      },
    );
}
