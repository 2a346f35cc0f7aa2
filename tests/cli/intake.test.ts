/**
 * Hostile catalogues (issue 12, part 1): every row is kept or named in a warning with
 * file, line and field, and `--strict` fails on any of them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Diagnostics, formatWarning } from '../../src/core/catalogue/diagnostics.js';
import { run } from '../../src/cli/main.js';
import { MAX_NAME, readCanonicalPrograms, type RawProgram } from '../../src/cli/programs.js';
import { CATALOGUE_HEADER, catalogueRow, type CatalogueColumns } from '../fixtures/core/catalogue-rows.js';
import { fixtureSources } from './fixture-sources.js';

const HEADER = CATALOGUE_HEADER;

/** A catalogue row of one provider; `over` replaces columns by name, written as given. */
const row = (id: string, over: CatalogueColumns = {}): string => catalogueRow(id, { provider: 'Collège Éloigné', ...over });

function write(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'mc-intake-')), name);
  writeFileSync(path, content);
  return path;
}

function read(path: string): { programs: RawProgram[]; warnings: string[] } {
  const diag = new Diagnostics();
  const programs = readCanonicalPrograms(path, diag);
  return { programs, warnings: diag.warnings.map(formatWarning) };
}

async function strictExit(path: string): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), 'mc-intake-out-'));
  return run(['build-index', '--sources', fixtureSources(), '--programs', path, '--out', out, '--strict'], { stdout: () => {}, stderr: () => {} });
}

test('a quote that closes two rows late: the swallowed rows are kept, and the warning names the line it opened on', async () => {
  const path = write(
    'late.csv',
    [HEADER, row('r1'), row('r2', { description_en: '"Opens here' }), row('r3'), row('r4', { description_en: 'closes here"' })].join('\n') + '\n',
  );
  const { programs, warnings } = read(path);
  assert.deepEqual(
    programs.map((p) => [p.id, p.line]),
    [
      ['r1', 2],
      ['r2', 3],
      ['r3', 4],
      ['r4', 5],
    ],
  );
  assert.equal(programs[1]!.description.en, 'Opens here');
  assert.equal(programs[1]!.hours, 10);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /^late\.csv:3: description_en: the quote opened here closes only on line 5 .*lines 4, 5/);
  assert.equal(await strictExit(path), 1);
});

test('a quote closing late in another column (field count off) is named at its opening line', () => {
  const path = write(
    'shift.csv',
    [HEADER, row('r1', { title_en: '"Opens in the title' }), row('r2', { description_en: 'closes in a description"' })].join('\n') + '\n',
  );
  const { programs, warnings } = read(path);
  assert.deepEqual(
    programs.map((p) => p.id),
    ['r1', 'r2'],
  );
  assert.equal(programs[0]!.title.en, 'Opens in the title');
  assert.match(warnings[0]!, /^shift\.csv:2: title_en: the quote opened here closes only on line 3/);
});

test('a multi-line description that is prose is not taken for swallowed rows', () => {
  const path = write(
    'prose.csv',
    [
      HEADER,
      row('r1', {
        description_en: '"Tools:\nExcel, Word, PowerPoint, Outlook, Teams, OneNote, Visio, Access, Project, Forms, Lists, Planner, Sway, Stream, Bookings"',
      }),
      row('r2'),
    ].join('\n'),
  );
  const { programs, warnings } = read(path);
  assert.deepEqual(
    programs.map((p) => p.id),
    ['r1', 'r2'],
  );
  assert.deepEqual(warnings, []);
});

test('an unclosed quote is reported where it opened, and the rows around it are kept', async () => {
  const path = write('unclosed.csv', [HEADER, row('r1'), row('r2', { description_en: '"Never closed' }), row('r3')].join('\n') + '\n');
  const { programs, warnings } = read(path);
  assert.deepEqual(
    programs.map((p) => [p.id, p.line]),
    [
      ['r1', 2],
      ['r2', 3],
      ['r3', 4],
    ],
  );
  assert.deepEqual(warnings, ['unclosed.csv:3: description_en: the quote opened here is never closed; read the line without that quote, check the quoting']);
  assert.equal(await strictExit(path), 1);
});

test('an unclosed quote in a row that starts on an earlier line skips that row only, saying both lines', () => {
  const path = write('unclosed2.csv', [HEADER, row('r1', { title_en: '"Two\nlines"', description_en: '"never closed' }), row('r2')].join('\n'));
  const { programs, warnings } = read(path);
  assert.deepEqual(
    programs.map((p) => [p.id, p.line]),
    [['r2', 4]],
  );
  assert.deepEqual(warnings, [
    'unclosed2.csv:3: description_en: the quote opened here is never closed (its row starts on line 2); row skipped, check the quoting',
  ]);
});

