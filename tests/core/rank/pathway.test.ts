import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { assembleIndex } from '../../../src/core/load/load.js';
import { recommend } from '../../../src/core/rank/rank.js';
import { pathway, skillGap } from '../../../src/core/rank/pathway.js';
import type { LoadedIndex, Recommendation, SkillRef } from '../../../src/core/model/loaded.js';
import type { Occupation, Program } from '../../../src/core/index-format/schema.js';
import { indexFiles, indexParts, indexTexts, OCCUPATIONS } from '../../fixtures/index/index.js';
import { assembleParts } from '../../../src/core/load/index.js';

async function load(): Promise<LoadedIndex> {
  const { manifest, files } = indexFiles();
  return assembleIndex(manifest, indexTexts(files));
}

const labels = (skills: readonly SkillRef[]) => skills.map((s) => s.label);
const ref = (index: number, weight = 1): SkillRef => ({ index, id: `s${index}`, label: `skill ${index}`, weight });
const rec = (id: string, skills: number[], over: Partial<Program> = {}): Recommendation => ({
  program: {
    id,
    title: { en: id, fr: '' },
    provider: 'P',
    url: `https://example.org/${id}`,
    description: { en: '', fr: '' },
    skills,
    tagging: 'tags',
    hours: 10,
    costCad: 100,
    delivery: null,
    language: null,
    region: null,
    osapEligible: null,
    credential: null,
    ...over,
  },
  score: 0.5,
  matchedSkills: [],
  gapSkills: [],
  reasons: [],
});

test('a practical nurse moving to registered nursing likely has the shared key skills and needs the rest', async () => {
  const index = await load();
  const gap = skillGap(index, { occupation: '31301', from: '32101', lang: 'en' });
  assert.deepEqual(labels(gap.need).sort(), ['Health assessment', 'Workplace safety']);
  assert.ok(labels(gap.have).includes('Patient care'));
  assert.ok(!labels(gap.have).includes('Health assessment'), 'weighed 0.4 by the current job, 0.85 by the target');
  const fr = skillGap(index, { occupation: '31301', from: '32101', lang: 'fr' });
  assert.ok(labels(fr.have).includes('Soins aux patients'));
});

test('broad skills and knowledge both occupations weigh at least 0.6, and no key skill, carry over, the most shared first', async () => {
  const occupation = (code: string, skills: Array<[number, number]>): Occupation => ({ ...OCCUPATIONS.find((o) => o.code === code)!, skills });
  // The target's seven key skills are its own (found in no other profile); the rest it shares.
  const target = occupation('31301', [
    [5, 1],
    [6, 1],
    [7, 1],
    [8, 1],
    [9, 1],
    [10, 1],
    [11, 1],
    [13, 0.7],
    [12, 0.65],
    [4, 0.62],
    [0, 0.9],
    [16, 0.9],
  ]);
  const current = occupation('33102', [
    [13, 0.9],
    [12, 0.6],
    [4, 0.5],
    [0, 1],
    [16, 0.7],
  ]);
  const index = await assembleParts({ ...indexParts({ occupations: [target, current], programs: [] }) });
  const gap = skillGap(index, { occupation: '31301', from: '33102', lang: 'en' });
  assert.deepEqual(labels(gap.have), []);
  assert.equal(gap.need.length, 7);
  // Customer service 0.7 (both at least 0.7), Pathology (knowledge) 0.7, Sales 0.6; not Oral
  // communication (0.5 for the current one) nor Patient care (a detailed skill: specific, and
  // already a key skill's business).
  assert.deepEqual(labels(gap.carries), ['Pathology', 'Customer service', 'Sales']);
  assert.deepEqual(
    gap.carries.map((s) => s.weight),
    [0.9, 0.7, 0.65],
    'the target’s weights',
  );
  assert.deepEqual(labels(skillGap(index, { occupation: '31301', lang: 'en' }).carries), [], 'none without a current occupation');
  assert.deepEqual(labels(skillGap(index, { occupation: '31301', from: '31301', lang: 'fr' }).carries), [], 'none from the same occupation');
});

