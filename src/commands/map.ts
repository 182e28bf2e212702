// `standpoint map [DIR]`: who agrees with whom, the issues from consensus to
// divisive, the cruxes, and the opposing positions each actor never answers.
import type { Command } from 'commander';
import { displayPath } from '../terminal/output.js';
import { registerReport } from './report.js';

export function registerMap(program: Command, run: (code: number) => void): void {
  registerReport(program, run, {
    name: 'map',
    description: 'Who agrees with whom, issues from consensus to divisive, cruxes, and what each actor never answers',
    json: 'print the map as JSON',
    // Loaded when the command runs: every other command starts without it.
    report: async () => {
      const [{ forestToJson }, { renderMapPlain }] = await Promise.all([
        import('../export/forest-json.js'),
        import('../export/forest-text.js'),
      ]);
      return {
        text: (model, width) => renderMapPlain(model, { width, where: (l) => `${displayPath(l.file)}:${l.line}:${l.col}` }),
        json: forestToJson,
      };
    },
  });
}