test('"constructor" and "__proto__" in enum fields are unknown values, not crashes (CSV and JSON)', async () => {
  const csv = write(
    'enum.csv',
    [HEADER, row('r1', { delivery: 'constructor', language: '__proto__' }), row('r2', { delivery: 'toString', language: 'hasOwnProperty' })].join('\n'),
  );
  const { programs, warnings } = read(csv);
  assert.deepEqual(
    programs.map((p) => [p.delivery, p.language]),
    [
      [null, null],
      [null, null],
    ],
  );
  assert.deepEqual(warnings, [
    'enum.csv:2: delivery: "constructor" is not one of online, in-person, hybrid; left empty',
    'enum.csv:2: language: "__proto__" is not one of en, fr, bilingual, other; left empty',
    'enum.csv:3: delivery: "toString" is not one of online, in-person, hybrid; left empty',
    'enum.csv:3: language: "hasOwnProperty" is not one of en, fr, bilingual, other; left empty',
  ]);
  const json = write('enum.json', JSON.stringify([{ id: 'j1', title_en: 'T', delivery: '__proto__', language: 'constructor' }]));
  assert.deepEqual(read(json).warnings, [
    'enum.json:1: delivery: "__proto__" is not one of online, in-person, hybrid; left empty',
    'enum.json:1: language: "constructor" is not one of en, fr, bilingual, other; left empty',
  ]);
  assert.equal(await strictExit(csv), 1);
});

test('one stray byte in a UTF-8 file is named by line and field; the other rows keep their accents', async () => {
  const enc = new TextEncoder();
  const bytes = new Uint8Array([
    ...enc.encode(`${HEADER}\n${row('r1')}\nr2,Caf`),
    0xe9,
    ...enc.encode(`,${row('x').split(',').slice(2).join(',')}\n${row('r3')}\n`),
  ]);
  const path = write('stray.csv', bytes);
  const { programs, warnings } = read(path);
  assert.deepEqual(
    programs.map((p) => p.provider),
    ['Collège Éloigné', 'Collège Éloigné', 'Collège Éloigné'],
  );
  assert.equal(programs[1]!.title.en, 'Caf\ufffd');
  assert.deepEqual(warnings, ['stray.csv:3: title_en: holds bytes that are not UTF-8 (shown as \ufffd); re-save the file as UTF-8']);
  assert.equal(await strictExit(path), 1);
});

test('a Windows-1252 export (no UTF-8 at all) is still read as one, without row warnings', () => {
  const text = `${HEADER}\n${row('r1')}\n`;
  const path = write('latin.csv', Uint8Array.from([...text].map((c) => c.charCodeAt(0))));
  const { programs, warnings } = read(path);
  assert.equal(programs[0]!.provider, 'Collège Éloigné');
  assert.deepEqual(warnings, ['latin.csv: not UTF-8; read as Windows-1252']);
});

test('JSON: a Latin-1 byte, non-text values and absurd numbers are warnings naming position and field', async () => {
  const enc = new TextEncoder();
  const path = write(
    'hostile.json',
    new Uint8Array([
      ...enc.encode('[{"id":"j1","title_en":"Caf'),
      0xe9,
      ...enc.encode('","provider":"Collège"},'),
      ...enc.encode('{"id":"j2","title_en":{"en":"x"},"title_fr":"Titre","provider":["a"],"skills":["SQL",{"x":1}]},'),
      ...enc.encode('{"id":"j3","title_en":"Hours","hours":"100000000000000000000000","cost_cad":1e23},'),
      ...enc.encode('{"id":42,"title_en":"Number id"}]'),
    ]),
  );
  const { programs, warnings } = read(path);
  assert.deepEqual(
    programs.map((p) => p.id),
    ['j1', 'j2', 'j3'],
  );
  assert.equal(programs[1]!.title.en, 'Titre');
  assert.equal(programs[1]!.provider, '');
  assert.deepEqual(programs[1]!.tags, ['SQL']);
  assert.deepEqual([programs[2]!.hours, programs[2]!.costCad], [null, null]);
  assert.deepEqual(warnings, [
    'hostile.json:1: title_en: holds bytes that are not UTF-8 (shown as \ufffd); re-save the file as UTF-8',
    'hostile.json:2: title_en: expected text, found an object; left empty',
    'hostile.json:2: skills: 1 tag is not text (an object); left out',
    'hostile.json:2: provider: expected text, found a list; left empty',
    'hostile.json:3: hours: "100000000000000000000000" is more than 10,000; left empty',
    'hostile.json:3: cost_cad: "1e+23" is not a non-negative number; left empty',
    'hostile.json:4: id: expected text, found a number; left empty',
    'hostile.json:4: id: missing id; row skipped',
  ]);
  assert.equal(await strictExit(path), 1);
});

