import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { assembleIndex } from '../../src/core/load.js';
import { findPrograms, programFacets, recommend, regionMatches } from '../../src/core/rank.js';
import type { LoadedIndex, Recommendation } from '../../src/core/loaded.js';
import type { Program } from '../../src/core/schema.js';
import { OCCUPATIONS, PROGRAMS, SKILLS, TITLES, tinyIndexFiles, tinyTexts } from '../fixtures/core/tiny-index.js';
import { assembleParts } from '../../src/core/encode.js';


async function load(programs?: Program[]): Promise<LoadedIndex> {
  const { manifest, files } = tinyIndexFiles({ programs });
  return assembleIndex(manifest, tinyTexts(files));
}

const ids = (results: Recommendation[]) => results.map((r) => r.program.id);
const skillId = (slug: string) => `sample:${slug}`;

test('nurses get nursing programs first, with reasons naming the skills', async () => {
  const index = await load();
  const results = recommend(index, { occupation: '31301', lang: 'en' });
  assert.deepEqual(ids(results).slice(0, 3).sort(), ['health-assessment', 'medication-safety', 'nursing-refresher']);
  const first = results.find((r) => r.program.id === 'nursing-refresher')!;
  assert.deepEqual(
    first.matchedSkills.map((s) => s.label),
    ['Patient care', 'Medication administration', 'Health assessment', 'Infection control'],
  );
  assert.equal(first.reasons[0]!.code, 'teaches-profile');
  assert.equal(
    first.reasons[0]!.text,
    'Teaches 4 of the 6 key skills for registered nurses and registered psychiatric nurses: Patient care, Medication administration, Health assessment and 1 more.',
  );
  // Oral communication is in five of six profiles: generic, so it comes after workplace safety.
  assert.deepEqual(first.gapSkills.map((s) => s.id), [skillId('safety'), skillId('communication')]);
  for (const r of results) assert.ok(r.reasons.length > 0 && r.reasons.every((reason) => reason.text.length > 0));
  // A welding course shares only workplace safety with nursing: it comes after every nursing program.
  assert.ok(ids(results).indexOf('welding-1') > 3);
  assert.ok(!ids(results).includes('python-basics'));
});

test('a program with no skill tags but written for the occupation is found, and says why', async () => {
  const untagged: Program = { ...PROGRAMS[10]!, id: 'nurse-week', title: { en: 'A week with registered nurses', fr: '' }, skills: [] };
  const index = await load([...PROGRAMS, untagged]);
  const found = recommend(index, { occupation: '31301', lang: 'en' }).find((r) => r.program.id === 'nurse-week');
  assert.ok(found, 'recommended on its title alone');
  assert.deepEqual(found.reasons.map((r) => r.code), ['about-occupation']);
  assert.equal(found.reasons[0]!.text, 'Its title or description is about the work of registered nurses and registered psychiatric nurses.');
  assert.ok(!recommend(index, { occupation: '72106', lang: 'en' }).some((r) => r.program.id === 'nurse-week'));
});

test('reasons and skills come in French', async () => {
  const index = await load();
  const first = recommend(index, { occupation: '31301', lang: 'fr' }).find((r) => r.program.id === 'nursing-refresher');
  assert.match(first!.reasons[0]!.text, /^Enseigne 4 des 6 compétences clés de la profession «\u00a0Infirmiers autorisés.*»\u00a0: Soins aux patients, Administration des médicaments, Évaluation de la santé et 1 autre\.$/);
  assert.equal(first!.matchedSkills[0]!.label, 'Soins aux patients');
});

test('on a French page a skill with no French label comes in English, marked as English', async () => {
  const skills = SKILLS.map((skill, i) => (i === 1 ? { ...skill, label: { ...skill.label, fr: '' } } : skill));
  const index = await assembleParts({
    manifest: { builtAt: '2026-01-01', sample: true, sources: [], regions: [], skills, occupations: OCCUPATIONS },
    titles: { en: TITLES.en.map(([c, t]) => [c, ...t].join('\t')), fr: TITLES.fr.map(([c, t]) => [c, ...t].join('\t')) },
    programs: PROGRAMS,
  });
  const refs = recommend(index, { occupation: '31301', lang: 'fr' }).flatMap((r) => [...r.matchedSkills, ...r.gapSkills]);
  const medication = refs.find((ref) => ref.index === 1)!;
  assert.equal(medication.label, 'Medication administration');
  assert.equal(medication.labelLang, 'en');
  assert.ok(refs.filter((ref) => ref.index !== 1).every((ref) => ref.labelLang === undefined));
  const english = recommend(index, { occupation: '31301', lang: 'en' }).flatMap((r) => r.matchedSkills);
  assert.ok(english.every((ref) => ref.labelLang === undefined));
});

