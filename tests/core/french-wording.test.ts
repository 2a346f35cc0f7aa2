// French grammar the interface tables follow: the plural starts at 2, words agree with the
// noun they are said of. The strings themselves are read in the elements' tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fr } from '../../src/i18n/fr.js';
import { en } from '../../src/i18n/en.js';
import { adminFr } from '../../src/i18n/admin.fr.js';
import { readFileSync } from 'node:fs';

/** The French message tables. */
const FRENCH_TABLES = [
  'src/i18n/fr.ts',
  'src/i18n/fr-card.ts',
  'src/i18n/fr-outbox.ts',
  'src/i18n/fr-receipt.ts',
  'src/i18n/fr-training.ts',
  'src/i18n/admin.fr.ts',
];

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

/**
 * Every string a table section can show: its strings, and what its functions return for one and
 * for several (a count, or a list of that many labels, as `emptyHint` takes).
 */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    return [1, 2].flatMap((n) => {
      try {
        return texts(value(n, 'X', 'Y', 'Z'));
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
      }
      try {
        return texts(value(['X', 'Y'].slice(0, n)));
      } catch (error) {
        // One taking an object (the catalogue's problems): its source is read below.
        if (!(error instanceof TypeError)) throw error;
        return [];
      }
    });
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

test('every French table calls them « programmes » and the work « profession »: never « formation », never « métier »', () => {
  // The learner's interface, the employer's finder and form, and the administrators' screens alike.
  const { browse, training, ...rest } = fr;
  // The official NOC categories keep their own words (« Métiers, transport, machinerie… »).
  const { broad: _broad, ...ownBrowse } = browse;
  // Every training level, and the NOC's own « formation en cours d’emploi » (on-the-job training) as it is.
  const levels = [0, 1, 2, 3, 4, 5]
    .flatMap((teer) => [training.teer(teer), training.level(teer)])
    .map((text) => text.replace(/formation en cours d’emploi/g, ''));
  assert.equal(levels.filter((text) => text === '').length, 1, 'every level but TEER 0 has its phrase');
  const all = [...texts({ ...rest, browse: ownBrowse }), ...texts(adminFr), ...levels];
  assert.ok(all.length > 400);
  assert.ok(all.includes(fr.finder.heading) && all.includes(fr.inquiry.headingEmployer));
  assert.deepEqual(
    all.filter((text) => /\bformations?\b|\bmétiers?\b/i.test(text)),
    [],
  );
  // What a function builds from its arguments, read in the French files' source.
  const official = /Métiers, transport, machinerie|formation en cours d’emploi/g;
  const lines = FRENCH_TABLES.flatMap((file) =>
    readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
      .split('\n')
      .map((line, i) => `${file}:${i + 1}: ${line.replace(official, '')}`),
  );
  assert.deepEqual(
    lines.filter((line) => /\bformations?\b|\bmétiers?\b/i.test(line)),
    [],
  );
});

test('counts: « Aucun programme » for none, « 50 programmes ou plus » for a list cut at 50, the participle agreeing with what is shown', () => {
  const r = fr.recommendations;
  assert.equal(r.heading(0, 'Soudeurs'), 'Aucun programme pour la profession «\u00a0Soudeurs\u00a0»');
  assert.equal(r.heading(1, 'Soudeurs'), '1 programme pour la profession «\u00a0Soudeurs\u00a0»');
  assert.equal(r.heading(50, 'Soudeurs', true), '50 programmes ou plus pour la profession «\u00a0Soudeurs\u00a0»');
  assert.match(r.headingGap(0, 'A', 'B'), /^Aucun programme pour passer de/);
  assert.match(r.headingGap(50, 'A', 'B', true), /^50 programmes ou plus pour passer de/);
  assert.equal(fr.finder.results(50, true), '50 programmes ou plus enseignent au moins une de ces compétences');
  assert.equal(fr.finder.results(1), '1 programme enseigne au moins une de ces compétences');
  assert.equal(fr.finder.selected(0), 'Aucun programme sélectionné');
  assert.equal(fr.finder.selected(1), '1 programme sélectionné');
  assert.equal(fr.finder.selected(3), '3 programmes sélectionnés');
  assert.equal(r.shown(10, 23), '10 affichés sur 23');
  assert.equal(r.shown(1, 23), '1 affiché sur 23');
  assert.equal(r.filtersActive(1), '(1 filtre actif)');
  assert.equal(r.filtersActive(2), '(2 filtres actifs)');
  // English: "50+" is "50 or more", never "more than 50".
  assert.equal(en.recommendations.heading(50, 'welders', true), '50+ programs for welders');
});

test('a name after « de » needs no elision: « du programme « … » », « envoyée par … »; the consent names its recipients after a colon', () => {
  const review = adminFr.catalogueReview;
  assert.equal(review.addSkillTo('Ébénisterie'), 'Ajouter une compétence au programme «\u00a0Ébénisterie\u00a0»');
  assert.equal(review.reading('export.csv'), 'Lecture du fichier export.csv…');
  assert.equal(adminFr.adminInbox.delete('Ada Lovelace'), 'Supprimer la demande envoyée par Ada Lovelace');
  assert.match(adminFr.outcomes.scoped('Algonquin College'), /^Chiffres des programmes de l’établissement «\u00a0Algonquin College\u00a0» seulement/);
  // The consent names its recipients last, after a colon: no article or elision is needed before a name.
  assert.equal(
    fr.inquiry.consent('Algonquin College', 1),
    'J’accepte que ce destinataire conserve mes renseignements et communique avec moi au sujet de cette demande\u00a0: Algonquin College.',
  );
  assert.equal(
    fr.inquiry.consent('Collège des Deux-Rives et Humber College', 2),
    'J’accepte que ces destinataires conservent mes renseignements et communiquent avec moi au sujet de cette demande\u00a0: Collège des Deux-Rives et Humber College.',
  );
  assert.equal(fr.inquiry.privacy('Collège Boréal'), 'Avis sur la protection de vos renseignements personnels\u00a0: Collège Boréal');
});

test('the outcomes report counts: « Décomptes anonymes », « aucun décompte », never « les comptes » (accounts)', () => {
  assert.match(adminFr.outcomes.anonymous, /^Décomptes anonymes envoyés par les modules/);
  assert.match(adminFr.outcomes.empty, /aucun décompte/);
  assert.doesNotMatch(texts(adminFr.outcomes).join('\n'), /(aucun|les|des) comptes?(?!\p{L})|(^|\n)Comptes/u);
});

test('one word for one thing: the card names the delivery as the filter does; the review says « Pertinence : » then the strength in lower case', () => {
  // « Mode » alone says nothing.
  assert.equal(fr.card.deliveryLabel, fr.recommendations.delivery);
  const review = adminFr.catalogueReview;
  for (const strength of Object.values(review.strength)) assert.match(`${review.strengthLabel} ${strength}`, /^Pertinence\u00a0: \p{Ll}+$/u);
});
