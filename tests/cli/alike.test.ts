import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ALIKE_MIN, alikeOccupations } from '../../src/cli/alike.js';

const SUMMARIES = [
  'Pharmacists compound and dispense prescribed pharmaceuticals and advise clients on medications.',
  'Pharmacy technicians prepare and dispense prescribed pharmaceuticals under the supervision of pharmacists.',
  'Medical laboratory technologists conduct laboratory tests on specimens to diagnose diseases.',
  'Welders operate welding equipment to join metal parts of structures.',
  'Cooks prepare and cook meals in restaurants and hotels.',
];

test('alike occupations: lead statements about the same work are alike, others not', () => {
  const alike = alikeOccupations(SUMMARIES);
  const likeness = (a: number, b: number) => alike[a]!.find(([o]) => o === b)?.[1] ?? 0;
  assert.ok(likeness(0, 1) > 0, 'pharmacists and pharmacy technicians');
  assert.ok(likeness(0, 1) > likeness(0, 2), 'closer than laboratory technologists');
  assert.equal(likeness(0, 3), 0, 'nothing with welders');
  assert.equal(likeness(3, 4), 0);
});

test('property: the relation is symmetric, never reflexive, and every likeness is in [ALIKE_MIN, 1] in hundredths', () => {
  const word = fc.constantFrom('dispense', 'weld', 'metal', 'patients', 'cook', 'meals', 'prepare', 'operate', 'equipment', 'clients');
  fc.assert(
    fc.property(
      fc.array(
        fc.array(word, { maxLength: 8 }).map((w) => w.join(' ')),
        { minLength: 2, maxLength: 8 },
      ),
      (summaries) => {
        const alike = alikeOccupations(summaries);
        alike.forEach((list, i) => {
          for (const [j, l] of list) {
            assert.notEqual(i, j);
            assert.ok(l >= ALIKE_MIN - 0.005 && l <= 1 && Math.abs(l * 100 - Math.round(l * 100)) < 1e-9, String(l));
            assert.deepEqual(
              alike[j]!.find(([o]) => o === i),
              [i, l],
            );
          }
        });
      },
    ),
  );
});
