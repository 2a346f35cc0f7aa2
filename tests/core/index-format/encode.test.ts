import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { encodeIndex, idRecord } from '../../../src/core/index-format/encode.js';
import { assembleParts } from '../../../src/core/load/assemble-parts.js';
import { readSections, writeSections } from '../../../src/core/index-format/sections.js';
import { IndexFormatError } from '../../../src/core/index-format/errors.js';
import { providersOf } from '../../../src/core/index-format/decode-programs.js';
import { parseManifest } from '../../../src/core/load/index.js';
import type { Program } from '../../../src/core/index-format/schema.js';
import { OCCUPATIONS, PROGRAMS, SKILLS, TITLES } from '../../fixtures/index/index.js';

const manifest = {
  builtAt: '2026-01-01',
  sample: true,
  sources: [],
  regions: [{ code: 'ER35', name: { en: 'Ontario', fr: 'Ontario' } }],
  skills: SKILLS,
  occupations: OCCUPATIONS,
};
const titles = {
  en: TITLES.en.map(([code, list]) => [code, ...list].join('\t')),
  fr: TITLES.fr.map(([code, list]) => [code, ...list].join('\t')),
};

test('sections: any values, line breaks and backslashes included, read back as written', () => {
  const value = fc.string({ unit: 'grapheme', maxLength: 30 });
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b.c', 'd-e'), fc.array(value, { maxLength: 6 })), { maxLength: 4 }), (sections) => {
      const text = writeSections(sections.map(([name, values]) => ({ name, values })));
      const read = readSections(
        text,
        'x.txt',
        sections.map(([name, values]) => [name, values.length] as const),
      );
      assert.equal(read.size, new Set(sections.map(([name]) => name)).size);
      for (const [name, values] of sections.filter(([name], i) => sections.findLastIndex(([n]) => n === name) === i)) {
        assert.deepEqual(read.get(name)!.values, values);
      }
      assert.ok(
        !text
          .slice(0, -1)
          .split('\n')
          .some((line) => line.includes('\r')),
      );
    }),
  );
});

test('sections: a cut, a wrong header or a stray escape is named by file and line', () => {
  const text = writeSections([
    { name: 'a', values: ['1', '2'] },
    { name: 'b', values: ['x'] },
  ]);
  const expected = [
    ['a', 2],
    ['b', 1],
  ] as const;
  const refused = (input: string, pattern: RegExp, line: number) =>
    assert.throws(
      () => readSections(input, 'f.txt', expected),
      (error: unknown) => {
        assert.ok(error instanceof IndexFormatError);
        assert.equal(error.line, line);
        assert.match(error.message, pattern);
        return true;
      },
    );
  refused(text.slice(0, -1), /does not end with a newline/, 5);
  refused(text.replace('#b 1', '#c 1'), /expected the header "#b <count>"/, 4);
  refused(text.replace('#a 2\n1\n2\n', '#a 2\n1\n'), /expected the header "#b <count>", found "x"/, 4);
  refused(text.replace('x', 'x\\t'), /unknown escape/, 5);
  refused(text + 'extra\n', /1 lines after the last section/, 6);
  assert.throws(
    () =>
      readSections(text, 'f.txt', [
        ['a', 3],
        ['b', 1],
      ]),
    /2 values but index\.json lists 3/,
  );
});

test('encode then load gives back every program, label and profile', async () => {
  const index = await assembleParts({ manifest, titles, programs: PROGRAMS });
  assert.deepEqual(index.programs, PROGRAMS);
  assert.deepEqual(index.manifest.skills, SKILLS);
  for (const occupation of OCCUPATIONS) {
    const loaded = index.occupations.get(occupation.code)!;
    assert.deepEqual(loaded.title, occupation.title);
    assert.deepEqual(loaded.summary, occupation.summary);
    assert.deepEqual(loaded.lmi, occupation.lmi);
    const sorted = [...occupation.skills].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    assert.deepEqual(loaded.skills, sorted);
  }
});

