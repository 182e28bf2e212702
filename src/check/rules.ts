// Every rule `check` can report, with the words the rule tables of docs/rules.md use:
// SARIF's rule list and `check --help` read them from here.
import { LINT_RULES } from '../model/lint.js';

export interface RuleInfo {
  name: string;
  /** One line: when it fires. */
  summary: string;
  /** What to do about it. */
  fix: string;
  severity: 'error' | 'warning';
  group: 'reading' | 'yaml' | 'format' | 'references' | 'lint';
}

type Row = [name: string, summary: string, fix: string, severity?: 'warning'];

const READING: Row[] = [
  [
    'unreadable',
    'the file cannot be read: permissions, a symbolic link loop, a link to nothing',
    'Make the file readable, or remove the broken link.',
  ],
  [
    'outside-folder',
    'a symbolic link to a file outside the debate folder: it is never read',
    'Copy the file into the debate folder instead of linking to it.',
  ],
  ['not-a-file', 'a folder is named like a YAML file', 'Rename the folder so it does not end in .yaml or .yml.'],
  ['file-too-large', 'the file is over 512 KiB', 'Split the actor into smaller files, or shorten its texts.'],
  ['encoding', 'the file is UTF-16', 'Save it as UTF-8 (a UTF-8 byte order mark and CRLF line ends are fine).'],
  ['invalid-utf8', 'a byte that is not UTF-8 (often Latin-1 text)', 'Save the file as UTF-8.'],
  ['binary-file', 'a NUL byte: this is not a text file', 'Move the file out of the debate folder.'],
  ['empty-file', 'nothing but blank lines and comments', 'Fill the file in (standpoint new actor writes a template), or remove it.'],
  [
    'cache-damaged',
    'the copy of the file standpoint keeps between starts was found damaged after the debate opened (the TUI only): what it held is not shown',
    'Quit and open the debate again: the file is read afresh.',
  ],
];

const YAML: Row[] = [
  [
    'yaml-syntax',
    'the YAML does not parse: unclosed quote or bracket, bad indentation, missing colon, ": " inside unquoted text, bad "\\" escape',
    'Fix the YAML at the caret; quote texts that contain ": ".',
  ],
  ['tab-indent', 'a tab used for indentation', 'Indent with spaces.'],
  ['duplicate-key', 'the same key twice in one mapping', 'Keep one of the two keys.'],
  ['multiple-documents', 'a second document after --- or ...', 'Keep one document per file.'],
  ['unknown-tag', 'a !tag such as !!js/function or !custom: tags are not allowed', 'Remove the tag.'],
  ['bad-alias', '*alias with no &anchor before it', 'Define the &anchor first, or write the value out.'],
  ['alias-limit', 'aliases that expand too far (an "alias bomb")', 'Write the values out instead of nesting aliases.'],
  ['too-deep', 'nesting deeper than 64 levels', 'Flatten the structure.'],
  ['yaml', 'anything else the YAML parser warns about, such as an unknown % directive', 'Remove what the message names.', 'warning'],
  [
    'control-characters',
    'escape sequences or control characters in a text: they are removed before display',
    'Delete the invisible characters.',
    'warning',
  ],
  [
    'lone-surrogate',
    'half of a surrogate pair (a "\\uD83D" escape without its partner), which cannot be displayed',
    'Write the whole character, or remove the escape.',
    'warning',
  ],
];

const FORMAT: Row[] = [
  ['unknown-key', 'a key the format does not have', 'Fix the spelling, or move the key to the block it belongs to.'],
  ['missing-field', 'a required key is missing', 'Add the key the message names.'],
  [
    'wrong-type',
    'text where a list is expected, a number where text is expected',
    'Write the value in the shape the message names; quote numbers meant as text.',
  ],
  [
    'bad-value',
    'a value outside its list (stance, evidence kind, source kind), or a malformed URL',
    'Use one of the values the message lists.',
  ],
  [
    'bad-id',
    'an id or reference that is not lower-kebab-case, or an actor file name that is not',
    'Write it in lower-kebab-case, like "military-action".',
  ],
  ['empty-value', 'an empty text, or a debate with no issues', 'Write the text, or remove the key.'],
];

const REFERENCES: Row[] = [
  ['missing-debate', 'the folder has no debate.yaml', 'Create one with standpoint new debate ID.'],
  [
    'unknown-issue',
    'a position or a discussion prompt names an issue that debate.yaml does not have',
    'Use an issue id from debate.yaml, or add the issue there.',
  ],
  [
    'unknown-source',
    'evidence names a source that debate.yaml does not have',
    'Use a source id from debate.yaml, or add the source under sources:.',
  ],
  [
    'unknown-actor',
    'responds_to names an actor with no file, or a name looks like a misspelt actor',
    'Use an actor id (a file name without .yaml).',
  ],
  ['unknown-position', 'responds_to names a position the actor does not have', "Name one of that actor's positions as actor/position."],
  ['self-reference', 'a position responds to itself', 'Remove it from its own responds_to.'],
  [
    'duplicate-id',
    'two issues, sources or positions of one file share an id, or council.yaml and council.yml both exist',
    'Rename one of the two.',
  ],
  ['duplicate-position', 'an actor has two positions on one issue', 'Merge the two positions into one.'],
  ['duplicate-reference', 'the same position listed twice in responds_to', 'Remove the second mention.', 'warning'],
  [
    'source-text',
    "a source's text: copy is an absolute path, leaves the folder, is not a regular file, is missing, is over 8 MiB, or is not UTF-8",
    'Keep a UTF-8 copy of the source inside the debate folder (in sources/) and name it by its path from there.',
  ],
  ['ignored-file', 'a file that is not .yaml or .yml', 'Move it out of the debate folder, or rename it.', 'warning'],
];

const LINT_FIXES: Record<string, string> = {
  'evidence-without-source': 'Add "source: <id>" with an id from debate.yaml\'s sources (add the source there first if needed).',
  'quote-without-speaker': 'Add "speaker: <name>".',
  'position-without-evidence': 'Add at least one item under "evidence:".',
  'unanswered-position': 'Add a counterpoints: item, or a position elsewhere with responds_to: [actor/position].',
  'silent-actor': 'Add a position for that issue, with stance: unclear if the sources are silent.',
  'unused-source': 'Cite it from some evidence, or remove it.',
  'unaddressed-issue': 'Add positions on it, or remove the issue.',
};

function rows(group: RuleInfo['group'], list: Row[]): RuleInfo[] {
  return list.map(([name, summary, fix, severity]) => ({ name, summary, fix, severity: severity ?? 'error', group }));
}

/** File rules first, then the lint rules, in the order docs/rules.md lists them. */
export function allRules(): RuleInfo[] {
  return [
    ...rows('reading', READING),
    ...rows('yaml', YAML),
    ...rows('format', FORMAT),
    ...rows('references', REFERENCES),
    ...LINT_RULES.map(
      (r): RuleInfo => ({
        name: r.name,
        summary: r.summary,
        fix: LINT_FIXES[r.name] ?? 'See "Lint rules" in docs/rules.md.',
        severity: 'warning',
        group: 'lint',
      }),
    ),
  ];
}
