/**
 * The catalogue review's functions (the ones the review page calls) and the round trip:
 * a catalogue -> review (accept, reject, add) -> export -> `build-index` -> `recommend`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main.js';
import { loadIndexFromDir } from '../../src/cli/read-index.js';
import { recommend } from '../../src/core/rank/rank.js';
import { catalogueReach } from '../../src/core/catalogue/reach.js';
import { SkillTagger } from '../../src/core/catalogue/tagger.js';
import type { SkillDef } from '../../src/core/catalogue/vocabulary.js';
import {
  addSkill,
  coverage,
  covered,
  decide,
  exportReview,
  finalSkills,
  markNotFor,
  removeSkill,
  reviewCatalogue,
  reviewTagger,
  touched,
} from '../../src/core/catalogue/review.js';

const SAMPLE = fileURLToPath(new URL('../../sample/', import.meta.url));
const quiet = { stdout: () => {}, stderr: () => {} };

const VOCAB: SkillDef[] = [
  { id: 'oasis:F01b02', kind: 'skill', label: { en: 'Writing', fr: 'Rédaction' } },
  { id: 'esco:qc', kind: 'detail', label: { en: 'quality control testing', fr: 'contrôle de la qualité' } },
  { id: 'esco:viz', kind: 'detail', label: { en: 'data visualisation', fr: 'visualisation de données' } },
  { id: 'esco:use-spreadsheets-software', kind: 'detail', label: { en: 'use spreadsheets software', fr: 'utiliser un tableur' } },
];
const known = (ids: Iterable<string>) => {
  const set = new Set(ids);
  return (id: string) => set.has(id);
};
/** The sample catalogue under review, over the vocabulary of an index built from it (what the review page loads). */
const reviewSample = async (vocabulary: readonly SkillDef[]) =>
  reviewCatalogue(readFileSync(`${SAMPLE}programs.csv`), 'programs.csv', await reviewTagger(vocabulary), known(vocabulary.map((s) => s.id)));

test('explain: each skill with the phrase of the program that supports it and a strength', () => {
  const tagger = new SkillTagger(VOCAB);
  const byTag = tagger.explain(['Writing', 'Data Visualization', 'Knitting'], 'anything');
  assert.deepEqual(byTag.suggestions, [
    { skill: 'oasis:F01b02', phrase: 'Writing', strength: 'strong', source: 'tag' },
    { skill: 'esco:viz', phrase: 'Data Visualization', strength: 'medium', source: 'tag' },
  ]);
  assert.deepEqual(byTag.unmapped, ['Knitting']);
  // From the text: the words as written, not their folded form.
  const byText = tagger.explain([], 'Learn Quality-Control Testing, then report writing. Build Excel models.');
  assert.deepEqual(byText.suggestions, [
    { skill: 'esco:qc', phrase: 'Quality-Control Testing', strength: 'weak', source: 'text' },
    { skill: 'oasis:F01b02', phrase: 'writing', strength: 'weak', source: 'text' },
    { skill: 'esco:use-spreadsheets-software', phrase: 'Excel', strength: 'weak', source: 'text' },
  ]);
  // `tag` is `explain` without the phrases: the builder and the page use one code.
  assert.deepEqual(tagger.tag([], 'Learn Quality-Control Testing, then report writing. Build Excel models.').skills, [
    'esco:qc',
    'oasis:F01b02',
    'esco:use-spreadsheets-software',
  ]);
});

const CSV = [
  'id,title_en,title_fr,provider,url,description_en,description_fr,skills,hours,cost_cad,delivery,language,region,osap_eligible,credential',
  'a-1,Report Writing,,College,https://example.org/a,"Clear reports, with ""quotes"".",,Writing;Knitting,10,,online,en,,,',
  'bad id!,Broken row,,College,,,,Writing,,,,,,,',
  'a-2,Dashboards,,College,,Quality control testing and dashboards.,,,,,online,weird,,,',
].join('\n');

