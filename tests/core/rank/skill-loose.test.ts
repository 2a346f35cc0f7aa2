/**
 * What the skill search finds for words people type that no label holds as written: an
 * "-ing" form of a label's verb ("planning" of "plan youth activities"), the French noun of
 * its act (« installation » of « installer des appareils électriques »), and a query no skill
 * holds every word of, searched again without one ("occupational health and safety"), and its
 * stop words too if need be, each such suggestion saying which word it lacks. On the sample
 * index as the builder writes it.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleIndexDir } from '../../fixtures/core/sample-index.js';
import { loadIndex } from '../../../src/core/load/index.js';
import { hasEveryWord, suggestSkills, suggestSkillsAcross } from '../../../src/core/rank/skill-suggest.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';

let en: LoadedIndex;
let fr: LoadedIndex;

before(async () => {
  const dir = await sampleIndexDir('mc-skill-loose-');
  en = await loadIndex(dir, { lang: 'en' });
  fr = await loadIndex(dir, { lang: 'fr' });
});

const offered = (index: LoadedIndex, query: string, lang: 'en' | 'fr' = 'en') => suggestSkills(index, query, { lang }).map((s) => [s.label, s.without ?? null]);

describe('the "-ing" form of a verb', () => {
  test('finds the label written with the verb, doubled consonant or dropped "e" too', () => {
    assert.deepEqual(offered(en, 'planning youth'), [['plan youth activities', null]]);
    assert.deepEqual(offered(en, 'operating precision measuring'), [['operate precision measuring equipment', null]]);
    assert.deepEqual(offered(en, 'tending milling'), [['tend CNC milling machine', null]]);
  });

  test('comes after every label holding the typed word whole', () => {
    const labels = offered(en, 'monitoring').map(([label]) => label!);
    const at = labels.indexOf("monitor patients' progress related to treatment");
    assert.ok(at > 0, labels.join(' | '));
    assert.ok(labels.slice(0, at).every((label) => /\bmonitoring\b/i.test(label)));
    assert.ok(labels.slice(at).every((label) => !/\bmonitoring\b/i.test(label)));
  });
});

describe('the French noun of the act of a verb', () => {
  test('finds the label written with the verb, by the endings of the noun and the verb', () => {
    assert.deepEqual(offered(fr, 'installation électrique', 'fr'), [['installer des appareils électriques et électroniques', null]]);
    assert.deepEqual(offered(fr, 'entretien des équipements', 'fr'), [['entretenir des équipements industriels', null]]);
    assert.deepEqual(offered(fr, 'planification des activités', 'fr'), [['planifier des activités pour des jeunes', null]]);
    assert.deepEqual(offered(fr, 'Administration de médicaments', 'fr'), [['administrer des médicaments en urgence', null]]);
  });

  test('comes after every label holding the typed word whole', () => {
    assert.deepEqual(offered(fr, 'entretien', 'fr'), [
      ['Entretien préventif', null],
      ['entretenir des équipements industriels', null],
    ]);
  });

  test('only in French: "computation" is not the act of a "computer"', () => {
    assert.deepEqual(offered(en, 'computation'), []);
  });
});

describe('a query no skill holds every word of', () => {
  test('is searched without one of its words, and each suggestion says which', () => {
    const found = suggestSkills(en, 'occupational health and safety', { lang: 'en' });
    assert.equal(found[0]?.label, 'health and safety regulations');
    assert.ok(found.every((s) => s.without === 'occupational'));
    assert.ok(!found.some(hasEveryWord));
  });

  test('the word is said as typed, capitals and accents kept', () => {
    assert.equal(suggestSkills(en, 'Occupational Health and Safety', { lang: 'en' })[0]?.without, 'Occupational');
  });

  test('when leaving out one word is not enough, leaves out the stop words typed too, and says only the other word', () => {
    // "in" and "the" begin no word of "health and safety regulations".
    assert.deepEqual(offered(en, 'health and safety in the workplace'), [['health and safety regulations', 'workplace']]);
    // « du »: ESCO's other name is « santé et sécurité au travail ».
    assert.deepEqual(offered(fr, 'Santé et sécurité du travail au chantier', 'fr'), [['réglementation en matière de santé et de sécurité', 'chantier']]);
  });

  test('never when a skill holds every word', () => {
    assert.deepEqual(offered(en, 'health and safety'), [['health and safety regulations', null]]);
  });

  test('never leaves fewer than two words of four letters or more ("first aid kit" is not searched as "aid kit")', () => {
    assert.deepEqual(offered(en, 'first aid kit'), []);
    assert.deepEqual(offered(en, 'qqzz zzqq'), []);
  });

  test('across languages: what holds every word, in either language, comes before what lacks one', () => {
    // The French page searches the English names too: "health and safety regulations" holds every word.
    const across = suggestSkillsAcross(fr, 'health and safety', { lang: 'fr' });
    assert.ok(across.length > 0 && across.every(hasEveryWord));
    const loose = suggestSkillsAcross(fr, 'occupational health and safety', { lang: 'fr' });
    assert.ok(loose.length > 0);
    assert.ok(loose.every((s) => s.without === 'occupational' && s.foundAs?.lang === 'en'));
  });
});
