/**
 * What a change to the builder does beyond the judged set: the (occupation, program) pairs
 * that leave and enter the top 10s of every occupation, between two built indexes. The
 * judged set covers 36 occupations; a change can help them and hurt the other 480, so each
 * change is also read here, on a seeded sample of the pairs that moved.
 *
 *   cp -r .cache/real-index /tmp/before     (then change the builder)
 *   npx tsx eval/real-index.ts              (rebuilds .cache/real-index)
 *   npx tsx eval/pairs.ts /tmp/before .cache/real-index [--sample 25] [--top 10]
 *
 * Prints how many pairs left and entered, then a sample of each to read. Pairs are compared
 * by program id; a program is shown by its English title.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { loadIndexFromDir } from '../src/cli/read-index.js';
import { recommend } from '../src/core/rank/rank.js';
import type { LoadedIndex } from '../src/core/model/loaded.js';
import { mulberry32 } from './random.js';

export interface PairChanges {
  /** "code title | program title", in code order. */
  left: string[];
  entered: string[];
}

/** The top-`top` pairs of every occupation of `before` that `after` drops, and those it adds. */
export function pairChanges(before: LoadedIndex, after: LoadedIndex, top = 10): PairChanges {
  const left: string[] = [];
  const entered: string[] = [];
  for (const code of [...before.occupations.keys()].sort()) {
    if (!after.occupations.has(code)) throw new Error(`occupation ${code} is in the first index only`);
    const a = recommend(before, { occupation: code, lang: 'en', limit: top });
    const b = recommend(after, { occupation: code, lang: 'en', limit: top });
    const ids = (rs: typeof a) => new Set(rs.map((r) => r.program.id));
    const [inA, inB] = [ids(a), ids(b)];
    const who = `${code} ${before.occupations.get(code)!.title.en}`;
    for (const r of a) if (!inB.has(r.program.id)) left.push(`${who} | ${r.program.title.en}`);
    for (const r of b) if (!inA.has(r.program.id)) entered.push(`${who} | ${r.program.title.en}`);
  }
  return { left, entered };
}

/** `k` of `lines`, drawn with a fixed seed so two readers see the same sample. */
export function sampleOf(lines: readonly string[], k: number, seed = 7): string[] {
  const random = mulberry32(seed);
  return lines
    .map((line) => ({ line, at: random() }))
    .sort((x, y) => x.at - y.at)
    .slice(0, k)
    .map((x) => x.line);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { sample: { type: 'string', default: '25' }, top: { type: 'string', default: '10' } },
  });
  if (positionals.length !== 2) {
    console.error('usage: npx tsx eval/pairs.ts <index dir before> <index dir after> [--sample 25] [--top 10]');
    process.exit(2);
  }
  const [before, after] = await Promise.all(positionals.map((dir) => loadIndexFromDir(dir, ['en'])));
  const { left, entered } = pairChanges(before!, after!, Number(values.top));
  const k = Number(values.sample);
  console.log(`${left.length} pairs left the top ${values.top}s, ${entered.length} entered.`);
  console.log(`\n## Left (${Math.min(k, left.length)} of ${left.length})\n\n${sampleOf(left, k).join('\n')}`);
  console.log(`\n## Entered (${Math.min(k, entered.length)} of ${entered.length})\n\n${sampleOf(entered, k).join('\n')}`);
}
