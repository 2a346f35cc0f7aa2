import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LoadedIndex, Occupation } from '../../../src/core/model/loaded.js';
import type { Lang } from '../../../src/core/index-format/schema.js';
import type { TitleIndex } from '../../../src/core/model/index.js';
import { TitleIndexBuilder, didYouMean, matchTitles, searchTitleIndex } from '../../../src/core/titles/titles.js';

// A small hand-written fixture in the shape of titles.<lang>.tsv: NOC-style codes with
// their official title first, then example titles.
const EN: Array<[string, string[]]> = [
  ['31301', ['Registered nurses and registered psychiatric nurses', 'Registered nurse (R.N.)', 'Nurse', 'Registered nurse - telehealth']],
  ['32101', ['Licensed practical nurses', 'Licensed practical nurse (L.P.N.)', 'Registered practical nurse (R.P.N.)']],
  ['33102', ['Nurse aides, orderlies and patient service associates', 'Personal support worker - nursing care', 'Orderly']],
  ['63211', ['Estheticians, electrologists and related occupations', 'Electrolysis technician', 'Electrologist']],
  ['72200', ['Electricians (except industrial and power system)', 'Electrician', 'Apprentice electrician']],
  ['72201', ['Industrial electricians', 'Industrial electrician', 'Plant electrician']],
  ['72106', ['Welders and related machine operators', 'Welder', 'Welder-fitter']],
  ['21231', ['Software engineers and designers', 'Development and operations (DevOps) engineer', 'Software engineer']],
  ['21232', ['Software developers and programmers', 'Software developer', 'Programmer']],
  ['72101', ['Tool and die makers', 'Tool and die maker', 'Apprentice tool and die maker']],
  ['73101', ['Tilesetters', 'Tile installer', 'Terrazzo, tile and marble setter']],
  ['13110', ['Administrative assistants', 'Secretary (except legal and medical)', 'Office administrative assistant']],
  ['13112', ['Medical administrative assistants', 'Medical secretary', 'Ward secretary']],
  ['13201', ['Production and transportation logistics coordinators', 'Production coordinator', 'Logistics coordinator']],
  ['12103', ['Conference and event planners', 'Event coordinator', 'Conference coordinator']],
  ['41403', ['Social policy researchers', 'Program coordinator - social services', 'Community coordinator']],
];

const FR: Array<[string, string[]]> = [
  ['31301', ['Infirmiers autorisés/infirmières autorisées', 'Infirmier/infirmière', 'Infirmier autorisé/infirmière autorisée']],
  ['32101', ['Infirmiers auxiliaires/infirmières auxiliaires', 'Infirmier auxiliaire/infirmière auxiliaire']],
  [
    '33102',
    [
      'Aides-infirmiers/aides-infirmières, préposés/préposées aux bénéficiaires',
      'Préposé/préposée aux bénéficiaires',
      'Aide-infirmier/aide-infirmière',
      'Préposé/préposée au service de soutien personnel - soins infirmiers',
    ],
  ],
  ['72106', ['Soudeurs/soudeuses et opérateurs/opératrices de machines à souder', 'Soudeur/soudeuse', 'Soudeur-monteur/soudeuse-monteuse']],
  ['72410', ["Techniciens/techniciennes à l'entretien automobile", "Mécanicien/mécanicienne d'automobiles", 'Débosseleur/débosseleuse']],
  [
    '72020',
    ['Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses en mécanique', 'Contremaître de mécaniciens', 'Contremaître/contremaîtresse de garage'],
  ],
  ['21234', ['Développeurs/développeuses Web', 'Développeur Web/développeuse Web']],
];

function build(lang: Lang, rows: Array<[string, string[]]>): TitleIndex {
  const builder = new TitleIndexBuilder(lang);
  for (const [code, titles] of rows) builder.add(code, titles);
  return builder.build();
}

const en = build('en', EN);
const fr = build('fr', FR);

function loaded(): LoadedIndex {
  const occupations = new Map<string, Occupation>();
  for (const [code, titles] of EN) {
    const frTitle = FR.find(([c]) => c === code)?.[1][0] ?? '';
    // matchTitles reads only the code and title of an occupation.
    occupations.set(code, { code, title: { en: titles[0]!, fr: frTitle } } as Occupation);
  }
  return { titles: { en, fr }, occupations } as unknown as LoadedIndex;
}

const top = (index: TitleIndex, query: string): string | undefined => searchTitleIndex(index, query, { limit: 5 })[0]?.code;

