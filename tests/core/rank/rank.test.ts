import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { assembleIndex } from '../../../src/core/load/load.js';
import { findPrograms, programFacets, recommend, regionMatches, skillGap } from '../../../src/core/rank/index.js';
import type { LoadedIndex, Recommendation } from '../../../src/core/model/loaded.js';
import type { Program } from '../../../src/core/index-format/schema.js';
import { keySkillsOf } from '../../../src/core/rank/key-skills.js';
import { OCCUPATIONS, PROGRAMS, SKILLS, evidence, indexFiles, indexTexts } from '../../fixtures/index/index.js';

async function load(programs?: Program[]): Promise<LoadedIndex> {
  const { manifest, files } = indexFiles({ programs });
  return assembleIndex(manifest, indexTexts(files));
}

const ids = (results: Recommendation[]) => results.map((r) => r.program.id);
const skillId = (slug: string) => `sample:${slug}`;

test('nurses get the programs with evidence for nursing, best first, each with a reason quoting the program', async () => {
  const index = await load();
  const results = recommend(index, { occupation: '31301', lang: 'en' });
  assert.deepEqual(ids(results), ['nursing-refresher', 'medication-safety', 'health-assessment']);
  const first = results[0]!;
  assert.equal(first.strength, 'strong');
  assert.deepEqual(first.evidence, [{ label: 'nursing practice', quote: 'Nursing practice refresher', field: 'title' }]);
  assert.equal(first.reasons[0]!.code, 'teaches-core');
  assert.equal(first.reasons[0]!.text, 'Teaches nursing practice, a core skill of this occupation. Its title: “Nursing practice refresher”');
  assert.equal(results[2]!.strength, 'moderate');
  assert.deepEqual(
    first.matchedSkills.map((s) => s.label),
    ['Patient care', 'Medication administration', 'Health assessment', 'Infection control'],
  );
  assert.ok(first.gapSkills.length <= 3, 'a few skills that matter, not the whole profile');
});

test('a skill the program’s whole text names is never listed as missing; before the quotes say what it names, nothing is', async () => {
  const index = await load();
  const card = () => recommend(index, { occupation: '31301', lang: 'en' }).find((r) => r.program.id === 'medication-safety')!;
  // Tagged with medication (1) and infection control (3); its modules name patient care (0).
  const loaded = card();
  assert.ok(
    loaded.matchedSkills.some((s) => s.id === skillId('patient-care')),
    'counted as taught',
  );
  assert.ok(!loaded.gapSkills.some((s) => s.id === skillId('patient-care')), 'not listed as missing');
  assert.ok(loaded.gapSkills.length > 0, 'health assessment and clinical judgement are still missing');
  // As on a page before quotes.31301.txt arrives.
  for (const p of index.programs) for (const e of p.evidence ?? []) delete e.named;
  const early = card();
  assert.deepEqual(early.gapSkills, []);
  // Nor is it said to teach the skill before its strength is known: its words only name it.
  assert.equal(loaded.strength, 'strong');
  assert.match(loaded.reasons[0]!.text, /^Teaches medication safety, a core skill of this occupation\. Its title: “Medication safety for nurses”$/);
  assert.equal(early.strength, undefined);
  assert.equal(early.reasons[0]!.text, loaded.reasons[0]!.text.replace(/^Teaches medication safety/, 'Mentions “medication safety”'));
});

test('a broad skill or knowledge area its words name but its tags do not is neither claimed as covered nor listed as missing; a detailed one is claimed', async () => {
  const index = await load();
  const card = () => recommend(index, { occupation: '31301', lang: 'en' }).find((r) => r.program.id === 'medication-safety')!;
  const assessment = index.manifest.skills.findIndex((s) => s.id === skillId('health-assessment'));
  const program = index.programs.find((p) => p.id === 'medication-safety')!;
  assert.ok(!program.skills.includes(assessment), 'not tagged');
  assert.equal(index.manifest.skills[assessment]!.kind, 'skill');
  // As if its whole text said "assessment" somewhere.
  for (const e of program.evidence ?? []) e.named = [...new Set([...(e.named ?? []), assessment])].sort((a, b) => a - b);
  const broad = card();
  assert.ok(!broad.matchedSkills.some((s) => s.index === assessment), 'not claimed');
  assert.ok(!broad.gapSkills.some((s) => s.index === assessment), 'not listed as missing');
  index.manifest.skills[assessment]!.kind = 'detail';
  assert.ok(
    card().matchedSkills.some((s) => s.index === assessment),
    'a detailed skill its words name is claimed',
  );
});

