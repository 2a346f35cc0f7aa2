import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleIndex } from '../../../src/core/load/load.js';
import { prepareRelated, relatedOccupations } from '../../../src/core/rank/related.js';
import { OCCUPATIONS, SKILLS, indexFiles, indexTexts } from '../../fixtures/index/index.js';

test('related occupations: nearest skill profiles first, with shared skills', async () => {
  const { manifest, files } = indexFiles();
  const index = await assembleIndex(manifest, indexTexts(files, []));
  const nurses = relatedOccupations(index, '31301', { lang: 'en' });
  assert.equal(nurses[0]!.code, '32101');
  assert.equal(nurses[0]!.title, 'Licensed practical nurses');
  assert.deepEqual(nurses[0]!.sharedSkills.map((s) => s.label).slice(0, 2), ['Patient care', 'Medication administration']);
  assert.ok(!nurses.some((r) => r.code === '31301'), 'never itself');
  assert.ok(!nurses.some((r) => r.code === '72106' && r.score > nurses[0]!.score));
  for (let i = 1; i < nurses.length; i++) assert.ok(nurses[i - 1]!.score >= nurses[i]!.score);
  assert.ok(nurses.every((r) => r.score > 0 && r.score <= 1));

  const devs = relatedOccupations(index, '21232', { lang: 'fr', limit: 1 });
  assert.equal(devs.length, 1);
  assert.equal(devs[0]!.code, '21231');
  assert.equal(devs[0]!.sharedSkills[0]!.label, 'Programmation');
  assert.throws(() => relatedOccupations(index, '12345', { lang: 'en' }), RangeError);
});

test('related occupations: the same after prepareRelated, which is done once per index', async () => {
  const { manifest, files } = indexFiles();
  const cold = await assembleIndex(manifest, indexTexts(files, []));
  const warm = await assembleIndex(manifest, indexTexts(files, []));
  prepareRelated(warm);
  prepareRelated(warm);
  for (const code of ['31301', '21232', '72106']) {
    assert.deepEqual(relatedOccupations(warm, code, { lang: 'en' }), relatedOccupations(cold, code, { lang: 'en' }));
  }
});

test('related occupations: another field, and another profession, count for less than the same skills in the same field', async () => {
  const { manifest, files } = indexFiles();
  const lpn = manifest.occupations.find((o) => o.code === '32101')!;
  // Software engineers (21231: another broad category, the nurses' TEER) given the
  // licensed practical nurses' skills.
  const occupations = manifest.occupations.map((o) => (o.code === '21231' ? { ...o, skills: structuredClone(lpn.skills) } : o));
  const index = await assembleIndex({ ...manifest, occupations }, indexTexts(files, []));
  const nurses = relatedOccupations(index, '31301', { lang: 'en', limit: 10 });
  const score = (code: string) => nurses.find((r) => r.code === code)?.score ?? 0;
  assert.ok(score('32101') > 0);
  // Another broad category (x 0.7), and from one profession (TEER 1) to another in another
  // minor group (x 0.6); licensed practical nurses are TEER 2, a step nurses make.
  assert.ok(Math.abs(score('21231') - 0.7 * 0.6 * score('32101')) < 1e-9, `${score('21231')} vs ${score('32101')}`);
});

test('related occupations: up into a profession of another minor group counts for less', async () => {
  const { manifest, files } = indexFiles();
  const rn = manifest.occupations.find((o) => o.code === '31301')!;
  // Retail salespersons (64100: another field, two TEER steps from practical nurses) given
  // the registered nurses' skills, so both are equally alike to licensed practical nurses.
  const occupations = manifest.occupations.map((o) => (o.code === '64100' ? { ...o, skills: structuredClone(rn.skills) } : o));
  const index = await assembleIndex({ ...manifest, occupations }, indexTexts(files, []));
  const lpn = relatedOccupations(index, '32101', { lang: 'en', limit: 10 });
  const score = (code: string) => lpn.find((r) => r.code === code)?.score ?? 0;
  assert.ok(score('64100') > 0);
  // From TEER 2 up to TEER 1 in another minor group (313, not 321): x 0.7. Retail: another
  // field (x 0.7) and two TEER steps (x 0.8).
  assert.ok(Math.abs(score('31301') / score('64100') - 0.7 / (0.7 * 0.8)) < 1e-9, `${score('31301')} vs ${score('64100')}`);
});

