/**
 * Make's rule, for `npm start`: a step's outputs are up to date when every one exists and
 * the oldest is newer than the newest of its inputs. Inputs are files or folders (walked,
 * dotfiles and node_modules skipped). It compares modification times only, so a file
 * touched without a change still counts as changed (a needless rebuild, never a stale one);
 * a missing or unreadable output always means "rebuild".
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time (ms) of the files under `paths`; 0 when there is none. */
export function newestInput(paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string): void => {
    let info;
    try {
      info = statSync(path);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      for (const entry of readdirSync(path)) {
        if (!entry.startsWith('.') && entry !== 'node_modules') visit(join(path, entry));
      }
    } else if (info.mtimeMs > newest) newest = info.mtimeMs;
  };
  for (const path of paths) visit(path);
  return newest;
}

/** Oldest modification time (ms) of `files`; null when one of them is missing. */
export function oldestOutput(files: readonly string[]): number | null {
  let oldest = Infinity;
  for (const file of files) {
    try {
      oldest = Math.min(oldest, statSync(file).mtimeMs);
    } catch {
      return null;
    }
  }
  return files.length > 0 ? oldest : null;
}

/** True when every output exists and is newer than every input. */
export function upToDate(inputs: readonly string[], outputs: readonly string[]): boolean {
  const oldest = oldestOutput(outputs);
  return oldest !== null && newestInput(inputs) < oldest;
}
