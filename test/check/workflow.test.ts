// The GitHub Actions workflow docs/ci.md shows, read from that page and run
// step by step as the runner would (`sh -e -c`, GITHUB_ACTIONS=true, in a checkout
// with a mistake in it): the check step fails with an annotation on the right
// line, and the SARIF step leaves a log that code scanning can read.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI, ROOT } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'standpoint-workflow-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

function docsWorkflow(): { on: unknown; jobs: Record<string, { steps: Step[] }> } {
  const page = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
  const block = page.match(/```yaml\n(# \.github\/workflows\/[^\n]+\n[\s\S]*?)```/);
  if (!block?.[1]) throw new Error('docs/ci.md has no workflow example');
  return parse(block[1]);
}

describe('the GitHub Actions workflow of docs/ci.md', () => {
  it('runs standpoint on pushes and pull requests, with Node 22 or later', () => {
    const wf = docsWorkflow();
    expect(wf.on).toEqual(['push', 'pull_request']);
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    const node = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(Number(node?.with?.['node-version'])).toBeGreaterThanOrEqual(22);
    expect(steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))?.with?.sarif_file).toBe('standpoint.sarif');
  });

  it('its steps, run as the runner runs them, fail on a mistake with an annotation and leave a SARIF log', () => {
    const checkout = join(work, 'checkout');
    cpSync(join(ROOT, 'test/fixtures/debates/minimal'), join(checkout, 'positions/bridge'), { recursive: true });
    const council = join(checkout, 'positions/bridge/council.yaml');
    const text = readFileSync(council, 'utf8');
    writeFileSync(council, text.replace(/stance: [a-z-]+/, 'stance: leans-fro'));
    const line = text.slice(0, text.search(/stance: [a-z-]+/)).split('\n').length;
    // What `npm install --global standpoint` puts on PATH, here the built CLI.
    const bin = join(work, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'standpoint'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} "$@"\n`);
    chmodSync(join(bin, 'standpoint'), 0o755);

    const runs = Object.values(docsWorkflow().jobs)
      .flatMap((j) => j.steps)
      .map((s) => s.run)
      .filter((r): r is string => Boolean(r?.includes('standpoint check')));
    expect(runs).toHaveLength(2);
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, GITHUB_ACTIONS: 'true', CI: 'true' };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    const [check, sarif] = runs.map((run) => spawnSync('sh', ['-e', '-c', run], { cwd: checkout, env, encoding: 'utf8' }));

    expect(check?.status).toBe(1);
    expect(check?.stdout).toMatch(new RegExp(`^::error title=bad-value,file=positions/bridge/council\\.yaml,line=${line},`, 'm'));
    expect(check?.stdout).not.toContain('\u001b');
    expect(sarif?.status).toBe(0);
    const log = JSON.parse(readFileSync(join(checkout, 'standpoint.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results[0]).toMatchObject({ ruleId: 'bad-value', level: 'error' });
  });
});