test('gap mode drops the skills the current job already gives', async () => {
  const index = await load();
  // From licensed practical nurse to registered nurse: patient care and medication are already there.
  const plain = recommend(index, { occupation: '31301', lang: 'en' });
  const gap = recommend(index, { occupation: '31301', from: '32101', lang: 'en' });
  const refresher = gap.find((r) => r.program.id === 'nursing-refresher')!;
  assert.ok(!refresher.matchedSkills.some((s) => s.id === skillId('patient-care')));
  assert.equal(refresher.matchedSkills[0]!.id, skillId('health-assessment'));
  assert.equal(refresher.reasons[0]!.code, 'fills-gap');
  assert.match(refresher.reasons[0]!.text, /your work as licensed practical nurses does not already give/);
  // Workplace safety is a larger share of the gap than of the whole profile, so it rises.
  const rank = (rs: Recommendation[], id: string) => rs.findIndex((r) => r.program.id === id);
  assert.ok(rank(gap, 'workplace-safety') < rank(plain, 'workplace-safety'));
  // Skills the person already has leave the gap too.
  const withSkills = recommend(index, { occupation: '31301', from: '32101', skills: [skillId('health-assessment')], lang: 'en' });
  assert.ok(!withSkills.some((r) => r.matchedSkills.some((s) => s.id === skillId('health-assessment'))));
  assert.ok(!withSkills.some((r) => r.gapSkills.some((s) => s.id === skillId('health-assessment'))));
});

test('moving between near-identical jobs still answers, and says so', async () => {
  const index = await load();
  const results = recommend(index, { occupation: '32101', from: '31301', lang: 'en' });
  assert.ok(results.length > 0);
  assert.ok(results[0]!.reasons.some((r) => r.code === 'already-close'));
});

test('filters keep only what a person asked for', async () => {
  const index = await load();
  const run = (filters: Parameters<typeof recommend>[1]['filters']) =>
    ids(recommend(index, { occupation: '21232', filters, lang: 'en', limit: 20 }));
  assert.deepEqual(run({ delivery: ['in-person'] }), ['full-stack', 'generalist'].filter((id) => id === 'full-stack'));
  assert.ok(run({ maxHours: 50 }).every((id) => PROGRAMS.find((p) => p.id === id)!.hours! <= 50));
  assert.ok(!run({ maxCost: 1000 }).includes('full-stack'));
  assert.deepEqual(run({ language: ['fr'] }), ['cloud-databases']);
  assert.deepEqual(run({ provider: ['Other University'] }), []);
  const nurses = ids(recommend(index, { occupation: '31301', filters: { language: ['fr'] }, lang: 'en' }));
  assert.deepEqual(nurses, ['medication-safety'], 'bilingual programs count as French');
  const osap = ids(recommend(index, { occupation: '31301', filters: { osapEligible: true }, lang: 'en' }));
  assert.deepEqual(osap, ['nursing-refresher']);
});

test('region filter keeps programs offered everywhere, in the region, or within it', async () => {
  const index = await load();
  const toronto = ids(recommend(index, { occupation: '31301', region: 'ER3530', lang: 'en', limit: 20 }));
  assert.ok(!toronto.includes('nursing-refresher'), 'an Ottawa program is not shown in Toronto');
  assert.ok(toronto.includes('health-assessment'), 'an Ontario-wide program is shown in Toronto');
  assert.ok(toronto.includes('medication-safety'), 'an online program with no region is shown everywhere');
  const ontario = ids(recommend(index, { occupation: '31301', filters: { region: 'ER35' }, lang: 'en', limit: 20 }));
  assert.ok(ontario.includes('nursing-refresher'), 'an Ottawa program is within Ontario');
  assert.equal(regionMatches('ER3510', 'ER36'), false);
  assert.equal(regionMatches(null, 'ER3510'), true);
});

test('ties are broken by program id, whatever the catalogue order', async () => {
  const twin = (id: string): Program => ({ ...PROGRAMS[9]!, id, title: { en: `Safety ${id}`, fr: '' } });
  const index = await load([twin('b-safety'), twin('c-safety'), twin('a-safety'), ...PROGRAMS.slice(0, 3)]);
  const results = recommend(index, { occupation: '72106', lang: 'en' }).filter((r) => r.program.id.endsWith('-safety'));
  assert.deepEqual(ids(results), ['a-safety', 'b-safety', 'c-safety']);
  assert.equal(results[0]!.score, results[2]!.score);
});

test('a program mostly off the profile ranks below a focused one covering the same skills', async () => {
  const index = await load();
  const results = recommend(index, { occupation: '64100', lang: 'en' });
  assert.equal(results[0]!.program.id, 'retail-excellence');
  const generalist = results.find((r) => r.program.id === 'generalist')!;
  assert.ok(generalist.score < results[0]!.score);
  assert.ok(generalist.reasons.some((r) => r.code === 'broad-program'));
});

test('unknown occupation or skill ids are errors, not empty lists', async () => {
  const index = await load();
  assert.throws(() => recommend(index, { occupation: '99999', lang: 'en' }), /Unknown occupation code "99999"/);
  assert.throws(() => recommend(index, { occupation: '31301', skills: ['nope'], lang: 'en' }), /Unknown skill id "nope"/);
});