test('case does not matter', () => {
  assert.equal(top(en, 'REGISTERED NURSE'), '31301');
  assert.equal(top(en, 'rEgIsTeReD nUrSe'), '31301');
});

test('accents may be left out or added', () => {
  assert.equal(top(fr, 'infirmiere'), '31301');
  assert.equal(top(fr, 'INFIRMIÈRE'), '31301');
  assert.equal(top(fr, 'débosseleur'), '72410');
  assert.equal(top(fr, 'debosseleur'), '72410');
});

test('French inclusive forms: the masculine and the feminine find the same title', () => {
  const masculine = searchTitleIndex(fr, 'soudeur', { limit: 1 })[0]!;
  const feminine = searchTitleIndex(fr, 'soudeuse', { limit: 1 })[0]!;
  assert.equal(masculine.code, '72106');
  assert.equal(feminine.code, '72106');
  assert.equal(feminine.matchedTitle, 'Soudeur/soudeuse');
  assert.equal(feminine.kind, 'exact');
  // A title given only in the masculine is still found in the feminine.
  assert.equal(top(fr, 'contremaîtresse de mécaniciens'), '72020');
  assert.equal(top(fr, 'infirmière auxiliaire'), '32101');
});

test('word order and the inverted NOC form do not matter', () => {
  const plain = searchTitleIndex(en, 'electrolysis technician', { limit: 1 })[0]!;
  const inverted = searchTitleIndex(en, 'technician, electrolysis', { limit: 1 })[0]!;
  assert.equal(plain.code, '63211');
  assert.equal(inverted.code, plain.code);
  assert.equal(inverted.matchedTitle, 'Electrolysis technician');
  assert.ok(plain.score - inverted.score <= 0.03, 'word order weighs at most a nudge');
});

test('plurals and singulars meet', () => {
  assert.equal(top(en, 'welders'), '72106');
  assert.equal(top(en, 'nurses'), '31301');
});

test('spacing and punctuation: "dev ops", "devops", "tool & die", "tile setter"', () => {
  assert.equal(top(en, 'dev ops'), '21231');
  assert.equal(top(en, 'devops'), '21231');
  assert.equal(top(en, 'DevOps engineer'), '21231');
  assert.equal(top(en, 'tool & die maker'), '72101');
  assert.equal(top(en, 'tool&die maker'), '72101');
  assert.equal(top(en, 'tile setter'), '73101');
});

test('one or two typos, including swapped letters, still find the title', () => {
  for (const typo of ['elcetrician', 'electrician', 'electricain', 'elecrician', 'electriciann']) {
    assert.equal(top(en, typo), '72200', typo);
  }
  const twoTypos = searchTitleIndex(en, 'registred nurce', { limit: 1 })[0]!;
  assert.equal(twoTypos.code, '31301');
  assert.equal(twoTypos.kind, 'fuzzy');
  assert.equal(top(fr, 'infirmeire'), '31301');
});

test('the last word is matched as a prefix while typing', () => {
  const typing = searchTitleIndex(en, 'industrial electri', { limit: 1 })[0]!;
  assert.equal(typing.code, '72201');
  assert.equal(typing.kind, 'prefix');
  assert.equal(top(fr, 'développeu'), '21234');
  // A finished word (followed by a space) is not a prefix any more.
  assert.equal(searchTitleIndex(en, 'welde ', { limit: 1 })[0]?.kind, 'fuzzy');
});

test('acronyms and short forms are synonyms of the words they stand for', () => {
  const psw = searchTitleIndex(en, 'PSW', { limit: 1 })[0]!;
  assert.equal(psw.code, '33102');
  assert.equal(psw.kind, 'synonym');
  assert.equal(top(en, 'RN'), '31301');
  assert.equal(top(en, 'R.N.'), '31301');
  assert.equal(top(en, 'LPN'), '32101');
  assert.equal(top(en, 'software dev'), '21232');
  assert.equal(top(en, 'admin assistant'), '13110');
  assert.equal(top(fr, 'PAB'), '33102');
  assert.equal(top(fr, 'préposée PAB'), '33102');
  // Ontario's French for a personal support worker (« préposé aux services de soutien personnel »).
  assert.equal(top(fr, 'PSSP'), '33102');
  assert.equal(top(fr, 'inf. auxiliaire'), '32101');
  assert.equal(top(fr, 'IA'), '32101');
  assert.equal(top(fr, 'mécanicien auto'), '72410');
});

