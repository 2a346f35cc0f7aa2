import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { coreMessages, markNames, plainSentence } from '../../../src/core/messages/index.js';

test('markNames: an English skill label in a French sentence is its own piece with lang "en", lowered as the sentence lowers it', () => {
  const text = coreMessages('fr').relatedShares(2, ['Machine learning', 'statistiques']);
  assert.deepEqual(
    markNames(text, [
      { value: 'Machine learning', lang: 'en' },
      { value: 'statistiques', lang: null },
    ]),
    [{ text: 'Partage 2 compétences clés\u00a0: «\u00a0' }, { text: 'machine learning', lang: 'en' }, { text: '\u00a0» et «\u00a0statistiques\u00a0».' }],
  );
});

test('markNames: names in the page language, or none found, leave the sentence whole', () => {
  assert.deepEqual(markNames('Couvre « soudage ».', [{ value: 'soudage', lang: null }]), [{ text: 'Couvre « soudage ».' }]);
  assert.deepEqual(markNames('Couvre « soudage ».', [{ value: 'welding', lang: 'en' }]), [{ text: 'Couvre « soudage ».' }]);
  assert.deepEqual(markNames('', [{ value: 'welding', lang: 'en' }]), [{ text: '' }]);
});

test('markNames: whole words only, the longest name first, each time it occurs', () => {
  assert.deepEqual(markNames('Le partage des arts', [{ value: 'art', lang: 'en' }]), [{ text: 'Le partage des arts' }]);
  assert.deepEqual(
    markNames('Lakeshore Polytechnic (fictional) ou Lakeshore Polytechnic', [
      { value: 'Lakeshore Polytechnic', lang: 'en' },
      { value: 'Lakeshore Polytechnic (fictional)', lang: 'en' },
    ]),
    [{ text: 'Lakeshore Polytechnic (fictional)', lang: 'en' }, { text: ' ou ' }, { text: 'Lakeshore Polytechnic', lang: 'en' }],
  );
});

test('markNames: the pieces join to the sentence, and every marked piece is one of the names', () => {
  const word = fc.stringMatching(/^[a-zé()+.]{1,8}$/);
  fc.assert(
    fc.property(fc.array(word, { maxLength: 12 }), fc.array(word, { minLength: 1, maxLength: 3 }), (words, names) => {
      const text = words.join(' ');
      const parts = markNames(
        text,
        names.map((value) => ({ value, lang: 'en' as const })),
      );
      assert.equal(plainSentence(parts), text);
      for (const part of parts) if (part.lang) assert.ok(names.some((n) => n.toLowerCase() === part.text.toLowerCase()));
    }),
  );
});
