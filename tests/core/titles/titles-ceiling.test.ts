import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutPoints, prefixCeiling } from '../../../eval/titles-ceiling.js';

// Worked by hand: three ten-letter titles, each cut at 4 points (6 to 9), so each
// (title, cut) pair has probability 1/12. "Abcdef" comes from all three (A once, B twice),
// "Abcdefg" and "Abcdefgh" from one title of A and one of B; the other 5 texts from one.
const pool = new Map<string, ReadonlySet<string>>([
  ['Abcdefghij', new Set(['A'])],
  ['Abcdefghxy', new Set(['B'])],
  ['Abcdefzzzz', new Set(['B'])],
  // No cut point: never drawn, so it must not dilute the others.
  ['Ab', new Set(['C'])],
]);

test('cut points are inside a word, after at least 60% of the title', () => {
  assert.deepEqual(cutPoints('Abcdefghij'), [6, 7, 8, 9]);
  assert.deepEqual(cutPoints('Ab cdefgh'), [6, 7, 8]);
  assert.deepEqual(cutPoints('Abcdef gh'), [8]);
  assert.deepEqual(cutPoints('Ab'), []);
});

test('the prefix ceiling is the Bayes-optimal accuracy for the generator', () => {
  const ceiling = prefixCeiling(pool, [
    // The oracle picks B for "Abcdef" (2/12 against 1/12): wrong for a text cut from A.
    { text: 'Abcdef', codes: new Set(['A']) },
    // A tie between A and B: half right.
    { text: 'Abcdefg', codes: new Set(['A']) },
    { text: 'Abcdefzz', codes: new Set(['B']) },
  ]);
  // Best code per text: 2/12 + 1/12 + 1/12 + 5 * 1/12 = 9/12.
  assert.equal(ceiling.top1, 75);
  assert.equal(ceiling.top3, 100);
  assert.equal(ceiling.sampleTop1, 50);
  assert.equal(ceiling.sampleTop3, 100);
  assert.equal(ceiling.texts, 8);
});