test('an everyday short form spelled out: "prep cook" is a cook, not a "Prep line attendant"', () => {
  // As in the real titles, "prep" is written as is only in a galvanizing title; spelled
  // out ("preparer", "preparation"), it weighs as a common word and "cook" leads.
  const kitchen = build('en', [
    ['63200', ['Cooks', 'Cook', 'Line cook', 'Short order cook', 'Institutional cook']],
    ['65201', ['Food counter attendants, kitchen helpers and related support occupations', 'Food preparer', 'Sushi preparer', 'Kitchen helper']],
    ['94213', ['Industrial painters, coaters and metal finishing process operators', 'Prep line attendant - bulk galvanizing', 'Metal finisher']],
    ['94121', ['Machine operators, pulp and paper', 'Cook - pulp and paper', 'Digester operator']],
    ['94151', ['Printing machine operators', 'Stencil preparer', 'Press operator']],
    ['53100', ['Registrars, restorers and related occupations', 'Preparator', 'Museum preparator']],
  ]);
  // A kitchen job first: cooks or food preparers (the real titles put cooks first, then food
  // preparers, then the galvanizing line).
  assert.ok(['63200', '65201'].includes(top(kitchen, 'prep cook')!), top(kitchen, 'prep cook'));
  assert.equal(top(kitchen, 'prep line attendant'), '94213');
});

test('exact beats prefix beats typo, and scores say so', () => {
  const exact = searchTitleIndex(en, 'welder', { limit: 1 })[0]!;
  const prefix = searchTitleIndex(en, 'weld', { limit: 1 })[0]!;
  const typo = searchTitleIndex(en, 'wleder', { limit: 1 })[0]!;
  assert.deepEqual([exact.kind, prefix.kind, typo.kind], ['exact', 'prefix', 'fuzzy']);
  assert.equal(exact.score, 1);
  assert.ok(exact.score > prefix.score, `${exact.score} > ${prefix.score}`);
  assert.ok(prefix.score > typo.score, `${prefix.score} > ${typo.score}`);
});

test('an ambiguous word returns several occupations with close scores', () => {
  const results = searchTitleIndex(en, 'coordinator', { limit: 5 });
  assert.ok(results.length >= 3, JSON.stringify(results));
  assert.ok(results[0]!.score - results[2]!.score < 0.1, JSON.stringify(results.map((r) => r.score)));
});

test('words in "(except ...)" do not match the title they exclude', () => {
  assert.equal(top(en, 'medical secretary'), '13112');
  assert.equal(top(en, 'industrial electrician'), '72201');
});

test('matchTitles reports the official title in the requested language', () => {
  const index = loaded();
  const [first] = matchTitles(index, 'soudeuse', { lang: 'fr' });
  assert.equal(first?.code, '72106');
  assert.equal(first?.title, 'Soudeurs/soudeuses et opérateurs/opératrices de machines à souder');
  assert.equal(first?.matchedTitle, 'Soudeur/soudeuse');
  const [english] = matchTitles(index, 'welder', { lang: 'en', limit: 1 });
  assert.equal(english?.title, 'Welders and related machine operators');
  assert.equal(matchTitles(index, 'nurse', { lang: 'en', limit: 2 }).length, 2);
});

test('matchTitles names the missing language when its titles are not loaded', () => {
  const index = { ...loaded(), titles: { en } } as LoadedIndex;
  assert.throws(() => matchTitles(index, 'soudeuse', { lang: 'fr' }), /fr job titles are not loaded/);
});

test('without a language, matchTitles and didYouMean search the titles loaded: the only language, else English', () => {
  assert.equal(matchTitles(loaded(), 'welder')[0]?.title, 'Welders and related machine operators');
  const french = { ...loaded(), titles: { fr } } as LoadedIndex;
  assert.equal(matchTitles(french, 'soudeuse')[0]?.title, 'Soudeurs/soudeuses et opérateurs/opératrices de machines à souder');
  assert.equal(didYouMean({ titles: { en } } as LoadedIndex, 'tool and die makr'), 'Tool and die maker');
});

test('didYouMean offers a real title of the index, only when the words typed need fixing', () => {
  const index = loaded();
  assert.equal(didYouMean(index, 'welder', { lang: 'en' }), null);
  assert.equal(didYouMean(index, 'elektrishun', { lang: 'en' }), null, 'too far from any word to guess');
  assert.equal(didYouMean(index, 'industrial electrician', { lang: 'en' }), null);
  assert.equal(didYouMean(index, 'tool and die makr', { lang: 'en' }), 'Tool and die maker');
  assert.equal(didYouMean(index, 'coordinat', { lang: 'en' }), null, 'a word being typed is no typo');
  assert.equal(didYouMean(index, 'sofwtare devloper', { lang: 'en' }), 'Software developer');
  assert.equal(didYouMean(index, 'registred nurse', { lang: 'en' }), 'Registered nurse (R.N.)');
  assert.equal(didYouMean(index, 'infirmiere auxilaire', { lang: 'fr' }) !== null, true);
});

