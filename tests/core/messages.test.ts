import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreMessages, shortOccupation } from '../../src/core/messages.js';

test('short occupation names keep enough words to say who', () => {
  assert.equal(shortOccupation('Welders and related machine operators'), 'Welders');
  assert.equal(shortOccupation('Registered nurses and registered psychiatric nurses'), 'Registered nurses');
  assert.equal(shortOccupation('Electricians (except industrial and power system)'), 'Electricians');
  // One word before a comma, or one that names no one, is kept whole.
  assert.equal(shortOccupation('Supervisors, petroleum, gas and chemical processing and utilities'), 'Supervisors, petroleum, gas and chemical processing and utilities');
  assert.equal(shortOccupation('Architecture and science managers'), 'Architecture and science managers');
  assert.equal(shortOccupation('Managers in customer and personal services, n.e.c.'), 'Managers in customer and personal services, n.e.c.');
});

test('a reason claims a skill only for a phrase; a single word is named as a topic (en, fr)', () => {
  const en = coreMessages('en');
  assert.match(en.teachesEvidence(['CNC lathe'], 'Machinists', 'outcome', 'Create toolpaths for a CNC lathe'), /^Teaches CNC lathe, a core skill for machinists\. .*“Create toolpaths for a CNC lathe”$/);
  const word = en.teachesEvidence(['water', 'utilities'], 'Supervisors, utilities', 'title', 'Water: an essential resource');
  assert.match(word, /^About “water” and “utilities”, part of the work of supervisors, utilities\./);
  assert.doesNotMatch(word, /core skill/);
  assert.match(en.teachesEvidence(['mechanical engineers'], 'Mechanical engineers', 'title', 'Design for Mechanical Engineers'), /^Made for mechanical engineers\. /);
  const fr = coreMessages('fr');
  assert.match(fr.teachesEvidence(['tour CNC'], 'Machinistes', 'outcome', 'x'), /^Enseigne «\u00a0tour CNC\u00a0», une compétence clé/);
  assert.match(fr.fillsGapEvidence(['eau'], 'Superviseurs', 'Cuisiniers', 'title', 'x'), /^Porte sur «\u00a0eau\u00a0», qui fait partie du travail .* ne vous donne pas déjà/);
});
