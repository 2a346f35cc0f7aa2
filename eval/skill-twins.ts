/**
 * How common near-identical skills are in the real index, and how right the skill finder's
 * grouping of them is (src/core/rank/skill-groups.ts), by reading.
 *
 * Candidates: labels of one language with the same content words in the same order once any
 * leading verb is set aside, a verb being a first word with which ESCO begins at least 3
 * competence labels and 5 times as many as knowledge labels (so "manage", "teach", "install"
 * count, as "fish" or "digital" do not). A seeded sample of SAMPLE candidate groups, and every
 * group the finder's rule makes, are judged by reading in eval/judged/skill-twins.tsv
 * (1: every label of the group names one skill an employer would ask for by either name).
 *
 * Run: `npx tsx eval/skill-twins.ts` (prints the counts; `--list` also prints every group
 * read and those not judged yet).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { loadIndexFromDir } from '../src/cli/read-index.js';
import { localize, type Lang } from '../src/core/index-format/index.js';
import { fold, terms } from '../src/core/text/index.js';
import { groupLabels } from '../src/core/rank/skill-groups.js';
import { DATA_DIR, ensureRealIndex } from './real-index.js';
import { mulberry32 } from './random.js';

const SAMPLE = 40;
const SEED = 20261207;
const JUDGED = fileURLToPath(new URL('judged/skill-twins.tsv', import.meta.url));
const KIND_RANK = { skill: 0, knowledge: 1, detail: 2 } as const;

type Row = Record<string, string>;
const csv = (path: string): Row[] => parse(readFileSync(join(DATA_DIR, 'esco_v1.1.1', path)), { columns: true, bom: true }) as Row[];

/** First words with which ESCO begins competences far more than knowledge, per language. */
function escoVerbs(): Record<Lang, Set<string>> {
  const skills = csv('en/skills_en.csv');
  const fr = new Map(csv('fr_labels/skills_fr_labels.csv').map((r) => [r.conceptUri!, r.preferredLabel!]));
  const verbs = (label: (r: Row) => string): Set<string> => {
    const competence = new Map<string, number>();
    const knowledge = new Map<string, number>();
    for (const r of skills) {
      const words = fold(label(r)).split(' ');
      if (words.length < 2) continue;
      const counts = r.skillType === 'skill/competence' ? competence : knowledge;
      counts.set(words[0]!, (counts.get(words[0]!) ?? 0) + 1);
    }
    return new Set([...competence].filter(([w, n]) => n >= 3 && n >= 5 * (knowledge.get(w) ?? 0)).map(([w]) => w));
  };
  return { en: verbs((r) => r.preferredLabel!), fr: verbs((r) => fr.get(r.conceptUri!) ?? '') };
}

/** Groups of skill positions (two or more), each sorted, in order of their first member. */
function groupsOf(keys: readonly string[]): number[][] {
  const byKey = new Map<string, number[]>();
  keys.forEach((key, i) => byKey.set(key, [...(byKey.get(key) ?? []), i]));
  return [...byKey.values()].filter((g) => g.length > 1);
}

function readJudged(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(JUDGED, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [lang, verdict, ids] = line.split('\t');
    out.set(`${lang} ${ids}`, verdict!);
  }
  return out;
}

const index = await loadIndexFromDir(await ensureRealIndex(), ['en', 'fr']);
const skills = index.manifest.skills;
const verbs = escoVerbs();
const judged = readJudged();
const list = process.argv.includes('--list');
const candidates: Array<{ lang: Lang; group: number[] }> = [];
const report: Record<string, unknown> = { skills: skills.length };
const ruleGroups: Array<{ lang: Lang; group: number[] }> = [];
const headsByLang = {} as Record<Lang, number[]>;

for (const lang of ['en', 'fr'] as const) {
  const labels = skills.map((s) => localize(s.label, lang));
  const keys = labels.map((label) => {
    const words = fold(label).split(' ');
    const rest = words.length > 1 && verbs[lang].has(words[0]!) ? words.slice(1).join(' ') : words.join(' ');
    return terms(rest).join(' ') || rest;
  });
  const found = groupsOf(keys);
  candidates.push(...found.map((group) => ({ lang, group })));
  const { postingStart } = index.ranking;
  const heads = groupLabels(
    labels.map((label, i) => ({
      label,
      rank: KIND_RANK[skills[i]!.kind],
      programs: postingStart[i + 1]! - postingStart[i]!,
      names: skills[i]!.alt?.[lang]?.length ?? 0,
    })),
    lang,
  );
  headsByLang[lang] = heads;
  const made = groupsOf(heads.map(String));
  ruleGroups.push(...made.map((group) => ({ lang, group })));
  // The build-time alternative: each grouped skill's group label, as lines of positions.
  const lines = made.flatMap((g) => g.filter((i) => heads[i] !== i).map((i) => `${i}\t${heads[i]}`)).join('\n');
  report[lang] = {
    candidateGroups: found.length,
    candidateSkills: found.reduce((n, g) => n + g.length, 0),
    ruleGroups: made.length,
    ruleSkills: made.reduce((n, g) => n + g.length, 0),
    buildTimeGzipBytes: gzipSync(lines).length,
  };
}

const random = mulberry32(SEED);
const pool = [...candidates];
const sample = Array.from({ length: Math.min(SAMPLE, pool.length) }, () => pool.splice(Math.floor(random() * pool.length), 1)[0]!);

function tally(name: string, groups: Array<{ lang: Lang; group: number[] }>, merged?: (g: { lang: Lang; group: number[] }) => boolean) {
  const rows = groups.map((g) => {
    const ids = g.group.map((i) => skills[i]!.id).join(' ');
    const labels = g.group.map((i) => localize(skills[i]!.label, g.lang)).join(' | ');
    return { ...g, ids, labels, verdict: judged.get(`${g.lang} ${ids}`) ?? null, merged: merged?.(g) ?? true };
  });
  if (list) for (const r of rows) console.log(`${name}\t${r.lang}\t${r.verdict ?? '?'}\t${r.merged ? 'merged' : 'apart'}\t${r.ids}\t${r.labels}`);
  const read = rows.filter((r) => r.verdict !== null);
  const same = read.filter((r) => r.verdict === '1');
  report[name] = {
    groups: rows.length,
    read: read.length,
    same: same.length,
    ...(merged ? { sameMerged: same.filter((r) => r.merged).length, differentMerged: read.filter((r) => r.verdict === '0' && r.merged).length } : {}),
  };
}

// A candidate group counts as merged when the rule puts all of its skills in one group.
tally('sample', sample, (g) => g.group.every((i) => headsByLang[g.lang][i] === headsByLang[g.lang][g.group[0]!]));
tally('rule', ruleGroups);
console.log(JSON.stringify(report, null, 2));
