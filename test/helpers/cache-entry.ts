// The debate cache's entry as its tests need to reach into it: the records of
// one actor file, to damage as a disk error would.
import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize } from 'node:v8';

/** Overwrites the face record of `file` in the entry (or its bodies' record) with zeros, its length kept, as a disk error might. */
export function damageRecordOf(entry: string, file: string, which: 'face' | 'bodies' = 'face'): void {
  const bytes = readFileSync(entry);
  const count = bytes.readUInt32LE(0);
  let at = 4 + 4 * count;
  at += 4 + bytes.readUInt32LE(at);
  for (let r = 0; r < count; r++) {
    const size = bytes.readUInt32LE(4 + 4 * r);
    if (r % 2 === 0) {
      const body = bytes.subarray(at + 4, at + size);
      const record = deserialize(body) as { file: string };
      if (record.file === file) {
        if (which === 'face') body.fill(0);
        else bytes.fill(0, at + size + 4, at + size + bytes.readUInt32LE(4 + 4 * (r + 1)));
        writeFileSync(entry, bytes);
        return;
      }
    }
    at += size;
  }
  throw new Error(`no record of ${file}`);
}