test('findPrograms: more of the picked skills first, reasons say how many', async () => {
  const index = await load();
  const results = findPrograms(index, { skills: [skillId('programming'), skillId('databases'), skillId('cloud')], lang: 'en' });
  assert.equal(results[0]!.program.id, 'full-stack');
  assert.equal(results[0]!.reasons[0]!.text, 'Covers 3 of the 3 skills you picked: Programming, Databases and Cloud computing.');
  assert.equal(results.at(-1)!.matchedSkills.length, 1);
  const fr = findPrograms(index, { skills: [skillId('welding'), skillId('safety')], lang: 'fr' });
  assert.match(fr[0]!.reasons[0]!.text, /^Couvre 2 des 2 compétences que vous avez choisies\u00a0: Soudage et Santé et sécurité au travail\.$/);
});

test('findPrograms: free text, accent- and case-insensitive, title before description', async () => {
  const index = await load();
  assert.deepEqual(ids(findPrograms(index, { text: 'WELDING', lang: 'en' })), ['welding-1']);
  assert.deepEqual(ids(findPrograms(index, { text: 'pythön', lang: 'en' })), ['python-basics']);
  assert.ok(ids(findPrograms(index, { text: 'other univ', lang: 'en' })).includes('health-assessment'));
  const both = findPrograms(index, { text: 'safety', skills: [skillId('medication')], lang: 'en' });
  assert.deepEqual(ids(both), ['medication-safety']);
  assert.deepEqual(
    both[0]!.reasons.map((r) => r.code),
    ['covers-picked', 'matches-text'],
  );
  const none = findPrograms(index, { filters: { maxHours: 8 }, lang: 'en', limit: 50 });
  assert.deepEqual(ids(none).sort(), ['blueprint-reading', 'communication-101', 'workplace-safety']);
  assert.ok(none.every((r) => r.reasons[0]!.code === 'fits-filters'));
});

test('programFacets lists what the catalogue has', async () => {
  const index = await load();
  const facets = programFacets(index);
  assert.deepEqual(facets.providers, ['Other University', 'Sample College']);
  assert.deepEqual(facets.deliveries, ['online', 'hybrid', 'in-person']);
  assert.deepEqual(facets.languages, ['en', 'fr', 'bilingual']);
  assert.equal(facets.maxHours, 400);
  assert.equal(facets.maxCost, 9000);
});

// ---- properties over random catalogues ----------------------------------------------

const programArb = fc.record({
  skills: fc.uniqueArray(fc.integer({ min: 0, max: SKILLS.length - 1 }), { maxLength: 6 }),
  hours: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
  delivery: fc.constantFrom('online' as const, 'in-person' as const, 'hybrid' as const, null),
});

test('property: scores in [0, 1], sorted, ties by id, deterministic across runs and orders', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(programArb, { minLength: 1, maxLength: 25 }),
      fc.constantFrom(...OCCUPATIONS.map((o) => o.code)),
      fc.option(fc.constantFrom(...OCCUPATIONS.map((o) => o.code)), { nil: undefined }),
      fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
      async (raw, occupation, from, maxHours) => {
        const programs = raw.map((p, i): Program => ({ ...PROGRAMS[0]!, id: `p${String(i).padStart(2, '0')}`, region: null, ...p }));
        const filters = maxHours === undefined ? undefined : { maxHours };
        const a = recommend(await load(programs), { occupation, from, filters, lang: 'en', limit: 50 });
        const b = recommend(await load([...programs].reverse()), { occupation, from, filters, lang: 'en', limit: 50 });
        assert.deepEqual(ids(a), ids(b));
        assert.deepEqual(a.map((r) => r.score), b.map((r) => r.score));
        for (let i = 0; i < a.length; i++) {
          const r = a[i]!;
          assert.ok(r.score >= 0 && r.score <= 1, `score ${r.score}`);
          assert.ok(r.reasons.length > 0);
          assert.ok(r.matchedSkills.length > 0);
          if (maxHours !== undefined) assert.ok(r.program.hours !== null && r.program.hours <= maxHours);
          const next = a[i + 1];
          if (next) assert.ok(r.score > next.score || (r.score === next.score && r.program.id < next.program.id));
        }
      },
    ),
    { numRuns: 60 },
  );
});

test('language of instruction: an equal program in the page language comes first; others still show', async () => {
  const twin = PROGRAMS.find((p) => p.id === 'nursing-refresher')!;
  const twins: Program[] = [
    { ...twin, id: 'a-twin-other', language: 'other' },
    { ...twin, id: 'b-twin-fr', language: 'fr' },
    { ...twin, id: 'c-twin-en', language: 'en' },
    { ...twin, id: 'd-twin-bilingual', language: 'bilingual' },
  ];
  const index = await load([...PROGRAMS, ...twins]);
  const order = (lang: 'en' | 'fr') =>
    ids(recommend(index, { occupation: '31301', lang, limit: 20 })).filter((id) => id.includes('-twin-'));
  // Ties go by id, so without the language preference "a-twin-other" would lead.
  assert.deepEqual(order('en'), ['c-twin-en', 'd-twin-bilingual', 'a-twin-other', 'b-twin-fr']);
  assert.deepEqual(order('fr'), ['b-twin-fr', 'd-twin-bilingual', 'a-twin-other', 'c-twin-en']);
});
