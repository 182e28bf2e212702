// The format's names and limits, apart from the parser and the schema library:
// what the screens, the exports and every command's start need to know of it,
// without paying to load zod and yaml (schema.ts and read.ts use these too).

export const DEBATE_FILE = 'debate.yaml';

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
