import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lang } from '../../../src/core/index-format/schema.js';
import type { TitleIndex } from '../../../src/core/model/index.js';
import { TitleIndexBuilder, searchTitleIndex } from '../../../src/core/titles/titles.js';

// Small hand-written fixtures, one per signal, with made-up codes: each sets two
// occupations against each other the way the NOC titles do.
function build(lang: Lang, rows: Array<[string, string[]]>): TitleIndex {
  const builder = new TitleIndexBuilder(lang);
  for (const [code, titles] of rows) builder.add(code, titles);
  return builder.build();
}

const codes = (index: TitleIndex, query: string): string[] => searchTitleIndex(index, query, { limit: 5 }).map((m) => m.code);

test('a typo near the end of a word that keeps its ending on still finds the word', () => {
  const index = build('en', [
    ['10001', ['Nurses', 'Nurse', 'Staff nurse']],
    ['10002', ['Guides', 'Fishing guide', 'Hunting guide']],
    ['10003', ['Machine shop workers', 'Machine shop supervisor', 'Machine operator']],
  ]);
  // "nuse": the stem of "nurse" is "nurs", two edits away; "nurse" itself is one.
  assert.equal(codes(index, 'nuse')[0], '10001');
  assert.equal(codes(index, 'fishing gude')[0], '10002');
  assert.equal(codes(index, 'mahcinem shop supervisor')[0], '10003');
});

test('a typo lowers every occupation alike: the title typed in full keeps its lead over many longer ones', () => {
  const index = build('en', [
    ['50001', ['Athletes', 'Jockey', 'Archer']],
    ['50002', ['Car jockeys', 'Car jockey', 'Lot jockey', 'Valet jockey']],
  ]);
  const right = searchTitleIndex(index, 'jockey', { limit: 2 });
  const typo = searchTitleIndex(index, 'jokwey', { limit: 2 });
  assert.deepEqual(
    typo.map((m) => m.code),
    ['50001', '50002'],
  );
  assert.deepEqual(
    right.map((m) => m.code),
    ['50001', '50002'],
  );
  // Support from the many "... jockey" titles lifts the second no nearer to the first than when typed right.
  const ratio = (ms: typeof right): number => ms[1]!.score / ms[0]!.score;
  assert.ok(Math.abs(ratio(typo) - ratio(right)) < 0.01, `typo ratio ${ratio(typo)}, typed right ${ratio(right)}`);
});

test('a mistyped half of an inclusive form counts as the half typed right', () => {
  const index = build('fr', [
    ['20001', ['Outilleurs/outilleuses', "Réparateur/réparatrice d'outils"]],
    ['20002', ['Autres réparateurs/réparatrices', "Réparateur/réparatrice d'outils à main", 'Réparateur/réparatrice de serrures']],
  ]);
  const typo = searchTitleIndex(index, "Réparateu/réparatrice d'outils", { limit: 2 });
  const right = searchTitleIndex(index, "Réparateur/réparatrice d'outils", { limit: 2 });
  assert.deepEqual(typo[0], right[0]);
  assert.equal(typo[1]!.code, '20002');
});

test('a text cut while typing prefers the title with less left to type', () => {
  const index = build('fr', [
    ['30001', ['Opérateurs/opératrices de poste', "Opérateur/opératrice de poste doseur d'asphalte"]],
    ['30002', ['Opérateurs/opératrices de studio', 'Opérateur/opératrice de poste de commande de studio de transmission par satellite']],
  ]);
  assert.equal(codes(index, 'Opérateur/opératrice de poste d')[0], '30001');
});

test('a text cut while typing prefers the occupation with more titles it begins', () => {
  const index = build('fr', [
    [
      '40001',
      [
        'Consultants/consultantes en affaires',
        'Consultant/consultante en affaires',
        'Consultant/consultante en achats',
        'Consultant/consultante en assurances',
      ],
    ],
    ['40002', ['Conseillers/conseillères en ressources', 'Consultant/consultante en ressources']],
  ]);
  assert.deepEqual(codes(index, 'Consultant/consultante e'), ['40001', '40002']);
  assert.deepEqual(codes(index, 'Consultant/consultante en r').slice(0, 2), ['40002', '40001']);
});

test('one long word still being typed prefers the titles it begins; a whole word does not', () => {
  const index = build('en', [
    ['60001', ['Compensation agents', 'Compensation agent']],
    ['60002', ["Workers' compensation officers", "Workers' compensation officer", 'Compensation claims officer - workers']],
    ['60003', ['Jockeys', 'Jockey']],
    ['60004', ['Car jockeys', 'Car jockey', 'Parking jockey']],
  ]);
  assert.equal(codes(index, 'Compensatio')[0], '60001');
  const jockey = searchTitleIndex(index, 'jockey', { limit: 2 });
  assert.equal(jockey[0]!.code, '60003');
  // "Car jockey" is not pushed away as if "jockey" were the beginning of a title being typed.
  assert.ok(jockey[1]!.score > 0.75, `second ${jockey[1]!.score}`);
});

test('a query gives the same results whatever was searched before it', () => {
  const index = build('en', [
    ['10001', ['Nurses', 'Nurse', 'Staff nurse']],
    ['10003', ['Machine shop workers', 'Machine shop supervisor', 'Machine operator']],
  ]);
  const fresh = searchTitleIndex(
    build('en', [
      ['10001', ['Nurses', 'Nurse', 'Staff nurse']],
      ['10003', ['Machine shop workers', 'Machine shop supervisor', 'Machine operator']],
    ]),
    'machine nu',
    { limit: 5 },
  );
  for (const before of ['nurse', 'machine n', 'machin', 'nuse machine', 'machine nu', 'm']) searchTitleIndex(index, before);
  assert.deepEqual(searchTitleIndex(index, 'machine nu', { limit: 5 }), fresh);
});

test('a short word known to no title may be missing a letter or hold two slips, as a last resort', () => {
  const index = build('en', [
    ['70001', ['Tree service contractors', 'Tree service contractor', 'Tree trimmer']],
    ['70002', ['Contractors, agricultural service', 'Contractor - agricultural service']],
    ['70003', ['Tie makers', 'Tie maker']],
    ['70004', ['Tie tampers', 'Tie tamper - railway']],
    ['70005', ['Data analysts', 'Big data analyst']],
  ]);
  // "tre": three letters, one missing.
  assert.equal(codes(index, 'tre service contractor')[0], '70001');
  // "mkear": five letters, two slips, and no term within one.
  assert.equal(codes(index, 'tie mkear')[0], '70003');
  // Four letters stay strict: "java" is not "data".
  assert.deepEqual(codes(index, 'java'), []);
  // A known word is never read as another one ("tie" stays "tie").
  assert.deepEqual(codes(index, 'tie').slice(0, 2).sort(), ['70003', '70004']);
});
