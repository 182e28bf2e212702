// The fast reader of clean YAML (model/clean-yaml.ts) against the full parser:
// what it takes it must read exactly as the full parser does, and anything the
// full parser has a word to say about it must leave alone. The differential
// and property tests over whole debates are in clean-yaml-differential.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCleanYaml } from '../../src/model/clean-yaml.js';
import { fastReaderAgrees, MINIMAL, ROOT } from './helpers.js';

const EXAMPLE = join(ROOT, 'positions/mexico-cartels');
const yamlIn = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => readFileSync(join(dir, n), 'utf8'));

/** One actor file with `value` as the claim of its only position (indented as a value there). */
const claim = (value: string) => `name: A\npositions:\n  - id: p\n    issue: i\n    claim: ${value}\n    stance: for\n`;

describe('the fast reader', () => {
  it('takes the example debate and the minimal one, and reads them as the full parser does', () => {
    for (const text of [...yamlIn(EXAMPLE), ...yamlIn(MINIMAL)]) expect(fastReaderAgrees(text)).toBe(true);
  });

  it.each([
    ['plain text', 'The bridge pays for itself.'],
    ['a key named like a YAML word', 'x\n    null: x\n    True: x'],
    ['a plain text with a comment after it', 'The bridge # pays'],
    ['a # inside plain text', 'Issue#3 is open'],
    ['a colon without a space', 'see https://example.org/a:b'],
    ['trailing spaces', 'Pays.   '],
    ['plain text over several lines', 'The bridge\n      pays for\n      itself.'],
    ['double quotes', '"It said: yes # really"'],
    ['single quotes', "'It''s: here'"],
    ['empty quotes', '""'],
    ['a folded block', '>-\n      One line\n      and another.\n\n      A paragraph.'],
    ['a folded block, clipped', '>\n      One line\n      and another.'],
    ['a literal block', '|\n      One line\n        indented\n\n      last.'],
    ['a literal block, stripped', '|-\n      One\n      two'],
    ['words that YAML 1.1 took for booleans', 'yes'],
    ['a timestamp, text in YAML 1.2', '2001-12-14t21:59:43.10-05:00'],
    ['unicode', 'Ünïcödé — “quoted” 😀 text'],
  ])('reads %s exactly', (_what, value) => {
    expect(fastReaderAgrees(claim(value))).toBe(true);
  });

  it.each([
    ['a number', '1e3'],
    ['a hexadecimal number', '0x1F'],
    ['a boolean', 'true'],
    ['a null', '~'],
    ['an empty value', ''],
    ['an anchor', '&a text'],
    ['an alias', '*a'],
    ['a tag', '!!str text'],
    ['an escape', '"tab\\there"'],
    ['a tab', 'a\ttab'],
    ['a control character', 'bell \u0007'],
    ['a non-breaking space', 'a\u00a0b'],
    ['a flow mapping', '{ a: b }'],
    ['a colon and space in plain text', 'a: b'],
    ['a block keeping its final newlines', '|+\n      kept\n'],
    ['a block with an indentation indicator', '|2\n      text'],
    ['quotes over several lines', '"one\n      two"'],
  ])('leaves %s to the full parser', (_what, value) => {
    expect(parseCleanYaml(claim(value))).toBeUndefined();
  });

  it.each([
    ['a duplicate key', 'a: x\na: y\n'],
    ['a second document', 'a: x\n---\nb: y\n'],
    ['a document marker', '---\na: x\n'],
    ['a directive', '%YAML 1.2\n---\na: x\n'],
    ['a key indented one space too far', 'a: x\n b: y\n'],
    ['a list item indented less than its siblings', 'a:\n  - x\n - y\n'],
    ['a merge key', 'a: x\n<<: y\n'],
    ['a quoted key', '"a": x\n'],
    ['a complex key', '? a\n: x\n'],
    ['a __proto__ key', '__proto__: x\n'],
    ['a key over 1,024 characters', `${'k'.repeat(1100)}: x\n`],
    // No mapping of the format has so many: each key is compared with the others to find duplicates.
    ['a mapping of 40 keys', Array.from({ length: 40 }, (_, i) => `k${i}: x\n`).join('')],
    ['CRLF line ends', 'a: x\r\nb: y\r\n'],
    ['a byte order mark', '\ufeffa: x\n'],
    ['a file of comments only', '# nothing\n'],
    ['a file that is one text', 'just text\n'],
  ])('leaves a file with %s to the full parser', (_what, text) => {
    expect(parseCleanYaml(text)).toBeUndefined();
  });
});
