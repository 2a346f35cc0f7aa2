import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyQuotes } from '../../../src/core/load/quotes.js';
import { IndexFormatError, QUOTE_HASH_HEX, sha256Hex } from '../../../src/core/index-format/index.js';
import { loadedIndex } from '../../fixtures/index/index.js';

/** `text` as the quote file of `code`, its hash recorded as programs.txt would (the loader reads that map; the test writes it). */
async function apply(code: string, text: string) {
  const index = await loadedIndex();
  const bytes = new TextEncoder().encode(text);
  (index.quoteFiles as Map<string, string>).set(code, (await sha256Hex(bytes))!.slice(0, QUOTE_HASH_HEX));
  return { index, done: applyQuotes(index, code, bytes, `quotes.${code}.txt`) };
}

const positions = async (code: string) => {
  const index = await loadedIndex();
  return index.programs.flatMap((p, k) => (p.evidence?.some((e) => e.occupation === code) ? [k] : []));
};

test('a quote file gives each program its quotes and the occupation’s skills its text names', async () => {
  const [a, b, c] = await positions('31301');
  const { index, done } = await apply('31301', `${a}\tfirst quote\t~1\n${b}\tsecond quote\t#0 2\n${c}\t\n`);
  await done;
  const evidenceOf = (k: number) => index.programs[k]!.evidence!.find((e) => e.occupation === '31301')!;
  assert.equal(evidenceOf(a!).items[0]!.quote, 'first quote');
  assert.deepEqual(evidenceOf(a!).named, []);
  assert.deepEqual(evidenceOf(a!).partlyNamed, [1], 'named in part');
  assert.deepEqual(evidenceOf(b!).named, [0, 2]);
  assert.equal(evidenceOf(b!).partlyNamed, undefined);
  assert.equal(evidenceOf(c!).items[0]!.quote, undefined, 'an empty quote is none');
});

test('named skills (in whole or in part) that are not skill numbers, unsorted or out of range are refused, naming file and line, and nothing is applied', async () => {
  const [a, b, c] = await positions('31301');
  for (const bad of ['#0 x', '0 2', '#2 0', '#99', '#', '#0 2\textra', '~', '~1 1', '~1\t#0', '#0\t~1\t~2']) {
    const { index, done } = await apply('31301', `${a}\tfirst\n${b}\tsecond\t${bad}\n${c}\tthird\n`);
    const first = index.programs[a!]!.evidence!.find((e) => e.occupation === '31301')!;
    const before = structuredClone(first);
    await assert.rejects(done, (error: unknown) => {
      assert.ok(error instanceof IndexFormatError, bad);
      assert.equal(error.line, 2, bad);
      assert.match(error.message, /quotes\.31301\.txt/);
      return true;
    });
    assert.deepEqual(first, before, `${bad}: never half a file`);
  }
});
