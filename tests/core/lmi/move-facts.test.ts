/**
 * The facts beside each occupation of a list of moves (the portal's related occupations): the
 * training it usually takes and how it compares with the job the list starts from, and its
 * median wage in the page's region only, in English and French.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { moveFacts, trainingStep } from '../../../src/core/lmi/index.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex, OCCUPATIONS } from '../../fixtures/index/index.js';

const NBSP = '\u00a0';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex();
});

describe('moveFacts', () => {
  it('says what the occupation usually takes and how it compares with the job the person has', () => {
    // Registered nurses (TEER 1) from licensed practical nurses (TEER 2).
    const facts = moveFacts(index, '31301', { lang: 'en', region: 'ER3530', from: { code: '32101', role: 'current' } });
    assert.equal(facts.teer, 1);
    assert.equal(facts.step, 'more');
    assert.equal(facts.training, 'Usually takes a university degree (TEER 1): more training than your current job.');
    const back = moveFacts(index, '32101', { lang: 'en', region: 'ER3530', from: { code: '31301', role: 'target' } });
    assert.equal(back.training, 'Usually takes a college program of two to three years or an apprenticeship (TEER 2): less training than the job you want.');
  });

  it('gives the median wage of the region asked for, formatted, and no figure from another region', () => {
    const toronto = moveFacts(index, '31301', { lang: 'en', region: 'ER3530' });
    assert.equal(toronto.median, 43);
    assert.equal(toronto.wage, 'Median wage in Toronto: $43.00 an hour.');
    // Licensed practical nurses have an Ontario wage only: nothing is borrowed for Toronto.
    const none = moveFacts(index, '32101', { lang: 'en', region: 'ER3530' });
    assert.equal(none.median, null);
    assert.equal(none.wage, 'No median wage for Toronto in this data.');
    assert.equal(moveFacts(index, '32101', { lang: 'en', region: 'ER35' }).wage, 'Median wage in Ontario: $30.00 an hour.');
    // No region: the one the labour-market panel shows then, Ontario when the index knows it, else Canada.
    assert.equal(moveFacts(index, '32101', { lang: 'en' }).wage, 'Median wage in Ontario: $30.00 an hour.');
    const noOntario = { ...index, manifest: { ...index.manifest, regions: index.manifest.regions.filter((r) => !r.code.startsWith('ER35')) } };
    assert.equal(moveFacts(noOntario, '31301', { lang: 'en' }).wage, 'Median wage in Canada: $40.50 an hour.');
    // A region the index does not know is not named.
    assert.equal(moveFacts(index, '31301', { lang: 'en', region: 'ER9999' }).wage, null);
  });

  it('words both facts in French with French typography', () => {
    const facts = moveFacts(index, '31301', { lang: 'fr', region: 'ER3530', from: { code: '32101', role: 'current' } });
    assert.equal(facts.training, `Exige habituellement un diplôme universitaire (FEER 1)${NBSP}: une préparation plus longue que pour votre emploi actuel.`);
    assert.equal(facts.wage, `Salaire médian à Toronto${NBSP}: 43,00${NBSP}$ l’heure.`);
    assert.equal(moveFacts(index, '32101', { lang: 'fr', region: 'ER3530' }).wage, 'Aucun salaire médian pour Toronto dans ces données.');
    assert.equal(moveFacts(index, '32101', { lang: 'fr', region: 'ER35' }).wage, `Salaire médian en Ontario${NBSP}: 30,00${NBSP}$ l’heure.`);
    const same = moveFacts(index, '21231', { lang: 'fr', from: { code: '21232', role: 'target' } });
    assert.equal(same.training, 'Exige habituellement un diplôme universitaire (FEER 1), comme l’emploi visé.');
  });

  it('words every TEER in both languages, and compares none with management', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const occupation of OCCUPATIONS) {
        const facts = moveFacts(index, occupation.code, { lang, from: { code: '31301', role: 'current' } });
        assert.match(facts.training, /^(Usually takes|A management occupation|Exige habituellement|Profession de gestion) .+\.$/);
        assert.doesNotMatch(facts.training, /formation|métier/);
      }
    }
    assert.equal(trainingStep(0, 1), null);
    assert.equal(trainingStep(2, 0), null);
    assert.equal(trainingStep(3, 3), 'same');
    assert.equal(trainingStep(2, 4), 'more');
    assert.equal(trainingStep(5, 4), 'less');
  });

  it('says a management occupation takes no one kind of training, and compares nothing with it', async () => {
    const manager = { ...OCCUPATIONS[0]!, code: '30010', teer: 0, broad: 3 };
    const withManager = await loadedIndex({ occupations: [...OCCUPATIONS, manager] });
    const facts = moveFacts(withManager, '30010', { lang: 'en', from: { code: '31301', role: 'current' } });
    assert.equal(facts.step, null);
    assert.equal(facts.training, 'A management occupation (TEER 0): its level comes from its responsibilities.');
    const fr = moveFacts(withManager, '30010', { lang: 'fr', from: { code: '31301', role: 'current' } });
    assert.equal(fr.training, `Profession de gestion (FEER 0)${NBSP}: son niveau tient à ses responsabilités.`);
    assert.equal(
      moveFacts(withManager, '31301', { lang: 'en', from: { code: '30010', role: 'target' } }).training,
      'Usually takes a university degree (TEER 1).',
    );
  });

  it('refuses an occupation the index does not have', () => {
    assert.throws(() => moveFacts(index, '99999', { lang: 'en' }), RangeError);
  });
});
