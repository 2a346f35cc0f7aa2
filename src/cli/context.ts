/** Where an adapter finds its files and reports its problems. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostics } from '../core/catalogue/index.js';

export interface SourceContext {
  /** The `--sources` directory, laid out like the shared data folder. */
  dir: string;
  diag: Diagnostics;
}

/** Absolute path of `rel` under the sources directory, or null when absent. */
export function locate(ctx: SourceContext, rel: string): string | null {
  const path = join(ctx.dir, rel);
  return existsSync(path) ? path : null;
}

/** Names of the files in a sources sub-folder, sorted; [] when the folder is absent. */
export function listFiles(ctx: SourceContext, folder: string): string[] {
  const path = join(ctx.dir, folder);
  if (!existsSync(path)) return [];
  return readdirSync(path).sort();
}
