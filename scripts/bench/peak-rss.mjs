// Preloaded with `node --import` into a measured process: when it exits, its
// peak resident set size (getrusage's maxRSS, in KiB; VmHWM on Linux) is
// written to the file named by STANDPOINT_BENCH_RSS.
import { writeFileSync } from 'node:fs';

const out = process.env.STANDPOINT_BENCH_RSS;
if (out) {
  process.on('exit', () => {
    writeFileSync(out, `${process.resourceUsage().maxRSS}\n`);
  });
}
