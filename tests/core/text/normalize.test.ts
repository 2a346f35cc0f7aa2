import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fold, stem, terms, termKey, tokenize } from '../../../src/core/text/normalize.js';

const stripAccents = (text: string): string => text.normalize('NFD').replace(/\p{M}+/gu, '');
// Letters French and English titles use, with and without accents, plus separators.
const titleText = fc
  .array(fc.constantFrom(..."aeiouycnrstlmdgAEÉÈÊËÀÂÇÎÏÔÛÜŒÆéèêëàâçîïôûüœæñ -/'(),.&".split('')), { maxLength: 40 })
  .map((chars) => chars.join(''));

test('fold lower-cases, drops accents and punctuation, and keeps single spaces', () => {
  assert.equal(fold('Infirmière-chef (RN)'), 'infirmiere chef rn');
  assert.equal(fold('  Contremaître/contremaîtresse  '), 'contremaitre contremaitresse');
  assert.equal(fold('Œuvre d’art'), 'oeuvre d art');
  assert.equal(fold('Tool & die'), 'tool die');
  assert.equal(fold('...'), '');
});

test('fold is idempotent', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), titleText), (text) => {
      assert.equal(fold(fold(text)), fold(text));
    }),
    { numRuns: 1000 },
  );
});

test('fold is accent-insensitive', () => {
  fc.assert(
    fc.property(titleText, (text) => {
      assert.equal(fold(stripAccents(text)), fold(text));
    }),
    { numRuns: 1000 },
  );
  assert.equal(fold('ÉLECTRICIENNE'), fold('electricienne'));
});

test('stopwords go, meaningful short words stay', () => {
  assert.deepEqual(tokenize('Technicien de la santé'), ['technicien', 'sante']);
  assert.deepEqual(tokenize('IT manager'), ['it', 'manager']);
  assert.deepEqual(tokenize('HR and payroll'), ['hr', 'payroll']);
});

test('stem makes masculine, feminine and plural forms meet, and leaves acronyms alone', () => {
  const pairs: Array<[string, string]> = [
    ['soudeuse', 'soudeur'],
    ['soudeurs', 'soudeur'],
    ['infirmiere', 'infirmier'],
    ['directrice', 'directeur'],
    ['nurses', 'nurse'],
    ['technicienne', 'technicien'],
  ];
  for (const [a, b] of pairs) {
    assert.equal(stem(a), stem(b), `${a} / ${b}`);
  }
  assert.equal(stem('rn'), 'rn');
  assert.equal(stem('2024'), '2024');
  assert.equal(termKey('Soudeuses spécialisées'), termKey('soudeur spécialisé'));
  assert.deepEqual(terms('Infirmières autorisées'), terms('infirmier autorisé'));
});
