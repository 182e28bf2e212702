// Respondent files (responses/<name>.yaml): saved without ever replacing one,
// never read as actors, and checked by `check` with file:line:col.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { saveRespondent } from '../../src/authoring/save-respondent.js';
import { runCheck } from '../../src/commands/check.js';
import type { Answer } from '../../src/debate/closeness.js';
import { readRespondents } from '../../src/model/respondent.js';
import { capture } from '../helpers/output.js';
import { cleanScratch, debateWith, load } from './helpers.js';

afterEach(cleanScratch);

const answers = new Map<string, Answer>([
  ['cost', { stance: 'for', weight: 2, note: 'cheap enough' }],
  ['traffic', { stance: 'leans-against', weight: 1 }],
]);

describe('respondent files', () => {
  it('saves answers in issue order and never overwrites: a second Ana becomes ana-2.yaml', async () => {
    const dir = debateWith();
    const model = await load(dir);
    const first = await saveRespondent(model, 'Ana', answers, new Date('2026-11-25T10:00:00Z'));
    const second = await saveRespondent(model, 'Ana', new Map([['cost', { stance: 'against', weight: 1 } as Answer]]));
    expect(first).toBe(join(dir, 'responses', 'ana.yaml'));
    expect(second).toBe(join(dir, 'responses', 'ana-2.yaml'));
    const text = readFileSync(first, 'utf8');
    expect(text).toContain('name: Ana');
    expect(text).toContain('date: 2026-11-25');
    expect(text.indexOf('cost:')).toBeLessThan(text.indexOf('traffic:'));
    expect(readdirSync(join(dir, 'responses')).sort()).toEqual(['ana-2.yaml', 'ana.yaml']);
    const read = await readRespondents(
      dir,
      model.issues.map((i) => i.id),
    );
    expect(read.diagnostics).toEqual([]);
    expect(read.respondents.map((r) => [r.name, Object.fromEntries(r.answers)])).toEqual([
      ['Ana', { cost: { stance: 'against', weight: 1 } }],
      ['Ana', Object.fromEntries(answers)],
    ]);
  });

  it('a name typed by a student is untrusted: the file name is a safe slug inside responses/, the name kept in the file without controls', async () => {
    const dir = debateWith();
    const model = await load(dir);
    const cases: Array<[string, string, string]> = [
      ['../../etc/passwd', 'passwd.yaml', '../../etc/passwd'],
      ['Zoë Ärger-Müller', 'zoe-arger-muller.yaml', 'Zoë Ärger-Müller'],
      ['\u001b[2J\u001b]0;owned\u0007Eve\u202e\tSmith\n', 'eve-smith.yaml', 'Eve Smith'],
      ['\u0007\u001b[31m', 'respondent.yaml', 'respondent'],
      ['yes: [no', 'yes-no.yaml', 'yes: [no'],
    ];
    for (const [typed, file, stored] of cases) {
      const saved = await saveRespondent(model, typed, answers);
      expect(saved).toBe(join(dir, 'responses', file));
      const read = await readRespondents(dir, ['cost', 'traffic']);
      expect(read.diagnostics).toEqual([]);
      expect(read.respondents.find((r) => r.file === saved)?.name).toBe(stored);
    }
    expect(readdirSync(join(dir, 'responses')).sort()).toEqual(cases.map((c) => c[1]).sort());
  });

  it('are not actors: the debate loads the same with a responses folder', async () => {
    const dir = debateWith();
    const before = await load(dir);
    await saveRespondent(before, 'Ben', answers);
    const after = await load(dir);
    expect(after.actors.map((a) => a.id)).toEqual(before.actors.map((a) => a.id));
    expect(after.diagnostics).toEqual(before.diagnostics);
  });

  it('check reports a broken respondent file as file:line:col and still checks the rest', async () => {
    const dir = debateWith();
    mkdirSync(join(dir, 'responses'));
    writeFileSync(
      join(dir, 'responses', 'bad.yaml'),
      'name: Cy\ndate: today\nanswers:\n  cost:\n    stance: maybe\n  parking:\n    stance: for\n',
    );
    writeFileSync(join(dir, 'responses', 'good.yaml'), 'name: Di\ndate: today\nanswers:\n  cost: { stance: for }\n');
    const o = capture();
    const code = await runCheck([dir], {}, o);
    expect(code).toBe(1);
    expect(o.stdout).toMatch(/responses\/bad\.yaml:5:13.*stance/);
    expect(o.stdout).not.toMatch(/good\.yaml/);
    const read = await readRespondents(dir, ['cost', 'traffic']);
    expect(read.respondents.map((r) => r.name)).toEqual(['Di']);
    writeFileSync(join(dir, 'responses', 'bad.yaml'), 'name: Cy\ndate: today\nanswers:\n  parking:\n    stance: for\n');
    const again = await readRespondents(dir, ['cost', 'traffic']);
    expect(again.diagnostics.map((d) => `${d.line}:${d.col} ${d.rule}`)).toEqual(['4:3 unknown-issue']);
  });
});

describe('new actor --from', () => {
  it("turns a student's answers into an actor stub: stances filled, claims to write", async () => {
    const dir = debateWith();
    const model = await load(dir);
    const file = await saveRespondent(model, 'Ana', answers);
    const { runNewActor } = await import('../../src/commands/new.js');
    const o = capture();
    expect(await runNewActor({ id: 'ana', dir, from: file }, o)).toBe(0);
    const after = await load(dir);
    const ana = after.actors.find((a) => a.id === 'ana');
    expect(ana?.positions.map((p) => [p.issueId, p.stance])).toEqual([
      ['cost', 'for'],
      ['traffic', 'leans-against'],
    ]);
    expect(readFileSync(join(dir, 'ana.yaml'), 'utf8')).toContain('# Your note: cheap enough');
    expect(after.diagnostics.filter((d) => d.file.endsWith('ana.yaml') && d.rule === 'placeholder').length).toBeGreaterThan(0);
  });

  it('says where a broken respondent file is broken and writes nothing', async () => {
    const dir = debateWith();
    mkdirSync(join(dir, 'responses'));
    writeFileSync(join(dir, 'responses', 'bo.yaml'), 'name: Bo\ndate: x\nanswers:\n  cost: { stance: sure }\n');
    const { runNewActor } = await import('../../src/commands/new.js');
    const o = capture();
    expect(await runNewActor({ id: 'bo', dir, from: join(dir, 'responses', 'bo.yaml') }, o)).toBe(1);
    expect(o.stderr).toMatch(/bo\.yaml:4:\d+: .*stance/);
    expect(readdirSync(dir)).not.toContain('bo.yaml');
  });
});
