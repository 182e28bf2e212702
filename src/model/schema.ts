// The file format, as zod schemas. Every object is strict: a misspelt key is an
// error, never a silent drop. The JSON Schema for editors is generated from here.
// A namespace import lets the bundler keep only the parts of zod in use (not its 60 locales).
import * as z from 'zod';
import { EVIDENCE_KINDS, ID_PATTERN, KIND_MEANING, REF_PATTERN, SOURCE_KINDS, STANCES } from './terms.js';

// zod compiles a fast path for each object schema on first use (new Function):
// about 10 ms at every start, and no faster over a 200-actor debate (measured).
z.config({ jitless: true });

export { EVIDENCE_KINDS, ID_PATTERN, REF_PATTERN, SOURCE_KINDS, STANCES };

const text = (what: string) => z.string().trim().min(1, `${what} must not be empty`);
const id = (what: string) => z.string().regex(ID_PATTERN, `${what} must be lower-kebab-case`).describe(`${what}: lower-kebab-case`);
const ref = z
  .string()
  .regex(REF_PATTERN, 'a reference is "actor/position", or "position" inside the same file')
  .describe('"actor/position", or a bare "position" in the same file');

export const Stance = z.enum(STANCES).describe("Relative to the issue's question");
export const EvidenceKind = z
  .enum(EVIDENCE_KINDS)
  // The published schema has always used the typographic apostrophe.
  .describe(
    EVIDENCE_KINDS.map((k) => `${k}: ${KIND_MEANING[k]}`)
      .join('; ')
      .replace("'", '’'),
  );

export const Evidence = z
  .strictObject({
    kind: EvidenceKind,
    text: text('evidence text').describe('The item in a sentence; for a quote, the words said'),
    speaker: text('speaker').optional().describe('Who said it (needed for a quote)'),
    source: id('source id').optional().describe("A source id from debate.yaml's sources"),
    quote: text('quote').optional().describe('The exact words of the source, short'),
    locator: text('locator').optional().describe('Where in the source: paragraph, page, timestamp'),
  })
  .describe('One piece of evidence');

export const Counterpoint = z
  .strictObject({
    by: text('by').optional().describe('An actor id, or free text such as "critics"'),
    text: text('counterpoint text'),
    evidence: z.array(Evidence).optional(),
  })
  .describe('An argument against the position');

export const Position = z
  .strictObject({
    id: id('position id'),
    issue: id('issue id').describe('An issue id from debate.yaml'),
    stance: Stance,
    claim: text('claim').describe("The actor's position in one or two sentences, in neutral words"),
    evidence: z.array(Evidence).optional(),
    counterpoints: z.array(Counterpoint).optional(),
    responds_to: z.array(ref).optional().describe('Positions of other actors this one answers'),
  })
  .describe("One actor's position on one issue");

export const Person = z.strictObject({
  name: text('name'),
  role: text('role').optional(),
});

export const Actor = z
  .strictObject({
    name: text('name'),
    short: text('short name').optional().describe('Column header when space is tight'),
    role: text('role').optional(),
    people: z.array(Person).optional(),
    positions: z.array(Position),
  })
  .describe('One actor: the file name is its id');

export const Issue = z.strictObject({
  id: id('issue id'),
  title: text('title'),
  question: text('question').describe('A yes/no question: every stance is relative to it'),
  summary: text('summary').optional(),
});

export const Source = z.strictObject({
  id: id('source id'),
  title: text('title'),
  kind: z.enum(SOURCE_KINDS),
  publisher: text('publisher').optional(),
  author: text('author').optional(),
  date: text('date').optional().describe('As written, e.g. "2025-03"'),
  url: z.url().optional(),
  note: text('note').optional().describe('Framing, reliability, anything a reader should know'),
  text: text('text')
    .optional()
    .describe(
      'A local copy of the source as a text file, relative to the debate folder (e.g. sources/article.txt): quotes citing the source are checked against it',
    ),
});

export const Prompt = z.strictObject({
  issue: id('issue id').optional().describe('The issue this prompt belongs to; omit for the whole debate'),
  prompt: text('prompt'),
});

export const Debate = z
  .strictObject({
    title: text('title'),
    question: text('question'),
    summary: text('summary').optional(),
    as_of: text('as_of').optional().describe('When the positions were recorded, as a string: "2025-03"'),
    actors: z.array(id('actor id')).optional().describe('Column order; actors not listed follow by id'),
    issues: z.array(Issue).min(1, 'a debate needs at least one issue'),
    sources: z.array(Source).optional(),
    discussion: z.array(Prompt).optional(),
  })
  .describe('debate.yaml: the question, the issues, the sources, discussion prompts');

export type StanceT = z.infer<typeof Stance>;
export type EvidenceKindT = z.infer<typeof EvidenceKind>;
export type EvidenceT = z.infer<typeof Evidence>;
export type CounterpointT = z.infer<typeof Counterpoint>;
export type PositionT = z.infer<typeof Position>;
export type ActorT = z.infer<typeof Actor>;
export type IssueT = z.infer<typeof Issue>;
export type SourceT = z.infer<typeof Source>;
export type PromptT = z.infer<typeof Prompt>;
export type DebateT = z.infer<typeof Debate>;