test('review: accept, reject, add; coverage; export keeps every row and marks reviewed ones', async () => {
  const tagger = new SkillTagger(VOCAB);
  const review = await reviewCatalogue(new TextEncoder().encode(CSV), 'catalogue.csv', tagger, known(VOCAB.map((v) => v.id)));
  // Problems by line and field.
  assert.deepEqual(
    review.warnings.map((w) => [w.line, w.field]),
    [
      [3, 'id'],
      [4, 'language'],
    ],
  );
  const [a1, a2] = review.entries;
  assert.equal(a1!.program.id, 'a-1');
  assert.equal(a2!.suggestions[0]!.strength, 'weak');
  assert.deepEqual(coverage(review), { covered: 1, total: 2 });

  decide(a1!, 'oasis:F01b02', 'rejected');
  assert.equal(covered(a1!), false);
  assert.equal(addSkill(a1!, 'esco:viz'), true);
  assert.equal(addSkill(a1!, 'esco:viz'), false, 'added once');
  assert.deepEqual(finalSkills(a1!), ['esco:viz']);
  decide(a2!, 'esco:qc', 'accepted');
  assert.deepEqual(coverage(review), { covered: 2, total: 2 });
  assert.throws(() => decide(a2!, 'esco:viz', 'accepted'), RangeError);

  const out = exportReview(review);
  assert.equal(out.name, 'catalogue-reviewed.csv');
  const lines = out.text.trimEnd().split('\n');
  assert.equal(lines.length, 4, 'the header and every row, the broken one too');
  assert.match(lines[0]!, /,reviewed_skills$/);
  assert.match(lines[1]!, /^a-1,.*"Clear reports, with ""quotes""\."/);
  assert.match(lines[1]!, /,esco:viz$/);
  assert.match(lines[2]!, /^bad id!,/);
  assert.match(lines[3]!, /,esco:qc$/);

  // Read back: the review starts where it was left.
  const again = await reviewCatalogue(new TextEncoder().encode(out.text), 'catalogue-reviewed.csv', tagger, known(VOCAB.map((v) => v.id)));
  assert.deepEqual(again.entries[0]!.program.reviewed, ['esco:viz']);
  assert.equal(again.entries[0]!.decisions.get('oasis:F01b02'), 'rejected');
  assert.deepEqual(again.entries[0]!.added, ['esco:viz']);
  assert.deepEqual(finalSkills(again.entries[1]!), ['esco:qc']);

  // Rejecting everything is a review too: "none", not "not reviewed".
  removeSkill(a1!, 'esco:viz');
  assert.equal(touched(a1!), true);
  assert.match(exportReview(review).text.split('\n')[1]!, /,none$/);
});

test('review: a JSON catalogue is exported as JSON with reviewed_skills on the reviewed objects', async () => {
  const json = JSON.stringify([
    { id: 'j-1', title_en: 'Report Writing', skills: ['Writing'], extra: 'kept' },
    { id: 'j-2', title_en: 'Other' },
  ]);
  const review = await reviewCatalogue(new TextEncoder().encode(json), 'list.json', new SkillTagger(VOCAB), known(VOCAB.map((v) => v.id)));
  decide(review.entries[0]!, 'oasis:F01b02', 'accepted');
  const out = exportReview(review);
  assert.equal(out.name, 'list-reviewed.json');
  assert.deepEqual(JSON.parse(out.text), [
    { id: 'j-1', title_en: 'Report Writing', skills: ['Writing'], extra: 'kept', reviewed_skills: 'oasis:F01b02' },
    { id: 'j-2', title_en: 'Other' },
  ]);
});

test('round trip: catalogue -> review -> export -> build-index -> recommend() reflects the reviewed tags', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-review-'));
  const sources = `${SAMPLE}sources`;
  assert.equal(await run(['build-index', '--sources', sources, '--programs', `${SAMPLE}programs.csv`, '--out', join(dir, 'before')], quiet), 0);
  const before = await loadIndexFromDir(join(dir, 'before'));
  const welder = (index: typeof before) => {
    const recs = recommend(index, { occupation: '72106', lang: 'en', limit: 10 });
    const rec = recs.find((r) => r.program.id === 'lp-weld-101');
    assert.ok(rec, 'Welding Fundamentals is recommended for welders');
    return { matched: rec.matchedSkills.map((s) => s.id), gaps: rec.gapSkills.map((s) => s.id) };
  };
  const was = welder(before);
  assert.ok(was.matched.includes('esco:health-and-safety-regulations'));
  assert.ok(was.gaps.includes('esco:use-hand-tools'));

  // The review page's vocabulary: the skills of the index it loads.
  const vocabulary = before.manifest.skills;
  const review = await reviewSample(vocabulary);
  const weld = review.entries.find((e) => e.program.id === 'lp-weld-101')!;
  decide(weld, 'esco:use-welding-equipment', 'accepted');
  decide(weld, 'esco:health-and-safety-regulations', 'rejected');
  addSkill(weld, 'esco:use-hand-tools');
  const exported = exportReview(review);
  const file = join(dir, exported.name);
  writeFileSync(file, exported.text);

  const stderr: string[] = [];
  assert.equal(
    await run(['build-index', '--sources', sources, '--programs', file, '--out', join(dir, 'after'), '--strict'], {
      stdout: () => {},
      stderr: (l) => stderr.push(l),
    }),
    0,
    stderr.join('\n'),
  );
  const after = await loadIndexFromDir(join(dir, 'after'));
  const program = after.programs.find((p) => p.id === 'lp-weld-101')!;
  assert.deepEqual(
    program.skills.map((s) => after.manifest.skills[s]!.id),
    ['esco:use-welding-equipment', 'esco:perform-welding-inspection', 'esco:use-hand-tools'],
  );
  const now = welder(after);
  assert.ok(now.matched.includes('esco:use-hand-tools'), 'the added skill is taught');
  assert.ok(!now.gaps.includes('esco:use-hand-tools'), 'so no longer a gap');
  assert.ok(!now.matched.includes('esco:health-and-safety-regulations'), 'the rejected skill is not taught');
  // Programs nobody reviewed are tagged as before.
  const other = (index: typeof before) => index.programs.find((p) => p.id === 'lp-sql')!.skills.map((s) => index.manifest.skills[s]!.id);
  assert.deepEqual(other(after), other(before));
});

