// The executable's entry: run the CLI and exit with its code.
import { main } from './cli.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`standpoint: ${(err as Error)?.message ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
