// French grammar the interface tables follow: the plural starts at 2, words agree with the
// noun they are said of. The strings themselves are read in the elements' tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fr } from '../../src/i18n/fr.js';
import { en } from '../../src/i18n/en.js';

test('hours: « 1 heure », « 1,5 heure », « 2 heures » (singular below 2); "1 hour", "1.5 hours"', () => {
  for (const hours of [fr.card.hours, fr.plan.hours]) {
    assert.equal(hours(1, '1'), '1 heure');
    assert.equal(hours(1.5, '1,5'), '1,5 heure');
    assert.equal(hours(0.5, '0,5'), '0,5 heure');
    assert.equal(hours(2, '2'), '2 heures');
    assert.equal(hours(120, '120'), '120 heures');
  }
  for (const hours of [en.card.hours, en.plan.hours]) {
    assert.equal(hours(1, '1'), '1 hour');
    assert.equal(hours(1.5, '1.5'), '1.5 hours');
    assert.equal(hours(2, '2'), '2 hours');
  }
});

test('an unknown total says one program lacks the figure, not that every program does', () => {
  assert.equal(fr.plan.costUnknown(1), 'coût non indiqué');
  assert.equal(fr.plan.costUnknown(3), 'coût inconnu (non indiqué pour au moins un programme)');
  assert.equal(fr.plan.hoursUnknown(1), 'durée non indiquée');
  assert.equal(fr.plan.hoursUnknown(2), 'durée inconnue (non indiquée pour au moins un programme)');
  assert.equal(en.plan.costUnknown(1), 'cost not listed');
  assert.equal(en.plan.costUnknown(2), 'cost unknown (not listed for at least one program)');
});

/** Every string a table section can show: its strings, and what its functions return for one and for several. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [1, 2].flatMap((n) => texts(value(n, 'X', 'Y', 'Z')));
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

test('the learner’s interface calls them « programmes » and the work « profession »: never « formation », never « métier »', () => {
  // The employer's finder and form speak of training a team (« la formation de votre équipe »).
  const { finder: _finder, browse, inquiry, ...learner } = fr;
  const { headingEmployer: _employer, ...learnerInquiry } = inquiry;
  // The official NOC categories keep their own words (« Métiers, transport, machinerie… »).
  const { broad: _broad, ...ownBrowse } = browse;
  const all = texts({ ...learner, browse: ownBrowse, inquiry: learnerInquiry });
  assert.ok(all.length > 200);
  assert.deepEqual(
    all.filter((text) => /\bformations?\b|\bmétiers?\b/i.test(text)),
    [],
  );
  assert.equal(fr.recommendations.sortHours, 'Durée la plus courte');
});
