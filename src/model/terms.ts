// The format's names and limits, apart from the parser and the schema library:
// what the screens, the exports and every command's start need to know of it,
// without paying to load zod and yaml (schema.ts and read.ts use these too).

export const DEBATE_FILE = 'debate.yaml';
/** The folder of a debate where quiz answers are saved, one respondent file each. */
export const RESPONSES_DIR = 'responses';

/**
 * Hidden files and what editors leave beside the file being edited (swap,
 * backup and temporary files; 4913 is vim's write test): the loader never reads
 * them, never warns about them, and the watcher does not reload for them.
 */
const EDITOR_LEFTOVERS = /^\.|~$|\.(?:swp|swo|swx|bak|orig|rej|tmp)$|^4913$/i;

export function isEditorLeftover(name: string): boolean {
  return EDITOR_LEFTOVERS.test(name);
}

/** What the templates of `standpoint new` leave for the author to replace (the lint rule `placeholder`). */
export const STUB_CLAIM = 'Not yet recorded.';
export const FILL_IN = 'FILL IN';

// Real actor files are under 10 KiB. The YAML library needs seconds for a
// hostile file of a few hundred KiB (and a reload happens on every save), so
// the limit stays well below where that starts to show.
export const MAX_FILE_BYTES = 512 * 1024;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const REF_PATTERN = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const STANCES = ['for', 'leans-for', 'mixed', 'leans-against', 'against', 'unclear'] as const;
export const EVIDENCE_KINDS = ['quote', 'fact', 'statistic', 'claim', 'interpretation'] as const;
/** What each evidence kind means: the legend of the exports, the help screen, the detail pane and the schema. */
export const KIND_MEANING: Record<(typeof EVIDENCE_KINDS)[number], string> = {
  quote: 'what was said',
  fact: 'what happened',
  statistic: 'a number',
  claim: 'a contested assertion',
  interpretation: "a source's own framing",
};

export const SOURCE_KINDS = ['news-article', 'opinion', 'official', 'data', 'report', 'other'] as const;

/** A file system error in words a reader acts on. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'a symbolic link loop';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return code ?? String((err as Error)?.message ?? err);
  }
}
