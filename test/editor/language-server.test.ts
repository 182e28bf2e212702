// The shipped schemas in a real editor's language server: yaml-language-server
// (what VS Code's YAML extension, Neovim's yamlls, Helix and Zed run), started over
// stdio and spoken to in LSP with this repository's .vscode/settings.json. It opens
// an actor file whose modeline names the schema: it must flag a misspelt key and a
// bad stance, and offer the stances after `stance:`. It opens quiz answers, one saved
// by the quiz (with its modeline) and one written by hand in positions/*/responses/:
// each is checked against the respondent schema, never the actor schema.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CompletionRequest,
  type Diagnostic,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import {
  createProtocolConnection,
  type ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { saveRespondent } from '../../src/authoring/save-respondent.js';
import { loadDebate } from '../../src/model/load.js';
import { STANCES } from '../../src/model/terms.js';

const ROOT = join(import.meta.dirname, '../..');
const EDITOR_SETTINGS = JSON.parse(readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8')) as {
  'yaml.schemas': Record<string, string[]>;
};
const SCHEMA = pathToFileURL(join(ROOT, 'schema/actor.schema.json')).href;
const DOC_URI = pathToFileURL(join(ROOT, 'positions/example-in-editor/council.yaml')).href;
const TEXT = `# yaml-language-server: $schema=${SCHEMA}
name: Town council
positions:
  - id: worth-it
    issue: cost
    stance: leans-fro
    claim: The bridge pays for itself.
    evidense: []
`;

/** Answers written by hand, without a modeline, where the editor settings map files by name. */
const HAND_URI = pathToFileURL(join(ROOT, 'positions/example-in-editor/responses/ben.yaml')).href;
const HAND_TEXT = `name: Ben
date: "2026-11-25"
answers:
  cost:
    stance: leans-fro
`;

let server: ChildProcess;
let connection: ProtocolConnection;
const diagnostics = new Map<string, (d: Diagnostic[]) => void>();
let published: Promise<Diagnostic[]>;
let scratch: string;
/** Quiz answers saved by standpoint, a stance then spoilt by hand. */
let saved: { uri: string; text: string };

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const bin = join(require.resolve('yaml-language-server/package.json'), '..', 'bin', 'yaml-language-server');
  server = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  // The server asks its client for settings; these are the YAML extension's defaults that matter here.
  connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
    params.items.map((i) =>
      i.section === 'yaml'
        ? { validate: true, completion: true, hover: true, schemaStore: { enable: false }, schemas: EDITOR_SETTINGS['yaml.schemas'] }
        : {},
    ),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  published = new Promise((resolve) => diagnostics.set(DOC_URI, resolve));
  connection.onNotification(PublishDiagnosticsNotification.type, (p: PublishDiagnosticsParams) => {
    // The first, empty publish comes before the schema is read; wait for the one with findings.
    if (p.diagnostics.length > 0) diagnostics.get(p.uri)?.(p.diagnostics);
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(ROOT).href,
    capabilities: {
      workspace: { configuration: true },
      textDocument: { completion: { completionItem: { snippetSupport: true } }, publishDiagnostics: {} },
    },
    workspaceFolders: null,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  published = open(DOC_URI, TEXT);
  scratch = mkdtempSync(join(tmpdir(), 'standpoint-lsp-'));
  cpSync(join(ROOT, 'test/fixtures/debates/minimal'), join(scratch, 'bridge'), { recursive: true });
  const model = (await loadDebate(join(scratch, 'bridge'))).model;
  const file = await saveRespondent(model, 'Ana', new Map([['cost', { stance: 'for', weight: 1 }]]));
  saved = { uri: pathToFileURL(file).href, text: readFileSync(file, 'utf8').replace('stance: for', 'stance: fro') };
}, 30_000);

afterAll(() => {
  connection?.dispose();
  server?.kill();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Opens a document in the server; resolves with the first diagnostics it publishes for it that are not empty. */
function open(uri: string, text: string): Promise<Diagnostic[]> {
  const found = new Promise<Diagnostic[]>((resolve) => diagnostics.set(uri, resolve));
  void connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'yaml', version: 1, text },
  });
  return found;
}

const messagesOn = (found: Diagnostic[], text: string, what: string) => {
  const line = text.split('\n').findIndex((l) => l.includes(what));
  return found.filter((d) => d.range.start.line === line).map((d) => d.message);
};

describe('yaml-language-server with schema/actor.schema.json', () => {
  it('underlines the misspelt key and the bad stance, each on its own line', async () => {
    const found = await published;
    const lineOf = (s: string) => TEXT.split('\n').findIndex((l) => l.includes(s));
    const at = (line: number) => found.filter((d) => d.range.start.line === line).map((d) => d.message);
    expect(at(lineOf('evidense'))).toEqual([expect.stringMatching(/Property evidense is not allowed/)]);
    expect(at(lineOf('leans-fro'))).toEqual([expect.stringMatching(/Value is not accepted\. Valid values: "for", "leans-for"/)]);
    expect(found).toHaveLength(2);
  }, 30_000);

  it('offers exactly the six stances after `stance:`', async () => {
    const line = TEXT.split('\n').findIndex((l) => l.includes('stance:'));
    const result = await connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: DOC_URI },
      position: { line, character: '    stance: '.length },
    });
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    expect(items.map((i) => i.label).sort()).toEqual([...STANCES].sort());
  }, 30_000);
});

describe('yaml-language-server with quiz answers (schema/respondent.schema.json)', () => {
  it('a file the quiz saved names the respondent schema: a bad stance is flagged, and nothing of an actor is asked', async () => {
    expect(saved.text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+respondent\.schema\.json$/);
    const found = await open(saved.uri, saved.text);
    expect(messagesOn(found, saved.text, 'stance: fro')).toEqual([
      expect.stringMatching(/Value is not accepted\. Valid values: "for", "leans-for"/),
    ]);
    expect(found).toHaveLength(1);
  }, 30_000);

  it('answers written by hand in positions/*/responses/ get the respondent schema from the settings, not the actor schema', async () => {
    const found = await open(HAND_URI, HAND_TEXT);
    expect(messagesOn(found, HAND_TEXT, 'leans-fro')).toEqual([
      expect.stringMatching(/Value is not accepted\. Valid values: "for", "leans-for"/),
    ]);
    // The actor schema would miss `positions` and refuse `answers` and `date`.
    expect(found.map((d) => d.message).join('\n')).not.toMatch(/positions|answers|date/);
    expect(found).toHaveLength(1);
  }, 30_000);
});
