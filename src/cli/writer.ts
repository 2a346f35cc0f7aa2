/**
 * Writes a built index to disk in the format of `core/index-format/schema.ts` (through the core's
 * encoder), then reads it back through the core's own decoder: a builder bug fails
 * here, naming the file and line, rather than in someone's browser.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { encodeIndex } from '../core/index-format/index.js';
import { assembleParts } from '../core/load/index.js';
import { ProgramSchema, FILE_NAMES } from '../core/index-format/index.js';
import type { BuildResult } from './build.js';
import { BuildError } from '../core/catalogue/index.js';

export interface WrittenFile {
  path: string;
  bytes: number;
}

/** The files of an index as bytes, keyed by file name, `index.json` first. */
export function serializeIndex(result: BuildResult): Map<string, Uint8Array> {
  for (const program of result.programs) {
    const check = v.safeParse(ProgramSchema, program);
    if (!check.success) {
      throw new BuildError(`program ${program.id}: does not match the index schema (${check.issues[0]?.message}).`);
    }
  }
  let files: Map<string, Uint8Array>;
  try {
    const { manifest, titles, programs, requirements } = result;
    files = encodeIndex({ manifest, titles, programs, ...(requirements.size > 0 ? { requirements: { en: requirements } } : {}) });
  } catch (error) {
    throw new BuildError(`cannot write the index: ${(error as Error).message}`);
  }
  return new Map([[FILE_NAMES.manifest, files.get(FILE_NAMES.manifest)!], ...[...files].filter(([name]) => name !== FILE_NAMES.manifest)]);
}

export async function writeIndex(result: BuildResult, outDir: string): Promise<WrittenFile[]> {
  const files = serializeIndex(result);
  try {
    // Read back with the browser's decoder: what it refuses, the builder must not write.
    await assembleParts({ manifest: result.manifest, titles: result.titles, programs: result.programs });
  } catch (error) {
    throw new BuildError(`the index does not read back: ${(error as Error).message}`);
  }
  mkdirSync(outDir, { recursive: true });
  // Quote files and slices of an earlier build into the same folder that this one has none
  // for: nothing lists them any more (and a reader of the whole folder refuses stray quotes).
  for (const name of readdirSync(outDir)) {
    if (/^(quotes|programs)\.\d{5}\.txt$/.test(name) && !files.has(name)) rmSync(join(outDir, name));
  }
  const written: WrittenFile[] = [];
  for (const [name, content] of files) {
    writeFileSync(join(outDir, name), content);
    written.push({ path: name, bytes: content.length });
  }
  return written;
}
