// A key indented a little off from its neighbours: which line, by how much, and what to line it up with.
import type { YAMLParseError } from 'yaml';
import type { Better } from './better-message.js';

interface Line {
  start: number;
  indent: number;
  /** Where the key starts, after any "- " markers. */
  keyAt: number;
  key: string | undefined;
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', start);
  const body = text.slice(start, end < 0 ? undefined : end);
  const indent = /^ */.exec(body)?.[0].length ?? 0;
  const marks = /^ *(?:- +)*/.exec(body)?.[0].length ?? 0;
  const key = /^([A-Za-z_][\w-]*):(?:\s|$)/.exec(body.slice(marks))?.[1];
  return { start, indent, keyAt: marks, key };
}

/** The nearest line above (or below) `line` that holds something other than a comment. */
function neighbour(text: string, line: Line, step: -1 | 1): Line | undefined {
  let start = line.start;
  for (;;) {
    if (step < 0) {
      if (start === 0) return undefined;
      start = text.lastIndexOf('\n', start - 2) + 1;
    } else {
      const next = text.indexOf('\n', start);
      if (next < 0) return undefined;
      start = next + 1;
    }
    const end = text.indexOf('\n', start);
    const body = text.slice(start, end < 0 ? undefined : end).trim();
    if (body !== '' && !body.startsWith('#')) return lineAt(text, start);
  }
}

function spaces(n: number): string {
  return `${n} space${n === 1 ? '' : 's'}`;
}

/**
 * A key indented a space or two more or less than the key above it, which the
 * parser reports far from the cause or in its own words. Say which line, by
 * how much, and what to line it up with.
 */
export function indentSlip(text: string, e: YAMLParseError): Better {
  if (e.code === 'MISSING_CHAR' && /^Sequence item without - indicator/.test(e.message)) {
    const here = lineAt(text, e.pos[0]);
    const above = neighbour(text, here, -1);
    if (!here.key || !above?.key || here.indent >= above.keyAt) return undefined;
    return {
      offset: here.start + here.indent,
      message: `This line is indented ${spaces(above.keyAt - here.indent)} less than "${above.key}:" on the line above: line up "${here.key}:" with "${above.key}:" (or, if it starts a new item, begin it with "- ").`,
    };
  }
  if (e.code === 'BLOCK_AS_IMPLICIT_KEY' && !/block sequence/.test(e.message)) {
    const here = lineAt(text, e.pos[0]);
    const below = neighbour(text, here, 1);
    const extra = below ? below.indent - here.keyAt : 0;
    if (!here.key || !below?.key || below.keyAt !== below.indent || extra < 1 || extra > 2) return undefined;
    return {
      offset: below.start + below.indent,
      message: `This line is indented ${spaces(extra)} more than "${here.key}:" on the line above: line up "${below.key}:" with "${here.key}:".`,
    };
  }
  return undefined;
}
