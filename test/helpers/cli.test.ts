// The CLI helper hands a test the text the program wrote, even when a character is split across chunks.
import { describe, expect, it } from 'vitest';
import { runNode } from './cli.js';

describe('runNode', () => {
  it('keeps a multi-byte character whole when the pipe delivers it in two chunks', async () => {
    // "é" is two bytes in UTF-8: write one, wait so the reader sees a chunk, write the other.
    const script = 'process.stdout.write(Buffer.from([0xc3])); setTimeout(() => process.stdout.write(Buffer.from([0xa9, 0x0a])), 200);';
    const r = await runNode(['-e', script]);
    expect(r).toEqual({ code: 0, stdout: 'é\n', stderr: '' });
  });
});
