/**
 * Writes a built index to disk: the titles and programs files first, then `index.json`
 * with their sizes and hashes. The manifest is validated against the schema the loader
 * uses, so a builder bug fails here rather than in someone's browser.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { ManifestSchema, ProgramSchema, type FileRef, type IndexManifest } from '../core/schema.js';
import type { BuildResult } from './build.js';
import { BuildError } from './diagnostics.js';

export interface WrittenFile {
  path: string;
  bytes: number;
}

function fileRef(path: string, content: Buffer, count: number): FileRef {
  return { path, bytes: content.length, sha256: createHash('sha256').update(content).digest('hex'), count };
}

function lines(items: readonly string[]): Buffer {
  return Buffer.from(items.length === 0 ? '' : `${items.join('\n')}\n`, 'utf8');
}

/** The four files of an index, as bytes, keyed by file name. */
export function serializeIndex(result: BuildResult): Map<string, Buffer> {
  const titlesEn = lines(result.titles.en);
  const titlesFr = lines(result.titles.fr);
  for (const program of result.programs) {
    const check = v.safeParse(ProgramSchema, program);
    if (!check.success) {
      throw new BuildError(`program ${program.id}: does not match the index schema (${check.issues[0]?.message}).`);
    }
  }
  const programs = lines(result.programs.map((p) => JSON.stringify(p)));
  const manifest: IndexManifest = {
    ...result.manifest,
    files: {
      titles: {
        en: fileRef('titles.en.tsv', titlesEn, result.titles.en.length),
        fr: fileRef('titles.fr.tsv', titlesFr, result.titles.fr.length),
      },
      programs: fileRef('programs.ndjson', programs, result.programs.length),
    },
  };
  const check = v.safeParse(ManifestSchema, manifest);
  if (!check.success) {
    const issue = check.issues[0];
    const where = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new BuildError(`index.json: does not match the index schema at ${where} (${issue?.message}).`);
  }
  return new Map([
    ['index.json', Buffer.from(`${JSON.stringify(manifest)}\n`, 'utf8')],
    ['titles.en.tsv', titlesEn],
    ['titles.fr.tsv', titlesFr],
    ['programs.ndjson', programs],
  ]);
}

export function writeIndex(result: BuildResult, outDir: string): WrittenFile[] {
  const files = serializeIndex(result);
  mkdirSync(outDir, { recursive: true });
  const written: WrittenFile[] = [];
  for (const [name, content] of files) {
    writeFileSync(join(outDir, name), content);
    written.push({ path: name, bytes: content.length });
  }
  return written;
}
