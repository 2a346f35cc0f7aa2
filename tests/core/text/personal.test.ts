import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AnalyticsCounter } from '../../../src/core/analytics/analytics.js';
import { fold } from '../../../src/core/text/normalize.js';
import { foldedLooksPersonal, looksPersonal } from '../../../src/core/text/personal.js';

const PERSONAL = [
  'ada.lovelace@example.org',
  'my email is ada at gmail',
  '416-555-0199',
  '(613) 555 0123',
  '4500123456789012',
  'K1A 0B1',
  'Ada Lovelace',
  'Jean-Luc Tremblay',
  'Marie-Ève Côté',
  'JEAN TREMBLAY',
  "MARIE-ÈVE O'NEIL",
  'www.example.ca',
];
const JOBS = [
  'uber driver',
  'lyne cook',
  'persnal suport worker',
  'Registered nurse',
  'dental hygienist',
  'soudeur',
  'préposée aux bénéficiaires',
  'class 1 driver',
  'level 2 technician',
  'nurse',
  'Welder',
  'CNC operator',
  'RN',
];

test('an email, a phone number, a postal code, a long number or a name looks personal; job titles do not', () => {
  for (const text of PERSONAL) assert.ok(looksPersonal(text), text);
  for (const text of JOBS) assert.ok(!looksPersonal(text), text);
});

test('folded, as the server receives it, an email, a phone number and a postal code still show', () => {
  for (const text of ['ada.lovelace@example.org', 'ada@gmail.com', '416-555-0199', 'K1A 0B1', '4500123456789012'])
    assert.ok(foldedLooksPersonal(fold(text)), text);
  for (const text of JOBS) assert.ok(!foldedLooksPersonal(fold(text)), text);
});

test('the analytics counter never reports a personal text typed into the job field', () => {
  const counter = new AnalyticsCounter();
  for (const query of [...PERSONAL, 'uber driver']) counter.count('mc-no-match', { query, lang: 'en' });
  assert.deepEqual(counter.take().noMatch, [['en', 'uber driver', 1]]);
});

test('property: a text holding an email or a phone number never reaches a batch', () => {
  const word = fc.stringMatching(/^[a-z]{1,8}$/);
  const email = fc.tuple(word, word).map(([a, b]) => `${a}@${b}.ca`);
  const phone = fc
    .tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 200, max: 999 }), fc.integer({ min: 0, max: 9999 }))
    .map(([a, b, c]) => `${a}-${b}-${String(c).padStart(4, '0')}`);
  fc.assert(
    fc.property(fc.array(word, { maxLength: 3 }), fc.oneof(email, phone), fc.array(word, { maxLength: 3 }), (before, secret, after) => {
      const counter = new AnalyticsCounter();
      counter.count('mc-no-match', { query: [...before, secret, ...after].join(' '), lang: 'en' });
      assert.deepEqual(counter.take().noMatch, []);
    }),
  );
});
