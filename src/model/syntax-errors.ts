// Turns the yaml library's syntax errors into diagnostics a reader can act on:
// at the cause rather than where the parser noticed it, in words that say
// what to do, and one message per mistake instead of one per confused line.
import { type Document, isSeq, type Scalar, visit, type YAMLParseError } from 'yaml';
import type { Better } from './better-message.js';
import type { FileReporter } from './diagnostics.js';
import { duplicateKeys } from './duplicate-keys.js';
import { indentSlip } from './indent-slip.js';
import { singleLine } from './sanitize.js';

type At = (offset: number) => { line: number; col: number };

const RULES: Record<string, string> = {
  TAB_AS_INDENT: 'tab-indent',
  DUPLICATE_KEY: 'duplicate-key',
  MULTIPLE_DOCS: 'multiple-documents',
  RESOURCE_EXHAUSTION: 'too-deep',
};

const QUOTE = 'put the whole text in quotes, e.g. claim: "…", so YAML reads it as text.';

// The library says what is wrong; these say what to do about it.
const HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'YAML indents with spaces only: replace the tab with spaces.',
  DUPLICATE_KEY: 'Each key may appear once in a mapping: remove or rename one of them.',
  BAD_INDENT: 'Line up this line with the others at the same level, using spaces.',
  MULTILINE_IMPLICIT_KEY: 'Check for a missing colon, a missing space after it, or text that runs on to the next line without quotes.',
  BLOCK_AS_IMPLICIT_KEY: `If the next line is a new key, indent it like this one; if the colon belongs to the text, ${QUOTE}`,
  BAD_SCALAR_START: `Reserved at the start of plain text: ${QUOTE}`,
  UNEXPECTED_TOKEN: `Remove it, or ${QUOTE}`,
  BAD_DQ_ESCAPE: 'Inside "double quotes" a backslash starts an escape: write \\\\ for a backslash, or use single quotes.',
  BLOCK_IN_FLOW: 'Inside [ ] or { } write items separated by commas, not "- " lines.',
  KEY_OVER_1024_CHARS: 'Keys are short names such as "claim": check for a missing colon.',
  MULTIPLE_ANCHORS: 'Remove the extra &anchor.',
  ALIAS_PROPS: 'Remove the &anchor or !tag in front of the *alias.',
  BAD_ALIAS: 'Give the anchor a name, as in &name, or remove the &.',
  MULTIPLE_TAGS: 'Remove the extra !tag.',
  MISSING_CHAR: 'Check the indentation and punctuation of this line; text that contains ": " or " #" must be in quotes.',
  NON_STRING_KEY: 'Write a plain name such as "claim" as the key.',
};

/** Messages of our own where the library's would confuse a reader. */
const MESSAGES: Record<string, string> = {
  MULTIPLE_DOCS:
    'A second YAML document starts here. Keep one document per file: remove the "---" or "..." line, or move what follows into its own file.',
  NON_STRING_KEY: 'This key is a list or a mapping.',
  MULTILINE_IMPLICIT_KEY: 'Expected "key: value" on one line here.',
  BLOCK_AS_IMPLICIT_KEY: 'A value here holds another "key:".',
  BLOCK_AS_IMPLICIT_KEY_SEQ: 'A list ("- " lines) cannot follow "key: value" lines at the same indentation.',
  RESOURCE_EXHAUSTION: 'Nesting is too deep to read: flatten the structure.',
};

/** Complaints that are true but say little, least telling last. */
const VAGUE = ['NON_STRING_KEY', 'MULTILINE_IMPLICIT_KEY'];

/** Errors that leave the structure around them intact, so what follows them is still worth reporting. */
const LOCAL = new Set(['DUPLICATE_KEY', 'BAD_DQ_ESCAPE', 'MULTIPLE_ANCHORS', 'MULTIPLE_TAGS']);

/**
 * Reports the document's syntax errors and returns how many were reported.
 * A slip in the structure (indentation, a stray bracket, a missing colon)
 * makes the parser misread everything after it, so only the first such error
 * is reported. Tabs used as indentation are one message that counts them,
 * shown alone (with any local error above the first tab): what they confuse
 * is not worth showing. Duplicate keys in one mapping are one message. And
 * one error per line.
 */
export function reportSyntaxErrors(doc: Document.Parsed, text: string, at: At, report: FileReporter): number {
  // At one place, the vaguest complaints ("implicit keys need to be on a single line") go last.
  const vague = (e: YAMLParseError) => VAGUE.indexOf(e.code) + 1;
  const duplicates = duplicateKeys(doc);
  const errors = [...doc.errors, ...duplicates.errors].sort((a, b) => a.pos[0] - b.pos[0] || vague(a) - vague(b));
  const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT').length;
  const firstTab = errors.find((e) => e.code === 'TAB_AS_INDENT')?.pos[0] ?? Number.POSITIVE_INFINITY;
  const lines = new Set<number>();
  let lost = false;
  let tabbed = false;
  for (const e of errors) {
    const local = LOCAL.has(e.code);
    if (e.code === 'TAB_AS_INDENT' ? tabbed : lost || (tabs > 0 && !(local && e.pos[0] < firstTab))) continue;
    const better =
      e.code === 'DUPLICATE_KEY'
        ? duplicates.messages.get(e.pos[0])
        : e.code === 'TAB_AS_INDENT'
          ? tabsMessage(tabs)
          : atCause(doc, text, e);
    const { line, col } = at(better && better.offset >= 0 ? better.offset : e.pos[0]);
    // Even when it shares a line with an error already shown, a structural error ends the list.
    lost ||= !local && e.code !== 'TAB_AS_INDENT';
    tabbed ||= e.code === 'TAB_AS_INDENT';
    if (lines.has(line)) continue;
    lines.add(line);
    const message = better?.message ?? withHint(MESSAGES[e.code] ?? e.message, HINTS[e.code]);
    report.error(RULES[e.code] ?? 'yaml-syntax', message, line, col);
  }
  return lines.size;
}

