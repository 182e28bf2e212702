// The loader drops each file's syntax tree once validated and locates paths
// from compact "spots" instead (a memory fix for large debates). Every path must
// land on the same line and column as a search of the full document would.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNode, findSpot, type PathSegment, spanOf, spotsOf } from '../../src/model/locate.js';
import { parseYamlText } from '../../src/model/read.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** Every path into the data, and beside each a few that lead nowhere (a missing key, an index past the end). */
function paths(value: unknown, at: PathSegment[] = []): PathSegment[][] {
  const out: PathSegment[][] = [at, [...at, 'no-such-key'], [...at, 999]];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...paths(v, [...at, i]));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  }
  return out;
}

describe('locating a path without the document', () => {
  const files = yamlFiles(FIXTURES).filter((f) => statSync(f).size < 200_000);

  it('has fixtures to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('finds the same line and column as the full document, for every path of every fixture', () => {
    let checked = 0;
    for (const file of files) {
      const read = parseYamlText(file, readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
      if (!read.doc || !read.lineCounter) continue;
      const lc = read.lineCounter;
      const spots = spotsOf(read.doc.contents);
      for (const path of paths(read.data)) {
        const expected = spanOf(findNode(read.doc, path).node, lc);
        const offset = findSpot(spots, path);
        const got = offset >= 0 ? lc.linePos(offset) : { line: 1, col: 1 };
        expect({ file, path, line: got.line, col: got.col }).toEqual({ file, path, line: expected.line, col: expected.col });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