test('build-index: a reviewed skill the sources do not have is a warning naming line and field', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-review-'));
  const file = join(dir, 'c.csv');
  writeFileSync(file, `${CSV.split('\n')[0]},reviewed_skills\na-1,Report Writing,,,,,,Writing,,,,,,,,esco:no-such-skill;oasis:F01b02;not an id\n`);
  const stderr: string[] = [];
  const code = await run(['build-index', '--sources', `${SAMPLE}sources`, '--programs', file, '--out', join(dir, 'out'), '--strict'], {
    stdout: () => {},
    stderr: (l) => stderr.push(l),
  });
  assert.equal(code, 1);
  assert.ok(
    stderr.some((l) => l.startsWith('c.csv:2: reviewed_skills: "not an id" is not a skill id')),
    stderr.join('\n'),
  );
  assert.ok(
    stderr.some((l) => l.startsWith('c.csv:2: reviewed_skills: "esco:no-such-skill" is not a skill of these sources')),
    stderr.join('\n'),
  );
});

test('reach: where each program of the catalogue is recommended, and the occupations it leaves without any', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-review-'));
  assert.equal(await run(['build-index', '--sources', `${SAMPLE}sources`, '--programs', `${SAMPLE}programs.csv`, '--out', dir], quiet), 0);
  const index = await loadIndexFromDir(dir);
  const lakeshore = new Set(index.programs.filter((p) => p.id.startsWith('lp-')).map((p) => p.id));
  const reach = await catalogueReach(index, new Set([...lakeshore, 'not-in-index']), { lang: 'en' });
  assert.equal(reach.inIndex, lakeshore.size);
  // The same ranking a person sees: recommend() for that occupation.
  const welders = recommend(index, { occupation: '72106', lang: 'en', limit: 10 }).findIndex((r) => r.program.id === 'lp-weld-101');
  // With the program's words its reason names, for the reviewer to check their sense.
  assert.deepEqual(reach.byProgram.get('lp-weld-101')![0], { code: '72106', rank: welders + 1, words: ['welding', 'metal'] });
  assert.equal(reach.byProgram.has('not-in-index'), false);
  // A gap: no Lakeshore program among the first ten for it; and nurses are one (the college teaches no nursing).
  for (const occupation of reach.gaps) {
    const recs = recommend(index, { occupation: occupation.code, lang: 'en', limit: 10 });
    assert.ok(
      recs.every((r) => !lakeshore.has(r.program.id) && !(r.series ?? []).some((s) => lakeshore.has(s.id))),
      occupation.code,
    );
  }
  assert.ok(
    reach.gaps.some((o) => o.code === '31301'),
    'registered nurses are a gap of a trades college',
  );
  assert.ok(!reach.gaps.some((o) => o.code === '72106'));
});

test('not_for_occupations: read as NOC codes, a bad one a warning naming line and field; marks exported and read back', async () => {
  const header = `${CSV.split('\n')[0]},not_for_occupations`;
  const csv = [
    header,
    'n-1,Text Mining in Health,,College,,Extract information from clinical notes.,,,,,,,,,,21330; 2133;21330',
    'n-2,Other,,College,,,,,,,,,,,,',
  ].join('\n');
  const tagger = new SkillTagger(VOCAB);
  const review = await reviewCatalogue(new TextEncoder().encode(csv), 'c.csv', tagger, known(VOCAB.map((v) => v.id)));
  assert.deepEqual(
    review.warnings.map((w) => [w.line, w.field, w.code]),
    [[2, 'not_for_occupations', 'not-for-not-a-code']],
  );
  const [n1, n2] = review.entries;
  assert.deepEqual(n1!.program.notFor, ['21330'], 'each code once');
  assert.deepEqual([...n1!.notFor], ['21330']);
  assert.equal(n2!.program.notFor, undefined);

  markNotFor(n2!, '72100', true);
  markNotFor(n2!, '21211', true);
  markNotFor(n1!, '21330', false);
  assert.equal(touched(n2!), false, 'marking an occupation is not a review of the skills');
  const lines = exportReview(review).text.trimEnd().split('\n');
  assert.match(lines[0]!, /,not_for_occupations,reviewed_skills$/, 'the column where the file has it');
  assert.match(lines[1]!, /^n-1,.*,,$/, 'unmarked: emptied; no skill reviewed');
  assert.match(lines[2]!, /^n-2,.*,21211;72100,$/);
  const again = await reviewCatalogue(new TextEncoder().encode(lines.join('\n')), 'c-reviewed.csv', tagger, known(VOCAB.map((v) => v.id)));
  assert.deepEqual(again.entries[1]!.program.notFor, ['21211', '72100']);
});

