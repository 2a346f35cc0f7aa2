import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LoadedIndex, Occupation } from '../../../src/core/model/loaded.js';
import type { Lang } from '../../../src/core/index-format/schema.js';
import type { TitleIndex } from '../../../src/core/model/index.js';
import { TitleIndexBuilder, matchTitles } from '../../../src/core/titles/titles.js';
import { isOtherShortForm, looksLikeOtherLanguage, matchTitlesAcross, wantsOtherLanguage } from '../../../src/core/titles/titles-across.js';

// Real NOC 2021 titles of a few occupations, official title first, in both languages.
const TITLES: Record<Lang, Array<[string, string[]]>> = {
  en: [
    ['11100', ['Financial auditors and accountants', 'Accountant', 'Chartered accountant (CA)']],
    ['42100', ['Police officers (except commissioned)', 'Police officer', 'Constable']],
    ['72106', ['Welders and related machine operators', 'Welder', 'Welder apprentice']],
    ['33102', ['Nurse aides, orderlies and patient service associates', 'Nurse aide', 'Orderly']],
    ['94107', ['Machine operators of other metal products', 'Press operator - metal fabrication']],
  ],
  fr: [
    ['11100', ['Vérificateurs/vérificatrices et comptables', 'Comptable', 'Comptable agréé/comptable agréée (CA)']],
    ['42100', ['Policiers/policières (sauf cadres supérieurs)', 'Policier/policière', 'Agent/agente de police']],
    ['72106', ['Soudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser', 'Soudeur/soudeuse']],
    [
      '33102',
      ['Aides-infirmiers/aides-infirmières, aides-soignants/aides-soignantes et préposés/préposées aux bénéficiaires', 'Préposé/préposée aux bénéficiaires'],
    ],
    ['94107', ["Opérateurs/opératrices de machines d'autres produits métalliques", 'Opérateur/opératrice de presse']],
  ],
};

function build(lang: Lang): TitleIndex {
  const builder = new TitleIndexBuilder(lang);
  for (const [code, titles] of TITLES[lang]) builder.add(code, titles);
  return builder.build();
}

const en = build('en');
const fr = build('fr');
const occupations = new Map<string, Occupation>();
TITLES.en.forEach(([code, [official]], i) => {
  occupations.set(code, { code, title: { en: official!, fr: TITLES.fr[i]![1][0]! } } as Occupation);
});
/** An English page: only its own titles are part of the index. */
const page = { titles: { en }, occupations } as unknown as LoadedIndex;
const frenchPage = { titles: { fr }, occupations } as unknown as LoadedIndex;

test('French titles typed on the English page find their occupation, shown in English', () => {
  for (const [query, code] of [
    ['comptable', '11100'],
    ['préposé aux bénéficiaires', '33102'],
    ['soudeur', '72106'],
  ] as const) {
    // Today's mistakes without the French titles: "Constable", "Press operator", nothing.
    assert.notEqual(matchTitles(page, query, { lang: 'en', limit: 1 })[0]?.code, code, query);
    const best = matchTitlesAcross(page, fr, query, { lang: 'en' })[0];
    assert.equal(best?.code, code, query);
    assert.equal(best.matchedLang, 'fr');
    assert.equal(best.title, TITLES.en.find(([c]) => c === code)![1][0]);
  }
});

test('English titles typed on the French page find their occupation, shown in French', () => {
  const best = matchTitlesAcross(frenchPage, en, 'welder', { lang: 'fr' })[0];
  assert.equal(best?.code, '72106');
  assert.equal(best.matchedLang, 'en');
  assert.match(best.title, /^Soudeurs/);
});

test('a title the page language matches well is answered from the page language alone', () => {
  for (const query of ['welder', 'accountant', 'police officer']) {
    assert.deepEqual(matchTitlesAcross(page, fr, query, { lang: 'en' }), matchTitles(page, query, { lang: 'en' }));
    assert.equal(wantsOtherLanguage(page, query, { lang: 'en' }), false, query);
  }
});

test('the other language is wanted for a poor match or French letters on an English page', () => {
  assert.equal(wantsOtherLanguage(page, 'soudeur', { lang: 'en' }), true);
  assert.equal(wantsOtherLanguage(page, 'comptable', { lang: 'en' }), true);
  assert.equal(looksLikeOtherLanguage('préposé', 'en'), true);
  assert.equal(looksLikeOtherLanguage('welder', 'en'), false);
  // French letters say nothing about English typed on a French page.
  assert.equal(looksLikeOtherLanguage('préposé', 'fr'), false);
});

test('a title in the other language comes after the page’s titles that hold as many of the typed words', () => {
  const titles: Record<Lang, Array<[string, string[]]>> = {
    en: [
      ['21232', ['Software developers and programmers', 'Software developer']],
      ['21234', ['Web developers and programmers', 'Web developer']],
      ['63202', ['Bakers', 'Junior baker']],
      ['54100', ['Program leaders and instructors in recreation, sport and fitness', 'Hockey coach']],
    ],
    fr: [['54100', ['Animateurs/animatrices et responsables de programmes de sports', 'Entraîneur/entraîneuse de hockey junior']]],
  };
  const builders = { en: new TitleIndexBuilder('en'), fr: new TitleIndexBuilder('fr') };
  for (const lang of ['en', 'fr'] as const) for (const [code, list] of titles[lang]) builders[lang].add(code, list);
  const own = new Map(titles.en.map(([code, [official]]) => [code, { code, title: { en: official!, fr: '' } } as Occupation]));
  const english = { titles: { en: builders.en.build() }, occupations: own } as unknown as LoadedIndex;
  const french = builders.fr.build();
  const found = matchTitlesAcross(english, french, 'junior software developer', { lang: 'en' });
  // "junior": the one word the French title holds, and one each of these English titles holds.
  assert.deepEqual(
    found.map((m) => m.matchedLang ?? 'en'),
    ['en', 'en', 'en', 'fr'],
  );
  assert.equal(found[0]!.code, '21232');
  assert.equal(found[3]!.code, '54100');
  // A French title holding more of the typed words than any English one still leads.
  assert.equal(matchTitlesAcross(english, french, 'entraîneur hockey junior', { lang: 'en' })[0]?.matchedLang, 'fr');
});

test("an English acronym typed on the French page is one of the other language's short forms, and the reverse", () => {
  for (const query of ['PSW', 'rn', 'R.N.', 'RPN', 'ECE', 'HVAC']) assert.equal(isOtherShortForm(query, 'fr'), true, query);
  assert.equal(isOtherShortForm('PAB', 'en'), true);
  // French spells CNC out in its own titles; English does not know PSW as French; two words are a title.
  assert.equal(isOtherShortForm('CNC', 'fr'), false);
  assert.equal(isOtherShortForm('PSW', 'en'), false);
  assert.equal(isOtherShortForm('PSW soins', 'fr'), false);
});