test('evidence is strong only when the program also covers a key skill the page lists for the occupation, and has no strength before the quotes', async () => {
  const index = await load();
  const strengths = () => new Map(recommend(index, { occupation: '31301', lang: 'en' }).map((r) => [r.program.id, [r.strength, r.matchedSkills.length]]));
  // The builder called both strong (their titles use the nurses' words); one covers four key skills, the other three.
  assert.deepEqual(strengths().get('nursing-refresher'), ['strong', 4]);
  assert.deepEqual(strengths().get('medication-safety'), ['strong', 3]);
  assert.deepEqual(strengths().get('health-assessment')![0], 'moderate', 'the builder found its words in its description only');
  const safety = index.programs.find((p) => p.id === 'medication-safety')!;
  const [tags, named] = [safety.skills, safety.evidence![0]!.named];
  // Tagged with one key skill and naming none: one is enough.
  safety.skills = [1];
  safety.evidence![0]!.named = [];
  assert.deepEqual(strengths().get('medication-safety'), ['strong', 1]);
  // Tagged with none: its title's words are not enough.
  safety.skills = [];
  assert.deepEqual(strengths().get('medication-safety'), ['moderate', 0]);
  // Tagged with a skill of the nurses' profile that is not among the seven key skills the page
  // lists (seven heavier ones added): covered, yet not a key skill.
  const nurses = index.occupations.get('31301')!;
  const profile = nurses.skills;
  nurses.skills = [...profile, ...[5, 6, 7, 8, 9, 10, 12].map((s): [number, number] => [s, 1])];
  safety.skills = [11];
  assert.ok(!keySkillsOf(index, nurses).some(([s]) => s === 11), 'the premise: workplace safety is not a key skill now');
  assert.deepEqual(strengths().get('medication-safety'), ['moderate', 1]);
  nurses.skills = profile;
  safety.skills = tags;
  // As on a page before quotes.31301.txt arrives: what its text names is not known yet.
  for (const p of index.programs) for (const e of p.evidence ?? []) delete e.named;
  assert.deepEqual(
    [...strengths().values()].map(([strength]) => strength),
    [undefined, undefined, undefined],
  );
  safety.evidence![0]!.named = named;
});

test('a skill its text names only in part is neither claimed as covered nor listed as missing', async () => {
  const index = await load();
  const card = () => recommend(index, { occupation: '31301', lang: 'en' }).find((r) => r.program.id === 'medication-safety')!;
  const assessment = index.manifest.skills.findIndex((s) => s.id === skillId('health-assessment'));
  index.manifest.skills[assessment]!.kind = 'detail';
  assert.ok(
    card().gapSkills.some((s) => s.index === assessment),
    'the premise: listed as missing while its text does not name it',
  );
  // As if its whole text said "assessment" but not "health".
  for (const e of index.programs.find((p) => p.id === 'medication-safety')!.evidence ?? []) e.partlyNamed = [assessment];
  const partly = card();
  assert.ok(!partly.matchedSkills.some((s) => s.index === assessment), 'not claimed');
  assert.ok(!partly.gapSkills.some((s) => s.index === assessment), 'not listed as missing');
});

test('the floor: a program with no evidence for the occupation is never recommended, so a thin catalogue gives a short list', async () => {
  const index = await load();
  const all = new Set(ids(recommend(index, { occupation: '31301', lang: 'en', limit: 50 })));
  for (const id of ['workplace-safety', 'communication-101', 'generalist', 'welding-1', 'python-basics']) assert.ok(!all.has(id), id);
  // 21231 has skills in its profile but no program with evidence for it: nothing, never padding.
  assert.deepEqual(recommend(index, { occupation: '21231', lang: 'en' }), []);
});

