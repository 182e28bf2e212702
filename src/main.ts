// The executable's entry: run the CLI and exit with its code.
import { main } from './cli.js';
import { showControls } from './model/sanitize.js';

// A reader that stops early (`standpoint check | head`) closes the pipe. That is
// not a failure of ours: leave quietly instead of dying with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    process.exit(err.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(showControls(`standpoint: ${(err as Error)?.message ?? String(err)}\n`));
    process.exitCode = 1;
  },
);
