import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Bm25 } from '../../src/cli/bm25.js';

const DOCS = [
  ['cnc', 'lathe', 'toolpath', 'cnc'],
  ['music', 'synthesizer', 'compose'],
  ['cnc', 'history', 'of', 'manufacturing', 'in', 'the', 'twentieth', 'century', 'and', 'beyond', 'with', 'many', 'words'],
  ['lathe', 'safety'],
];
const ALL = DOCS.map((_, k) => k);

test('bm25: a document sharing no query term scores 0; more and rarer shared terms score more', () => {
  const s = new Bm25(DOCS).scores(['cnc', 'toolpath'], ALL);
  assert.equal(s[1], 0);
  assert.ok(s[0]! > s[2]!, 'cnc and toolpath beat cnc alone');
  assert.ok(s[0]! > s[3]!);
});

test('bm25: a short document beats a long one with the same matches; a repeated query term counts again', () => {
  const bm = new Bm25(DOCS);
  const [short, long] = bm.scores(['cnc'], [0, 2]);
  assert.ok(short! > long!);
  const [once] = bm.scores(['lathe', 'cnc'], [3]);
  const [twice] = bm.scores(['lathe', 'lathe', 'cnc'], [3]);
  assert.ok(Math.abs(twice! - 2 * once!) < 1e-9, 'qf 2 doubles the term');
});

test('property: scores are finite, never negative, and do not depend on which documents are asked for', () => {
  const word = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
  fc.assert(
    fc.property(fc.array(fc.array(word, { maxLength: 12 }), { minLength: 1, maxLength: 8 }), fc.array(word, { maxLength: 6 }), (docs, query) => {
      const bm = new Bm25(docs);
      const all = bm.scores(
        query,
        docs.map((_, k) => k),
      );
      for (const s of all) assert.ok(Number.isFinite(s) && s >= 0);
      const last = docs.length - 1;
      assert.equal(bm.scores(query, [last])[0], all[last]);
    }),
  );
});
