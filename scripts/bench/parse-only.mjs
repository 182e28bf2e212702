// The baseline for `standpoint check`: read every YAML file of a debate folder
// from disk and parse it with yaml's parseDocument, nothing else. Run in a
// fresh node process, as check is, so both pay for starting node.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node scripts/bench/parse-only.mjs DEBATE_DIR\n');
  process.exit(2);
}
let errors = 0;
for (const name of (await readdir(dir)).sort()) {
  if (!/\.ya?ml$/.test(name)) continue;
  const doc = parseDocument(await readFile(join(dir, name), 'utf8'));
  errors += doc.errors.length;
}
process.exitCode = errors > 0 ? 1 : 0;
