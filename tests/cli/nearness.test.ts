import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NearestOccupations } from '../../src/cli/nearness.js';

const OCCUPATIONS = [
  'Gas fitters. Install, maintain and repair gas lines, meters, regulators and gas-fired appliances. Test gas lines and devices for leaks.',
  'Computer network technicians. Configure routers, switches and other network devices; set console line passwords; troubleshoot network connections.',
  'Cooks. Prepare and cook meals; plan menus; order kitchen supplies.',
  'Registered nurses. Assess patients, administer medications and monitor vital signs.',
  'Carpenters. Build and repair wooden structures; read blueprints; frame walls.',
];

test('nearness: a program counts as near the occupations its whole text reads most like, not one it shares two words with', () => {
  const near = new NearestOccupations(
    OCCUPATIONS,
    [
      'Introduction to Networks and Cisco Devices. Configure routers and switches; secure console line passwords.',
      'Gas appliance servicing: regulators, meters and leak tests on gas lines.',
    ],
    1,
  );
  assert.equal(near.isNear(0, 1), true, 'the Cisco course reads like network technicians');
  assert.equal(near.isNear(0, 0), false, '"devices" and "line" do not make it gas fitting');
  assert.equal(near.isNear(1, 0), true);
});

test('nearness: deterministic, ties kept by occupation order, and as many kept as asked', () => {
  const near = new NearestOccupations(OCCUPATIONS, ['Nothing any occupation says', 'Cook and nurse'], 2);
  // No shared word: every cosine is 0, so the first two occupations are kept.
  assert.deepEqual(
    [0, 1, 2, 3, 4].filter((k) => near.isNear(0, k)),
    [0, 1],
  );
  assert.deepEqual(
    [0, 1, 2, 3, 4].filter((k) => near.isNear(1, k)),
    [2, 3],
  );
});
