import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BY_TEXT, BY_TEXT_MIN, FIT_RANK, fitReach } from '../../src/cli/sources/esco-fit.js';

const DESCRIPTIONS = new Map([
  ['72106', 'Welders. Operate welding equipment to weld ferrous and non-ferrous metals; read blueprints; fabricate and repair metal parts.'],
  ['72202', 'Power system electricians. Install, maintain and repair electrical power generation, transmission and distribution equipment in substations.'],
  ['63200', 'Cooks. Prepare and cook meals; plan menus; order kitchen supplies.'],
]);
const ESCO = new Map([
  ['esco:welder', 'welder\nwelding operator\nWelders use welding equipment to join metal parts, read blueprints and repair metal.'],
  ['esco:railway', 'railway electronic technician\nRailway electronic technicians service train control, radio and signalling on trains.'],
  ['esco:substation', 'substation electrician\nSubstation electricians install and repair power transmission and distribution equipment in substations.'],
]);

test('ESCO fit: a crosswalk link is kept when the ESCO occupation reads like the unit group, left out when it does not', () => {
  const reach = new Map([
    ['72106', new Map([['esco:welder', 1]])],
    [
      '72202',
      new Map([
        ['esco:railway', 0.6],
        ['esco:substation', 0.4],
      ]),
    ],
  ]);
  const fit = fitReach(reach, DESCRIPTIONS, ESCO);
  assert.deepEqual([...fit.reach.get('72106')!], [['esco:welder', 1]]);
  // Shares stay as the crosswalks give them.
  assert.deepEqual([...fit.reach.get('72202')!], [['esco:substation', 0.4]]);
  assert.deepEqual(fit.dropped, [['72202', 'esco:railway']]);
});

test('ESCO fit: a unit group left with no link drops out; nothing to check against keeps a link', () => {
  const reach = new Map([
    ['63200', new Map([['esco:railway', 1]])],
    ['99999', new Map([['esco:railway', 1]])],
    ['72106', new Map([['esco:unknown', 1]])],
  ]);
  const fit = fitReach(reach, DESCRIPTIONS, ESCO);
  assert.equal(fit.reach.has('63200'), false, 'cooks reach nothing of theirs');
  assert.deepEqual([...fit.reach.get('99999')!], [['esco:railway', 1]], 'no description to check against');
  assert.deepEqual([...fit.reach.get('72106')!], [['esco:unknown', 1]], 'no ESCO text to check');
});

test('ESCO fit: alike is not enough when FIT_RANK other unit groups read more like it', () => {
  const descriptions = new Map(DESCRIPTIONS);
  // Many unit groups about train control; power system electricians share some of the words.
  for (let i = 0; i < FIT_RANK; i++)
    descriptions.set(`9${String(i).padStart(4, '0')}`, `Railway signal technicians ${i}. Service train control, radio and signalling on trains.`);
  descriptions.set('72202', 'Power system electricians. Service train control and signalling in substations; repair transmission equipment.');
  const fit = fitReach(new Map([['72202', new Map([['esco:railway', 1]])]]), descriptions, ESCO);
  assert.deepEqual(fit.dropped, [['72202', 'esco:railway']]);
  // Without the rivals the same link stands.
  const few = new Map([...descriptions].filter(([code]) => !code.startsWith('9')));
  assert.deepEqual([...fitReach(new Map([['72202', new Map([['esco:railway', 1]])]]), few, ESCO).reach.get('72202')!], [['esco:railway', 1]]);
});

test('ESCO fit: a unit group left with no link that fits reaches the ESCO occupations that read most like it, if alike enough', () => {
  const esco = new Map([
    ...ESCO,
    ['esco:cook', 'cook\nline cook\nCooks prepare and cook meals, plan menus and order kitchen supplies.'],
    ['esco:kitchen', 'kitchen porter\nKitchen porters clean the kitchen and carry supplies.'],
  ]);
  // Cooks reach only the railway technician through the crosswalks, which does not fit.
  const fit = fitReach(new Map([['63200', new Map([['esco:railway', 1]])]]), DESCRIPTIONS, esco);
  assert.deepEqual(fit.dropped, [['63200', 'esco:railway']]);
  // So do welders and power system electricians, whom no crosswalk link reaches here.
  assert.deepEqual(fit.byText, ['72106', '72202', '63200']);
  assert.deepEqual([...fit.reach.get('72106')!.keys()], ['esco:welder']);
  const reached = fit.reach.get('63200')!;
  assert.ok(reached.has('esco:cook'), 'the ESCO cook reads most like cooks');
  assert.equal(reached.has('esco:railway'), false);
  for (const [uri, share] of reached) {
    assert.ok(reached.size <= BY_TEXT && share === 1 / reached.size, `${uri}: an equal share`);
  }
  // Nor by one that fits, but reads only a little like it: the kitchen porter shares "kitchen"
  // with cooks, a cosine of about 0.22, above FIT_MIN and below BY_TEXT_MIN.
  const cooks =
    'Cooks. Prepare and cook complete meals or individual dishes and foods; plan menus, determine the size of food portions, estimate food requirements and costs; ' +
    'order kitchen supplies; prepare and cook special meals for patients as instructed by a dietitian; maintain inventory and records of food and supplies.';
  const porter = new Map([
    ['esco:kitchen', 'kitchen porter\nKitchen porters wash dishes, mop floors, empty bins, sort recycling and scrub pots in the kitchen.'],
  ]);
  const none = fitReach(new Map(), new Map([...DESCRIPTIONS, ['63200', cooks]]), porter);
  assert.deepEqual(none.byText, [], `below ${BY_TEXT_MIN}`);
});