test('not_for_occupations: a file without the column gets it only when something is marked; JSON too', async () => {
  const tagger = new SkillTagger(VOCAB);
  const review = await reviewCatalogue(new TextEncoder().encode(CSV), 'catalogue.csv', tagger, known(VOCAB.map((v) => v.id)));
  assert.doesNotMatch(exportReview(review).text, /not_for_occupations/);
  markNotFor(review.entries[1]!, '21330', true);
  const lines = exportReview(review).text.trimEnd().split('\n');
  assert.match(lines[0]!, /,reviewed_skills,not_for_occupations$/);
  assert.match(lines[1]!, /^a-1,.*,,$/);
  assert.match(lines[2]!, /^bad id!,/, 'a row the reader skipped is kept as it was');
  assert.match(lines[3]!, /^a-2,.*,,21330$/);

  const json = JSON.stringify([
    { id: 'j-1', title_en: 'Report Writing', not_for_occupations: ['41200'] },
    { id: 'j-2', title_en: 'Other' },
  ]);
  const jr = await reviewCatalogue(new TextEncoder().encode(json), 'list.json', tagger, known(VOCAB.map((v) => v.id)));
  assert.deepEqual(jr.entries[0]!.program.notFor, ['41200'], 'a JSON list of codes');
  markNotFor(jr.entries[0]!, '41210', true);
  assert.deepEqual(JSON.parse(exportReview(jr).text), [
    { id: 'j-1', title_en: 'Report Writing', not_for_occupations: '41200;41210' },
    { id: 'j-2', title_en: 'Other' },
  ]);
  const bad = await reviewCatalogue(
    new TextEncoder().encode(JSON.stringify([{ id: 'j-3', title_en: 'X', not_for_occupations: 21330 }])),
    'b.json',
    tagger,
    () => true,
  );
  assert.deepEqual(
    bad.warnings.map((w) => [w.line, w.field, w.code]),
    [[1, 'not_for_occupations', 'not-for-not-text']],
  );
});

test('round trip: an occupation marked in the review no longer gets the program once the index is rebuilt; a code the sources lack is a warning', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-review-'));
  const sources = `${SAMPLE}sources`;
  assert.equal(await run(['build-index', '--sources', sources, '--programs', `${SAMPLE}programs.csv`, '--out', join(dir, 'before')], quiet), 0);
  const before = await loadIndexFromDir(join(dir, 'before'));
  const where = (index: typeof before, id: string) =>
    index.manifest.occupations
      .map((o) => o.code)
      .filter((code) =>
        recommend(index, { occupation: code, lang: 'en', limit: 10 }).some((r) => r.program.id === id || (r.series ?? []).some((s) => s.id === id)),
      );
  // A sample program recommended for more than one occupation: one is marked, the others keep it.
  const id = before.programs.map((p) => p.id).find((pid) => pid.startsWith('lp-') && where(before, pid).length >= 2);
  assert.ok(id, 'some sample program reaches two occupations');
  const was = where(before, id);
  const marked = was[was.length - 1]!;

  const vocabulary = before.manifest.skills;
  const review = await reviewSample(vocabulary);
  const entry = review.entries.find((e) => e.program.id === id)!;
  markNotFor(entry, marked, true);
  markNotFor(entry, '99999', true);
  const exported = exportReview(review);
  const file = join(dir, exported.name);
  writeFileSync(file, exported.text);

  const stderr: string[] = [];
  const code = await run(['build-index', '--sources', sources, '--programs', file, '--out', join(dir, 'after')], {
    stdout: () => {},
    stderr: (l) => stderr.push(l),
  });
  assert.equal(code, 0, stderr.join('\n'));
  assert.ok(
    stderr.some((l) => l.startsWith(`programs-reviewed.csv:${entry.program.line}: not_for_occupations: "99999" is not a NOC 2021 unit group of these sources`)),
    stderr.join('\n'),
  );
  const after = await loadIndexFromDir(join(dir, 'after'));
  assert.deepEqual(
    where(after, id),
    was.filter((c) => c !== marked),
    'only the marked occupation lost it',
  );
  assert.ok(!after.programs.find((p) => p.id === id)!.evidence!.some((e) => e.occupation === marked), 'no evidence kept for it');
});