test('didYouMean never makes up a phrase, and says nothing when the title is not covered', () => {
  const index = loaded();
  const titles = new Set([...EN, ...FR].flatMap(([, list]) => list));
  // Misspelt titles, titles this fixture does not hold and nonsense, in both languages.
  const queries: Array<[string, Lang]> = [
    ['persnal suport worker', 'en'],
    ['personal sport worker', 'en'],
    ['uber driver', 'en'],
    ['truck driver', 'en'],
    ['line cook', 'en'],
    ['nurse practioner', 'en'],
    ['electrican', 'en'],
    ['weldr fitter', 'en'],
    ['sofware', 'en'],
    ['coordinat ', 'en'],
    ['medcal secretery', 'en'],
    ['tile setr', 'en'],
    ['xyzzy plugh', 'en'],
    ['soudeurr', 'fr'],
    ['infirmiere auxilaire', 'fr'],
    ['chauffeur de camion', 'fr'],
    ['programeur', 'fr'],
  ];
  const offered: string[] = [];
  for (const [query, lang] of queries) {
    const suggestion = didYouMean(index, query, { lang });
    if (suggestion === null) continue;
    offered.push(suggestion);
    assert.ok(titles.has(suggestion), `"${query}" -> "${suggestion}", which is no title of the index`);
  }
  assert.ok(offered.length >= 4, `only ${offered.length} suggestions: ${offered.join(', ')}`);
  // Not covered here: the closest titles are other jobs, so nothing is offered.
  for (const query of ['truck driver', 'uber driver', 'line cook']) assert.equal(didYouMean(index, query, { lang: 'en' }), null, query);
});

test('empty, blank and stopword-only queries return nothing', () => {
  assert.deepEqual(searchTitleIndex(en, ''), []);
  assert.deepEqual(searchTitleIndex(en, '   '), []);
  assert.deepEqual(searchTitleIndex(en, 'of the '), []);
  assert.deepEqual(searchTitleIndex(en, 'nurse', { limit: 0 }), []);
});

test('the builder rejects bad input with a message naming it', () => {
  const builder = new TitleIndexBuilder('en');
  assert.throws(() => builder.add('31301', []), /31301 has no titles/);
  assert.throws(() => builder.add('', ['Nurse']), /empty occupation code/);
  builder.add('31301', ['Nurse']);
  builder.build();
  assert.throws(() => builder.add('31302', ['Nurse practitioner']), /already built/);
  assert.throws(() => new TitleIndexBuilder('de' as Lang), /unknown language "de"/);
  assert.throws(() => searchTitleIndex({ lang: 'en' }, 'nurse'), /not a title index/);
});

// French titles as they are cut while typing: the typed text, little words and elided
// "d'" included, is the beginning of the title meant.
const FR_TYPING: Array<[string, string[]]> = [
  ['62200', ['Chefs', 'Chef', 'Chef cuisinier/chef cuisinière']],
  ['10011', ['Directeurs/directrices des ressources humaines', 'Chef de la formation', 'Chef du personnel']],
  ['51113', ['Journalistes', 'Commentateur/commentatrice', 'Chroniqueur/chroniqueuse']],
  ['52114', ['Annonceurs/annonceuses', 'Commentateur/commentatrice de défilé de mode', 'Annonceur/annonceuse']],
  ['10010', ['Directeurs financiers/directrices financières', 'Contrôleur/contrôleuse', 'Trésorier/trésorière']],
  ['21120', ['Inspecteurs/inspectrices de la santé publique', 'Contrôleur/contrôleuse en dératisation', "Agent/agente d'écosalubrité"]],
  ['13201', ['Coordonnateurs/coordonnatrices de la logistique', 'Coordonnateur/coordonnatrice du matériel', 'Coordonnateur/coordonnatrice logistique']],
  [
    '13100',
    ["Agents/agentes d'administration", 'Coordonnateur/coordonnatrice des services de bureau', 'Coordonnateur/coordonnatrice des services administratifs'],
  ],
  ['11202', ['Professionnels/professionnelles des relations publiques', "Coordonnateur/coordonnatrice de service d'information"]],
  [
    '12103',
    [
      'Planificateurs/planificatrices de congrès',
      "Coordonnateur/coordonnatrice d'événements",
      'Coordonnateur/coordonnatrice de congrès',
      'Coordonnateur/coordonnatrice de conférences',
    ],
  ],
];
const EN_TYPING: Array<[string, string[]]> = [
  ['73300', ['Transport truck drivers', 'Truck driver', 'Long-haul truck driver']],
  ['72024', ['Contractors and supervisors, motor transport', 'Truck drivers foreman/woman', 'Truck drivers supervisor']],
  ['73101', ['Tilesetters', 'Tile installer', 'Tilesetter']],
  ['75110', ['Construction trades helpers and labourers', 'Tile setter helper', 'Roofer helper']],
];

