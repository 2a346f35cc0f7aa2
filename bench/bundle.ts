/**
 * Size of the CDN bundle (after `npm run build`): raw, gzip and brotli bytes of
 * dist/cdn/microcred.js, against the 40 KB gzip goal.
 */
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUNDLE = new URL('../dist/cdn/microcred.js', import.meta.url);
const GOAL_GZIP_BYTES = 40 * 1024;

export async function benchBundle(): Promise<Record<string, unknown>> {
  let code: Buffer;
  try {
    code = await readFile(BUNDLE);
  } catch {
    throw new Error(`${BUNDLE.pathname} is missing: run \`npm run build\` first`);
  }
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  return {
    file: 'dist/cdn/microcred.js',
    rawBytes: code.length,
    gzipBytes: gzip,
    brotliBytes: brotli,
    gzipKB: Number((gzip / 1024).toFixed(1)),
    goalGzipKB: GOAL_GZIP_BYTES / 1024,
    withinGoal: gzip <= GOAL_GZIP_BYTES,
  };
}
