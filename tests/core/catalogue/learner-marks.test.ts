/**
 * The learners' marks reader of the catalogue review (`readLearnerMarks`): the outcomes
 * report as the inquiry server writes it (`outcomesCsv` with the BOM `answerOutcomes` adds,
 * and the JSON report), only its `unrelated` marks, and every mark it cannot read named by
 * file, line and field, in English (the very reason) and in French.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LearnerMarksError, readLearnerMarks, tallyMarks, type LearnerMarks, type Warning } from '../../../src/core/catalogue/index.js';
import { problemText, type MarksProblemCode } from '../../../src/core/catalogue/problems.js';
import { buildOutcomes, outcomesCsv, unrelatedKey, type CountRow } from '../../../src/server/outcomes.js';
import { adminEn } from '../../../src/i18n/admin.en.js';
import { adminFr } from '../../../src/i18n/admin.fr.js';

const enc = new TextEncoder();
const DAY = '2026-12-01';
const row = (kind: CountRow['kind'], key: string, count: number, lang = ''): CountRow => ({ day: DAY, page: '', kind, lang, key, count });

/** A report with every section, typed titles a spreadsheet would take for formulas, and marks. */
const OUTCOMES = buildOutcomes([
  row('batches', '', 9),
  row('recommend', '72106', 40),
  row('programOpen', 'lp-excel', 12),
  row('inquire', 'sent', 2),
  // Titles with a comma, a quote and a line break (quoted cells) and formulas (escaped with ').
  ...['welder, "MIG"', 'line\nbreak', '=1+1', '-2', '@sum'].map((title) => row('noMatch', title, 5, 'en')),
  row('unrelated', unrelatedKey('lp-excel', '72106'), 4),
  row('unrelated', unrelatedKey('lp-excel', '13110'), 1),
  row('unrelated', unrelatedKey('ns-millwright', '21232'), 2),
  // Anyone can post marks: a program id no catalogue has, which the CSV escapes.
  row('unrelated', unrelatedKey('=HYPERLINK("https://evil.example")', '21232'), 3),
]);

const EXPECTED: LearnerMarks = new Map([
  [
    'lp-excel',
    new Map([
      ['72106', 4],
      ['13110', 1],
    ]),
  ],
  ['=HYPERLINK("https://evil.example")', new Map([['21232', 3]])],
  ['ns-millwright', new Map([['21232', 2]])],
]);

/** The CSV as `GET /api/outcomes.csv` sends it (and "Download CSV" saves it). */
const serverCsv = () => enc.encode(`\ufeff${outcomesCsv(OUTCOMES)}`);

/** Maps compared in a stable order. */
const sorted = (marks: LearnerMarks) => [...marks].map(([id, byCode]) => [id, [...byCode].sort()] as const).sort(([a], [b]) => (a < b ? -1 : 1));

function refused(bytes: Uint8Array, file: string): Warning {
  try {
    readLearnerMarks(bytes, file);
  } catch (error) {
    assert.ok(error instanceof LearnerMarksError, String(error));
    return error.warning;
  }
  assert.fail(`${file} was read`);
}

test('the outcomes CSV as the server writes it (BOM, CRLF, quoted and formula-escaped cells): only its unrelated rows', () => {
  const bytes = serverCsv();
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  assert.ok(text.startsWith('\ufeffsection,key,'), 'the fixture has the BOM');
  assert.match(text, /\r\n/, 'and CRLF');
  assert.match(text, /^unrelated,"'=HYPERLINK\(""https:\/\/evil\.example""\)",/m, 'and an escaped formula in a program id');
  const read = readLearnerMarks(bytes, 'outcomes.csv');
  assert.deepEqual(read.warnings, []);
  assert.deepEqual(sorted(read.marks), sorted(EXPECTED));
  // The program section has lp-excel with 12 opens and the occupation section 72106 with 40: neither counts.
  assert.deepEqual(tallyMarks(read.marks), { marks: 10, programs: 3 });
  assert.deepEqual(
    tallyMarks(read.marks, (id) => id.startsWith('lp-')),
    { marks: 5, programs: 1 },
  );
});

