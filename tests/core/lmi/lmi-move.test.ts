import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleIndex } from '../../../src/core/load/load.js';
import { describeLabourMarket, describeMove } from '../../../src/core/lmi/index.js';
import { UnknownOccupationError } from '../../../src/core/index-format/index.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import type { WageRow } from '../../../src/core/index-format/schema.js';
import { indexFiles, indexTexts } from '../../fixtures/index/index.js';

async function load(): Promise<LoadedIndex> {
  const { manifest, files } = indexFiles({ sample: true });
  return assembleIndex(manifest, indexTexts(files, []));
}

/** `index` with occupation `code`'s wage rows replaced. */
function withWages(index: LoadedIndex, code: string, wages: WageRow[], wageSource?: string): LoadedIndex {
  const occupations = new Map(index.occupations);
  const o = occupations.get(code)!;
  occupations.set(code, { ...o, lmi: { ...o.lmi!, wages, ...(wageSource ? { wageSource } : {}) } });
  return { ...index, occupations };
}

// In the fixture, registered nurses (31301) have wages for Canada, Ontario, Ottawa and Toronto;
// licensed practical nurses (32101) an Ontario median alone; welders (72106) Canada alone.

test('a move sets the two medians of one region in one sentence, each said once', async () => {
  const index = await load();
  const d = describeMove(index, '31301', { lang: 'en', region: 'ER35', from: '32101' });
  assert.equal(d.move?.region, 'ER35');
  assert.equal(d.move.title, 'Licensed practical nurses');
  assert.equal(d.move.hourly?.formatted, '$30.00');
  assert.equal(d.move.yearly?.formatted, '$58,500');
  assert.equal(
    d.move.sentence,
    'In Ontario, half of registered nurses and registered psychiatric nurses earn more than $41.25 an hour; half of licensed practical nurses (your current job) earn more than $30.00.',
  );
  // The target's own sentences no longer give its median, which the move's sentence gives.
  assert.equal(d.wages?.sentence, 'In Ontario, registered nurses and registered psychiatric nurses usually earn between $31.00 and $56.00 an hour.');
  assert.match(d.wages.yearlySentence!, /^The median for registered nurses and registered psychiatric nurses comes to about \$80,400 a year/);
  assert.equal([d.wages.sentence, d.move.sentence, d.wages.yearlySentence].join(' ').split('$41.25').length, 2);
});

test('the same region as the target’s figures, also when they are a wider region’s', async () => {
  const index = await load();
  // Stratford: no wages for nurses, so Ontario's; the current work's are Ontario's too, never another region's.
  const d = describeMove(index, '31301', { lang: 'en', region: 'ER3580', from: '32101' });
  assert.equal(d.wages?.region, 'ER35');
  assert.equal(d.move?.region, 'ER35');
  assert.match(d.move.sentence, /^In Ontario, /);
});

test('no wage for the current work in that region: said plainly, with why, and no figure from elsewhere', async () => {
  const index = await load();
  const d = describeMove(index, '31301', { lang: 'en', region: 'ER3530', from: '72106' });
  assert.equal(d.move?.hourly, null);
  assert.equal(
    d.move.sentence,
    'There are no wage figures for welders and related machine operators (your current job) in Toronto in this data. Job Bank does not publish a wage when the survey behind it has too few answers.',
  );
  // The target's reading is as without a move.
  const alone = describeLabourMarket(index, '31301', { lang: 'en', region: 'ER3530' });
  assert.equal(d.wages?.sentence, alone.wages?.sentence);
  assert.doesNotMatch(d.move.sentence, /\$/);
  // No median there: said as such.
  const lowOnly = withWages(index, '72106', [['ER3530', 18, null, null, 2024]]);
  assert.match(describeMove(lowOnly, '31301', { lang: 'en', region: 'ER3530', from: '72106' }).move!.sentence, /^There is no median wage for welders/);
});

test('the reason is not said twice when the panel already gives it', async () => {
  const index = await load();
  // Licensed practical nurses as the target: Ontario median only, so the panel says why low and high are missing.
  const d = describeMove(index, '32101', { lang: 'en', region: 'ER35', from: '72106' });
  assert.ok(d.wageGap);
  assert.equal(d.move?.sentence, 'There are no wage figures for welders and related machine operators (your current job) in Ontario in this data.');
});

test('a figure of another year or source says which', async () => {
  const index = withWages(await load(), '32101', [['ER35', null, 30, null, 2023]]);
  const d = describeMove(index, '31301', { lang: 'en', region: 'ER35', from: '32101' });
  assert.match(d.move!.sentence, /earn more than \$30\.00 \(a 2023 figure\)\.$/);
});

test('French: the two medians with French typography, the current work named in quotes', async () => {
  const index = await load();
  const d = describeMove(index, '31301', { lang: 'fr', region: 'ER35', from: '32101' });
  assert.equal(
    d.move?.sentence,
    'En Ontario, la moitié des personnes de cette profession gagnent plus de 41,25\u00a0$ l’heure\u202f; dans votre emploi actuel («\u00a0Infirmiers auxiliaires/infirmières auxiliaires\u00a0»), la moitié gagnent plus de 30,00\u00a0$.',
  );
  assert.match(d.wages!.yearlySentence!, /^Dans la profession visée, le salaire médian représente environ 80\u00a0400\u00a0\$ par année/);
  const none = describeMove(index, '31301', { lang: 'fr', region: 'ER3530', from: '72106' });
  assert.match(
    none.move!.sentence,
    /^Aucun salaire pour votre emploi actuel \(«\u00a0Soudeurs\/soudeuses .*\u00a0»\) à Toronto dans ces données\. Le Guichet-Emplois ne publie pas/,
  );
});

test('no move: no current occupation, the same one, or no target wages; an unknown one throws', async () => {
  const index = await load();
  assert.equal(describeMove(index, '31301', { lang: 'en', region: 'ER35' }).move, null);
  assert.equal(describeMove(index, '31301', { lang: 'en', region: 'ER35', from: '31301' }).move, null);
  assert.equal(describeMove(index, '21232', { lang: 'en', region: 'ER35', from: '31301' }).move, null);
  assert.deepEqual(
    describeMove(index, '31301', { lang: 'en', region: 'ER35', from: null }).wages,
    describeLabourMarket(index, '31301', { lang: 'en', region: 'ER35' }).wages,
  );
  assert.throws(() => describeMove(index, '31301', { lang: 'en', from: '99999' }), UnknownOccupationError);
});
