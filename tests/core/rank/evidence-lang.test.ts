// The language of the program's words a reason quotes, told in the browser from the
// program itself: the index records no language per quote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { evidenceWords, hasWords, labelLanguage, quoteLanguage } from '../../../src/core/rank/evidence-lang.js';
import type { EvidenceItem, Program } from '../../../src/core/index-format/index.js';
import { PROGRAMS } from '../../fixtures/index/index.js';
import { evidenceSentence, plainSentence } from '../../../src/core/messages/evidence.js';

const program = (over: Partial<Program> = {}): Program => ({
  ...PROGRAMS[0]!,
  title: { en: 'Welding Fundamentals: MIG and TIG', fr: 'Soudage : notions de base MIG et TIG' },
  description: {
    en: 'Hands-on shop training in MIG and TIG welding on mild steel and other metals.',
    fr: 'Formation pratique en atelier sur le soudage MIG et TIG de l’acier doux.',
  },
  language: 'en',
  ...over,
});
const CONTEXT = { otherWho: '', skills: [] };

test('a quote equal to the English title is English, to the French title French, whatever the declared language', () => {
  const p = program({ language: 'bilingual' });
  assert.equal(quoteLanguage(p, 'Welding Fundamentals: MIG and TIG', 'title'), 'en');
  assert.equal(quoteLanguage(p, 'Soudage : notions de base MIG et TIG', 'title'), 'fr');
  assert.equal(quoteLanguage(program({ language: 'fr' }), 'Welding  Fundamentals: MIG and TIG ', 'title'), 'en');
});

test('a passage of one description is in its language, cut or not (a catalogue may give both)', () => {
  const p = program({ language: 'en' });
  assert.equal(quoteLanguage(p, 'Formation pratique en atelier sur le soudage MIG et TIG de l’acier doux.', 'description'), 'fr');
  assert.equal(quoteLanguage(p, '…training in MIG and TIG welding on mild steel…', 'description'), 'en');
});

test('a skill tag is in the language of the skill label it is', () => {
  const p = program({ language: 'fr' });
  const skills = [{ en: 'use welding equipment', fr: 'utiliser du matériel de soudage' }];
  assert.equal(quoteLanguage(p, 'Use welding equipment', 'tag', skills), 'en');
  assert.equal(quoteLanguage(program({ language: 'en' }), 'utiliser du matériel de soudage', 'tag', skills), 'fr');
  // Not a label (an alternative name): the declared language, the only thing known.
  assert.equal(quoteLanguage(p, 'welding', 'tag', skills), 'fr');
});

test('otherwise the declared language when English or French, else unknown; titles written alike tell nothing', () => {
  assert.equal(quoteLanguage(program({ language: 'en' }), 'Weld a fillet joint', 'outcome'), 'en');
  assert.equal(quoteLanguage(program({ language: 'fr' }), 'Weld a fillet joint', 'outcome'), 'fr');
  assert.equal(quoteLanguage(program({ language: 'bilingual' }), 'Weld a fillet joint', 'module'), null);
  assert.equal(quoteLanguage(program({ language: null }), 'Weld a fillet joint', 'module'), null);
  const alike = program({ title: { en: 'Préposé aux bénéficiaires', fr: 'Préposé aux bénéficiaires' }, language: 'fr' });
  assert.equal(quoteLanguage(alike, 'Préposé aux bénéficiaires', 'title'), 'fr');
  assert.equal(quoteLanguage({ ...alike, language: 'bilingual' }, 'Préposé aux bénéficiaires', 'title'), null);
});

test('a label is in its quote’s language; before the quotes load, the one text that holds it, else the declared language', () => {
  const p = program({ language: 'bilingual' });
  assert.equal(labelLanguage(p, 'welding', 'en'), 'en');
  assert.equal(labelLanguage(p, 'welding', undefined), 'en');
  assert.equal(labelLanguage(p, 'soudage', undefined), 'fr');
  // In both titles: not known; a bilingual program says nothing more.
  assert.equal(labelLanguage(p, 'MIG', undefined), null);
  assert.equal(labelLanguage(program({ language: 'en' }), 'MIG', undefined), 'en');
  // Whole words only: "weld" is not in "welding".
  assert.equal(labelLanguage(p, 'weld', undefined), null);
});

