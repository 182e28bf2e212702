// The exclusive, atomic create behind `new`: one winner in a race, the loser
// touches nothing, and no temp file survives any way out.
import { promises as fs, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isTempName, replaceFile, writeNewFile } from '../../src/authoring/write-file.js';
import { cleanScratch, listing, scratch } from './helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
  cleanScratch();
});

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('writeNewFile', () => {
  it('lets exactly one of many concurrent writers create the file, whole', async () => {
    const dir = scratch();
    const target = join(dir, 'actor.yaml');
    // Big enough that a torn write would show.
    const contents = Array.from({ length: 16 }, (_, i) => `writer: ${i}\n${'x'.repeat(200_000)}\n`);
    const results = await Promise.all(contents.map((c) => writeNewFile(target, c)));
    expect(results.filter((r) => r === 'created')).toHaveLength(1);
    expect(results.filter((r) => r === 'exists')).toHaveLength(15);
    const winner = results.indexOf('created');
    expect(readFileSync(target, 'utf8')).toBe(contents[winner]);
    expect(listing(dir)).toEqual(['actor.yaml']);
  });

  it('leaves an existing file byte-identical', async () => {
    const dir = scratch();
    const target = join(dir, 'actor.yaml');
    writeFileSync(target, 'mine\n');
    expect(await writeNewFile(target, 'theirs\n')).toBe('exists');
    expect(readFileSync(target, 'utf8')).toBe('mine\n');
    expect(listing(dir)).toEqual(['actor.yaml']);
  });

  it('removes its temp file when linking fails for another reason, and creates nothing', async () => {
    const dir = scratch();
    vi.spyOn(fs, 'link').mockRejectedValue(errno('EIO'));
    await expect(writeNewFile(join(dir, 'actor.yaml'), 'x\n')).rejects.toMatchObject({ code: 'EIO' });
    expect(listing(dir)).toEqual([]);
  });

  it('removes its temp file when writing the content fails', async () => {
    const dir = scratch();
    const open = fs.open.bind(fs);
    vi.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const handle = await open(...args);
      vi.spyOn(handle, 'writeFile').mockRejectedValue(errno('ENOSPC'));
      return handle;
    });
    await expect(writeNewFile(join(dir, 'actor.yaml'), 'x\n')).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(listing(dir)).toEqual([]);
  });

  it('still creates exclusively where the filesystem has no hard links', async () => {
    const dir = scratch();
    vi.spyOn(fs, 'link').mockRejectedValue(errno('EPERM'));
    const target = join(dir, 'actor.yaml');
    expect(await writeNewFile(target, 'first\n')).toBe('created');
    expect(await writeNewFile(target, 'second\n')).toBe('exists');
    expect(readFileSync(target, 'utf8')).toBe('first\n');
    expect(listing(dir)).toEqual(['actor.yaml']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    const dir = scratch();
    await expect(writeNewFile(join(dir, 'missing', 'actor.yaml'), 'x\n')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(listing(dir)).toEqual([]);
  });

  it('names temp files so the debate loader skips them (a leading dot)', () => {
    expect(isTempName('.actor.yaml.1234-0123456789ab.tmp')).toBe(true);
    expect(isTempName('actor.yaml')).toBe(false);
  });
});

describe('replaceFile', () => {
  it('replaces a file whole and leaves no temp file', async () => {
    const dir = scratch();
    const target = join(dir, 'schema.json');
    writeFileSync(target, 'old\n');
    await replaceFile(target, 'new\n');
    expect(readFileSync(target, 'utf8')).toBe('new\n');
    expect(listing(dir)).toEqual(['schema.json']);
  });

  it('keeps the old file and removes the temp file when the rename fails', async () => {
    const dir = scratch();
    const target = join(dir, 'schema.json');
    writeFileSync(target, 'old\n');
    vi.spyOn(fs, 'rename').mockRejectedValue(errno('EIO'));
    await expect(replaceFile(target, 'new\n')).rejects.toMatchObject({ code: 'EIO' });
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(listing(dir)).toEqual(['schema.json']);
  });
});
