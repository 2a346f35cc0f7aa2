/**
 * Every outlook sentence agrees with the openings and job seekers shown beside it, says
 * where and when first, and a rating that reads otherwise is explained beside it, for every
 * occupation of the sample index and, when the shared data is present, of the real index,
 * in English and French.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeLabourMarket } from '../../../src/core/lmi/lmi.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import type { Lang } from '../../../src/core/index-format/schema.js';
import { buildIndex } from '../../../src/cli/build.js';
import { writeIndex } from '../../../src/cli/writer.js';
import { loadIndexFromDir } from '../../../src/cli/read-index.js';
import { COURSERA_CSV, DATA_DIR, ensureRealIndex } from '../../../eval/real-index.js';

const SAMPLE = fileURLToPath(new URL('../../../sample/', import.meta.url));

/** What a sentence can claim, in the words a reader sees. */
type Claim = 'far-more-jobs' | 'more-jobs' | 'as-many' | 'more-people' | 'far-more-people';
const CLAIMS: Record<Lang, Record<Claim, RegExp>> = {
  en: {
    'far-more-jobs': /far more jobs/,
    'more-jobs': /somewhat more jobs/,
    'as-many': /about as many/,
    'more-people': /somewhat more people/,
    'far-more-people': /far more people/,
  },
  fr: {
    'far-more-jobs': /beaucoup plus de postes/,
    'more-jobs': /un peu plus de postes/,
    'as-many': /à peu près autant/,
    'more-people': /un peu plus de personnes/,
    'far-more-people': /beaucoup plus de personnes/,
  },
};

const SCOPE: Record<Lang, RegExp> = { en: /^Across Canada, 2024 to 2033: /, fr: /^Dans l’ensemble du Canada, de 2024 à 2033\u00a0: / };

/** The number a person reads, e.g. "28,000" or "28 000" -> 28000. */
const shown = (formatted: string) => Number(formatted.replace(/\D/g, ''));

/** What is wrong with the outlook sentences of `index`, one line per occupation and language. */
function contradictions(index: LoadedIndex): { problems: string[]; checked: number } {
  const problems: string[] = [];
  let checked = 0;
  for (const code of index.occupations.keys()) {
    for (const lang of ['en', 'fr'] as const) {
      const d = describeLabourMarket(index, code, { lang });
      const outlook = d.outlook;
      const openings = d.facts.find((f) => f.kind === 'openings');
      const seekers = d.facts.find((f) => f.kind === 'seekers');
      if (!outlook?.rated || !openings || !seekers) continue;
      checked++;
      const sentence = outlook.sentence;
      const claims = (Object.keys(CLAIMS[lang]) as Claim[]).filter((c) => CLAIMS[lang][c].test(sentence));
      const say = (why: string) => problems.push(`${code} ${lang}: ${why} (${openings.formatted} openings, ${seekers.formatted} seekers): ${sentence}`);
      if (openings.value <= 0 || seekers.value <= 0) {
        if (claims.length > 0) say('compares figures that cannot be compared');
        continue;
      }
      const jobs = shown(openings.formatted);
      const people = shown(seekers.formatted);
      const ratio = Math.max(jobs, people) / Math.min(jobs, people);
      if (claims.length !== 1) {
        say(`makes ${claims.length} comparisons`);
        continue;
      }
      const claim = claims[0]!;
      if (claim.endsWith('jobs') && !(jobs > people)) say('claims more jobs than people');
      if (claim.endsWith('people') && !(people > jobs)) say('claims more people than jobs');
      if (claim.startsWith('far') && ratio < 1.3) say('says "far more" of a small difference');
      if (claim === 'as-many' && ratio > 1.15) say('says "about as many" of a clear difference');
      if (jobs === people && claim !== 'as-many') say('equal figures, yet not "about as many"');
      const agrees: Record<Claim, string> = {
        'far-more-jobs': 'strong-shortage',
        'more-jobs': 'moderate-shortage',
        'as-many': 'balance',
        'more-people': 'moderate-surplus',
        'far-more-people': 'strong-surplus',
      };
      // The official label reads otherwise: the note beside it must say so, not leave two claims at odds.
      if (agrees[claim] !== outlook.condition && !outlook.note?.includes(outlook.label.toLowerCase())) {
        say(`leaves the official rating "${outlook.label}" unexplained`);
      }
      if (agrees[claim] === outlook.condition && outlook.note !== null) say('explains a rating the figures agree with');
      // Where and when first, as the badge beside it is read: across Canada, over the projection period.
      if (!SCOPE[lang].test(sentence)) say('does not start with where and when it holds');
    }
  }
  return { problems, checked };
}

test('sample index: no outlook sentence contradicts the openings and seekers shown', async () => {
  const out = mkdtempSync(join(tmpdir(), 'mc-outlook-'));
  await writeIndex(buildIndex({ sources: join(SAMPLE, 'sources'), programs: join(SAMPLE, 'programs.csv') }), out);
  const index = await loadIndexFromDir(out, ['en', 'fr']);
  const { problems, checked } = contradictions(index);
  assert.ok(checked >= 20, `only ${checked} readings checked`);
  assert.deepEqual(problems, []);
});

test(
  'real index: no outlook sentence contradicts the openings and seekers shown, for every occupation',
  { skip: existsSync(COURSERA_CSV) ? false : `the real data is not at ${DATA_DIR} (set MICROCRED_DATA)`, timeout: 600_000 },
  async () => {
    const index = await loadIndexFromDir(await ensureRealIndex(), ['en', 'fr']);
    assert.ok(index.occupations.size >= 500);
    const { problems, checked } = contradictions(index);
    assert.ok(checked >= 900, `only ${checked} readings checked`);
    assert.deepEqual(problems, [], `${problems.length} contradictions, e.g.\n${problems.slice(0, 5).join('\n')}`);
  },
);
