// `standpoint new`: what an author gets must pass `check` as written, must list
// the debate's real issues, and must never replace a file that exists.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isTempName } from '../../src/authoring/write-file.js';
import { runNewActor, runNewDebate } from '../../src/commands/new.js';
import { loadDebate } from '../../src/model/load.js';
import { capture, cleanScratch, copyDebate, EXAMPLE, listing, MINIMAL, runCli, scratch } from './helpers.js';

afterEach(cleanScratch);

const noTemps = (dir: string) => expect(listing(dir).filter(isTempName)).toEqual([]);
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escape sequences is the point
const ESC = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('standpoint new actor', () => {
  it('writes a template for the example debate that `check` passes and `check --strict` fails until filled in, with a stub on every issue', async () => {
    const source = existsSync(join(EXAMPLE, 'debate.yaml')) ? EXAMPLE : MINIMAL;
    const dir = copyDebate(source);
    const o = capture();
    expect(await runNewActor({ id: 'cartel-analysts', dir }, o)).toBe(0);

    const file = join(dir, 'cartel-analysts.yaml');
    expect(o.stdout).toContain('cartel-analysts.yaml');
    expect(o.stdout).toMatch(/standpoint check \S*debate-copy\n/);

    const check = await runCli(['check', dir]);
    expect(check.stderr).toBe('');
    expect(check.stdout).toMatch(/0 errors, \d+ warnings?\./);
    expect(check.code).toBe(0);
    // An untouched template is not a finished actor: every stub claim is a placeholder.
    const strict = await runCli(['check', '--strict', dir]);
    expect(strict.stdout).toMatch(
      /cartel-analysts\.yaml:\d+:12: error: "Not yet recorded\." is the template's stub claim: write what this actor holds/,
    );
    expect(strict.code).toBe(1);

    const { model } = await loadDebate(dir);
    const actor = model.actors.find((a) => a.id === 'cartel-analysts');
    expect(actor?.name).toBe('Cartel analysts');
    expect(actor?.positions.map((p) => p.issueId)).toEqual(model.issues.map((i) => i.id));
    expect(new Set(actor?.positions.map((p) => p.stance))).toEqual(new Set(['unclear']));
    expect(readFileSync(file, 'utf8').split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+actor\.schema\.json$/);
  });

  it('shows, per issue, what the other actors hold, so a rebuttal can name them', async () => {
    const dir = copyDebate(MINIMAL);
    expect(await runNewActor({ id: 'mayor', dir }, capture())).toBe(0);
    const text = readFileSync(join(dir, 'mayor.yaml'), 'utf8');
    expect(text).toContain('# Others here: council/worth-it (for), residents/too-costly (against)');
    expect(text).toContain('# Others here: council/less-traffic (leans-for), residents/more-traffic (against)');
  });

  it('never overwrites: a second run exits 1, says so, and leaves the file byte-identical', async () => {
    const dir = copyDebate(MINIMAL);
    expect(await runNewActor({ id: 'mayor', dir }, capture())).toBe(0);
    const file = join(dir, 'mayor.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}# the author's own edits\n`);
    const before = readFileSync(file);

    const again = capture();
    expect(await runNewActor({ id: 'mayor', dir, name: 'Someone else' }, again)).toBe(1);
    expect(again.stderr).toMatch(/mayor\.yaml already exists; nothing was written/);
    expect(again.stdout).toBe('');
    expect(readFileSync(file).equals(before)).toBe(true);
    noTemps(dir);
  });

  it('lets exactly one of two concurrent runs for the same id succeed', async () => {
    const dir = copyDebate(MINIMAL);
    const [a, b] = await Promise.all([
      runCli(['new', 'actor', 'mayor', dir, '--name', 'Alpha']),
      runCli(['new', 'actor', 'mayor', dir, '--name', 'Beta']),
    ]);
    expect([a?.code, b?.code].sort()).toEqual([0, 1]);
    const winner = a?.code === 0 ? 'Alpha' : 'Beta';
    const loser = a?.code === 0 ? b : a;
    expect(loser?.stderr).toContain('already exists');
    // The file is wholly the winner's, never a mix of the two.
    expect(readFileSync(join(dir, 'mayor.yaml'), 'utf8')).toMatch(new RegExp(`^name: ${winner}$`, 'm'));
    noTemps(dir);
  });

  it('refuses an id that is not lower-kebab-case, suggests the fix, and writes nothing', async () => {
    const dir = copyDebate(MINIMAL);
    const before = listing(dir);
    for (const [bad, fix] of [
      ['Mexico_Gov', 'mexico-gov'],
      ['México', 'mexico'],
      ['us administration', 'us-administration'],
    ]) {
      const o = capture();
      expect(await runNewActor({ id: bad as string, dir }, o)).toBe(1);
      expect(o.stderr).toContain(`Did you mean "${fix}"?`);
    }
    expect(listing(dir)).toEqual(before);
  });

  it('refuses "debate" (taken by debate.yaml) and an id that already exists as .yml', async () => {
    const dir = copyDebate(MINIMAL);
    const o = capture();
    expect(await runNewActor({ id: 'debate', dir }, o)).toBe(1);
    expect(o.stderr).toContain('debate.yaml holds the debate itself');

    writeFileSync(join(dir, 'press.yml'), 'name: Press\npositions: []\n');
    const twin = capture();
    expect(await runNewActor({ id: 'press', dir }, twin)).toBe(1);
    expect(twin.stderr).toContain('press.yml');
    expect(existsSync(join(dir, 'press.yaml'))).toBe(false);
  });

  it('refuses, writing nothing, when debate.yaml is broken (its issues are unknown)', async () => {
    const dir = copyDebate(MINIMAL);
    writeFileSync(join(dir, 'debate.yaml'), 'title: Broken\nquestion: What?\nisues: []\n');
    const before = listing(dir);
    const o = capture();
    expect(await runNewActor({ id: 'mayor', dir }, o)).toBe(1);
    expect(o.stderr).toMatch(/debate\.yaml has \d+ errors?.*nothing was written.*standpoint check/);
    expect(listing(dir)).toEqual(before);
  });

  it('uses the only debate under ./positions when no folder is named', async () => {
    const cwd = scratch();
    copyDebateInto(MINIMAL, join(cwd, 'positions', 'bridge'));
    const run = await runCli(['new', 'actor', 'mayor'], cwd);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('positions/bridge/mayor.yaml');
    expect(run.stdout).toContain('standpoint check positions/bridge');
    expect(existsSync(join(cwd, 'positions', 'bridge', 'mayor.yaml'))).toBe(true);
  });

  it('asks for the folder (exit 2) when ./positions holds several debates, or does not exist', async () => {
    const cwd = scratch();
    const none = await runCli(['new', 'actor', 'mayor'], cwd);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No ./positions folder here. Name the debate folder');

    copyDebateInto(MINIMAL, join(cwd, 'positions', 'bridge'));
    copyDebateInto(MINIMAL, join(cwd, 'positions', 'tunnel'));
    const several = await runCli(['new', 'actor', 'mayor'], cwd);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('holds 2 debates (positions/bridge, positions/tunnel): name one');
    expect(several.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 with usage help when the id is missing', async () => {
    const run = await runCli(['new', 'actor']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing required argument 'id'");
    const bare = await runCli(['new']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('standpoint new');
  });

  it('keeps escape sequences in --name out of the file and the terminal', async () => {
    const dir = copyDebate(MINIMAL);
    const o = capture();
    expect(await runNewActor({ id: 'red-team', dir, name: '\u001b[31mRed\u0007 Team\u001b]0;pwned\u0007' }, o)).toBe(0);
    const text = readFileSync(join(dir, 'red-team.yaml'), 'utf8');
    expect(text).toMatch(/^name: Red Team$/m);
    expect(ESC.test(text.replace(/\n/g, ''))).toBe(false);
    expect(ESC.test(o.stdout.replace(/\n/g, ''))).toBe(false);
  });

  it('quotes a name that YAML would otherwise read as something else', async () => {
    const dir = copyDebate(MINIMAL);
    expect(await runNewActor({ id: 'odd', dir, name: 'Yes: #1 & more' }, capture())).toBe(0);
    const { model } = await loadDebate(dir);
    expect(model.actors.find((a) => a.id === 'odd')?.name).toBe('Yes: #1 & more');
  });
});

describe('standpoint new debate', () => {
  it('creates DIR/ID/debate.yaml that passes check and fails --strict until every FILL IN is replaced', async () => {
    const parent = scratch();
    const o = capture();
    expect(await runNewDebate({ id: 'school-phones', dir: parent }, o)).toBe(0);
    const dir = join(parent, 'school-phones');
    const file = join(dir, 'debate.yaml');
    expect(readFileSync(file, 'utf8').split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+debate\.schema\.json$/);
    expect(o.stdout).toMatch(/standpoint new actor ACTOR-ID \S*school-phones\n/);

    const fresh = await runCli(['check', dir]);
    expect(fresh.stdout).toContain('0 errors, 3 warnings.');
    expect(fresh.code).toBe(0);
    const strict = await runCli(['check', '--strict', dir]);
    expect(strict.stdout).toMatch(/debate\.yaml:\d+:\d+: error: "FILL IN" is a placeholder from the template: replace it/);
    expect(strict.code).toBe(1);

    expect(await runNewActor({ id: 'teachers', dir }, capture())).toBe(0);
    expect(await runNewActor({ id: 'pupils', dir }, capture())).toBe(0);
    // Filled in, the debate and its actors pass --strict.
    for (const name of ['debate.yaml', 'teachers.yaml', 'pupils.yaml']) {
      const path = join(dir, name);
      writeFileSync(
        path,
        readFileSync(path, 'utf8')
          .replace(/FILL IN/g, 'Phones')
          .replace(/Not yet recorded\./g, 'Says nothing yet.'),
      );
    }
    const withActors = await runCli(['check', '--strict', dir]);
    expect(withActors.stdout).toContain('2 actors (pupils, teachers), 1 issue, 2 positions loaded');
    expect(withActors.code).toBe(0);
  });

  it('defaults to ./positions, creating it', async () => {
    const cwd = scratch();
    const run = await runCli(['new', 'debate', 'school-phones'], cwd);
    expect(run.code).toBe(0);
    expect(existsSync(join(cwd, 'positions', 'school-phones', 'debate.yaml'))).toBe(true);
  });

  it('never overwrites debate.yaml', async () => {
    const parent = scratch();
    expect(await runNewDebate({ id: 'school-phones', dir: parent }, capture())).toBe(0);
    const file = join(parent, 'school-phones', 'debate.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}# edited\n`);
    const before = readFileSync(file);
    const o = capture();
    expect(await runNewDebate({ id: 'school-phones', dir: parent }, o)).toBe(1);
    expect(o.stderr).toContain('already exists; nothing was written');
    expect(readFileSync(file).equals(before)).toBe(true);
    noTemps(dirname(file));
  });

  it('refuses a bad id before creating any folder', async () => {
    const parent = scratch();
    const o = capture();
    expect(await runNewDebate({ id: 'School Phones', dir: parent }, o)).toBe(1);
    expect(o.stderr).toContain('Did you mean "school-phones"?');
    expect(listing(parent)).toEqual([]);
  });

  it('will not nest a debate inside a debate folder (exit 2)', async () => {
    const dir = copyDebate(MINIMAL);
    const o = capture();
    expect(await runNewDebate({ id: 'other', dir }, o)).toBe(2);
    expect(o.stderr).toContain('is a debate folder itself');
    expect(existsSync(join(dir, 'other'))).toBe(false);
  });
});

function copyDebateInto(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  for (const name of listing(from)) {
    mkdirSync(to, { recursive: true });
    writeFileSync(join(to, name), readFileSync(join(from, name)));
  }
}