test('an evidence item that is a phrase many occupations share reads back as shared', async () => {
  const programs = PROGRAMS.map((p, k) =>
    k === 0 ? { ...p, evidence: p.evidence!.map((e) => ({ ...e, items: e.items.map((item) => ({ ...item, shared: true })) })) } : p,
  );
  const index = await assembleParts({ manifest, titles, programs });
  assert.deepEqual(index.programs, programs);
  assert.equal(index.programs[0]!.evidence![0]!.items[0]!.shared, true);
  assert.equal(index.programs[1]!.evidence![0]!.items[0]!.shared, undefined);
});

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const program = fc.record(
  {
    id: fc.stringMatching(/^[a-z]{1,4}(:[a-z0-9-]{1,12}){0,2}$/),
    title: fc.record({ en: text, fr: text }, { noNullPrototype: true }),
    provider: fc.constantFrom('A College', 'B Polytechnic', 'Collège C'),
    url: fc.option(fc.webUrl({ validSchemes: ['https'] }), { nil: null }),
    description: fc.record({ en: text, fr: text }, { noNullPrototype: true }),
    skills: fc.uniqueArray(fc.nat({ max: SKILLS.length - 1 }), { maxLength: 5 }),
    tagging: fc.constantFrom('tags', 'text', 'none'),
    hours: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
    costCad: fc.option(fc.double({ min: 0, max: 1e5, noNaN: true }), { nil: null }),
    delivery: fc.option(fc.constantFrom('online', 'in-person', 'hybrid'), { nil: null }),
    language: fc.option(fc.constantFrom('en', 'fr', 'bilingual', 'other'), { nil: null }),
    region: fc.option(fc.constantFrom('ER35', 'ER3530'), { nil: null }),
    osapEligible: fc.option(fc.boolean(), { nil: null }),
    credential: fc.option(fc.stringMatching(/^[A-Za-z ]{1,20}$/), { nil: null }),
  },
  { noNullPrototype: true },
) as fc.Arbitrary<Program>;

/** One French name per institution: another, the same, or none. */
const FRENCH_NAMES = new Map([
  ['A College', 'Collège A'],
  ['Collège C', 'Collège C'],
]);

test('property: any catalogue reads back exactly (ids derived from titles, URLs from templates, French institution names)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uniqueArray(program, { selector: (p) => p.id, maxLength: 12 }), async (programs) => {
      // Some programs whose id is their title's slug and whose URL ends in their id.
      const shaped = programs
        .map((p, i) => (i % 3 === 0 ? { ...p, id: `x:${i}-${p.id.replace(/\W/g, '')}`, url: `https://example.org/p/${i}-${p.id.replace(/\W/g, '')}` } : p))
        .map((p) => (FRENCH_NAMES.has(p.provider) ? { ...p, providerFr: FRENCH_NAMES.get(p.provider)! } : p));
      const index = await assembleParts({ manifest, titles, programs: shaped });
      assert.deepEqual(index.programs, shaped);
    }),
    { numRuns: 60 },
  );
});

test('an institution is one dictionary line: its French name only when it differs, a tab alone when the same; a bad line is named', async () => {
  const programs: Program[] = [...PROGRAMS, { ...PROGRAMS[3]!, id: 'boreal-1', provider: 'Collège Boréal', providerFr: 'Collège Boréal', evidence: undefined }];
  const files = encodeIndex({ manifest, titles, programs });
  const dictionary = (name: string) => {
    const text = new TextDecoder().decode(files.get(name));
    return text.slice(text.indexOf('#providers'), text.indexOf('#url-templates')).split('\n').slice(1, -1);
  };
  const lines = ['Sample College', 'Other University\tUniversité Autre', 'Collège Boréal\t'];
  assert.deepEqual(dictionary('programs.txt'), lines);
  assert.deepEqual(dictionary('catalogue.txt'), lines);
  const index = await assembleParts({ manifest, titles, programs });
  assert.deepEqual(
    index.programs.map((p) => [p.provider, p.providerFr]),
    programs.map((p) => [p.provider, p.providerFr]),
  );
  const named = { ...PROGRAMS[0]!, provider: 'A\tB' };
  assert.throws(() => encodeIndex({ manifest, titles, programs: [named] }), /holds a tab/);
  for (const bad of ['Collège Boréal\ta\tb', '\tUniversité Autre']) {
    assert.throws(
      () => providersOf({ name: 'providers', values: ['Sample College', bad], firstLine: 7 }, 'programs.txt'),
      (error: unknown) => error instanceof IndexFormatError && error.line === 8 && error.path === 'providers' && /name<TAB>French name/.test(error.message),
    );
  }
});

