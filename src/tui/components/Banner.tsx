// One line above the screen while live reload cannot show the debate as it
// is on disk: the folder was removed or cannot be read, or debate.yaml is broken. What is shown
// below it is the last good version.

import { basename } from 'node:path';
import { Box } from 'ink';
import type { ReactNode } from 'react';
import { singleLine } from '../../model/sanitize.js';
import type { Model } from '../../model/types.js';
import { displayPath } from '../../terminal/output.js';
import { width } from '../../text/measure.js';
import { fitLine, type Line as LineT, seg } from '../lines.js';
import { Line } from './Lines.js';

/** What live reload says about the folder, beside each new version. */
export interface LiveStatus {
  /** The debate folder is gone (or, with `unreadable`, cannot be read); the version shown is the last one loaded. */
  removed?: boolean;
  unreadable?: boolean;
}

export function bannerText(model: Model, live: LiveStatus): string | undefined {
  // Short enough for 80 columns, so the end is never cut off.
  if (live.removed)
    return `${folderName(model.dir)} ${live.unreadable ? 'cannot be read' : 'was removed'} — showing the last version loaded.`;
  if (model.debateStale) return 'debate.yaml has errors — showing its last good version (p: problems).';
  return undefined;
}

/** The folder as the reader named it ("positions/mexico-cartels"), or its name alone when that is long. */
function folderName(dir: string): string {
  const shown = displayPath(dir);
  return width(shown) <= 24 ? shown : singleLine(basename(dir));
}

export function bannerLine(text: string, cols: number): LineT {
  return fitLine([seg(` ${text} `, { bold: true, inverse: true, role: 'warning' })], cols, { inverse: true, role: 'warning' });
}

export function WithBanner({ text, cols, children }: { text?: string; cols: number; children: ReactNode }) {
  if (!text) return <>{children}</>;
  return (
    <Box flexDirection="column" flexShrink={0}>
      <Line line={bannerLine(text, cols)} />
      {children}
    </Box>
  );
}
