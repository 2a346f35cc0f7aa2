/**
 * The catalogue CSV is read a window of lines at a time (so the review page can yield
 * between windows): whatever the window, the rows and the warnings are the same as
 * reading the whole file at once, for hostile quoting too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCatalogueSteps } from '../../../src/core/catalogue/catalogue-csv.js';
import { Diagnostics } from '../../../src/core/catalogue/diagnostics.js';
import { runSteps } from '../../../src/core/schedule/yield.js';

function read(text: string, window: number) {
  const diag = new Diagnostics();
  const table = runSteps(parseCatalogueSteps(text, 'c.csv', diag, window));
  return { table, warnings: diag.warnings };
}

const piece = fc.constantFrom('a', 'b é', ',', '"', '""', '\n', 'x-1', ' ', '12" screen');
const field = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
const row = fc.tuple(fc.constantFrom('p1', 'p2', 'p-3'), field, field).map(([id, a, b]) => `${id},${a},${b}`);

test('catalogue CSV: any window size reads the same rows and warnings as the whole file', () => {
  fc.assert(
    fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 4 }), (rows, window) => {
      const text = ['id,title_en,provider', ...rows].join('\n');
      assert.deepEqual(read(text, window), read(text, 100_000));
    }),
    { numRuns: 400 },
  );
});