/** Every tab used as indentation is one fix, so the first one is shown and the rest counted. */
function tabsMessage(count: number): Better {
  if (count <= 1) return undefined;
  const more = count - 1;
  return {
    offset: -1,
    message: `Tabs are not allowed as indentation, here and on ${more} more line${more === 1 ? '' : 's'} below. ${HINTS.TAB_AS_INDENT}`,
  };
}

/**
 * Some errors are found far from their cause: an unclosed quote or bracket
 * swallows the rest of the file, a % at the start of a line makes a
 * directive. Point at the cause and say so.
 */
function atCause(doc: Document.Parsed, text: string, e: YAMLParseError): Better {
  const slip = indentSlip(text, e);
  if (slip) return slip;
  if (e.code === 'MISSING_CHAR' && /directives-end/.test(e.message)) {
    const directive = /^%/m.exec(text);
    return {
      offset: directive?.index ?? e.pos[0],
      message: 'A line that starts with % is a YAML directive: if it is text, put it in quotes, e.g. name: "%…".',
    };
  }
  if (e.code === 'BLOCK_AS_IMPLICIT_KEY' && /block sequence/.test(e.message)) {
    const next = text.slice(e.pos[0]).search(/\S/);
    return {
      offset: e.pos[0] + Math.max(0, next),
      message: `${MESSAGES.BLOCK_AS_IMPLICIT_KEY_SEQ} Indent it under the key that names it, such as "positions:".`,
    };
  }
  if (e.code === 'UNEXPECTED_TOKEN' && /^Block scalar header includes extra characters/.test(e.message)) {
    return {
      offset: e.pos[0],
      message: 'Only +, - or a digit may follow | or > on its line: write the text on the next line, indented under the key.',
    };
  }
  if (e.code === 'UNEXPECTED_TOKEN' && /^Unexpected scalar at node end/.test(e.message)) {
    const closed = quotedEndingAt(doc, e.pos[0]);
    if (closed === "'")
      return {
        offset: e.pos[0],
        message: "The quoted text ends at the ' just before this: inside single quotes write '' for an apostrophe, or use double quotes.",
      };
    if (closed === '"')
      return {
        offset: e.pos[0],
        message: 'The quoted text ends at the " just before this: inside double quotes write \\" for a quote mark, or use single quotes.',
      };
  }
  const quote = e.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(e.message)?.[1] : undefined;
  const bracket = e.code === 'BAD_INDENT' ? /end with an? ([\]}])/.exec(e.message)?.[1] : undefined;
  if (!quote && !bracket) return undefined;
  let start: number | undefined;
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (quote && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range?.[1] === e.pos[0]) {
        start = node.range[0];
        return visit.BREAK;
      }
    },
    Collection(_key, node) {
      const end = node.range?.[1];
      const kind = isSeq(node) ? ']' : '}';
      if (bracket === kind && node.flow && end === e.pos[0] && text[end - 1] !== bracket) {
        start = node.range?.[0];
        return visit.BREAK;
      }
    },
  });
  if (start === undefined) return undefined;
  if (quote) {
    const apostrophe = quote === "'" ? " (write '' for an apostrophe inside)" : '';
    return {
      offset: start,
      message: `This text opens with ${quote} but never closes it: add the closing ${quote} where the text ends${apostrophe}.`,
    };
  }
  const open = bracket === ']' ? '[' : '{';
  return {
    offset: start,
    message: `This ${open} is never closed: add the closing ${bracket} after the last item; if it runs on over several lines, indent them more than the line where it starts.`,
  };
}

/** The quote character of a quoted scalar that ends right at `offset`, if any. */
function quotedEndingAt(doc: Document.Parsed, offset: number): string | undefined {
  let quote: string | undefined;
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (node.range?.[1] !== offset) return;
      if (node.type === 'QUOTE_SINGLE') quote = "'";
      else if (node.type === 'QUOTE_DOUBLE') quote = '"';
      if (quote) return visit.BREAK;
    },
  });
  return quote;
}

/** The library's message, which can quote the file's own bytes: cut to one clean line. */
export function firstLine(message: string): string {
  return singleLine((message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, ''));
}

function withHint(message: string, hint: string | undefined): string {
  const m = firstLine(message).replace(/\.?$/, '.');
  return hint ? `${m} ${hint}` : m;
}