test('a skill the current occupation holds past its profile (moreSkills) is one it likely has, and ranking does not weigh it', async () => {
  const occupation = (code: string, skills: Array<[number, number]>, moreSkills?: Array<[number, number]>): Occupation => ({
    ...OCCUPATIONS.find((o) => o.code === code)!,
    skills,
    ...(moreSkills ? { moreSkills } : {}),
  });
  // The supervisor's key skills are welding (9) and blueprints (10); the welder's profile keeps
  // safety (11) only, and holds welding further down its list.
  const supervisor = occupation('72106', [
    [9, 0.5],
    [10, 0.45],
  ]);
  const welder = (more?: Array<[number, number]>) => occupation('31301', [[11, 0.5]], more);
  const gapFrom = async (current: Occupation) => {
    const index = await assembleParts({ ...indexParts({ occupations: [supervisor, current], programs: [] }) });
    return { index, gap: skillGap(index, { occupation: '72106', from: '31301', lang: 'en' }) };
  };
  assert.deepEqual(labels((await gapFrom(welder())).gap.have), []);
  const { index, gap } = await gapFrom(welder([[9, 0.35]]));
  assert.deepEqual(labels(gap.have), ['Welding'], '0.35 is at least 0.6 of 0.5');
  assert.deepEqual(labels(gap.need), ['Reading blueprints']);
  assert.deepEqual(
    index.occupations.get('31301')!.skills.map(([s]) => s),
    [11],
    'not in the profile',
  );
});

test('without a current occupation every key skill is needed', async () => {
  const index = await load();
  const gap = skillGap(index, { occupation: '72106', lang: 'en' });
  assert.deepEqual(gap.have, []);
  assert.deepEqual(labels(gap.need).sort(), ['Reading blueprints', 'Welding', 'Workplace safety']);
  assert.throws(() => skillGap(index, { occupation: '99999', lang: 'en' }), RangeError);
  assert.throws(() => skillGap(index, { occupation: '72106', from: '99999', lang: 'en' }), RangeError);
});

test('the welders pathway: the programs that together cover the needed skills, with what each adds and the totals', async () => {
  const index = await load();
  const recs = recommend(index, { occupation: '72106', lang: 'en' });
  const gap = skillGap(index, { occupation: '72106', lang: 'en' });
  const plan = pathway(recs, gap);
  assert.deepEqual(
    plan.steps.map((s) => [s.recommendation.program.id, labels(s.adds)]),
    [
      ['welding-1', ['Welding', 'Workplace safety']],
      ['blueprint-reading', ['Reading blueprints']],
    ],
  );
  assert.deepEqual(plan.uncovered, []);
  assert.equal(plan.hours, 48);
  assert.equal(plan.costCad, 1000);
});

test('greedy set cover: the program adding the most needed weight first, never one that adds nothing', () => {
  const need = [ref(1, 1), ref(2, 1), ref(3, 1), ref(4, 0.5)];
  const recs = [rec('a', [1]), rec('b', [1, 2, 3]), rec('c', [3]), rec('d', [4]), rec('e', [9])];
  const plan = pathway(recs, { need });
  assert.deepEqual(
    plan.steps.map((s) => s.recommendation.program.id),
    ['b', 'd'],
  );
  assert.deepEqual(
    plan.steps.map((s) => s.adds.map((x) => x.index)),
    [[1, 2, 3], [4]],
  );
  assert.deepEqual(plan.uncovered, []);
});

test('skills already had are not needed, at most three programs, and uncovered skills are said', () => {
  const need = [1, 2, 3, 4, 5].map((i) => ref(i));
  const recs = [1, 2, 3, 4].map((i) => rec(`p${i}`, [i]));
  const plan = pathway(recs, { have: [ref(1)], need });
  assert.equal(plan.steps.length, 3);
  assert.ok(!plan.steps.some((s) => s.recommendation.program.id === 'p1'));
  assert.deepEqual(
    plan.uncovered.map((s) => s.index),
    [5],
  );
});

test('unknown hours or cost make the total unknown, never 0', () => {
  const recs = [rec('a', [1], { hours: null }), rec('b', [2], { costCad: null })];
  const plan = pathway(recs, { need: [ref(1), ref(2)] });
  assert.equal(plan.steps.length, 2);
  assert.equal(plan.hours, null);
  assert.equal(plan.costCad, null);
  const free = pathway([rec('c', [1], { costCad: 0 })], { need: [ref(1)] });
  assert.equal(free.costCad, 0);
});

test('a skill a program names in its words (a matched skill) counts as covered', () => {
  const r = rec('a', []);
  r.matchedSkills = [ref(7)];
  assert.deepEqual(
    pathway([r], { need: [ref(7)] }).covered.map((s) => s.index),
    [7],
  );
});