test('on a French page, a quote of the English title gives way to the French title only when it holds every label', () => {
  const p = program();
  const title = (label: string): EvidenceItem => ({ label, field: 'title', quote: 'Welding Fundamentals: MIG and TIG' });
  const kept = evidenceWords(p, [title('welding'), title('MIG')], 'fr', CONTEXT);
  assert.equal(kept.quote, 'Welding Fundamentals: MIG and TIG');
  assert.equal(kept.quoteLang, 'en');
  assert.deepEqual(kept.labelLangs, ['en', 'en']);
  const swapped = evidenceWords(p, [title('MIG'), title('TIG')], 'fr', CONTEXT);
  assert.equal(swapped.quote, 'Soudage : notions de base MIG et TIG');
  assert.equal(swapped.quoteLang, 'fr');
  assert.deepEqual(swapped.labelLangs, ['fr', 'fr']);
  // On an English page the English title stays.
  assert.equal(evidenceWords(p, [title('MIG'), title('TIG')], 'en', CONTEXT).quoteLang, 'en');
  // Without a French title, nothing to give way to.
  assert.equal(evidenceWords(program({ title: { en: 'Welding Fundamentals: MIG and TIG', fr: '' } }), [title('MIG')], 'fr', CONTEXT).quoteLang, 'en');
});

test('a phrase joined by "and" or "or" is named as its two words, never as one skill taught; one many occupations share stays whole', () => {
  const p = program();
  const item = (label: string, shared?: boolean): EvidenceItem => ({
    label,
    field: 'title',
    quote: 'Welding Fundamentals: MIG and TIG',
    ...(shared ? { shared } : {}),
  });
  const words = evidenceWords(p, [item('MIG and TIG')], 'en', CONTEXT);
  assert.deepEqual(words.labels, ['MIG', 'TIG']);
  assert.deepEqual(words.labelLangs, ['en', 'en']);
  assert.equal(
    plainSentence(evidenceSentence('en', words, 'welders', false)),
    'About “MIG” and “TIG”, part of the work of this occupation. Its title: “Welding Fundamentals: MIG and TIG”',
  );
  assert.equal(
    plainSentence(evidenceSentence('fr', evidenceWords(p, [item('MIG or TIG')], 'fr', CONTEXT), 'soudeurs', false)),
    'Porte sur «\u00a0MIG\u00a0» et «\u00a0TIG\u00a0», des aspects de cette profession. Son titre\u00a0: «\u00a0Soudage : notions de base MIG et TIG\u00a0»',
  );
  // A phrase without "and" or "or" is still one skill, and a shared one stays one topic.
  assert.deepEqual(evidenceWords(p, [item('TIG welding')], 'en', CONTEXT).labels, ['TIG welding']);
  assert.deepEqual(evidenceWords(p, [item('oil and gas', true)], 'en', CONTEXT).labels, ['oil and gas']);
});

test('a label is found as whole words, in any case, never inside a longer word', () => {
  assert.equal(hasWords('Infirmière autorisée : soins', 'INFIRMIÈRE'), true);
  assert.equal(hasWords('Infirmières autorisées', 'infirmière'), false);
  assert.equal(hasWords('Programming in C++ and C#', 'c++'), true);
  assert.equal(hasWords('Python programming', 'python program'), false);
  assert.equal(hasWords('bio-safety, safety; safety.', 'safety'), true);
  assert.equal(hasWords('unsafety', 'safety'), false);
  assert.equal(hasWords('safety', '  '), false);
  // A letter outside the basic plane before the label is a letter: no match inside 𝐀safety.
  assert.equal(hasWords('𝐀safety', 'safety'), false);
  assert.equal(hasWords('🙂safety', 'safety'), true);
});

test('hasWords agrees with the regular expression it replaced, on words of Latin letters with accents, digits and signs', () => {
  const reference = (text: string, label: string) => {
    const escaped = label.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return escaped !== '' && new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
  };
  const char = fc.constantFrom(...'aAbBéÉèçÇœ0 1-.+#’:'.split(''));
  const word = fc.array(char, { minLength: 0, maxLength: 6 }).map((c) => c.join(''));
  fc.assert(
    fc.property(word, fc.array(word, { maxLength: 6 }), (label, words) => {
      const text = words.join(words.length % 2 ? ' ' : label);
      assert.equal(hasWords(text, label), reference(text, label), JSON.stringify({ text, label }));
    }),
    { numRuns: 2000 },
  );
});
