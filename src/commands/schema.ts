// `standpoint schema [--out DIR] [--print KIND]`: the JSON Schema for editors,
// generated from the zod schema. Writes DIR/debate.schema.json and
// DIR/actor.schema.json (replacing only files it generated itself), or prints one.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Command, Option } from 'commander';
import { OUTPUT_FILES, OUTPUT_KINDS, type OutputKind } from '../authoring/output-kinds.js';
import { SCHEMA_FILES, SCHEMA_KINDS, type SchemaKind } from '../authoring/schema-files.js';
import { replaceFile } from '../authoring/write-file.js';
import { describeFsError } from '../model/terms.js';
import { displayPath, type Output, processOutput } from '../terminal/output.js';

export interface SchemaOptions {
  out: string;
  print?: SchemaKind | OutputKind;
}

export function registerSchema(program: Command, run: (code: number) => void): void {
  program
    .command('schema')
    .description('Write the JSON Schemas: for editors (debate and actor files) and for scripts (export, check and compare JSON)')
    .option('--out <dir>', 'the folder to write the .schema.json files into', 'schema')
    .addOption(
      new Option('--print <kind>', 'print one schema to stdout instead of writing files').choices([...SCHEMA_KINDS, ...OUTPUT_KINDS]),
    )
    .action(async (opts: SchemaOptions) => {
      run(await runSchema(opts, processOutput()));
    });
}

export async function runSchema(options: SchemaOptions, o: Output): Promise<number> {
  // zod, which the schema is generated from, loads only for this command.
  const [{ editorSchemaText, isOurSchema }, { outputSchemaText }] = await Promise.all([
    import('../authoring/json-schema.js'),
    import('../authoring/output-schemas.js'),
  ]);
  const schemas = [
    ...SCHEMA_KINDS.map((k) => ({ kind: k as SchemaKind | OutputKind, file: SCHEMA_FILES[k], text: () => editorSchemaText(k) })),
    ...OUTPUT_KINDS.map((k) => ({ kind: k as SchemaKind | OutputKind, file: OUTPUT_FILES[k], text: () => outputSchemaText(k) })),
  ];
  if (options.print) {
    o.out(schemas.find((s) => s.kind === options.print)?.text() ?? '');
    return 0;
  }
  try {
    await mkdir(options.out, { recursive: true });
  } catch (err) {
    o.err(`standpoint: Cannot create the folder ${displayPath(options.out)}: ${describeFsError(err)}.\n`);
    return 1;
  }
  let code = 0;
  for (const schema of schemas) {
    const file = join(options.out, schema.file);
    const text = schema.text();
    const before = await readFile(file, 'utf8').catch(() => undefined);
    if (before === text) {
      o.out(`${displayPath(file)} is up to date.\n`);
      continue;
    }
    if (before !== undefined && !isOurSchema(before)) {
      o.err(`standpoint: ${displayPath(file)} exists and was not written by standpoint; it was left alone. Choose another --out folder.\n`);
      code = 1;
      continue;
    }
    try {
      await replaceFile(file, text);
      o.out(`Wrote ${displayPath(file)}\n`);
    } catch (err) {
      o.err(`standpoint: Cannot write ${displayPath(file)}: ${describeFsError(err)}.\n`);
      code = 1;
    }
  }
  return code;
}