test('a title cut while typing finds the title it is the beginning of, little words included', () => {
  const index = build('fr', FR_TYPING);
  // "for" and "dé" are little words in English and French, and here the start of a word.
  assert.equal(top(index, 'Chef de la for'), '10011');
  assert.equal(top(index, 'Contrôleur/contrôleuse en dé'), '21120');
  // A shorter title is not what someone typing more than it means.
  assert.equal(top(index, 'Commentateur/commentatrice de d'), '52114');
  // Several titles begin so: the occupation holding most of them comes first.
  assert.equal(top(index, 'Coordonnateur/coordonnatrice d'), '12103');
  // "servic" is inside "service", though both stem alike: "de servic" is not "des services".
  assert.equal(top(index, 'Coordonnateur/coordonnatrice de servic'), '11202');
  // Whole titles still come first when typed whole.
  assert.equal(top(index, 'Commentateur/commentatrice'), '51113');
  assert.equal(top(index, 'Chef'), '62200');
});

test('whole words typed are not read as the beginning of a longer title', () => {
  const index = build('en', EN_TYPING);
  // "driver" may be ending: "Truck drivers foreman/woman" is another job.
  assert.equal(top(index, 'truck driver'), '73300');
  assert.equal(top(index, 'tile setter'), '73101');
  // Cut inside a word, the title it begins wins.
  assert.equal(top(index, 'truck drivers fore'), '72024');
});

test('French plurals in "-eaux" and "-aux" meet their singular', () => {
  const index = build('fr', [
    ['94219', ['Autres monteurs/monteuses', 'Plaqueur/plaqueuse de bateaux en contreplaqué']],
    ['72104', ['Monteurs/monteuses de charpentes métalliques', 'Plaqueur/plaqueuse', 'Monteur/monteuse de métaux']],
    ['73112', ['Plombiers/plombières', 'Poseur/poseuse de tuyaux']],
    // The singulars are words of other titles, so no typo fixing bridges the gap.
    ['83120', ['Capitaines de bateau de pêche', 'Capitaine de bateau de pêche', 'Poseur/poseuse de filets']],
    ['94213', ['Assembleurs/assembleuses de produits', "Assembleur/assembleuse de tuyau d'arrosage"]],
  ]);
  assert.equal(top(index, 'plaqueur de bateau'), '94219');
  assert.equal(top(index, 'poseur de tuyau'), '73112');
  // "-aux" of words in "-al" still meets the singular.
  assert.equal(top(index, 'monteur de métal'), '72104');
});

test('buildInSlices gives the same index as build(), yielding between steps', async () => {
  const { Slicer } = await import('../../../src/core/schedule/yield.js');
  // Enough distinct words that every loop of the build crosses a step boundary.
  const rows: Array<[string, string[]]> = [...EN];
  for (let i = 0; i < 300; i++) {
    const code = String(90000 + i);
    rows.push([code, [`Synthetic trade ${code}`, ...Array.from({ length: 10 }, (_, k) => `worker q${i}x${k} z${k}${i}`)]]);
  }
  const whole = build('en', rows);
  const builder = new TitleIndexBuilder('en');
  for (const [code, titles] of rows) builder.add(code, titles);
  let slices = 0;
  const sliced = await builder.buildInSlices(new Slicer({ budget: 0, onSlice: () => slices++ }));
  assert.ok(slices >= 6, `expected several slices, got ${slices}`);
  for (const query of ['registered nurse', 'nurse', 'electrician', 'welder fitter', 'q17x3', 'worker z4123', 'sofware enginer']) {
    assert.deepEqual(searchTitleIndex(sliced, query), searchTitleIndex(whole, query), query);
  }
  assert.ok(searchTitleIndex(sliced, 'q17x3').length > 0, 'the synthetic titles are found');
});
