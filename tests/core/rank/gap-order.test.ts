// A career move ("gap mode"): the list ranks first the programs that add a key skill the plan
// says the person still needs, and its reasons never say the current work lacks what the plan
// says the person likely has already.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { assembleIndex } from '../../../src/core/load/load.js';
import { recommend, skillGap } from '../../../src/core/rank/index.js';
import type { LoadedIndex, Recommendation } from '../../../src/core/model/loaded.js';
import type { Program, ProgramLanguage } from '../../../src/core/index-format/schema.js';
import { SKILLS, evidence, indexFiles, indexTexts, sampleProgram } from '../../fixtures/index/index.js';

async function load(programs: Program[]): Promise<LoadedIndex> {
  const { manifest, files } = indexFiles({ programs });
  return assembleIndex(manifest, indexTexts(files));
}

const ids = (results: Recommendation[]) => results.map((r) => r.program.id);

/** Whether the card says the program adds a needed skill: as `mc-program-card` and the pathway count it. */
const adds = (r: Recommendation, need: ReadonlySet<number>) => r.program.skills.some((s) => need.has(s)) || r.matchedSkills.some((s) => need.has(s.index));

// Nurse aides (33102) to practical nurses (32101): patient care and infection control are key
// skills both list (had), medication administration, oral communication and health assessment
// are needed: the real index's vital-signs case in small.
const NURSE_AIDE = '33102';
const PRACTICAL_NURSE = '32101';

const PATIENT_CARE = sampleProgram('patient-care-basics', {
  title: { en: 'Patient care basics', fr: '' },
  skills: [0],
  evidence: [{ ...evidence(PRACTICAL_NURSE, 0.9, 'moderate', 'patient care', 'Patient care basics'), named: [] }],
});
const MEDICATION = sampleProgram('medication-administration', {
  title: { en: 'Medication administration', fr: '' },
  skills: [1],
  evidence: [{ ...evidence(PRACTICAL_NURSE, 0.3, 'strong', 'medication administration', 'Medication administration'), named: [] }],
});
// Evidence for nurse aides too, so the reasons are worded as a move.
const PERSONAL_CARE = sampleProgram('personal-care', { skills: [14], evidence: [evidence(NURSE_AIDE, 0.8, 'strong', 'personal care', 'Personal care')] });

test('a move: a program that adds a needed skill comes before a better-scored one that adds none, whatever the limit', async () => {
  const index = await load([PATIENT_CARE, MEDICATION, PERSONAL_CARE]);
  const gap = skillGap(index, { occupation: PRACTICAL_NURSE, from: NURSE_AIDE, lang: 'en' });
  assert.deepEqual(
    gap.have.map((s) => s.label),
    ['Patient care', 'Infection control'],
  );
  assert.ok(gap.need.some((s) => s.label === 'Medication administration'));
  const move = recommend(index, { occupation: PRACTICAL_NURSE, from: NURSE_AIDE, lang: 'en' });
  assert.deepEqual(ids(move), ['medication-administration', 'patient-care-basics']);
  assert.deepEqual(ids(recommend(index, { occupation: PRACTICAL_NURSE, from: NURSE_AIDE, lang: 'en', limit: 1 })), ['medication-administration']);
  // Without a current occupation, the order is the evidence's.
  assert.deepEqual(ids(recommend(index, { occupation: PRACTICAL_NURSE, lang: 'en' })), ['patient-care-basics', 'medication-administration']);
});

test('a move: a reason does not say the current work lacks what the plan says the person likely has', async () => {
  const index = await load([PATIENT_CARE, MEDICATION, PERSONAL_CARE]);
  const reason = (lang: 'en' | 'fr', id: string) =>
    recommend(index, { occupation: PRACTICAL_NURSE, from: NURSE_AIDE, lang }).find((r) => r.program.id === id)!.reasons[0]!;
  // "Patient care" is among "Skills you likely already have".
  assert.equal(reason('en', 'patient-care-basics').code, 'teaches-core');
  assert.equal(reason('en', 'patient-care-basics').text, 'Mentions “patient care”, a core skill of the job you want. Its title: “Patient care basics”');
  assert.doesNotMatch(reason('fr', 'patient-care-basics').text, /ne demande pas|ne comprend pas/);
  assert.equal(reason('en', 'medication-administration').code, 'fills-gap');
  assert.match(reason('en', 'medication-administration').text, /a core skill of the job you want that your current work does not already give/);
  assert.match(reason('fr', 'medication-administration').text, /que votre travail actuel ne demande pas/);
});

