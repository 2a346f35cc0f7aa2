/**
 * One measurement of `bench/store.ts` in a fresh process, so each reports its own memory:
 * `node --import tsx --expose-gc bench/store-child.ts <mode> <data-dir>`; prints JSON.
 *   open:       the embedded store's start (stream the log, keep the window's keys)
 *   compact:    the same, then a retention rewrite deleting inquiries older than 90 days
 *   whole-file: the start as it was (the whole log read into one string, every record kept)
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EmbeddedStore } from '../src/server/embedded-store.js';

const [mode, dir] = process.argv.slice(2) as [string, string];
const MiB = 1024 * 1024;

function memory() {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return {
    rssMiB: Math.round(m.rss / MiB),
    heapUsedMiB: Math.round(m.heapUsed / MiB),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

async function run(): Promise<Record<string, unknown>> {
  const start = performance.now();
  if (mode === 'whole-file') {
    const text = await readFile(join(dir, 'inquiries.jsonl'), 'utf8');
    const records = text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { key: string });
    const byKey = new Map(records.map((r) => [r.key, r]));
    const ms = performance.now() - start;
    return { ms: Math.round(ms), records: byKey.size, ...memory() };
  }
  const store = await EmbeddedStore.open({
    dataDir: dir,
    retentionDays: mode === 'compact' ? 90 : 3650,
    compactEveryMs: 24 * 60 * 60 * 1000,
    warn: () => undefined,
  });
  const opened = performance.now();
  const keys = store.stats().keys;
  const afterOpen = memory();
  if (mode !== 'compact') {
    await store.close();
    return { ms: Math.round(opened - start), keys, ...afterOpen };
  }
  await store.compact();
  const ms = performance.now() - opened;
  const bytesAfter = store.stats().logBytes;
  await store.close();
  return { ms: Math.round(ms), bytesAfter, ...memory() };
}

run().then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => console.log(JSON.stringify({ error: (error as Error).message, ...memory() })),
);
