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
