/**
 * Near-identical skills in the employer search: one suggestion for twins ("use databases",
 * "Databases"), whose pick finds the programs tagged with either (findPrograms with a pick
 * of several ids), in each language by that language's labels.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleIndex } from '../../../src/core/load/load.js';
import { findPrograms } from '../../../src/core/rank/index.js';
import { skillGroup, suggestSkills } from '../../../src/core/rank/skills.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import type { Skill } from '../../../src/core/index-format/schema.js';
import { PROGRAMS, SKILLS, indexFiles, indexTexts, sampleProgram } from '../../fixtures/index/index.js';

/** SKILLS (Databases is 6) and ESCO's twin of Databases (17), which one program alone is tagged with. */
const TWIN: Skill = { id: 'sample:use-databases', kind: 'detail', label: { en: 'use databases', fr: 'utiliser des bases de données' } };
/** A skill whose French label alone reads as a twin of Programming's (« Programmation »). */
const FRENCH_TWIN: Skill = { id: 'sample:coding', kind: 'detail', label: { en: 'coding', fr: 'effectuer une programmation' } };

async function load(): Promise<LoadedIndex> {
  const programs = [
    ...PROGRAMS,
    sampleProgram('sql-lab', { skills: [17] }),
    sampleProgram('sql-both', { skills: [6, 17] }),
    sampleProgram('coding-club', { skills: [18] }),
  ];
  const { manifest, files } = indexFiles({ programs, skills: [...SKILLS, TWIN, FRENCH_TWIN] });
  return assembleIndex(manifest, indexTexts(files));
}

const ids = (results: ReturnType<typeof findPrograms>) => results.map((r) => r.program.id).sort();

test('twins are offered once, under the bare subject, whichever of them the words match', async () => {
  const index = await load();
  assert.deepEqual(suggestSkills(index, 'databases', { lang: 'en' }), [{ id: 'sample:databases', label: 'Databases' }]);
  // Typing the twin's own label still shows the group: nothing is dropped.
  assert.deepEqual(suggestSkills(index, 'use databases', { lang: 'en' }), [{ id: 'sample:databases', label: 'Databases' }]);
  assert.deepEqual(suggestSkills(index, 'bases de données', { lang: 'fr' }), [{ id: 'sample:databases', label: 'Bases de données' }]);
  // A chosen twin takes its group out of the suggestions.
  assert.deepEqual(suggestSkills(index, 'databases', { lang: 'en', exclude: new Set(['sample:use-databases']) }), []);
  // Tagging a program with one skill lists each on its own.
  assert.deepEqual(
    suggestSkills(index, 'databases', { lang: 'en', group: false }).map((s) => s.id),
    ['sample:databases', 'sample:use-databases'],
  );
});

test('each language groups by its own labels', async () => {
  const index = await load();
  assert.deepEqual(skillGroup(index, 'sample:programming', 'fr'), ['sample:programming', 'sample:coding']);
  assert.deepEqual(skillGroup(index, 'sample:coding', 'fr'), ['sample:coding', 'sample:programming']);
  assert.deepEqual(skillGroup(index, 'sample:programming', 'en'), ['sample:programming']);
  assert.deepEqual(skillGroup(index, 'sample:unknown', 'en'), ['sample:unknown']);
  assert.deepEqual(
    suggestSkills(index, 'programmation', { lang: 'fr' }).map((s) => s.label),
    ['Programmation'],
  );
});

test('a pick of twins finds the programs tagged with either, counted once and named as picked', async () => {
  const index = await load();
  const group = skillGroup(index, 'sample:databases', 'en');
  assert.deepEqual(group, ['sample:databases', 'sample:use-databases']);
  const alone = findPrograms(index, { skills: ['sample:databases'], lang: 'en', limit: 50 });
  const grouped = findPrograms(index, { skills: [group], lang: 'en', limit: 50 });
  assert.deepEqual(ids(grouped), [...ids(alone), 'sql-lab'].sort());
  assert.ok(!ids(alone).includes('sql-lab'), 'without the group the twin’s program is missed');
  for (const id of ['sql-lab', 'sql-both']) {
    const rec = grouped.find((r) => r.program.id === id)!;
    assert.equal(rec.reasons[0]!.text, 'Covers the skill you picked: “Databases”.');
    assert.deepEqual(
      rec.matchedSkills.map((s) => s.id),
      ['sample:databases'],
    );
  }
  // Tagged with both twins, a program covers the one pick, not two: beside another pick it
  // scores as the program tagged with one twin does, short of all.
  const two = findPrograms(index, { skills: [group, 'sample:cloud'], lang: 'en', limit: 50 });
  const score = (id: string) => two.find((r) => r.program.id === id)!.score;
  assert.equal(score('sql-both'), score('sql-lab'));
  assert.ok(score('sql-both') < 1, String(score('sql-both')));
});

test('single ids score as before, and a pick repeated or held by an earlier one counts once', async () => {
  const index = await load();
  const picks = ['sample:programming', 'sample:databases', 'sample:cloud'];
  const plain = findPrograms(index, { skills: picks, lang: 'en', limit: 50 });
  assert.deepEqual(findPrograms(index, { skills: picks.map((id) => [id]), lang: 'en', limit: 50 }), plain);
  const twice = findPrograms(index, {
    skills: [['sample:databases', 'sample:use-databases'], 'sample:use-databases', 'sample:databases'],
    lang: 'en',
    limit: 50,
  });
  assert.ok(twice.every((r) => /^Covers the skill you picked/.test(r.reasons[0]!.text)));
  assert.throws(() => findPrograms(index, { skills: [['sample:databases', 'nope']], lang: 'en' }), /Unknown skill id "nope"/);
});
