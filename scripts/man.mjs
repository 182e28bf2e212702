// Builds the man page, dist/standpoint.1, from the CLI's own --help texts (so
// the two never disagree), converted to roff by marked-man. Run after the
// bundle is built: `npm run build` does both.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'standpoint.js');
const { version, description } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function help(args) {
  const r = spawnSync(process.execPath, [cli, ...args, '--help'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', COLUMNS: '66' },
  });
  if (r.status !== 0) throw new Error(`standpoint ${args.join(' ')} --help failed: ${r.stderr}`);
  return r.stdout.trimEnd();
}

/** The commands `standpoint --help` lists, and their subcommands, as [path, description]. */
function commands(text, prefix = []) {
  const block = text.split(/\nCommands:\n/)[1]?.split(/\n\n/)[0] ?? '';
  return block
    .split('\n')
    .map((l) => l.match(/^ {2}(\S+)/)?.[1])
    .filter((name) => name && name !== 'help')
    .flatMap((name) => {
      const path = [...prefix, name];
      return [path, ...commands(help(path), path)];
    });
}

const main = help([]);

/** Help text's sections: the usage line, the description, each "Heading:" block, and any closing text. */
function sections(text) {
  const blocks = text.split(/\n\n/);
  const usage = blocks.shift().replace(/^Usage: /, '');
  const out = { usage, description: [], lists: [], rest: [] };
  for (const block of blocks) {
    const m = block.match(/^([A-Z][^:\n]*):\n((?: {2}.*(?:\n|$))+)$/);
    if (m) out.lists.push([m[1], m[2]]);
    else if (out.lists.length === 0) out.description.push(block);
    else out.rest.push(block);
  }
  return out;
}

/** "  term   text" lines, with wrapped continuation lines, as [term, text] pairs. */
function items(block) {
  const found = [];
  for (const line of block.split('\n')) {
    const m = line.match(/^ {2}(\S.*?)(?: {2,}(.*))?$/);
    if (m) found.push([m[1].trim(), m[2] ?? '']);
    else if (line.trim() && found.length) found[found.length - 1][1] += ` ${line.trim()}`;
  }
  return found;
}

const escapeMd = (t) => t.replace(/([\\*_<>[\]])/g, '\\$1');
const definitions = (block) =>
  items(block)
    .map(([term, text]) => `* \`${term}\`:\n  ${escapeMd(text)}\n`)
    .join('\n');

function section(path) {
  const h = sections(help(path));
  const lists = h.lists
    .filter(([title]) => title !== 'Exit codes' && title !== 'Environment')
    .map(([title, block]) => `${title}:\n\n${definitions(block)}`)
    .join('\n');
  const rest = h.rest
    .filter((b) => !/^(Exit codes|Environment):/.test(b))
    .map((b) => (b.includes('\n  ') ? `\`\`\`\n${b}\n\`\`\`` : escapeMd(b)))
    .join('\n\n');
  return `\`${h.usage}\`\n\n${h.description.map(escapeMd).join('\n\n')}\n\n${lists}\n${rest}\n`;
}

const list = commands(main);
const markdown = `# standpoint(1) -- ${description.replace(/\.$/, '')}

## SYNOPSIS

\`standpoint\` [*options*] [*DIR*]  
${list.map((path) => `\`standpoint ${path.join(' ')}\` ...`).join('  \n')}

## DESCRIPTION

Each actor of a debate is a YAML file in a debate folder, next to a \`debate.yaml\`
that names the question, the issues and the sources. With no command, standpoint
opens the debates in *DIR* side by side in the terminal (press \`?\` inside for the
keys). The commands below check, print, export and compare debates, and write new
files from templates. The full manual is in the package folder's docs/ (docs/README.md lists
its pages).

## OPTIONS

${definitions(sections(main).lists.find(([t]) => t === 'Options')[1])}
## COMMANDS

${list.map((path) => `### standpoint ${path.join(' ')}\n\n${section(path)}`).join('\n')}
## EXIT STATUS

${definitions(sections(main).lists.find(([t]) => t === 'Exit codes')[1])}
## ENVIRONMENT

${definitions(sections(main).lists.find(([t]) => t === 'Environment')[1])}
## SEE ALSO

git(1), pre-commit(8); the manual in docs/ shipped with the package.
`;

const require = createRequire(import.meta.url);
const bin = join(dirname(require.resolve('marked-man')), '..', 'bin', 'marked-man.js');
const roff = spawnSync(process.execPath, [bin, '--no-breaks', '--version', `standpoint ${version}`, '--manual', 'User Commands'], {
  input: markdown,
  encoding: 'utf8',
});
if (roff.status !== 0) throw new Error(`marked-man failed: ${roff.stderr}`);
writeFileSync(join(root, 'dist', 'standpoint.1'), roff.stdout);
