// A save made while a debate is first being read must not be lost. Live
// reload starts once the screen is up, after the read: the folders are watched
// from before it, and a change seen meanwhile makes live reload load again as
// soon as it takes over.
import { resolve } from 'node:path';
import { type FolderWatch, watchFolder } from './folder.js';

export class EarlyWatches {
  private readonly folders = new Map<string, { watch: FolderWatch; changed: boolean }>();

  /** Starts watching `dir`, before it is read. */
  start(dir: string): void {
    const key = resolve(dir);
    if (this.folders.has(key)) return;
    const entry = {
      changed: false,
      watch: watchFolder(key, () => {
        entry.changed = true;
      }),
    };
    this.folders.set(key, entry);
  }

  /**
   * Stops watching `dir` here (call it once live reload watches it): true when
   * anything in it may have changed since `start`, so what was read may be old.
   */
  handOver(dir: string): boolean {
    const key = resolve(dir);
    const entry = this.folders.get(key);
    if (!entry) return false;
    this.folders.delete(key);
    entry.watch.close();
    return entry.changed;
  }

  close(): void {
    for (const dir of [...this.folders.keys()]) this.handOver(dir);
  }
}
