import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CORE_DETAILS, keptVocabulary } from '../../src/cli/vocabulary.js';
import type { SkillDef } from '../../src/core/catalogue/index.js';

const def = (id: string, kind: SkillDef['kind'] = 'detail'): SkillDef => ({ id, kind, label: { en: id, fr: id } }) as SkillDef;

test('an occupation keeps its first details and the taught ones; its other details another occupation keeps go to `more`, not to its profile', () => {
  // Welders: six details of their own, then welding techniques (seventh, key to supervisors),
  // then a detail nobody keeps, then one a program teaches.
  const welders: Array<[string, number]> = [
    ...Array.from({ length: CORE_DETAILS }, (_, i): [string, number] => [`w${i}`, 0.5 - i * 0.01]),
    ['welding-techniques', 0.35],
    ['brazing-history', 0.3],
    ['metal-types', 0.2],
  ];
  const supervisors: Array<[string, number]> = [
    ['welding-techniques', 0.5],
    ['supervise-staff', 0.45],
  ];
  const ids = ['oasis:reading', ...welders.map(([id]) => id), 'supervise-staff'];
  const byId = new Map(ids.map((id) => [id, def(id, id.startsWith('oasis:') ? 'skill' : 'detail')]));
  const v = keptVocabulary({
    units: ['72010', '72106'],
    ratings: new Map([['72106', [['oasis:reading', 0.6]] as Array<[string, number]>]]),
    details: new Map([
      ['72106', welders],
      ['72010', supervisors],
    ]),
    taught: new Set(['metal-types']),
    byId,
  });
  const profile = v.profiles.get('72106')!.map(([id]) => id);
  assert.deepEqual(profile, ['oasis:reading', ...welders.slice(0, CORE_DETAILS).map(([id]) => id), 'metal-types'], 'heaviest first');
  assert.deepEqual(v.more.get('72106'), [['welding-techniques', 0.35]]);
  assert.equal(v.more.has('72010'), false, 'none for an occupation whose details are all in its profile');
  assert.ok(!v.index.has('brazing-history'), 'a detail no occupation keeps stays out of the index');
  assert.ok(v.index.has('welding-techniques') && v.index.has('metal-types'));
  assert.deepEqual(
    v.skills.map((s) => s.id),
    [...v.index.keys()],
  );
});

test('without ESCO details, profiles are the ratings and nothing is more', () => {
  const v = keptVocabulary({
    units: ['31301'],
    ratings: new Map([
      [
        '31301',
        [
          ['oasis:a', 0.4],
          ['oasis:b', 0.8],
        ] as Array<[string, number]>,
      ],
    ]),
    details: undefined,
    taught: new Set(),
    byId: new Map([
      ['oasis:a', def('oasis:a', 'skill')],
      ['oasis:b', def('oasis:b', 'skill')],
    ]),
  });
  assert.deepEqual(v.profiles.get('31301'), [
    ['oasis:b', 0.8],
    ['oasis:a', 0.4],
  ]);
  assert.equal(v.more.size, 0);
});