test('a move: the same word with another ending names what the person has ("infections", "Infection control")', async () => {
  const infections = sampleProgram('infections', {
    skills: [1],
    evidence: [{ ...evidence(PRACTICAL_NURSE, 0.5, 'strong', 'infections', 'Sample program infections'), named: [] }],
  });
  const index = await load([infections, PERSONAL_CARE]);
  const [rec] = recommend(index, { occupation: PRACTICAL_NURSE, from: NURSE_AIDE, lang: 'en' });
  assert.equal(rec!.reasons[0]!.code, 'teaches-core');
});

const LABELS = [
  'patient care',
  'medication administration',
  'health assessment',
  'wound dressing',
  'infection prevention',
  'nursing practice',
  'software testing',
];
const LANGUAGES: Array<ProgramLanguage | null> = ['en', 'fr', 'bilingual', 'other', null];
const MOVES: Array<[string, string]> = [
  [NURSE_AIDE, PRACTICAL_NURSE],
  [PRACTICAL_NURSE, '31301'],
  [NURSE_AIDE, '31301'],
  ['31301', PRACTICAL_NURSE],
  ['21231', '21232'],
];

const programArb = fc.record({
  skills: fc.uniqueArray(fc.integer({ min: 0, max: SKILLS.length - 1 }), { maxLength: 4 }),
  named: fc.uniqueArray(fc.integer({ min: 0, max: SKILLS.length - 1 }), { maxLength: 3 }),
  score: fc.integer({ min: 1, max: 100 }),
  strength: fc.constantFrom('strong' as const, 'moderate' as const),
  label: fc.constantFrom(...LABELS),
  /** Its evidence for the current occupation too, and how much. */
  current: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
  language: fc.constantFrom(...LANGUAGES),
  series: fc.constantFrom(0, 0, 0, 1, 2),
});

test('property: on a move, no program that adds no needed skill precedes one that adds one; deterministic; any limit a prefix', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(programArb, { minLength: 1, maxLength: 20 }), fc.constantFrom(...MOVES), async (raw, [from, to]) => {
      const programs = raw.map((p, i) => {
        const own = { ...evidence(to, p.score / 100, p.strength, p.label, `Sample program p${i} ${p.label}`), named: [...p.named].sort((a, b) => a - b) };
        const theirs = p.current === null ? [] : [{ ...evidence(from, p.current / 100, 'strong', p.label, `Sample program p${i} ${p.label}`), named: [] }];
        return sampleProgram(`p${String(i).padStart(2, '0')}`, {
          title: { en: `Sample program p${i} ${p.label}`, fr: '' },
          skills: p.skills,
          language: p.language,
          series: p.series,
          evidence: [own, ...theirs],
        });
      });
      const index = await load(programs);
      const need = new Set(skillGap(index, { occupation: to, from, lang: 'en' }).need.map((s) => s.index));
      const list = recommend(index, { occupation: to, from, lang: 'en', limit: 50 });
      // A program taught in neither English nor French comes after the others, as without a move.
      const group = (r: Recommendation) => 2 * (r.program.language === 'other' ? 1 : 0) + (adds(r, need) ? 0 : 1);
      for (let i = 1; i < list.length; i++) {
        assert.ok(group(list[i - 1]!) <= group(list[i]!), `${list[i - 1]!.program.id} adds no needed skill, yet comes before ${list[i]!.program.id}`);
      }
      assert.deepEqual(ids(recommend(await load([...programs].reverse()), { occupation: to, from, lang: 'en', limit: 50 })), ids(list));
      assert.deepEqual(ids(recommend(index, { occupation: to, from, lang: 'en', limit: 3 })), ids(list).slice(0, 3));
    }),
    { numRuns: 80 },
  );
});