test('ids equal to prefix + slug of the label are stored as the prefix; others as they are', () => {
  assert.equal(idRecord('esco:3d-modelling', '3D modelling', 'Skill'), 'esco:');
  assert.equal(idRecord('coursera:specializations:data-science', 'Data Science', 'Program'), 'coursera:specializations:');
  assert.equal(idRecord('esco:3d-modelling-2', '3D modelling', 'Skill'), 'esco:3d-modelling-2');
  assert.equal(idRecord('HLTH-101', 'Health 101', 'Program'), 'HLTH-101');
  assert.throws(() => idRecord('odd:', 'x', 'Program'), /reserves/);
});

test('the files are the same bytes for the same parts, and a non-https URL cannot be written', () => {
  const a = encodeIndex({ manifest, titles, programs: PROGRAMS });
  const b = encodeIndex({ manifest, titles, programs: PROGRAMS });
  const withEvidence = [...new Set(PROGRAMS.flatMap((p) => (p.evidence ?? []).map((e) => e.occupation)))];
  assert.ok(withEvidence.length > 0);
  const perOccupation = withEvidence.flatMap((code) => [`quotes.${code}.txt`, `programs.${code}.txt`]);
  const expected = [
    'catalogue.txt',
    'index.json',
    'labels.en.txt',
    'labels.fr.txt',
    'programs.txt',
    ...perOccupation,
    'summaries.en.txt',
    'summaries.fr.txt',
    'titles.en.tsv',
    'titles.fr.tsv',
  ];
  assert.deepEqual([...a.keys()].sort(), expected.sort());
  for (const [name, bytes] of a) assert.deepEqual(bytes, b.get(name), name);
  const bad = [{ ...PROGRAMS[0]!, url: 'javascript:alert(1)' }];
  assert.throws(() => encodeIndex({ manifest, titles, programs: bad }), /not https/);
  const heavy = { ...manifest, occupations: [{ ...OCCUPATIONS[0]!, skills: [[0, 0.333]] as Array<[number, number]> }] };
  assert.throws(() => encodeIndex({ manifest: heavy, titles: { en: [titles.en[0]!], fr: [titles.fr[0]!] }, programs: [] }), /multiple of 0\.01/);
});

test('lead-statement likeness: each pair stored once, read back on both occupations; a pair out of range is named by path', async () => {
  // Nurses (0) alike to practical nurses (1) and to welders (4), the other way round on (4).
  const occupations = OCCUPATIONS.map((o, i) => ({
    ...o,
    alike:
      (
        {
          0: [
            [1, 0.42],
            [4, 0.09],
          ],
          1: [[0, 0.42]],
          4: [[0, 0.09]],
        } as Record<number, Array<[number, number]>>
      )[i] ?? [],
  }));
  const files = encodeIndex({ manifest: { ...manifest, occupations }, titles, programs: PROGRAMS });
  const stored = JSON.parse(new TextDecoder().decode(files.get('index.json')!)) as { occupations: Array<{ alike?: number[] }> };
  assert.deepEqual(stored.occupations[0]!.alike, [1, 42, 3, 9], 'higher indices only, delta-coded, in hundredths');
  assert.deepEqual(stored.occupations[1]!.alike, []);
  const index = await assembleParts({ manifest: { ...manifest, occupations }, titles, programs: PROGRAMS });
  const alikeOf = (i: number) => [...index.manifest.occupations[i]!.alike!].sort((a, b) => a[0] - b[0]);
  occupations.forEach((o, i) => assert.deepEqual(alikeOf(i), o.alike, o.code));

  const broken = structuredClone(stored) as typeof stored;
  broken.occupations[0]!.alike = [1, 42, 30, 9];
  assert.throws(
    () => parseManifest(broken, 'index.json'),
    (error: unknown) => error instanceof IndexFormatError && error.problem === 'reference' && error.path === 'occupations.0.alike.2',
  );
  broken.occupations[0]!.alike = [1, 420];
  assert.throws(
    () => parseManifest(broken, 'index.json'),
    (error: unknown) => error instanceof IndexFormatError && error.problem === 'schema' && error.path === 'occupations.0.alike.1',
  );
  assert.throws(
    () =>
      encodeIndex({
        manifest: { ...manifest, occupations: occupations.map((o) => ({ ...o, alike: [[5, 0]] as Array<[number, number]> })) },
        titles,
        programs: PROGRAMS,
      }),
    RangeError,
  );
});