test('one card per series: the best part stands for the others', async () => {
  const index = await load();
  const results = recommend(index, { occupation: '72106', lang: 'en' });
  assert.deepEqual(ids(results), ['welding-1', 'blueprint-reading']);
  assert.deepEqual(
    results[0]!.series!.map((p) => p.id),
    ['welding-2'],
  );
  assert.deepEqual(results[1]!.series, []);
});

test('reasons come in French, quoting the program as written and saying it is English', async () => {
  const index = await load();
  const first = recommend(index, { occupation: '31301', lang: 'fr' })[0]!;
  // On a French page the bilingual program comes before the equal English one.
  assert.equal(first.program.id, 'medication-safety');
  const text = first.reasons[0]!.text.replace(/\u00a0/g, ' ');
  assert.match(text, /^Enseigne une compétence clé de cette profession, que le programme nomme en anglais « medication safety »\. /);
  assert.match(text, /Son titre en anglais : « Medication safety for nurses »$/);
  assert.deepEqual(
    first.reasons[0]!.parts!.filter((part) => part.lang),
    [
      { text: 'medication safety', lang: 'en' },
      { text: 'Medication safety for nurses', lang: 'en' },
    ],
  );
});

test('gap mode: what the current work already gives counts for little', async () => {
  const index = await load();
  const plain = ids(recommend(index, { occupation: '31301', lang: 'en' }));
  const gap = recommend(index, { occupation: '31301', from: '32101', lang: 'en' });
  // The refresher is evidence for practical nurses too: it drops below the program only
  // registered nurses need. Medication safety covers only what practical nurses have (the
  // plan's "Skills you likely already have"), so it comes after both, which add health assessment.
  assert.equal(plain[0], 'nursing-refresher');
  assert.deepEqual(ids(gap), ['health-assessment', 'nursing-refresher', 'medication-safety']);
  assert.equal(gap[0]!.reasons[0]!.code, 'fills-gap');
  assert.match(gap[0]!.reasons[0]!.text, /a core skill of the job you want that your current work does not already give/);
});

test('gap mode: words the current work’s own programs show are not said to be what it does not give', async () => {
  // The refresher is evidence for practical nurses by "health assessment": a word of their work.
  const programs = PROGRAMS.map((p) =>
    p.id === 'nursing-refresher'
      ? { ...p, evidence: [p.evidence![0]!, { ...evidence('32101', 0.7, 'strong', 'Health Assessments', 'Nursing practice refresher'), named: [] }] }
      : p,
  );
  const gap = recommend(await load(programs), { occupation: '31301', from: '32101', lang: 'en' });
  const reason = (id: string) => gap.find((r) => r.program.id === id)!.reasons[0]!;
  assert.equal(reason('health-assessment').code, 'teaches-core');
  assert.match(reason('health-assessment').text, /^Mentions “health assessment”, a core skill of the job you want\. /);
  const fr = recommend(await load(programs), { occupation: '31301', from: '32101', lang: 'fr' });
  const frReason = fr.find((r) => r.program.id === 'health-assessment')!.reasons[0]!.text;
  assert.match(frReason, /une compétence clé de l’emploi visé/);
  assert.doesNotMatch(frReason, /ne demande pas/);
  // Without that word in the current work, it is a skill the current work does not give.
  const before = recommend(await load(), { occupation: '31301', from: '32101', lang: 'en' });
  assert.equal(before.find((r) => r.program.id === 'health-assessment')!.reasons[0]!.code, 'fills-gap');
});

