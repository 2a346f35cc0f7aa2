/**
 * Every problem the catalogue reader reports carries a code the review page can word in
 * English and French (issue 12): the reader is driven over hostile catalogues, each code
 * it emits must have both messages, the English one must be the very reason the CLI
 * prints, and every `warn(`/`notice(` call in the reader passes a code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { CatalogueError, Diagnostics, type Warning } from '../../../src/core/catalogue/diagnostics.js';
import { problemText, type CatalogueProblemCode } from '../../../src/core/catalogue/problems.js';
import { readCatalogue } from '../../../src/core/catalogue/programs.js';
import { adminEn } from '../../../src/i18n/admin.en.js';
import { adminFr } from '../../../src/i18n/admin.fr.js';
import { CATALOGUE_HEADER, catalogueRow } from '../../fixtures/core/catalogue-rows.js';

const HEADER = CATALOGUE_HEADER;
const enc = new TextEncoder();

const row = catalogueRow;
const csv = (...rows: string[]) => enc.encode([HEADER, ...rows].join('\n') + '\n');

/** Hostile catalogues, between them reaching every problem the reader knows. */
const HOSTILE: [name: string, bytes: Uint8Array][] = [
  ['latin.csv', Uint8Array.from([...`${HEADER}\n${row('r1')}\n`].map((c) => c.charCodeAt(0)))],
  ['stray.csv', new Uint8Array([...enc.encode(`${HEADER}\n${row('r1')}\nr2,Caf`), 0xe9, ...enc.encode(`,${row('x').split(',').slice(2).join(',')}\n`)])],
  ['late.csv', csv(row('r1'), row('r2', { description_en: '"Opens here' }), row('r3'), row('r4', { description_en: 'closes here"' }))],
  ['late-two.csv', csv(row('r1', { title_en: '"Two\nlines', description_en: '"x' }), row('r2'), row('r3', { description_en: 'closes"' }))],
  ['shift.csv', csv(row('r1', { title_en: '"Opens in the title' }), row('r2', { description_en: 'closes in a description"' }))],
  ['unclosed.csv', csv(row('r1'), row('r2', { description_en: '"Never closed' }), row('r3'))],
  ['unclosed2.csv', enc.encode([HEADER, row('r1', { title_en: '"Two\nlines"', description_en: '"never closed' }), row('r2')].join('\n'))],
  ['fields.csv', csv(row('r1'), 'r2,Short row', `${row('r3')},extra`)],
  [
    'values.csv',
    csv(
      row('', {}),
      row('bad id!'),
      row('r1'),
      row('r1'),
      row('r2', { title_en: '', title_fr: '' }),
      row('r3', { url: 'http://example.org', hours: 'ten', cost_cad: '99999999', delivery: 'constructor', language: '__proto__' }),
      row('r4', { region: 'ER99', osap_eligible: 'maybe', title_en: 'long '.repeat(60) }),
    ),
  ],
  // Refused whole: the error carries the problem the page words.
  ['no-columns.csv', enc.encode('url,hours\nhttps://example.org/x,3\n')],
  ['no-title.csv', enc.encode('id,provider\nx,Collège\n')],
  ['reviewed.csv', enc.encode([`${HEADER},reviewed_skills`, `${row('r1')},esco:x;not an id`].join('\n'))],
  [
    'provider-fr.csv',
    csv(row('r1', { provider: 'Lakeshore', provider_fr: 'Polytechnique Lakeshore' }), row('r2', { provider: 'Lakeshore', provider_fr: 'Lakeshore' })),
  ],
  ['not-for.csv', enc.encode([`${HEADER},not_for_occupations`, `${row('r1')},21330;mining`].join('\n'))],
  [
    'hostile.json',
    enc.encode(
      JSON.stringify([
        1,
        {
          id: 'j1',
          title_en: { en: 'x' },
          title_fr: 'Titre',
          provider: ['a'],
          skills: ['SQL', { x: 1 }, 2],
          reviewed_skills: 5,
          not_for_occupations: { code: 1 },
        },
        { id: 'j2', title_en: 'T', skills: [null], hours: 1e23, osap_eligible: true },
      ]),
    ),
  ],
];

function readAll(): Warning[] {
  const out: Warning[] = [];
  for (const [name, bytes] of HOSTILE) {
    const diag = new Diagnostics();
    try {
      readCatalogue(bytes, name, diag);
    } catch (error) {
      if (!(error instanceof CatalogueError)) throw error;
      diag.warnings.push(error.warning);
    }
    assert.ok(diag.warnings.length > 0, `${name} gives no warning: it no longer tests anything`);
    out.push(...diag.warnings);
  }
  return out;
}

