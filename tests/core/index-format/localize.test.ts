import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localize, localizeMarked } from '../../../src/core/index-format/index.js';

test('localizeMarked: a French page that falls back to the English marks it English', () => {
  assert.deepEqual(localizeMarked({ en: 'Welding', fr: '' }, 'fr'), { value: 'Welding', lang: 'en' });
});

test('localizeMarked: text in the page language, or an English page, marks nothing', () => {
  assert.deepEqual(localizeMarked({ en: 'Welding', fr: 'Soudage' }, 'fr'), { value: 'Soudage', lang: null });
  assert.deepEqual(localizeMarked({ en: 'Welding', fr: 'Soudage' }, 'en'), { value: 'Welding', lang: null });
  assert.deepEqual(localizeMarked({ en: '', fr: 'Soudage' }, 'en'), { value: '', lang: null });
  assert.deepEqual(localizeMarked({ en: '', fr: '' }, 'fr'), { value: '', lang: null });
});

test('localizeMarked gives the text localize gives', () => {
  for (const text of [
    { en: 'a', fr: 'b' },
    { en: 'a', fr: '' },
    { en: '', fr: 'b' },
  ]) {
    for (const lang of ['en', 'fr'] as const) assert.equal(localizeMarked(text, lang).value, localize(text, lang));
  }
});