test('gap mode: a skill the current work holds past its profile (moreSkills) is not listed as one a program leaves out', async () => {
  const withPracticalNurse = async (moreSkills?: Array<[number, number]>) => {
    // The practical nurses' profile without health assessment (0.85 for registered nurses)...
    const occupations = OCCUPATIONS.map((o) =>
      o.code === '32101' ? { ...o, skills: o.skills.filter(([s]) => s !== 2), ...(moreSkills ? { moreSkills } : {}) } : o,
    );
    const { manifest, files } = indexFiles({ occupations });
    const index = await assembleIndex(manifest, indexTexts(files));
    const first = recommend(index, { occupation: '31301', from: '32101', lang: 'en' }).find((r) => r.program.id === 'medication-safety')!;
    return first.gapSkills.map((s) => s.label);
  };
  assert.ok((await withPracticalNurse()).includes('Health assessment'));
  // ...and with it as one of their further specific skills, as much as the target weighs it.
  assert.ok(!(await withPracticalNurse([[2, 0.85]])).includes('Health assessment'));
});

test('filters and sort apply within the relevant programs', async () => {
  const index = await load();
  const short = recommend(index, { occupation: '21232', lang: 'en', filters: { maxHours: 30 } });
  assert.deepEqual(ids(short), ['python-basics']);
  const french = recommend(index, { occupation: '21232', lang: 'en', filters: { language: ['fr'] } });
  assert.deepEqual(ids(french), ['cloud-databases']);
  // The cheapest programs of the catalogue (workplace safety, free) never join a list they have no evidence for.
  const cheap = recommend(index, { occupation: '21232', lang: 'en', filters: { maxCost: 600 } });
  assert.ok(!ids(cheap).includes('workplace-safety'));
});

test('region filter keeps programs offered everywhere, in the region, or within it', async () => {
  const index = await load();
  const toronto = ids(recommend(index, { occupation: '31301', lang: 'en', region: 'ER3530', limit: 50 }));
  assert.ok(toronto.includes('health-assessment'), 'an Ontario-wide program is shown in Toronto');
  assert.ok(toronto.includes('medication-safety'), 'a program offered everywhere is shown');
  assert.ok(!toronto.includes('nursing-refresher'), 'an Ottawa program is not shown in Toronto');
  assert.ok(regionMatches('ER35', 'ER3530') && regionMatches(null, 'ER3530') && !regionMatches('ER3510', 'ER3530'));
});

test('ties are broken by program id, whatever the catalogue order', async () => {
  const twin = PROGRAMS.find((p) => p.id === 'python-basics')!;
  const programs = [...PROGRAMS, { ...twin, id: 'a-python-twin', series: 0 }];
  const a = ids(recommend(await load(programs), { occupation: '21232', lang: 'en' }));
  const b = ids(recommend(await load([...programs].reverse()), { occupation: '21232', lang: 'en' }));
  assert.deepEqual(a, b);
  assert.ok(a.indexOf('a-python-twin') === a.indexOf('python-basics') - 1);
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
  assert.equal(results[0]!.reasons[0]!.text, 'Covers all 3 skills you picked: “Programming”, “Databases” and “Cloud computing”.');
  assert.equal(results.at(-1)!.matchedSkills.length, 1);
  const fr = findPrograms(index, { skills: [skillId('welding'), skillId('safety')], lang: 'fr' });
  assert.match(fr[0]!.reasons[0]!.text, /^Couvre les 2 compétences choisies\u00a0: «\u00a0Soudage\u00a0» et «\u00a0Santé et sécurité au travail\u00a0»\.$/);
});

test('findPrograms: on a French page, a picked skill with no French label is named in English, and the reason marks it lang "en"', async () => {
  const skills = SKILLS.map((s) => (s.id === skillId('databases') ? { ...s, label: { en: s.label.en, fr: '' } } : s));
  const { manifest, files } = indexFiles({ skills });
  const index = await assembleIndex(manifest, indexTexts(files));
  const [first] = findPrograms(index, { skills: [skillId('programming'), skillId('databases')], lang: 'fr' });
  const reason = first!.reasons[0]!;
  assert.equal(reason.text, 'Couvre les 2 compétences choisies\u00a0: «\u00a0Programmation\u00a0» et «\u00a0Databases\u00a0».');
  assert.deepEqual(
    reason.parts?.filter((part) => part.lang),
    [{ text: 'Databases', lang: 'en' }],
  );
  assert.deepEqual(
    first!.matchedSkills.map((s) => s.labelLang ?? null),
    [null, 'en'],
  );
  // Labels in the page's language: the sentence is one piece, no parts.
  assert.equal(findPrograms(index, { skills: [skillId('programming')], lang: 'fr' })[0]!.reasons[0]!.parts, undefined);
  assert.equal(findPrograms(index, { skills: [skillId('databases')], lang: 'en' })[0]!.reasons[0]!.parts, undefined);
});

