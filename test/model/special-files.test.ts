// Files a debate folder may hold that are not what they seem: a link out of
// the folder (to a key, a password file), a FIFO, a device. None is read,
// each is a located error, nothing hangs; links inside the folder still work.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readYamlFile } from '../../src/model/read.js';
import { readRegularFile } from '../../src/model/regular-file.js';
import { brief, CLI, cleanScratch, debateWith, load, ROOT, scratch } from './helpers.js';

afterAll(cleanScratch);

const SECRET = 'aws_secret_access_key = wJalrXUtnFEMI-K7MDENG';

/** A FIFO at `path`; false where there are none (Windows). */
function fifo(path: string): boolean {
  try {
    execFileSync('mkfifo', [path]);
    return true;
  } catch {
    return false;
  }
}

/** Runs the built CLI, killed after `ms`: a hang fails the test instead of stalling the suite. */
function runWithin(args: string[], ms = 15_000): Promise<{ code: number | null; out: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (out += s));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, ms);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, timedOut });
    });
  });
}

describe('links out of the debate folder', () => {
  it('are reported as outside-folder and never read, so check cannot print what they point at', async () => {
    const home = scratch();
    const secret = join(home, 'credentials');
    writeFileSync(secret, `[default]\n${SECRET}\n`);
    const dir = debateWith();
    symlinkSync(secret, join(dir, 'aws.yaml'));
    const model = await load(dir);
    expect(brief(model)).toEqual(['aws.yaml:1:1 outside-folder']);
    expect(model.diagnostics[0]?.message).toMatch(/outside the debate folder.*copy the file into the folder instead/);
    const run = await runWithin(['check', dir]);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(1);
    expect(run.out).toContain('aws.yaml:1:1');
    expect(run.out).not.toContain('wJalrXUtnFEMI');
  });

  it('a link to a sibling folder’s file, or a debate.yaml linked from elsewhere, is outside too', async () => {
    const dir = debateWith();
    const other = debateWith();
    symlinkSync(join(other, 'council.yaml'), join(dir, 'mayor.yaml'));
    renameSync(join(dir, 'debate.yaml'), join(other, 'debate2.yaml'));
    symlinkSync(join(other, 'debate2.yaml'), join(dir, 'debate.yaml'));
    const model = await load(dir);
    expect(brief(model).filter((d) => d.endsWith('outside-folder'))).toEqual([
      'debate.yaml:1:1 outside-folder',
      'mayor.yaml:1:1 outside-folder',
    ]);
  });

  it('links that stay inside the folder keep working, and the folder itself may be reached through a link', async () => {
    const dir = debateWith();
    mkdirSync(join(dir, 'drafts'));
    renameSync(join(dir, 'council.yaml'), join(dir, 'drafts', 'council.yaml'));
    symlinkSync(join('drafts', 'council.yaml'), join(dir, 'council.yaml'));
    const via = join(scratch(), 'via');
    symlinkSync(dir, via);
    for (const d of [dir, via]) {
      const model = await load(d);
      expect(brief(model)).toEqual([]);
      expect(model.actors.map((a) => a.id)).toContain('council');
    }
  });
});

describe('FIFOs and devices', () => {
  it('a FIFO named like an actor file is a located error, and loading does not wait for a writer', async (ctx) => {
    const dir = debateWith();
    if (!fifo(join(dir, 'pipe.yaml'))) ctx.skip('no mkfifo here');
    const model = await load(dir);
    expect(brief(model)).toEqual(['pipe.yaml:1:1 not-a-file']);
    expect(model.diagnostics[0]?.message).toContain('a named pipe (FIFO)');
    expect(model.actors.map((a) => a.id)).toContain('council');
  });

  it('check and print finish on a debate holding a FIFO (child processes, killed if they hang)', async (ctx) => {
    const dir = debateWith();
    if (!fifo(join(dir, 'pipe.yaml'))) ctx.skip('no mkfifo here');
    const check = await runWithin(['check', dir]);
    expect(check.timedOut).toBe(false);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/pipe\.yaml:1:1.*not-a-file|not-a-file.*pipe\.yaml/s);
    const print = await runWithin(['print', dir]);
    expect(print.timedOut).toBe(false);
    expect(print.out).toContain('Town council');
  });

  it('a device inside the folder (made with mknod, where allowed) is not read', async (ctx) => {
    const dir = debateWith();
    try {
      // The same device as /dev/zero: endless NUL bytes.
      execFileSync('mknod', [join(dir, 'zero.yaml'), 'c', '1', '5'], { stdio: 'ignore' });
    } catch {
      ctx.skip('mknod is not allowed here (not root, or a container without the capability)');
    }
    const model = await load(dir);
    expect(brief(model)).toEqual(['zero.yaml:1:1 not-a-file']);
    expect(model.diagnostics[0]?.message).toContain('a device');
  });

  it('/dev/zero, /dev/urandom and a terminal linked as actor files are refused without being read', async () => {
    const dir = debateWith();
    for (const [name, device] of [
      ['zero', '/dev/zero'],
      ['random', '/dev/urandom'],
      ['tty', '/dev/ptmx'],
    ]) {
      symlinkSync(device as string, join(dir, `${name}.yaml`));
    }
    const model = await load(dir);
    expect(brief(model)).toEqual(['random.yaml:1:1 outside-folder', 'tty.yaml:1:1 outside-folder', 'zero.yaml:1:1 outside-folder']);
  });
});

describe('readRegularFile', () => {
  it('reads a regular file whole, up to the limit', async () => {
    const file = join(scratch(), 'a.yaml');
    writeFileSync(file, 'x'.repeat(1000));
    expect(await readRegularFile(file, 1000)).toEqual({ ok: true, bytes: Buffer.from('x'.repeat(1000)) });
    expect(await readRegularFile(file, 999)).toEqual({ ok: false, why: 'too-large', size: 1000 });
  });

  it('refuses devices by the open descriptor, never reading more than the limit', async () => {
    for (const device of ['/dev/zero', '/dev/urandom', '/dev/null', '/dev/ptmx']) {
      const read = await readRegularFile(device, 1024);
      expect(read).toMatchObject({ ok: false, why: 'special' });
    }
  });

  it('refuses a FIFO at once, with no writer', async (ctx) => {
    const path = join(mkdtempSync(join(tmpdir(), 'standpoint-fifo-')), 'p');
    if (!fifo(path)) ctx.skip('no mkfifo here');
    try {
      expect(await readRegularFile(path, 1024)).toEqual({ ok: false, why: 'special', what: 'a named pipe (FIFO)' });
      // The loader's own path: the file's reported, not waited on.
      expect((await readYamlFile(path)).diagnostics.map((d) => d.rule)).toEqual(['not-a-file']);
    } finally {
      rmSync(path, { force: true });
    }
  });

  it('a file that grew past the limit after its size was taken is still cut at the limit', async () => {
    // /proc files say they are empty but hold text: the size stat gives is not what is read.
    const read = await readRegularFile('/proc/self/status', 10);
    expect(read).toEqual({ ok: false, why: 'too-large' });
    expect(readFileSync('/proc/self/status').length).toBeGreaterThan(10);
  });
});
