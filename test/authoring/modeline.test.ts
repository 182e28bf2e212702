// The `# yaml-language-server: $schema=` line must lead the editor to the
// right schema from wherever the new file lands. yaml-language-server resolves
// a relative reference against the YAML file's folder, and takes absolute paths
// and file: URLs as they are; these tests resolve references the same way.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { editorSchemaText } from '../../src/authoring/json-schema.js';
import { modeline, packageRoot, schemaReference } from '../../src/authoring/modeline.js';
import { saveRespondent } from '../../src/authoring/save-respondent.js';
import { runNewActor } from '../../src/commands/new.js';
import { loadDebate } from '../../src/model/load.js';
import { capture, cleanScratch, copyDebate, MINIMAL, ROOT, scratch } from './helpers.js';

afterEach(cleanScratch);

/** Where yaml-language-server would look for the schema a file's modeline names. */
function resolveLikeTheEditor(yamlFile: string): string {
  const first = readFileSync(yamlFile, 'utf8').split('\n')[0] ?? '';
  const ref = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1];
  if (ref === undefined) throw new Error(`no modeline in ${yamlFile}: ${first}`);
  if (ref.startsWith('file:')) return fileURLToPath(ref);
  return isAbsolute(ref) ? ref : resolve(dirname(yamlFile), ref);
}

/** A fake installed package: package.json named standpoint, and its schema/. */
function fakeInstall(root: string): string {
  mkdirSync(join(root, 'schema'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{"name":"standpoint"}\n');
  writeFileSync(join(root, 'schema', 'actor.schema.json'), editorSchemaText('actor'));
  return root;
}

describe('the schema modeline', () => {
  it('is the committed relative path for files in this repository’s positions/', () => {
    expect(packageRoot()).toBe(ROOT);
    expect(modeline('actor', join(ROOT, 'positions', 'mexico-cartels'))).toBe(
      '# yaml-language-server: $schema=../../schema/actor.schema.json',
    );
    expect(modeline('debate', join(ROOT, 'positions', 'any-debate'))).toBe(
      '# yaml-language-server: $schema=../../schema/debate.schema.json',
    );
  });

  it('points into node_modules by a relative path when standpoint is installed in the same project', () => {
    const project = scratch();
    writeFileSync(join(project, 'package.json'), '{"name":"my-class"}\n');
    const root = fakeInstall(join(project, 'node_modules', 'standpoint'));
    expect(schemaReference('actor', join(project, 'positions', 'phones'), root)).toBe(
      '../../node_modules/standpoint/schema/actor.schema.json',
    );
  });

  it('falls back to an absolute file: URL when the file and the package share no project', () => {
    const base = scratch();
    const root = fakeInstall(join(base, 'global', 'lib', 'node_modules', 'standpoint'));
    const ref = schemaReference('actor', join(base, 'notes', 'phones'), root);
    expect(ref).toMatch(/^file:\/\//);
    expect(fileURLToPath(ref)).toBe(join(root, 'schema', 'actor.schema.json'));
  });

  it('uses a file: URL when a relative path would contain a space (the modeline ends at one)', () => {
    const project = scratch();
    writeFileSync(join(project, 'package.json'), '{}\n');
    const root = fakeInstall(join(project, 'class tools', 'node_modules', 'standpoint'));
    const ref = schemaReference('actor', join(project, 'positions', 'x'), root);
    expect(ref).toMatch(/^file:\/\/\S+%20\S+$/);
    expect(fileURLToPath(ref)).toBe(join(root, 'schema', 'actor.schema.json'));
  });

  it('in a file made by `new`, leads the editor to the actor schema', async () => {
    const dir = copyDebate(MINIMAL);
    expect(await runNewActor({ id: 'mayor', dir }, capture())).toBe(0);
    const schema = resolveLikeTheEditor(join(dir, 'mayor.yaml'));
    expect(schema).toBe(join(ROOT, 'schema', 'actor.schema.json'));
    expect(existsSync(schema)).toBe(true);
  });

  it('in a file the quiz saves, leads the editor to the respondent schema', async () => {
    expect(modeline('respondent', join(ROOT, 'positions', 'mexico-cartels', 'responses'))).toBe(
      '# yaml-language-server: $schema=../../../schema/respondent.schema.json',
    );
    const dir = copyDebate(MINIMAL);
    const file = await saveRespondent((await loadDebate(dir)).model, 'Ana', new Map([['cost', { stance: 'for', weight: 1 }]]));
    expect(resolveLikeTheEditor(file)).toBe(join(ROOT, 'schema', 'respondent.schema.json'));
  });

  it('in every file of the shipped example, leads to the schema of the right kind', () => {
    const dir = join(ROOT, 'positions', 'mexico-cartels');
    if (!existsSync(join(dir, 'debate.yaml'))) return;
    for (const name of ['debate.yaml', 'us-administration.yaml', 'mexico-government.yaml', 'sheinbaum-critics.yaml']) {
      const kind = name === 'debate.yaml' ? 'debate' : 'actor';
      expect(resolveLikeTheEditor(join(dir, name)), name).toBe(join(ROOT, 'schema', `${kind}.schema.json`));
    }
  });
});