test('findPrograms: free text, accent- and case-insensitive, title before description', async () => {
  const index = await load();
  assert.deepEqual(ids(findPrograms(index, { text: 'WELDING', lang: 'en' })), ['welding-1', 'welding-2']);
  assert.deepEqual(ids(findPrograms(index, { text: 'pythön', lang: 'en' })), ['python-basics']);
  assert.ok(ids(findPrograms(index, { text: 'other univ', lang: 'en' })).includes('health-assessment'));
  // The institution's French name finds it too, as a French title does.
  assert.deepEqual(ids(findPrograms(index, { text: 'université autre', lang: 'fr' })), ['health-assessment']);
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
  // By name, not by French name: the filter's key. Sample College has none.
  assert.deepEqual([...facets.providerFr], [['Other University', 'Université Autre']]);
  assert.deepEqual(facets.deliveries, ['online', 'hybrid', 'in-person']);
  assert.deepEqual(facets.languages, ['en', 'fr', 'bilingual']);
  assert.equal(facets.maxHours, 400);
  assert.equal(facets.maxCost, 9000);
});

test('programFacets of an occupation: what the programs that teach it have, within the filters given', async () => {
  const index = await load();
  // Welders: one institution of the two, 40 hours at most of the catalogue's 400.
  assert.deepEqual(programFacets(index, { occupation: '72106' }), {
    providers: ['Sample College'],
    // The whole catalogue's French names: a filter from a link may name an institution these programs lack.
    providerFr: new Map([['Other University', 'Université Autre']]),
    deliveries: ['online', 'in-person'],
    languages: ['en'],
    maxHours: 40,
    maxCost: 500,
  });
  const nurses = programFacets(index, { occupation: '31301' });
  assert.deepEqual(nurses.providers, ['Other University', 'Sample College']);
  assert.deepEqual([...nurses.providerFr], [['Other University', 'Université Autre']]);
  assert.deepEqual(programFacets(index, { occupation: '31301', filters: { provider: ['Other University'] } }).providers, ['Other University']);
  assert.deepEqual(
    programFacets(index, { occupation: '21231' }),
    { providers: [], providerFr: new Map([['Other University', 'Université Autre']]), deliveries: [], languages: [], maxHours: 0, maxCost: 0 },
    'no program',
  );
  assert.throws(() => programFacets(index, { occupation: '99999' }), RangeError);
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
        const programs = raw.map((p, i): Program => ({
          ...PROGRAMS[i % PROGRAMS.length]!,
          id: `p${String(i).padStart(2, '0')}`,
          region: null,
          series: 0,
          ...p,
        }));
        const filters = maxHours === undefined ? undefined : { maxHours };
        const loaded = await load(programs);
        const a = recommend(loaded, { occupation, from, filters, lang: 'en', limit: 50 });
        const key = new Set(keySkillsOf(loaded, loaded.occupations.get(occupation)!).map(([s]) => s));
        // On a move, the programs that add a key skill still needed come first (gap-order.test.ts).
        const need = new Set(from && from !== occupation ? skillGap(loaded, { occupation, from, lang: 'en' }).need.map((s) => s.index) : []);
        const later = (r: Recommendation) => (r.program.skills.some((s) => need.has(s)) || r.matchedSkills.some((s) => need.has(s.index)) ? 0 : 1);
        const b = recommend(await load([...programs].reverse()), { occupation, from, filters, lang: 'en', limit: 50 });
        assert.deepEqual(ids(a), ids(b));
        assert.deepEqual(
          a.map((r) => r.score),
          b.map((r) => r.score),
        );
        for (let i = 0; i < a.length; i++) {
          const r = a[i]!;
          assert.ok(r.score >= 0 && r.score <= 1, `score ${r.score}`);
          assert.ok(r.reasons.length > 0);
          // Only programs with evidence for the occupation, and reasons that quote that evidence.
          const own = r.program.evidence?.find((e) => e.occupation === occupation);
          assert.ok(own, `${r.program.id} has no evidence for ${occupation}`);
          assert.ok(r.evidence!.every((item) => own.items.some((i) => i.label === item.label && i.quote === item.quote)));
          assert.ok(r.reasons[0]!.text.includes(r.evidence![0]!.quote!));
          if (maxHours !== undefined) assert.ok(r.program.hours !== null && r.program.hours <= maxHours);
          // "Strong" of a program whose title or tags use the occupation's words and that covers one of the key skills the page lists, and of no other.
          if (r.strength === 'strong') assert.equal(own.strength, 'strong', r.program.id);
          if (from === undefined)
            assert.equal(r.strength === 'strong', own.strength === 'strong' && r.matchedSkills.some((s) => key.has(s.index)), r.program.id);
          const next = a[i + 1];
          if (next && later(r) === later(next)) assert.ok(r.score > next.score || (r.score === next.score && r.program.id < next.program.id));
          if (next && need.size > 0) assert.ok(later(r) <= later(next), `${r.program.id} adds no needed skill, ${next.program.id} does`);
        }
      },
    ),
    { numRuns: 60 },
  );
});

