import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleIndex } from '../../../src/core/load/load.js';
import { describeLabourMarket, roundAbout, wageFallbackChain } from '../../../src/core/lmi/lmi.js';
import { UnknownOccupationError } from '../../../src/core/index-format/index.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { indexFiles, indexTexts } from '../../fixtures/index/index.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

async function load(sample = true): Promise<LoadedIndex> {
  const { manifest, files } = indexFiles({ sample });
  return assembleIndex(manifest, indexTexts(files, []));
}

/** French Intl uses narrow or plain no-break spaces; compare with plain spaces. */
const spaces = (text: string) => text.replaceAll(NBSP, ' ').replaceAll(NNBSP, ' ');

test('English reading of a rated occupation: outlook, headline, facts, sources, caveat', async () => {
  const index = await load();
  const d = describeLabourMarket(index, '31301', { lang: 'en' });
  assert.equal(d.title, 'Registered nurses and registered psychiatric nurses');
  assert.equal(d.sample, true);
  assert.match(d.sampleNotice!, /Sample figures/);
  assert.ok(d.outlook?.rated);
  assert.equal(d.outlook.label, 'Moderate risk of shortage');
  assert.equal(
    d.outlook.sentence,
    'Over 2024–2033, somewhat more jobs are expected to open up across Canada for registered nurses and registered psychiatric nurses than there will be people looking for them.',
  );
  assert.match(d.outlook.explanation, /openings are expected to somewhat outnumber job seekers/);
  assert.equal(d.outlook.recent?.label, 'Strong risk of shortage');
  assert.equal(d.outlook.source?.name, 'Hand-written sample data');
  assert.equal(
    d.headline,
    'Over 2024–2033, about 52,000 jobs are expected to open up across Canada for registered nurses and registered psychiatric nurses, and about 47,000 people are expected to look for them.',
  );
  const employment = d.facts.find((f) => f.kind === 'employment')!;
  assert.equal(employment.formatted, '320,000');
  assert.equal(employment.period, '2023');
  assert.match(employment.sentence, /About 320,000 people worked in this occupation across Canada in 2023\./);
  assert.deepEqual(
    d.facts.map((f) => f.kind),
    ['openings', 'seekers', 'employment', 'growth', 'retirements'],
  );
  assert.match(d.caveat, /does not guarantee a job/);
});

test('wages: Canada by default, with hourly, yearly at 1,950 h, year and source', async () => {
  const index = await load();
  const w = describeLabourMarket(index, '31301', { lang: 'en' }).wages!;
  assert.equal(w.region, 'ER00');
  assert.equal(w.fallback, false);
  assert.equal(w.notice, null);
  assert.equal(w.hourly.median?.formatted, '$40.50');
  assert.equal(w.yearly.median?.value, 79000);
  assert.equal(
    w.sentence,
    'In Canada, registered nurses and registered psychiatric nurses usually earn between $30.50 and $55.00 an hour; half earn more than $40.50 (the median).',
  );
  assert.match(w.yearlySentence!, /about \$79,000 a year, counting 1,950 hours/);
  assert.equal(w.year, 2024);
});

test('wages fall back from a region to Ontario to Canada, and say which was used', async () => {
  const index = await load();
  const ottawa = describeLabourMarket(index, '31301', { lang: 'en', region: 'ER3510' }).wages!;
  assert.equal(ottawa.region, 'ER3510');
  assert.equal(ottawa.fallback, false);
  const stratford = describeLabourMarket(index, '31301', { lang: 'en', region: 'ER3580' }).wages!;
  assert.equal(stratford.region, 'ER35');
  assert.equal(stratford.notice, 'No wage data for Stratford–Bruce Peninsula; showing Ontario.');
  // Licensed practical nurses only have an Ontario median.
  const lpn = describeLabourMarket(index, '32101', { lang: 'en', region: 'ER3530' }).wages!;
  assert.equal(lpn.region, 'ER35');
  assert.equal(lpn.hourly.low, null);
  assert.equal(lpn.sentence, 'In Ontario, half of licensed practical nurses earn more than $30.00 an hour (the median).');
  // No Ontario row for welders: Canada.
  const welders = describeLabourMarket(index, '72106', { lang: 'en', region: 'ER3580' }).wages!;
  assert.equal(welders.region, 'ER00');
  assert.match(welders.notice!, /showing Canada/);
  assert.deepEqual(wageFallbackChain('ER3560'), ['ER3560', 'ER35', 'ER00']);
  assert.deepEqual(wageFallbackChain(undefined), ['ER00']);
});

test('a region the index does not know: the nearest wages, and a notice that never shows its code', async () => {
  const index = await load();
  const en = describeLabourMarket(index, '72106', { lang: 'en', region: 'ER9999' }).wages!;
  assert.equal(en.region, 'ER00');
  assert.equal(en.regionName, 'Canada');
  assert.equal(en.notice, 'The region asked for is not known; showing Canada.');
  const fr = describeLabourMarket(index, '31301', { lang: 'fr', region: 'ER9999' }).wages!;
  assert.equal(fr.notice, `La région demandée est inconnue${NNBSP}; chiffres pour l’ensemble du Canada.`);
  for (const w of [en, fr]) assert.doesNotMatch(`${w.notice} ${w.sentence}`, /ER9999/);
});

