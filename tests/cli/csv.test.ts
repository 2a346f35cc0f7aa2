import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Columns, cleanHeader, decodeBytes, field, nocCode, parseCsv, parseNumber } from '../../src/cli/csv.js';
import { BuildError } from '../../src/core/catalogue/diagnostics.js';

test('reads BOM, CRLF and quoted newlines, with the start line of each record', () => {
  const text = '\ufeffcode,text\r\n1,"first\r\nsecond"\r\n\r\n2,plain\r\n';
  const table = parseCsv(text, 'x.csv');
  assert.deepEqual(table.header, ['code', 'text']);
  assert.deepEqual(
    table.rows.map((r) => [r.line, r.fields[0]]),
    [
      [2, '1'],
      [5, '2'],
    ],
  );
  assert.equal(table.rows[0]!.fields[1], 'first\nsecond');
});

test('cleans NO-BREAK SPACE and stray spaces from headers', () => {
  assert.equal(cleanHeader('\u00a0Active Learning'), 'Active Learning');
  assert.equal(cleanHeader('Writing  '), 'Writing');
  assert.equal(cleanHeader(' GSIM  Type of Change'), 'GSIM Type of Change');
  const table = parseCsv('OaSIS Label ,\u00a0Digital Literacy\nx,3\n', 'h.csv');
  const cols = new Columns(table);
  assert.equal(cols.require('OaSIS Label'), 0);
  assert.equal(field(table.rows[0]!, cols.require('Digital Literacy')), '3');
});

test('a missing required column names the file and the column', () => {
  const cols = new Columns(parseCsv('a,b\n1,2\n', 'folder/file.csv'));
  assert.throws(
    () => cols.require('Code - NOC 2021 V1.0'),
    (error: unknown) => {
      assert.ok(error instanceof BuildError);
      assert.match(error.message, /folder\/file\.csv: required column "Code - NOC 2021 V1\.0" is missing/);
      return true;
    },
  );
});

test('decodes Windows-1252 when the bytes are not UTF-8', () => {
  // 0x93/0x94 are curly quotes, 0xE9 is é and 0xA0 a NO-BREAK SPACE in Windows-1252.
  assert.equal(decodeBytes(new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0xa0])), '\u201cCafé\u201d\u00a0');
  assert.equal(decodeBytes(new TextEncoder().encode('Café “ok”')), 'Café “ok”');
});

test('restores dropped leading zeros of NOC codes', () => {
  assert.equal(nocCode('10'), '00010');
  assert.equal(nocCode('21232'), '21232');
  assert.equal(nocCode('TEER_0'), null);
  assert.equal(nocCode('123456'), null);
});

test('reads numbers as the official files write them', () => {
  assert.equal(parseNumber('8,238,800'), 8238800);
  assert.equal(parseNumber('-179200'), -179200);
  assert.equal(parseNumber('40.87'), 40.87);
  assert.equal(parseNumber('N/A'), null);
  assert.equal(parseNumber('N/D'), null);
  assert.equal(parseNumber(''), null);
  assert.equal(parseNumber('abc'), undefined);
  assert.equal(parseNumber('1,2'), undefined);
});

function quote(value: string): string {
  return /[",\r\n]/.test(value) || value.trim() !== value ? `"${value.replace(/"/g, '""')}"` : value;
}

const cell = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', ' ', 'x', '\t', '1', 'ü') });

test('property: any field text survives quoting', () => {
  fc.assert(
    fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }), (rows) => {
      const text = ['h1,h2', ...rows.map((r) => r.map(quote).join(','))].join('\n') + '\n';
      const table = parseCsv(text, 'p.csv');
      assert.deepEqual(
        table.rows.map((r) => r.fields),
        rows,
      );
    }),
  );
});

test('property: BOM and CRLF do not change what is read, nor the line numbers', () => {
  fc.assert(
    fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }), fc.boolean(), (rows, bom) => {
      const lines = ['h1,h2', ...rows.map((r) => r.map(quote).join(','))];
      const lf = parseCsv(`${lines.join('\n')}\n`, 'lf.csv');
      // Every LF becomes CRLF, inside quoted fields too.
      const crlf = parseCsv(`${bom ? '\ufeff' : ''}${lines.join('\n')}\n`.replace(/\n/g, '\r\n'), 'crlf.csv');
      assert.deepEqual(crlf.header, lf.header);
      assert.deepEqual(crlf.rows, lf.rows);
    }),
  );
});