test('strong matches first: a partial match only for a skill no strong match covers, and its step says so', () => {
  const need = [ref(1, 1), ref(2, 1), ref(3, 0.5)];
  // The partial match covers the most, and is the best ranked: it still comes after the strong ones.
  const recs = [rec('partial', [1, 2, 3], {}), rec('strong-a', [1]), rec('strong-b', [2]), rec('partial-c', [3])];
  recs[0]!.strength = 'moderate';
  recs[1]!.strength = 'strong';
  recs[2]!.strength = 'strong';
  recs[3]!.strength = 'moderate';
  const plan = pathway(recs, { need });
  assert.deepEqual(
    plan.steps.map((s) => [s.recommendation.program.id, s.partial]),
    [
      ['strong-a', false],
      ['strong-b', false],
      ['partial', true],
    ],
  );
  assert.deepEqual(
    plan.steps[2]!.adds.map((s) => s.index),
    [3],
  );
  assert.deepEqual(plan.uncovered, []);
});

test('never a program taught in another language than English or French; French, bilingual and unknown ones stay', () => {
  const need = [ref(1), ref(2), ref(3), ref(4)];
  const recs = [
    rec('chinese', [1, 2, 3, 4], { language: 'other' }),
    rec('french', [1], { language: 'fr' }),
    rec('bilingual', [2], { language: 'bilingual' }),
    rec('unknown', [3], { language: null }),
  ];
  const plan = pathway(recs, { need });
  assert.deepEqual(
    plan.steps.map((s) => s.recommendation.program.id),
    ['french', 'bilingual', 'unknown'],
  );
  assert.deepEqual(
    plan.uncovered.map((s) => s.index),
    [4],
    'a skill only the other-language program covers is said to be uncovered',
  );
});

test('a program the ranking scores far lower must add much more to come first', () => {
  const need = [ref(1), ref(2), ref(3)];
  const best = rec('best', [1]);
  const far = rec('far-down', [2, 3]);
  best.score = 1;
  far.score = 0.11;
  assert.deepEqual(
    pathway([best, far], { need }).steps.map((s) => s.recommendation.program.id),
    ['best', 'far-down'],
  );
  far.score = 0.9;
  assert.equal(pathway([best, far], { need }).steps[0]!.recommendation.program.id, 'far-down');
});

test('ties go to the program given first: the ranking’s order, however a list shows them', () => {
  const need = [ref(1)];
  const ranked = [rec('long', [1], { hours: 80 }), rec('short', [1], { hours: 9 })];
  assert.equal(pathway(ranked, { need }).steps[0]!.recommendation.program.id, 'long');
});

const arbitraryCase = fc.record({
  need: fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { maxLength: 8 }),
  weights: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 13, maxLength: 13 }),
  programs: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { maxLength: 6 }), { maxLength: 8 }),
  max: fc.integer({ min: 0, max: 5 }),
});

test('property: the pathway holds only recommended programs, claims only skills they teach, and more programs never cover less', () => {
  fc.assert(
    fc.property(arbitraryCase, ({ need, weights, programs, max }) => {
      const needRefs = need.map((i) => ref(i, weights[i]!));
      const recs = programs.map((skills, i) => rec(`p${i}`, skills));
      const plan = pathway(recs, { need: needRefs, max });
      assert.ok(plan.steps.length <= max);
      const seen = new Set<number>();
      for (const step of plan.steps) {
        assert.ok(recs.includes(step.recommendation), 'a program outside the recommendations');
        assert.ok(step.adds.length > 0, 'a step that adds nothing');
        for (const s of step.adds) {
          assert.ok(step.recommendation.program.skills.includes(s.index), 'a skill the program does not teach');
          assert.ok(!seen.has(s.index), 'a skill added twice');
          seen.add(s.index);
        }
      }
      assert.equal(plan.covered.length + plan.uncovered.length, needRefs.length);
      const more = pathway(recs, { need: needRefs, max: max + 1 });
      const covered = new Set(more.covered.map((s) => s.index));
      for (const s of plan.covered) assert.ok(covered.has(s.index), 'adding a program lowered coverage');
    }),
  );
});

test('a skill with no French label is named in English on a French page, marked as English', async () => {
  const index = await load();
  const skills = index.manifest.skills;
  skills[0] = { ...skills[0]!, label: { en: skills[0]!.label.en, fr: '' } };
  const { need } = skillGap(index, { occupation: '31301', lang: 'fr' });
  const named = need.find((s) => s.index === 0)!;
  assert.deepEqual([named.label, named.labelLang], ['Patient care', 'en']);
  assert.ok(need.length > 1 && need.filter((s) => s.index !== 0).every((s) => s.labelLang === undefined && s.label));
});