const codes = Object.keys(adminEn.catalogueReview.problemText) as CatalogueProblemCode[];

test('every problem of the reader has a code, and the hostile catalogues reach every code', () => {
  const warnings = readAll();
  const uncoded = warnings.filter((w) => w.code === undefined);
  assert.deepEqual(uncoded, [], 'a warning without a code cannot be translated');
  assert.deepEqual([...new Set(warnings.map((w) => w.code))].sort(), [...codes].sort());
});

test('in English a problem reads exactly as the CLI prints it', () => {
  for (const w of readAll()) {
    assert.equal(problemText(adminEn.catalogueReview.problemText, w.code, w.params), w.reason, `${w.file}:${w.line} ${w.code}`);
  }
});

test('in French every problem has its own message, with French typography', () => {
  const seen = new Set<string>();
  for (const w of readAll()) {
    const text = problemText(adminFr.catalogueReview.problemText, w.code, w.params);
    assert.ok(text, `${w.code}: no French message`);
    assert.notEqual(text, w.reason);
    assert.doesNotMatch(text, / [;:?!»]|«(?!\u00a0)|"/, `${w.code}: ${text}`);
    assert.doesNotMatch(text, /undefined|NaN|\[object/, `${w.code}: ${text}`);
    seen.add(text.replace(/\d+/g, 'N'));
  }
  assert.ok(seen.size >= codes.length);
});

test('French problems read as a person would write them', () => {
  const say = (w: Pick<Warning, 'code' | 'params'>) => problemText(adminFr.catalogueReview.problemText, w.code, w.params)!.replace(/[\u00a0\u202f]/g, ' ');
  assert.equal(
    say({ code: 'quote-swallows-lines', params: { closedOn: 5, lines: [4, 5], recovered: true } }),
    'le guillemet ouvert ici ne se ferme qu’à la ligne 5 et englobe les lignes 4 et 5, qui se lisent comme des programmes distincts ; la ligne a été lue sans ce guillemet, vérifiez les guillemets',
  );
  assert.equal(
    say({ code: 'quote-unclosed', params: { recovered: false, rowStartsOn: 2 } }),
    'le guillemet ouvert ici n’est jamais fermé (le programme commence à la ligne 2) ; programme ignoré, vérifiez les guillemets',
  );
  assert.equal(say({ code: 'too-large', params: { value: '99999999', max: 1_000_000 } }), '« 99999999 » dépasse 1 000 000 ; champ laissé vide');
  assert.equal(
    say({ code: 'tags-not-text', params: { count: 2, found: 'object' } }),
    '2 étiquettes ne sont pas du texte (un objet) ; elles sont laissées de côté',
  );
});

test('a code the page does not know (a newer builder) has no message: the page falls back to the reason', () => {
  assert.equal(problemText(adminFr.catalogueReview.problemText, 'from-a-newer-builder', {}), null);
  assert.equal(problemText(adminFr.catalogueReview.problemText, 'constructor', {}), null);
  assert.equal(problemText(adminFr.catalogueReview.problemText, undefined, undefined), null);
});

test('statically: every warn( and notice( call in the catalogue reader passes a code', () => {
  const dir = join(import.meta.dirname, '../../../src/core/catalogue');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
  const program = ts.createProgram(files, {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const calls: string[] = [];
  const missing: string[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = ts.isPropertyAccessExpression(node.expression)
          ? node.expression.name.text
          : ts.isIdentifier(node.expression)
            ? node.expression.text
            : '';
        if (callee === 'warn' || callee === 'notice') {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          const where = `${file.slice(dir.length + 1)}:${line + 1}`;
          calls.push(where);
          const params = checker.getResolvedSignature(node)?.getParameters() ?? [];
          const at = params.findIndex((p) => p.name === 'problem');
          const arg = node.arguments[at];
          const type = arg && checker.getTypeAtLocation(arg);
          if (at < 0 || !type || type.flags & ts.TypeFlags.Undefined || (type.isUnion() && type.types.some((t) => t.flags & ts.TypeFlags.Undefined)))
            missing.push(where);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  assert.ok(calls.length >= 22, `only ${calls.length} calls found: ${calls.join(', ')}`);
  assert.deepEqual(missing, [], 'these calls pass no problem code');
});
