/**
 * An institution's French name (docs/program-catalogue.md): `provider_fr`, a column in CSV and
 * a key in JSON, as titles are; cut and warned about as `provider` is; one per institution.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Diagnostics, formatWarning } from '../../../src/core/catalogue/diagnostics.js';
import { readCatalogue } from '../../../src/core/catalogue/programs.js';

const enc = new TextEncoder();

function read(file: string, text: string) {
  const diag = new Diagnostics();
  const { programs } = readCatalogue(enc.encode(text), file, diag);
  return { programs: programs.map((p) => ({ id: p.id, provider: p.provider, providerFr: p.providerFr })), warnings: diag.warnings.map(formatWarning) };
}

test('provider_fr is read from a CSV column and from a JSON key alike', () => {
  const csv = read('p.csv', 'id,title_en,provider,provider_fr\nweld-101,Welding,University of Ottawa,Université d’Ottawa\ncnc,CNC,Lakeshore Polytechnic,\n');
  const json = read(
    'p.json',
    JSON.stringify([
      { id: 'weld-101', title_en: 'Welding', provider: 'University of Ottawa', provider_fr: 'Université d’Ottawa' },
      { id: 'cnc', title_en: 'CNC', provider: 'Lakeshore Polytechnic' },
    ]),
  );
  assert.deepEqual(csv, json);
  assert.deepEqual(csv.programs, [
    { id: 'weld-101', provider: 'University of Ottawa', providerFr: 'Université d’Ottawa' },
    // No French name: absent, and pages fall back to the English one.
    { id: 'cnc', provider: 'Lakeshore Polytechnic', providerFr: undefined },
  ]);
  assert.deepEqual(csv.warnings, []);
});

test('a French name alone names the institution in both languages, as a French title alone does', () => {
  const csv = read('fr.csv', 'id,title_fr,provider_fr\ns1,Soudage,Collège Boréal\n');
  assert.deepEqual(csv.programs, [{ id: 's1', provider: 'Collège Boréal', providerFr: 'Collège Boréal' }]);
});

test('a provider_fr too long is cut at a word like provider, and a JSON value that is not text is left empty, each with file, line and field', () => {
  const long = `Collège ${'très '.repeat(50)}long`;
  const csv = read('long.csv', `id,title_en,provider,provider_fr\nx1,T,Lakeshore,${long}\n`);
  const cut = csv.programs[0]!.providerFr!;
  assert.ok(cut.length <= 200 && cut.endsWith(' très…') && long.startsWith(cut.slice(0, -1)), cut);
  assert.deepEqual(csv.warnings, [`long.csv:2: provider_fr: ${long.length} characters; cut to 200`]);
  const json = read('bad.json', JSON.stringify([{ id: 'j1', title_en: 'T', provider: 'Lakeshore', provider_fr: { fr: 'Polytechnique' } }]));
  assert.deepEqual(json.programs, [{ id: 'j1', provider: 'Lakeshore', providerFr: undefined }]);
  assert.deepEqual(json.warnings, ['bad.json:1: provider_fr: expected text, found an object; left empty']);
});

test('in JSON, provider is text, as title_en is: an { en, fr } object is a warning, not a name', () => {
  const json = read('obj.json', JSON.stringify([{ id: 'j1', title_en: 'T', provider: { en: 'Lakeshore', fr: 'Polytechnique Lakeshore' } }]));
  assert.deepEqual(json.programs, [{ id: 'j1', provider: '', providerFr: undefined }]);
  assert.deepEqual(json.warnings, ['obj.json:1: provider: expected text, found an object; left empty']);
});

test('an institution has one French name: rows without one take it, a different one is a warning on its line and the first is kept', () => {
  const csv = read(
    'many.csv',
    [
      'id,title_en,provider,provider_fr',
      'a,A,Lakeshore Polytechnic,',
      'b,B,Lakeshore Polytechnic,Polytechnique Lakeshore',
      'c,C,Lakeshore Polytechnic,Poly Lakeshore',
      'd,D,Rideau Valley Institute,',
    ].join('\n'),
  );
  assert.deepEqual(csv.programs, [
    { id: 'a', provider: 'Lakeshore Polytechnic', providerFr: 'Polytechnique Lakeshore' },
    { id: 'b', provider: 'Lakeshore Polytechnic', providerFr: 'Polytechnique Lakeshore' },
    { id: 'c', provider: 'Lakeshore Polytechnic', providerFr: 'Polytechnique Lakeshore' },
    { id: 'd', provider: 'Rideau Valley Institute', providerFr: undefined },
  ]);
  assert.deepEqual(csv.warnings, [
    'many.csv:4: provider_fr: "Poly Lakeshore" is not the French name line 3 gives this provider ("Polytechnique Lakeshore"); that one is kept',
  ]);
});
