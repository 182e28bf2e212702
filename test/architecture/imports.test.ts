// The import rules of docs/architecture.md, checked over every import in src/:
// which folder may import which, which libraries stay out of the screens and
// the domain, and no cycle between folders.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/** What each folder of src/ may import from the others (files at the top of src/ are folders of their own). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  text: [],
  model: [],
  debate: ['model', 'text'],
  export: ['model', 'debate', 'text', 'version'],
  terminal: ['model', 'export'],
  watch: ['model'],
  cache: ['model', 'version'],
  check: ['model', 'terminal', 'version'],
  authoring: ['model', 'export'],
  tui: ['model', 'debate', 'text', 'terminal', 'watch'],
  launch: ['cache'],
  commands: ['model', 'debate', 'text', 'export', 'terminal', 'watch', 'cache', 'check', 'authoring', 'tui', 'launch', 'version'],
  cli: ['commands', 'check', 'model', 'terminal', 'version'],
  main: ['cli', 'model'],
  version: [],
};

/** Modules a folder must not load at run time (type-only imports cost nothing and are allowed). */
const MUST_NOT_LOAD: Record<string, readonly string[]> = {
  // The screens never parse: YAML, the schemas and the loader stay behind the model.
  tui: ['yaml', 'zod', 'model/load', 'model/read', 'model/validate', 'model/schema'],
  debate: ['yaml', 'zod', 'ink', 'react'],
  export: ['yaml', 'zod', 'ink', 'react'],
  model: ['ink', 'react'],
  text: ['ink', 'react'],
};

interface Import {
  file: string;
  /** The folder of src/ it names, or the package. */
  folder: string;
  /** Path inside src/ without extension ("model/load"), or the package name. */
  target: string;
  typeOnly: boolean;
}

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function folderOf(pathInSrc: string): string {
  const first = pathInSrc.split('/')[0] ?? '';
  return first.replace(/\.(?:ts|tsx|js|json)$/, '');
}

function importsOf(file: string, text: string): Import[] {
  const out: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[3] ?? m[4] ?? '';
    const typeOnly = m[2] !== undefined;
    if (spec.startsWith('.')) {
      const target = relative(SRC, resolve(dirname(file), spec)).replace(/\.(?:js|ts|tsx)$/, '');
      out.push({ file, folder: folderOf(target), target, typeOnly });
    } else {
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);
      out.push({ file, folder: `pkg:${pkg}`, target: pkg, typeOnly });
    }
  }
  return out;
}

/** Every rule an import breaks, in words. */
function violations(imports: readonly Import[]): string[] {
  const out: string[] = [];
  const edges = new Map<string, Set<string>>();
  for (const i of imports) {
    const from = folderOf(relative(SRC, i.file));
    const where = relative(ROOT, i.file);
    if (i.folder.startsWith('pkg:')) {
      if (!i.typeOnly && MUST_NOT_LOAD[from]?.includes(i.target)) out.push(`${where}: ${from}/ must not load ${i.target}`);
      continue;
    }
    if (i.folder === '..' || i.target.startsWith('..')) continue; // package.json, read for the version
    if (i.folder === from) continue;
    const allowed = MAY_IMPORT[from];
    if (!allowed) out.push(`${where}: ${from} is not in the table of docs/architecture.md`);
    else if (!allowed.includes(i.folder)) out.push(`${where}: ${from}/ may not import ${i.folder}/ (${i.target})`);
    if (!i.typeOnly && MUST_NOT_LOAD[from]?.includes(i.target)) out.push(`${where}: ${from}/ must not load ${i.target}`);
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from)?.add(i.folder);
  }
  out.push(...cycles(edges));
  return out;
}

function cycles(edges: Map<string, Set<string>>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (n: string) => {
    if (state.get(n) === 'done') return;
    if (state.get(n) === 'open') {
      found.push(`folders import each other: ${[...path.slice(path.indexOf(n)), n].join(' → ')}`);
      return;
    }
    state.set(n, 'open');
    path.push(n);
    for (const m of edges.get(n) ?? []) visit(m);
    path.pop();
    state.set(n, 'done');
  };
  for (const n of [...edges.keys()].sort()) visit(n);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const all = sourceFiles(SRC).flatMap((f) => importsOf(f, readFileSync(f, 'utf8')));
const at = (path: string) => join(SRC, path);

describe('import rules (docs/architecture.md)', () => {
  test('the parser sees the imports of the source tree', () => {
    // A regex that stopped matching would make every rule pass: check it finds known edges.
    expect(all.some((i) => i.target === 'model/load' && relative(SRC, i.file).startsWith('commands/'))).toBe(true);
    expect(all.some((i) => i.target === 'ink')).toBe(true);
    expect(all.length).toBeGreaterThan(500);
  });

  test('every import in src/ follows the rules', () => {
    expect(violations(all)).toEqual([]);
  });

  test('a folder importing one it may not is reported', () => {
    const broken = importsOf(at('model/types.ts'), "import { theme } from '../tui/theme.js';");
    expect(violations(broken)).toEqual(['src/model/types.ts: model/ may not import tui/ (tui/theme)']);
    const exporter = importsOf(at('export/plain.ts'), "import { FOCUS } from '../tui/theme.js';");
    expect(violations(exporter)).toEqual(['src/export/plain.ts: export/ may not import tui/ (tui/theme)']);
  });

  test('the screens loading the YAML parser or the loader are reported; a type from the loader is not', () => {
    const yaml = importsOf(at('tui/App.tsx'), "import { parse } from 'yaml';");
    expect(violations(yaml)).toEqual(['src/tui/App.tsx: tui/ must not load yaml']);
    const loader = importsOf(at('tui/run.ts'), "import { loadDebate } from '../model/load.js';");
    expect(violations(loader)).toEqual(['src/tui/run.ts: tui/ must not load model/load']);
    const typeOnly = importsOf(at('tui/run.ts'), "import type { LoadResult } from '../model/load.js';");
    expect(violations(typeOnly)).toEqual([]);
  });

  test('two folders importing each other are reported as a cycle', () => {
    const a = importsOf(at('debate/lens.ts'), "import { wrap } from '../text/measure.js';");
    const b = importsOf(at('text/measure.ts'), "export { applyLens } from '../debate/lens.js';");
    expect(violations([...a, ...b])).toEqual([
      'src/text/measure.ts: text/ may not import debate/ (debate/lens)',
      'folders import each other: debate → text → debate',
    ]);
  });

  test('dynamic imports count too', () => {
    const lazy = importsOf(
      at('debate/memo.ts'),
      "const { loadDebate } = await import('../model/load.js');\nawait import('../tui/run.js');",
    );
    expect(violations(lazy)).toEqual(['src/debate/memo.ts: debate/ may not import tui/ (tui/run)']);
  });

  test('docs/architecture.md names every folder of src/', () => {
    const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
    for (const folder of Object.keys(MAY_IMPORT)) expect(doc).toContain(`\`${folder}`);
  });
});