test('the description says whether the index knows the region asked for, with or without wages', async () => {
  const index = await load();
  const asked = (code: string, region?: string) => {
    const d = describeLabourMarket(index, code, { lang: 'fr', ...(region ? { region } : {}) });
    return [d.requestedRegion, d.requestedRegionName];
  };
  assert.deepEqual(asked('72106', 'ER9999'), ['ER9999', null]);
  assert.deepEqual(asked('72106', 'ER3580'), ['ER3580', 'Stratford–Péninsule de Bruce']);
  assert.deepEqual(asked('72106'), ['ER00', 'Canada']);
  const noWages = describeLabourMarket(index, '21232', { lang: 'en', region: 'ER9999' });
  assert.deepEqual([noWages.wages, noWages.requestedRegionName], [null, null]);
});

test('no rating: its own sentence, facts still given; no wages: its own sentence', async () => {
  const index = await load();
  const lpn = describeLabourMarket(index, '32101', { lang: 'en' });
  assert.equal(lpn.outlook?.rated, false);
  assert.match(lpn.outlook!.sentence, /no national outlook rating for licensed practical nurses for 2024–2033/);
  assert.ok(lpn.facts.length > 0);
  const devs = describeLabourMarket(index, '21232', { lang: 'en' });
  assert.equal(devs.wages, null);
  assert.equal(devs.noWages, 'There are no wage figures for software developers and programmers in this data.');
  assert.match(devs.facts.find((f) => f.kind === 'growth')!.sentence, /expected to shrink by about 1,200/);
  const none = describeLabourMarket(index, '21231', { lang: 'en' });
  assert.equal(none.outlook, null);
  assert.deepEqual(none.facts, []);
  assert.match(none.caveat, /guarantee/);
});

test('French: sentences, money and numbers formatted for fr-CA', async () => {
  const index = await load(false);
  const d = describeLabourMarket(index, '31301', { lang: 'fr', region: 'ER3580' });
  assert.equal(d.sampleNotice, null);
  assert.ok(d.outlook?.rated);
  assert.equal(d.outlook.label, 'Risque modéré de pénurie');
  assert.match(d.outlook.sentence, /^De 2024 à 2033, on prévoit un peu plus de postes à pourvoir au Canada dans la profession/);
  assert.equal(
    spaces(d.headline!),
    'De 2024 à 2033, environ 52 000 postes devraient être à pourvoir au Canada dans la profession « Infirmiers autorisés/infirmières autorisées et infirmiers psychiatriques autorisés/infirmières psychiatriques autorisées », et environ 47 000 personnes devraient les chercher.',
  );
  assert.equal(spaces(d.wages!.hourly.median!.formatted), '41,25 $');
  assert.equal(spaces(d.wages!.notice!), 'Aucune donnée salariale pour la région de Stratford–Péninsule de Bruce ; chiffres pour l’ensemble de l’Ontario.');
  assert.equal(
    spaces(d.wages!.sentence),
    'En Ontario, le salaire horaire dans cette profession se situe habituellement entre 31,00 $ et 56,00 $ ; la moitié des personnes gagnent plus de 41,25 $ (salaire médian).',
  );
  assert.match(spaces(d.wages!.yearlySentence!), /environ 80 400 \$ par année, pour 1 950 heures/);
  assert.match(d.caveat, /ne garantissent pas un emploi/);
});

test('roundAbout keeps two significant figures for large counts', () => {
  assert.equal(roundAbout(52347), 52000);
  assert.equal(roundAbout(1249), 1200);
  assert.equal(roundAbout(347), 350);
  assert.equal(roundAbout(42), 42);
  assert.equal(roundAbout(-1249), -1200);
});

test('an unknown occupation is a typed error: a RangeError with a stable code, naming the code for the developer', async () => {
  const index = await load();
  assert.throws(
    () => describeLabourMarket(index, '00000', { lang: 'en' }),
    (error: unknown) =>
      error instanceof UnknownOccupationError &&
      error instanceof RangeError &&
      error.code === 'unknown-occupation' &&
      error.occupation === '00000' &&
      error.message === 'Unknown occupation code "00000": not in this index.',
  );
});

test('the outlook sentence follows the figures shown, and says when the official rating reads otherwise', async () => {
  const index = await load();
  const lmi = index.occupations.get('31301')!.lmi!;
  Object.assign(lmi, { future: 'strong-shortage', openings: 28_040, seekers: 27_960 });
  const en = describeLabourMarket(index, '31301', { lang: 'en' }).outlook!;
  assert.equal(
    en.sentence,
    'Over 2024–2033, about as many people are expected to look for work across Canada as registered nurses and registered psychiatric nurses as there will be jobs opening up. The official rating is still “strong risk of shortage”: it also weighs conditions in recent years, not only these totals.',
  );
  const fr = describeLabourMarket(index, '31301', { lang: 'fr' }).outlook!;
  assert.match(spaces(fr.sentence), /à peu près autant .* La cote officielle reste « risque élevé de pénurie » : elle tient aussi compte/);
  Object.assign(lmi, { openings: -1000, seekers: -500 });
  assert.equal(
    describeLabourMarket(index, '31301', { lang: 'en' }).outlook!.sentence,
    'For 2024–2033, the official outlook for registered nurses and registered psychiatric nurses is rated “strong risk of shortage”.',
  );
});

test('the facts, listed under a heading that names the occupation, do not repeat its title', async () => {
  const index = await load();
  for (const lang of ['en', 'fr'] as const) {
    const d = describeLabourMarket(index, '31301', { lang });
    assert.equal(d.facts.length, 5);
    for (const fact of d.facts) assert.ok(!fact.sentence.toLowerCase().includes(d.title.toLowerCase().slice(0, 20)), fact.sentence);
    assert.match(spaces(d.facts[0]!.sentence), lang === 'en' ? /in this occupation/ : /dans cette profession/);
  }
});
