import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreMessages } from '../../src/core/messages.js';

const spaces = (text: string) => text.replaceAll('\u00a0', ' ');

test('"covers the skills you picked" reads as a person would say it, never "1 of the 1"', () => {
  const en = coreMessages('en');
  const fr = coreMessages('fr');
  assert.equal(en.coversPicked(1, 1, ['welding']), 'Covers the skill you picked: welding.');
  assert.equal(en.coversPicked(0, 1, []), 'Does not cover the skill you picked.');
  assert.equal(en.coversPicked(2, 2, ['a', 'b']), 'Covers all 2 skills you picked: a and b.');
  assert.equal(en.coversPicked(1, 3, ['a']), 'Covers 1 of the 3 skills you picked: a.');
  assert.equal(spaces(fr.coversPicked(1, 1, ['soudage'])), 'Couvre la compétence choisie : soudage.');
  assert.equal(spaces(fr.coversPicked(2, 2, ['a', 'b'])), 'Couvre les 2 compétences choisies : a et b.');
  assert.equal(fr.coversPicked(0, 1, []), 'Ne couvre pas la compétence choisie.');
});

test('shared skills inside a sentence start in lower case, acronyms kept', () => {
  assert.equal(
    spaces(coreMessages('fr').relatedShares(2, ['Service à la clientèle', 'contrôle des infections'])),
    'Partage 2 compétences clés : service à la clientèle et contrôle des infections.',
  );
  assert.equal(coreMessages('en').relatedShares(2, ['Customer service', 'SQL']), 'Shares 2 key skills: customer service and SQL.');
});
