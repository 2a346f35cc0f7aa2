import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NearestOccupations } from '../../src/cli/nearness.js';
import { tokens } from '../../src/cli/evidence-terms.js';

/** Texts as the builder gives them: the stems of their words. */
const stems = (texts: string[]) => texts.map((text) => tokens(text).map((t) => t.stem));

const OCCUPATIONS = [
  'Gas fitters. Install, maintain and repair gas lines, meters, regulators and gas-fired appliances. Test gas lines and devices for leaks.',
  'Computer network technicians. Configure routers, switches and other network devices; set console line passwords; troubleshoot network connections.',
  'Cooks. Prepare and cook meals; plan menus; order kitchen supplies.',
  'Registered nurses. Assess patients, administer medications and monitor vital signs.',
  'Carpenters. Build and repair wooden structures; read blueprints; frame walls.',
];

test('nearness: a program reads most like the occupation whose work its whole text describes, not one it shares two words with', () => {
  const nearest = new NearestOccupations(
    stems(OCCUPATIONS),
    stems([
      'Introduction to Networks and Cisco Devices. Configure routers and switches; secure console line passwords.',
      'Gas appliance servicing: regulators, meters and leak tests on gas lines.',
    ]),
    5,
  );
  assert.equal(nearest.rank(0, 1), 0, 'the Cisco course reads like network technicians');
  assert.ok(nearest.rank(0, 0) > 0, '"devices" and "line" do not make it gas fitting');
  assert.equal(nearest.rank(1, 0), 0);
});

test('nearness: deterministic, ties kept by occupation order, and only as many ranked as asked', () => {
  const nearest = new NearestOccupations(stems(OCCUPATIONS), stems(['Nothing any occupation says', 'Cook and nurse']), 2);
  const ranks = (program: number) => [0, 1, 2, 3, 4].map((k) => nearest.rank(program, k));
  // No shared word: every cosine is 0, so the first two occupations are kept, in order.
  assert.deepEqual(ranks(0), [0, 1, Infinity, Infinity, Infinity]);
  assert.deepEqual(ranks(1), [Infinity, Infinity, 0, 1, Infinity]);
});