test('more skills: grouped by weight as a profile, read back apart from it; absent when none; a bad one is named by path', async () => {
  const moreSkills: Array<[number, number]> = [
    [2, 0.35],
    [15, 0.35],
    [0, 0.2],
  ];
  const occupations = OCCUPATIONS.map((o, i) => (i === 4 ? { ...o, moreSkills } : o));
  const files = encodeIndex({ manifest: { ...manifest, occupations }, titles, programs: PROGRAMS });
  const stored = JSON.parse(new TextDecoder().decode(files.get('index.json')!)) as { occupations: Array<{ moreSkills?: number[][] }> };
  assert.deepEqual(stored.occupations[4]!.moreSkills, [
    [35, 2, 13],
    [20, 0],
  ]);
  assert.equal(stored.occupations[0]!.moreSkills, undefined, 'absent when there are none');
  const index = await assembleParts({ manifest: { ...manifest, occupations }, titles, programs: PROGRAMS });
  assert.deepEqual(index.manifest.occupations[4]!.moreSkills, [
    [2, 0.35],
    [15, 0.35],
    [0, 0.2],
  ]);
  assert.deepEqual(index.manifest.occupations[4]!.skills, OCCUPATIONS[4]!.skills, 'the profile ranking weighs is untouched');
  assert.equal(index.manifest.occupations[0]!.moreSkills, undefined);

  const broken = structuredClone(stored) as typeof stored;
  broken.occupations[4]!.moreSkills = [[35, 2, 40]];
  assert.throws(
    () => parseManifest(broken, 'index.json'),
    (error: unknown) => error instanceof IndexFormatError && error.problem === 'reference' && error.path === 'occupations.4.moreSkills.0.2',
  );
});

test('other names: read back per language, tab-separated in its labels file, absent when none; one with a tab is refused', async () => {
  const skills = SKILLS.map((s, i) =>
    i === 9 ? { ...s, alt: { fr: ['soudure', 'assemblage par fusion'] } } : i === 0 ? { ...s, alt: { en: ['bedside care'] } } : s,
  );
  const parts = { manifest: { ...manifest, skills }, titles, programs: PROGRAMS };
  const index = await assembleParts(parts);
  assert.deepEqual(index.manifest.skills[9]!.alt, { fr: ['soudure', 'assemblage par fusion'] });
  assert.deepEqual(index.manifest.skills[0]!.alt, { en: ['bedside care'] });
  assert.equal(index.manifest.skills[1]!.alt, undefined);
  const fr = new TextDecoder().decode(encodeIndex(parts).get('labels.fr.txt'));
  assert.match(fr, new RegExp(`\\n#skill\\.alt ${SKILLS.length}\\n(?:\\n){9}soudure\\tassemblage par fusion\\n`));
  const tabbed = SKILLS.map((s, i) => (i === 9 ? { ...s, alt: { fr: ['sou\tdure'] } } : s));
  assert.throws(() => encodeIndex({ ...parts, manifest: { ...manifest, skills: tabbed } }), /without tabs/);
});
