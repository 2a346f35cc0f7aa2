import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreMessages, shortOccupation, type CoreMessages } from '../../../src/core/messages/messages.js';
import { plainSentence } from '../../../src/core/messages/evidence.js';
import type { EvidenceField } from '../../../src/core/index-format/index.js';

const spaces = (text: string) => text.replaceAll('\u00a0', ' ');
/** A reason's plain sentence, from the arguments the sentences took before they came in pieces. */
const teaches = (m: CoreMessages, labels: string[], who: string, field: EvidenceField, quote: string) =>
  plainSentence(m.teachesEvidence({ labels, field, quote }, who));
const fillsGap = (m: CoreMessages, labels: string[], who: string, field: EvidenceField, quote: string) =>
  plainSentence(m.fillsGapEvidence({ labels, field, quote }, who));

test('"covers the skills you picked" reads as a person would say it, never "1 of the 1"', () => {
  const en = coreMessages('en');
  const fr = coreMessages('fr');
  assert.equal(en.coversPicked(1, 1, ['welding']), 'Covers the skill you picked: “welding”.');
  assert.equal(en.coversPicked(0, 1, []), 'Does not cover the skill you picked.');
  assert.equal(en.coversPicked(2, 2, ['a', 'b']), 'Covers all 2 skills you picked: “a” and “b”.');
  assert.equal(en.coversPicked(1, 3, ['a']), 'Covers 1 of the 3 skills you picked: “a”.');
  assert.equal(spaces(fr.coversPicked(1, 1, ['soudage'])), 'Couvre la compétence choisie : « soudage ».');
  assert.equal(spaces(fr.coversPicked(2, 2, ['a', 'b'])), 'Couvre les 2 compétences choisies : « a » et « b ».');
  assert.equal(fr.coversPicked(0, 1, []), 'Ne couvre pas la compétence choisie.');
});

test('shared skills inside a sentence start in lower case, acronyms kept', () => {
  assert.equal(
    spaces(coreMessages('fr').relatedShares(2, ['Service à la clientèle', 'contrôle des infections'])),
    'Partage 2 compétences clés : « service à la clientèle » et « contrôle des infections ».',
  );
  assert.equal(coreMessages('en').relatedShares(2, ['Customer service', 'SQL']), 'Shares 2 key skills: “customer service” and “SQL”.');
});

test('a skill label holding a comma or "and" stays one item of the list: each label is quoted, with no-break spaces inside « »', () => {
  const labels = ['read standard blueprints', 'quality standards', 'manufacturing, processing and production'];
  assert.equal(
    coreMessages('en').relatedShares(8, labels),
    'Shares 8 key skills, including “read standard blueprints”, “quality standards” and “manufacturing, processing and production”.',
  );
  assert.equal(
    coreMessages('fr').relatedShares(8, ['lire des plans standard', 'normes de qualité', 'fabrication, transformation et production']),
    'Partage 8 compétences clés, dont «\u00a0lire des plans standard\u00a0», «\u00a0normes de qualité\u00a0» et «\u00a0fabrication, transformation et production\u00a0».',
  );
  assert.equal(
    coreMessages('fr').coversPicked(2, 3, ['soudage', 'fabrication, transformation et production']),
    'Couvre 2 des 3 compétences choisies\u00a0: «\u00a0soudage\u00a0» et «\u00a0fabrication, transformation et production\u00a0».',
  );
});

test('shared skills: the true count, three named, and no "and N more" the page cannot show', () => {
  const labels = ['Customer service', 'SQL', 'Infection control', 'Welding', 'Biology'];
  assert.equal(coreMessages('en').relatedShares(7, labels), 'Shares 7 key skills, including “customer service”, “SQL” and “infection control”.');
  assert.equal(
    spaces(coreMessages('fr').relatedShares(7, ['Service à la clientèle', 'SQL', 'Contrôle des infections', 'Soudage'])),
    'Partage 7 compétences clés, dont « service à la clientèle », « SQL » et « contrôle des infections ».',
  );
  // Five shared and five given: still only three named, and said to be among them.
  assert.equal(coreMessages('en').relatedShares(5, labels), 'Shares 5 key skills, including “customer service”, “SQL” and “infection control”.');
  assert.equal(coreMessages('en').relatedShares(1, ['Hospitality']), 'Shares 1 key skill: “hospitality”.');
  for (const lang of ['en', 'fr'] as const) assert.doesNotMatch(coreMessages(lang).relatedShares(9, labels), /more|autres/);
});

test('short occupation names keep enough words to say who', () => {
  assert.equal(shortOccupation('Welders and related machine operators'), 'Welders');
  assert.equal(shortOccupation('Registered nurses and registered psychiatric nurses'), 'Registered nurses');
  assert.equal(shortOccupation('Electricians (except industrial and power system)'), 'Electricians');
  // One word before a comma, or one that names no one, is kept whole.
  assert.equal(
    shortOccupation('Supervisors, petroleum, gas and chemical processing and utilities'),
    'Supervisors, petroleum, gas and chemical processing and utilities',
  );
  assert.equal(shortOccupation('Architecture and science managers'), 'Architecture and science managers');
  assert.equal(shortOccupation('Managers in customer and personal services, n.e.c.'), 'Managers in customer and personal services, n.e.c.');
});

test('a reason claims a skill only for a phrase; a single word is named as a topic (en, fr)', () => {
  const en = coreMessages('en');
  assert.match(
    teaches(en, ['CNC lathe'], 'Machinists', 'outcome', 'Create toolpaths for a CNC lathe'),
    /^Teaches CNC lathe, a core skill of this occupation\. .*“Create toolpaths for a CNC lathe”$/,
  );
  const word = teaches(en, ['water', 'utilities'], 'Supervisors, utilities', 'title', 'Water: an essential resource');
  assert.match(word, /^About “water” and “utilities”, part of the work of this occupation\./);
  assert.doesNotMatch(word, /core skill/);
  assert.match(teaches(en, ['mechanical engineers'], 'Mechanical engineers', 'title', 'Design for Mechanical Engineers'), /^Made for this occupation\. /);
  assert.match(teaches(en, ['Mechanical Engineer'], 'Mechanical engineers', 'tag', 'Mechanical Engineer'), /^Made for this occupation\. /);
  // A field named in the occupation's title is not the occupation: a real-estate module is not made for brokerage managers.
  assert.match(
    teaches(en, ['real estate'], 'Insurance, real estate and financial brokerage managers', 'module', 'InsurTech, and Real Estate Technology'),
    /^Teaches real estate, a core skill of this occupation\. /,
  );
  assert.match(
    fillsGap(en, ['CNC lathe'], 'Machinists', 'outcome', 'x'),
    /^Teaches CNC lathe, a core skill of the job you want that your current work does not already give\./,
  );
  const fr = coreMessages('fr');
  assert.match(teaches(fr, ['tour CNC'], 'Machinistes', 'outcome', 'x'), /^Enseigne «\u00a0tour CNC\u00a0», une compétence clé/);
  assert.match(
    fillsGap(fr, ['eau'], 'Superviseurs', 'title', 'x'),
    /^Porte sur «\u00a0eau\u00a0», un aspect de l’emploi visé que votre travail actuel ne comprend pas\./,
  );
});
