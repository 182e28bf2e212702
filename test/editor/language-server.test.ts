// The shipped actor schema in a real editor's language server: yaml-language-server
// (what VS Code's YAML extension, Neovim's yamlls, Helix and Zed run), started over
// stdio and spoken to in LSP, opens an actor file whose modeline names the schema.
// It must flag a misspelt key and a bad stance, and offer the stances after `stance:`.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
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
import { STANCES } from '../../src/model/terms.js';

const ROOT = join(import.meta.dirname, '../..');
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

let server: ChildProcess;
let connection: ProtocolConnection;
const diagnostics = new Map<string, (d: Diagnostic[]) => void>();
let published: Promise<Diagnostic[]>;

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const bin = join(require.resolve('yaml-language-server/package.json'), '..', 'bin', 'yaml-language-server');
  server = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  // The server asks its client for settings; these are the YAML extension's defaults that matter here.
  connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
    params.items.map((i) =>
      i.section === 'yaml' ? { validate: true, completion: true, hover: true, schemaStore: { enable: false } } : {},
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
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: DOC_URI, languageId: 'yaml', version: 1, text: TEXT },
  });
}, 30_000);

afterAll(() => {
  connection?.dispose();
  server?.kill();
});

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