test('related occupations: lead statements that describe alike work lift a move by (1 + 3 x likeness) against the rest', async () => {
  const { manifest, files } = indexFiles();
  const plain = relatedOccupations(await assembleIndex(manifest, indexTexts(files, [])), '31301', { lang: 'en', limit: 10 });
  // Registered nurses (0) and retail salespersons (5) described as alike, 0.6.
  const occupations = OCCUPATIONS.map((o, i) => (i === 0 ? { ...o, alike: [[5, 0.6]] as Array<[number, number]> } : o));
  const alike = indexFiles({ occupations });
  const lifted = relatedOccupations(await assembleIndex(alike.manifest, indexTexts(alike.files, [])), '31301', { lang: 'en', limit: 10 });
  const ratio = (list: typeof plain) => list.find((r) => r.code === '64100')!.score / list.find((r) => r.code === '32101')!.score;
  assert.ok(Math.abs(ratio(lifted) / ratio(plain) - 2.8) < 1e-9, `${ratio(lifted)} vs ${ratio(plain)}`);
  for (let i = 1; i < lifted.length; i++) assert.ok(lifted[i - 1]!.score >= lifted[i]!.score);
  // Without any likeness in the index (one built before it), the order is the skills' alone.
  assert.deepEqual(
    lifted.filter((r) => r.code !== '64100').map((r) => r.code),
    plain.filter((r) => r.code !== '64100').map((r) => r.code),
  );
});

test('related occupations: the count says how many key skills both share, past the five named', async () => {
  // Registered and licensed practical nurses given five skills more in common: ten in all.
  const more: Array<[number, number]> = [11, 12, 13, 14, 15].map((s) => [s, 0.3]);
  const occupations = OCCUPATIONS.map((o) =>
    o.code === '31301' || o.code === '32101' ? { ...o, skills: [...o.skills.filter(([s]) => s !== 11), ...more] } : o,
  );
  const { manifest, files } = indexFiles({ occupations });
  const lpn = relatedOccupations(await assembleIndex(manifest, indexTexts(files, [])), '31301', { lang: 'en' }).find((r) => r.code === '32101')!;
  assert.equal(lpn.sharedCount, 10);
  assert.equal(lpn.sharedSkills.length, 5);
});

test('related occupations: broad areas are named after the specific skills, and only those key to both', async () => {
  const broad = (id: string, en: string, kind: 'skill' | 'knowledge'): (typeof SKILLS)[number] => ({ id: `oasis:${id}`, kind, label: { en, fr: en } });
  const [listening, hospitality, vehicles] = [SKILLS.length, SKILLS.length + 1, SKILLS.length + 2];
  const skills = [
    ...SKILLS,
    broad('F01a01', 'Active listening', 'skill'),
    broad('G04a01', 'Hospitality', 'knowledge'),
    broad('G10a06', 'Vehicle and machinery operation', 'knowledge'),
  ];
  // Active listening in every profile; hospitality rated high by both nurses, above their
  // specific skills; vehicles rated basic by both, well below their hospitality. Licensed
  // practical nurses keep three of their specific skills.
  const occupations = OCCUPATIONS.map((o): (typeof OCCUPATIONS)[number] => {
    const nurse = o.code === '31301' || o.code === '32101';
    const own = o.code === '32101' ? o.skills.filter(([s]) => s === 0 || s === 1 || s === 3) : o.skills;
    const extra: Array<[number, number]> = nurse
      ? [
          [hospitality, 1],
          [vehicles, 0.33],
        ]
      : [];
    return { ...o, skills: [...own, [listening, 1], ...extra] };
  });
  const { manifest, files } = indexFiles({ occupations, skills });
  const index = await assembleIndex(manifest, indexTexts(files, []));
  const lpn = relatedOccupations(index, '31301', { lang: 'en' }).find((r) => r.code === '32101')!;
  assert.deepEqual(
    lpn.sharedSkills.map((s) => s.label),
    ['Patient care', 'Medication administration', 'Infection control', 'Hospitality'],
  );
  assert.equal(lpn.sharedCount, 4);
});