test('the JSON report: its unrelated list, whatever the file is called', () => {
  const bytes = enc.encode(JSON.stringify(OUTCOMES, null, 2));
  for (const name of ['outcomes.json', 'outcomes', 'report.txt']) {
    const read = readLearnerMarks(bytes, name);
    assert.deepEqual(read.warnings, [], name);
    assert.deepEqual(sorted(read.marks), sorted(EXPECTED), name);
  }
});

test('a pair written twice counts both rows (two reports pasted together)', () => {
  const csv = ['section,key,lang,shown,opens,inquiries,clickThroughRate,visits,occupation,marks', 'unrelated,p1,,,,,,,72106,2', 'unrelated,p1,,,,,,,72106,3'];
  assert.deepEqual(sorted(readLearnerMarks(enc.encode(csv.join('\n')), 'two.csv').marks), [['p1', [['72106', 5]]]]);
});

test('a report from a server older than the marks: a clear error naming the missing columns, CSV and JSON', () => {
  const old = enc.encode('\ufeffsection,key,lang,shown,opens,inquiries,clickThroughRate,visits\r\ntotal,,,10,1,0,0.1,\r\nprogram,p1,,,1,,,\r\n');
  const csv = refused(old, 'outcomes.csv');
  assert.equal(csv.code, 'marks-older-report');
  assert.deepEqual([csv.file, csv.line, csv.field], ['outcomes.csv', 1, 'occupation']);
  assert.equal(
    csv.reason,
    "no occupation and marks columns: this report comes from a server older than learners' marks; update the inquiry server, then download the report again",
  );
  const { unrelated: _, ...before } = OUTCOMES;
  const json = refused(enc.encode(JSON.stringify(before)), 'outcomes.json');
  assert.equal(json.code, 'marks-older-report');
  assert.deepEqual([json.line, json.field], [null, 'unrelated']);
  assert.match(json.reason, /^no unrelated field: this report comes from a server older than learners' marks/);
});

test('a file that is not an outcomes report is refused, saying what it is not', () => {
  const catalogue = refused(enc.encode('id,title_en,title_fr\np1,Welding,\n'), 'programs.csv');
  assert.equal(catalogue.code, 'marks-not-outcomes-csv');
  assert.deepEqual([catalogue.line, catalogue.field, catalogue.params], [1, 'section', { missing: ['section', 'key'] }]);
  assert.equal(refused(enc.encode(JSON.stringify([{ id: 'p1' }])), 'programs.json').code, 'marks-not-outcomes-json');
  assert.equal(refused(enc.encode(JSON.stringify({ format: 'mc-outcomes/2', unrelated: [] })), 'o.json').field, 'format');
  const list = refused(enc.encode(JSON.stringify({ ...OUTCOMES, unrelated: { p1: 1 } })), 'o.json');
  assert.deepEqual([list.code, list.field, list.params], ['marks-unrelated-not-a-list', 'unrelated', { found: 'object' }]);
  assert.equal(refused(enc.encode('{"format": "mc-outcomes/1",'), 'o.json').code, 'marks-not-json');
  assert.equal(refused(enc.encode('\ufeff \r\n'), 'o.csv').code, 'marks-empty');
});

const HEADER = 'section,key,lang,shown,opens,inquiries,clickThroughRate,visits,occupation,marks';

test('CSV: a malformed mark is a warning naming its line and field, never dropped silently; the others are read', () => {
  const lines = [
    HEADER, // 1
    'unmatched,"two', // 2: a quoted title over two lines
    'lines",en,,,,,3,,', // 3
    'unrelated,p1,,,,,,,72106,4', // 4: fine
    'unrelated,p2,,,,,,,7210,1', // 5: not a NOC code
    'unrelated,p3,,,,,,,21232,many', // 6: not a count
    'unrelated,,,,,,,,21232,0', // 7: no program id, and 0 marks
    'unrelated,p4,,,,,,21232,1', // 8: a field short
    "unrelated,p5,,,,,,,'-21232,2", // 9: an escaped cell, still not a code
    'program,p9,,,5,,,,,', // 10: another section: not a mark, not a problem
    'unrelated,p6,,,,,,,13110,1', // 11: fine
  ];
  const read = readLearnerMarks(enc.encode(lines.join('\r\n')), 'edited.csv');
  assert.deepEqual(sorted(read.marks), [
    ['p1', [['72106', 4]]],
    ['p6', [['13110', 1]]],
  ]);
  assert.deepEqual(
    read.warnings.map((w) => [w.line, w.field, w.code, w.params]),
    [
      [5, 'occupation', 'mark-not-a-code', { value: '7210' }],
      [6, 'marks', 'mark-not-a-count', { value: 'many' }],
      [7, 'key', 'mark-missing', {}],
      [7, 'marks', 'mark-not-a-count', { value: '0' }],
      [8, '(row)', 'mark-field-count', { fields: 9, columns: 10 }],
      [9, 'occupation', 'mark-not-a-code', { value: '-21232' }],
    ],
  );
  assert.ok(read.warnings.every((w) => w.file === 'edited.csv'));
  assert.equal(read.warnings[0]!.reason, '"7210" is not a NOC 2021 code (five digits, like 21330); mark skipped');
});

test('CSV: quoting that cannot be read refuses the file at the line where the broken record starts', () => {
  const broken = [HEADER, 'unrelated,p1,,,,,,,72106,4', '', 'unmatched,"never closed,en,,,,,3,,', 'unrelated,p2,,,,,,,72106,1'].join('\n');
  const w = refused(enc.encode(broken), 'broken.csv');
  assert.deepEqual([w.code, w.line, w.field], ['marks-not-csv', 4, '(row)']);
});

test('JSON: a malformed mark is a warning naming its position in unrelated and its field', () => {
  const report = {
    ...OUTCOMES,
    unrelated: [
      { programId: 'p1', code: '72106', marks: 4 }, // 1: fine
      'p2', // 2: not an object
      { programId: 'p3', code: null, marks: 1 }, // 3: null code
      { programId: 'p4', code: '72106', marks: 1.5 }, // 4: not a whole number
      { programId: 'p5', marks: 2 }, // 5: no code
      { programId: 'p6', code: 13110, marks: '2' }, // 6: numbers written as a number and as text: read
    ],
  };
  const read = readLearnerMarks(enc.encode(JSON.stringify(report)), 'outcomes.json');
  assert.deepEqual(sorted(read.marks), [
    ['p1', [['72106', 4]]],
    ['p6', [['13110', 2]]],
  ]);
  assert.deepEqual(
    read.warnings.map((w) => [w.line, w.field, w.code, w.params]),
    [
      [2, '(item)', 'mark-not-object', {}],
      [3, 'code', 'mark-not-text', { found: 'null' }],
      [4, 'marks', 'mark-not-a-count', { value: '1.5' }],
      [5, 'code', 'mark-missing', {}],
    ],
  );
});

/** Files that between them reach every code of the marks reader. */
function everyProblem(): Warning[] {
  const out: Warning[] = [];
  const files: Array<[string, string]> = [
    ['a.csv', ''],
    ['b.csv', `${HEADER}\nunrelated,"x`],
    ['c.json', '{'],
    ['d.csv', 'id,title_en\n'],
    ['e.json', '[]'],
    ['f.json', JSON.stringify({ format: 'mc-outcomes/1', unrelated: 'none' })],
    ['g.csv', 'section,key,lang\n'],
    ['h.json', JSON.stringify({ format: 'mc-outcomes/1' })],
    ['i.csv', [HEADER, 'unrelated,p1,,,,,,,21232', 'unrelated,,,,,,,,2123,x'].join('\n')],
    ['j.json', JSON.stringify({ format: 'mc-outcomes/1', unrelated: [1, { programId: 'p', code: true, marks: 1 }] })],
  ];
  for (const [name, text] of files) {
    try {
      const read = readLearnerMarks(enc.encode(text), name);
      assert.ok(read.warnings.length > 0, `${name} gives no warning: it no longer tests anything`);
      out.push(...read.warnings);
    } catch (error) {
      assert.ok(error instanceof LearnerMarksError, `${name}: ${String(error)}`);
      out.push(error.warning);
    }
  }
  return out;
}

const codes = Object.keys(adminEn.catalogueReview.marksProblemText) as MarksProblemCode[];

test('every problem of the marks reader has a code, and the files above reach every code', () => {
  const warnings = everyProblem();
  assert.deepEqual(
    warnings.filter((w) => w.code === undefined),
    [],
  );
  assert.deepEqual([...new Set(warnings.map((w) => w.code))].sort(), [...codes].sort());
});

test('in English a problem reads exactly as the reader wrote it; in French it has its own words, with French typography', () => {
  for (const w of everyProblem()) {
    assert.equal(problemText(adminEn.catalogueReview.marksProblemText, w.code, w.params), w.reason, `${w.file} ${w.code}`);
    const fr = problemText(adminFr.catalogueReview.marksProblemText, w.code, w.params);
    assert.ok(fr, `${w.code}: no French message`);
    assert.notEqual(fr, w.reason);
    assert.doesNotMatch(fr, / [;:?!»]|«(?!\u00a0)|"/, `${w.code}: ${fr}`);
    assert.doesNotMatch(fr, /undefined|NaN|\[object/, `${w.code}: ${fr}`);
  }
  const say = (code: MarksProblemCode, params: unknown) => problemText(adminFr.catalogueReview.marksProblemText, code, params)!.replace(/[\u00a0\u202f]/g, ' ');
  assert.equal(
    say('marks-older-report', { missing: ['occupation', 'marks'], kind: 'csv' }),
    'les colonnes occupation et marks manquent : ce rapport vient d’un serveur antérieur aux signalements des personnes apprenantes ; mettez à jour le serveur de demandes, puis téléchargez de nouveau le rapport',
  );
  assert.equal(say('mark-not-a-code', { value: '7210' }), '« 7210 » n’est pas un code CNP 2021 (cinq chiffres, comme 21330) ; signalement ignoré');
});

test('the page’s words for the marks: plurals in English and French', () => {
  const en = adminEn.catalogueReview;
  const fr = adminFr.catalogueReview;
  assert.equal(en.marksRead('outcomes.csv', 12, 5), 'Read 12 marks on 5 programs from outcomes.csv.');
  assert.equal(en.marksRead('outcomes.csv', 1, 1), 'Read 1 mark on 1 program from outcomes.csv.');
  assert.equal(en.marksNotInFile(3, 2), '3 marks are on 2 programs that are not in this catalogue file.');
  assert.equal(en.marksNotInFile(1, 1), '1 mark is on a program that is not in this catalogue file.');
  assert.equal(en.marksBadge(1), 'Marked not relevant by 1 learner');
  assert.equal(en.marksBadge(1234), 'Marked not relevant by 1,234 learners');
  const nb = (s: string) => s.replaceAll('\u00a0', ' ').replaceAll('\u202f', ' ');
  assert.equal(nb(fr.marksRead('outcomes.csv', 12, 5)), '12 signalements sur 5 programmes lus dans outcomes.csv.');
  assert.equal(nb(fr.marksRead('outcomes.csv', 1, 1)), '1 signalement sur 1 programme lu dans outcomes.csv.');
  // A report of a period with no marks; in French the singular goes up to 1, zero included.
  assert.equal(en.marksRead('outcomes.csv', 0, 0), 'Read 0 marks on 0 programs from outcomes.csv.');
  assert.equal(nb(fr.marksRead('outcomes.csv', 0, 0)), '0 signalement sur 0 programme lu dans outcomes.csv.');
  assert.equal(nb(fr.marksNotInFile(3, 2)), '3 signalements portent sur 2 programmes absents de ce fichier de catalogue.');
  assert.equal(nb(fr.marksNotInFile(1, 1)), '1 signalement porte sur un programme absent de ce fichier de catalogue.');
  assert.equal(nb(fr.marksBadge(1)), 'Signalé sans rapport par 1 personne apprenante');
  assert.equal(nb(fr.marksBadge(1234)), 'Signalé sans rapport par 1 234 personnes apprenantes');
});