test('language of instruction: an equal program in the page language comes first, one in neither English nor French last; all still show', async () => {
  const twin = PROGRAMS.find((p) => p.id === 'nursing-refresher')!;
  const twins: Program[] = [
    { ...twin, id: 'a-twin-other', language: 'other' },
    { ...twin, id: 'b-twin-fr', language: 'fr' },
    { ...twin, id: 'c-twin-en', language: 'en' },
    { ...twin, id: 'd-twin-bilingual', language: 'bilingual' },
  ];
  const index = await load([...PROGRAMS, ...twins]);
  const order = (lang: 'en' | 'fr') => ids(recommend(index, { occupation: '31301', lang, limit: 20 })).filter((id) => id.includes('-twin-'));
  // Ties go by id, so without the language preference "a-twin-other" would lead.
  assert.deepEqual(order('en'), ['c-twin-en', 'd-twin-bilingual', 'b-twin-fr', 'a-twin-other']);
  assert.deepEqual(order('fr'), ['b-twin-fr', 'd-twin-bilingual', 'c-twin-en', 'a-twin-other']);
});

test('language of instruction: a program in neither English nor French comes after every one a person can follow, however strong its evidence', async () => {
  const twin = PROGRAMS.find((p) => p.id === 'nursing-refresher')!;
  const strongest: Program = {
    ...twin,
    id: 'z-spanish',
    language: 'other',
    series: undefined,
    evidence: [evidence('31301', 1, 'strong', 'nursing practice', 'Práctica de enfermería')],
  };
  const index = await load([...PROGRAMS, strongest]);
  for (const lang of ['en', 'fr'] as const) {
    const list = ids(recommend(index, { occupation: '31301', lang, limit: 50 }));
    assert.equal(list.at(-1), 'z-spanish', list.join(' '));
    assert.ok(list.length > 1);
  }
});

test('a phrase many occupations share is named as a topic of the work, not as a skill the program teaches', async () => {
  const index = await load();
  const reason = () => recommend(index, { occupation: '31301', lang: 'en' }).find((r) => r.program.id === 'nursing-refresher')!.reasons[0]!.text;
  assert.match(reason(), /^Teaches nursing practice, a core skill of this occupation/);
  for (const e of index.programs.find((p) => p.id === 'nursing-refresher')!.evidence!) e.items[0]!.shared = true;
  assert.match(reason(), /^About “nursing practice”, part of the work of this occupation/);
});