test('23-digit hours in CSV are a warning, not 1e+23', () => {
  const { programs, warnings } = read(write('hours.csv', [HEADER, row('r1', { hours: '12345678901234567890123' })].join('\n')));
  assert.equal(programs[0]!.hours, null);
  assert.deepEqual(warnings, ['hours.csv:2: hours: "12345678901234567890123" is more than 10,000; left empty']);
});

test('1 MiB titles and providers are cut at the documented limit with a warning', async () => {
  const huge = 'word '.repeat(210_000);
  const path = write('long.csv', [HEADER, row('r1', { title_en: huge, provider: huge }), row('r2')].join('\n'));
  const { programs, warnings } = read(path);
  assert.equal(programs.length, 2);
  assert.ok(programs[0]!.title.en.length <= MAX_NAME && programs[0]!.title.en.endsWith('word…'));
  assert.ok(programs[0]!.provider.length <= MAX_NAME);
  assert.deepEqual(warnings, [`long.csv:2: title_en: 1049999 characters; cut to ${MAX_NAME}`, `long.csv:2: provider: 1049999 characters; cut to ${MAX_NAME}`]);
  assert.equal(await strictExit(path), 1);
});

// Values a catalogue row may hold, commas, quotes and accents included.
const words = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', '"', 'Z', '1', '-'), minLength: 1, maxLength: 12 }).map((s) => `x${s.trim()}`);

function quoted(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

test('property: a valid catalogue round-trips with no warning', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(words, words, words), { minLength: 1, maxLength: 8 }), (rows) => {
      const lines = rows.map(([title, provider, description], i) =>
        row(`p${i}`, { title_en: quoted(title), provider: quoted(provider), description_en: quoted(description) }),
      );
      const { programs, warnings } = read(write('ok.csv', [HEADER, ...lines].join('\n')));
      assert.deepEqual(warnings, []);
      assert.deepEqual(
        programs.map((p) => [p.title.en, p.provider, p.description.en]),
        rows.map((r) => r.map((v) => v.replace(/\s+/g, ' '))),
      );
    }),
    { numRuns: 60 },
  );
});

test('property: a valid JSON catalogue round-trips with no warning', () => {
  const program = fc.record({
    title_en: words,
    provider: words,
    description_en: words,
    hours: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
    delivery: fc.constantFrom('online', 'in-person', 'hybrid'),
    language: fc.constantFrom('en', 'fr', 'bilingual', 'other'),
    skills: fc.array(words, { maxLength: 3 }),
  });
  fc.assert(
    fc.property(fc.array(program, { minLength: 1, maxLength: 6 }), (items) => {
      const json = items.map((item, i) => ({ id: `p${i}`, ...item }));
      const { programs, warnings } = read(write('ok.json', JSON.stringify(json)));
      assert.deepEqual(warnings, []);
      const flat = (v: string) => v.replace(/\s+/g, ' ');
      assert.deepEqual(
        programs.map((p) => [p.id, p.title.en, p.provider, p.description.en, p.hours, p.delivery, p.language, p.tags]),
        json.map((j) => [j.id, flat(j.title_en), flat(j.provider), flat(j.description_en), j.hours ?? null, j.delivery, j.language, j.skills.map(flat)]),
      );
    }),
    { numRuns: 60 },
  );
});

test('property: a stray quote never loses a row without a warning naming it', () => {
  const columns = fc.constantFrom('title_en', 'provider', 'description_en', 'skills', 'credential');
  fc.assert(
    fc.property(
      fc.integer({ min: 2, max: 8 }),
      fc.integer({ min: 0, max: 7 }),
      columns,
      fc.option(fc.tuple(fc.integer({ min: 0, max: 7 }), columns)),
      (n, at, column, closer) => {
        const lines = Array.from({ length: n }, (_, i) => {
          if (i === at % n) return row(`p${i}`, { [column]: `"${column} opens` });
          if (closer && i === closer[0] % n && i !== at % n) return row(`p${i}`, { [closer[1]]: 'closes"' });
          return row(`p${i}`);
        });
        const { programs, warnings } = read(write('q.csv', [HEADER, ...lines].join('\n')));
        const kept = new Set(programs.map((p) => p.line));
        for (let i = 0; i < n; i++) {
          const line = i + 2;
          assert.ok(kept.has(line) || warnings.some((w) => w.startsWith(`q.csv:${line}:`)), `line ${line} lost: ${warnings.join(' | ')}`);
        }
        assert.ok(
          warnings.some((w) => w.startsWith(`q.csv:${(at % n) + 2}: ${column}:`)),
          warnings.join(' | '),
        );
      },
    ),
    { numRuns: 80 },
  );
});
