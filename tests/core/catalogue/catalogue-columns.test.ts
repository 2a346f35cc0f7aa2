/**
 * A catalogue CSV needs only the columns docs/program-catalogue.md calls required: `id`, and
 * `title_en` or `title_fr`, the rule the reader applies to every JSON record. Any other column
 * may be left out and reads as empty; the required ones that are missing are named together.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CatalogueError, Diagnostics, formatWarning } from '../../../src/core/catalogue/diagnostics.js';
import { readCatalogue } from '../../../src/core/catalogue/programs.js';
import { problemText } from '../../../src/core/catalogue/problems.js';
import { adminFr } from '../../../src/i18n/admin.fr.js';

const enc = new TextEncoder();

function read(file: string, text: string) {
  const diag = new Diagnostics();
  const { programs } = readCatalogue(enc.encode(text), file, diag);
  return { programs: programs.map(({ line: _line, ...p }) => p), warnings: diag.warnings.map(formatWarning) };
}

function refused(file: string, text: string): CatalogueError {
  try {
    readCatalogue(enc.encode(text), file, new Diagnostics());
  } catch (error) {
    assert.ok(error instanceof CatalogueError, String(error));
    return error;
  }
  assert.fail(`${file} was read`);
}

test('a CSV with id, title_en, url and hours reads as the same records in JSON do, without a warning', () => {
  const csv = read('short.csv', 'id,title_en,url,hours\nweld-101,Welding Fundamentals,https://example.org/weld,120\n');
  const json = read('short.json', JSON.stringify([{ id: 'weld-101', title_en: 'Welding Fundamentals', url: 'https://example.org/weld', hours: 120 }]));
  assert.deepEqual(csv, json);
  assert.deepEqual(csv.warnings, []);
  assert.deepEqual(csv.programs, [
    {
      id: 'weld-101',
      title: { en: 'Welding Fundamentals', fr: '' },
      provider: '',
      url: 'https://example.org/weld',
      description: { en: '', fr: '' },
      tags: [],
      hours: 120,
      costCad: null,
      delivery: null,
      language: null,
      region: null,
      osapEligible: null,
      credential: null,
    },
  ]);
});

test('a French title alone is enough, in CSV as in JSON', () => {
  const csv = read('fr.csv', 'title_fr,id\nSoudage,s1\n');
  assert.deepEqual(csv, read('fr.json', JSON.stringify([{ id: 's1', title_fr: 'Soudage' }])));
  assert.deepEqual(csv.programs[0]!.title, { en: 'Soudage', fr: 'Soudage' });
});

test('every missing required column is named in one error, on line 1, with the header read', () => {
  const error = refused('programs.csv', 'url,hours\nhttps://example.org/x,3\n');
  assert.equal(
    error.message,
    'programs.csv:1: id, title_en: required columns "id" and "title_en" or "title_fr" are missing (header has: url, hours); ' +
      'add them to your catalogue, or rename the columns that hold them (docs/program-catalogue.md lists the columns)',
  );
  assert.deepEqual(error.warning, {
    file: 'programs.csv',
    line: 1,
    field: 'id, title_en',
    reason: error.message.replace('programs.csv:1: id, title_en: ', ''),
    code: 'columns-missing',
    params: { missing: [['id'], ['title_en', 'title_fr']], header: ['url', 'hours'] },
  });
});

test('one missing column is named alone', () => {
  assert.equal(
    refused('p.csv', 'id,url\nx,\n').message,
    'p.csv:1: title_en: required column "title_en" or "title_fr" is missing (header has: id, url); ' +
      'add it to your catalogue, or rename the column that holds it (docs/program-catalogue.md lists the columns)',
  );
  assert.match(refused('p.csv', 'title_en\nWelding\n').message, /^p\.csv:1: id: required column "id" is missing \(header has: title_en\)/);
});

test('in French the missing columns read as a person would write them', () => {
  const say = (missing: string[][]) =>
    problemText(adminFr.catalogueReview.problemText, 'columns-missing', { missing, header: ['url', 'hours'] })!.replace(/[\u00a0\u202f]/g, ' ');
  assert.equal(
    say([['id'], ['title_en', 'title_fr']]),
    'les colonnes obligatoires « id » et « title_en » ou « title_fr » manquent (l’en-tête contient : url, hours) ; ' +
      'ajoutez-les à votre catalogue, ou renommez les colonnes qui les contiennent (docs/program-catalogue.md donne la liste des colonnes)',
  );
  assert.match(say([['id']]), /^la colonne obligatoire « id » manque .* ajoutez-la à votre catalogue, ou renommez la colonne qui la contient/);
});
