import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleIndex } from '../../src/core/load/load.js';
import type { Program } from '../../src/core/index-format/schema.js';
import { PROGRAMS, indexFiles, indexTexts } from '../fixtures/index/index.js';
import { pairChanges, sampleOf } from '../../eval/pairs.js';

async function load(programs: Program[]) {
  const { manifest, files } = indexFiles({ programs });
  return assembleIndex(manifest, indexTexts(files));
}

test('pairChanges names the programs that leave and enter each occupation’s top list', async () => {
  const all = await load(PROGRAMS);
  const without = await load(PROGRAMS.filter((p) => p.id !== 'medication-safety'));
  const title = PROGRAMS.find((p) => p.id === 'medication-safety')!.title.en;
  const dropped = pairChanges(all, without);
  assert.ok(dropped.left.length > 0);
  assert.ok(
    dropped.left.every((line) => line.endsWith(`| ${title}`)),
    dropped.left.join('\n'),
  );
  assert.ok(dropped.left.some((line) => line.startsWith('31301 Registered nurses')));
  assert.deepEqual(dropped.entered, []);
  // The other way round, the same pairs enter.
  assert.deepEqual(pairChanges(without, all), { left: [], entered: dropped.left });
  assert.deepEqual(pairChanges(all, all), { left: [], entered: [] });
});

test('sampleOf draws the same k lines for the same seed, all of them when there are fewer', () => {
  const lines = Array.from({ length: 40 }, (_, i) => `line ${i}`);
  assert.deepEqual(sampleOf(lines, 5), sampleOf(lines, 5));
  assert.equal(new Set(sampleOf(lines, 5)).size, 5);
  assert.notDeepEqual(sampleOf(lines, 5), sampleOf(lines, 5, 8));
  assert.deepEqual([...sampleOf(lines.slice(0, 3), 10)].sort(), lines.slice(0, 3));
});
