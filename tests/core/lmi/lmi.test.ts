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
    'Across Canada, 2024 to 2033: about 52,000 jobs are expected to open up for registered nurses and registered psychiatric nurses, and about 47,000 people are expected to look for them. That is somewhat more jobs than people looking for them.',
  );
  // The figures agree with the rating: nothing to explain.
  assert.equal(d.outlook.note, null);
  assert.match(d.outlook.explanation, /in two steps/);
  assert.match(d.outlook.explanation, /“Moderate risk of shortage” means there may be somewhat too few workers for the jobs\./);
  assert.equal(d.outlook.recent?.label, 'Strong risk of shortage');
  assert.equal(d.outlook.source?.name, 'Hand-written sample data');
  assert.equal(
    d.headline,
    'Across Canada, 2024 to 2033: about 52,000 jobs are expected to open up for registered nurses and registered psychiatric nurses, and about 47,000 people are expected to look for them.',
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
  assert.equal(stratford.notice, 'There are no wage figures for Stratford–Bruce Peninsula in this data, so these are for all of Ontario.');
  // Licensed practical nurses only have an Ontario median.
  const lpn = describeLabourMarket(index, '32101', { lang: 'en', region: 'ER3530' }).wages!;
  assert.equal(lpn.region, 'ER35');
  assert.equal(lpn.hourly.low, null);
  assert.equal(lpn.sentence, 'In Ontario, half of licensed practical nurses earn more than $30.00 an hour (the median).');
  // No Ontario row for welders: Canada.
  const welders = describeLabourMarket(index, '72106', { lang: 'en', region: 'ER3580' }).wages!;
  assert.equal(welders.region, 'ER00');
  // Both regions with no figures are named: Ontario was tried too.
  assert.equal(welders.notice, 'There are no wage figures for Stratford–Bruce Peninsula or for Ontario in this data, so these are for all of Canada.');
  assert.deepEqual(wageFallbackChain('ER3560'), ['ER3560', 'ER35', 'ER00']);
  assert.deepEqual(wageFallbackChain(undefined), ['ER00']);
});

test('a region the index does not know: the nearest wages, and a notice that never shows its code', async () => {
  const index = await load();
  const en = describeLabourMarket(index, '72106', { lang: 'en', region: 'ER9999' }).wages!;
  assert.equal(en.region, 'ER00');
  assert.equal(en.regionName, 'Canada');
  assert.equal(en.notice, 'The region asked for is not known, so these wages are for all of Canada.');
  const fr = describeLabourMarket(index, '31301', { lang: 'fr', region: 'ER9999' }).wages!;
  assert.equal(fr.notice, `La région demandée est inconnue${NNBSP}; ces salaires sont donc ceux de l’ensemble du Canada.`);
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
  assert.match(lpn.outlook!.sentence, /^Across Canada, 2024 to 2033: about 3,000 jobs .* about as many jobs as people looking for them\.$/);
  assert.equal(lpn.outlook!.note, 'There is no official rating for this occupation: the projection system does not rate every occupation.');
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
  assert.match(
    spaces(d.outlook.sentence),
    /^Dans l’ensemble du Canada, de 2024 à 2033 : environ 52 000 postes .* Il y aurait donc un peu plus de postes que de personnes qui les cherchent\.$/,
  );
  assert.equal(
    spaces(d.headline!),
    'Dans l’ensemble du Canada, de 2024 à 2033 : environ 52 000 postes devraient être à pourvoir dans la profession « Infirmiers autorisés/infirmières autorisées et infirmiers psychiatriques autorisés/infirmières psychiatriques autorisées », et environ 47 000 personnes devraient les chercher.',
  );
  assert.equal(spaces(d.wages!.hourly.median!.formatted), '41,25 $');
  assert.equal(
    spaces(d.wages!.notice!),
    'Ces données n’ont aucun salaire pour la région de Stratford–Péninsule de Bruce ; ces chiffres sont donc ceux de l’ensemble de l’Ontario.',
  );
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

test('the outlook leads with where and when, compares the figures in words, and says why a rating that reads otherwise differs (no “still”)', async () => {
  const index = await load();
  const lmi = index.occupations.get('31301')!.lmi!;
  // Cooks on the real data: about 41,000 jobs for about 40,000 people, rated a moderate risk of shortage, as in 2021 to 2023.
  Object.assign(lmi, { future: 'moderate-shortage', recent: 'moderate-shortage', openings: 41_100, seekers: 40_200 });
  const en = describeLabourMarket(index, '31301', { lang: 'en' }).outlook!;
  assert.ok(en.rated);
  assert.match(
    en.sentence,
    /^Across Canada, 2024 to 2033: about 41,000 jobs .* about 40,000 people .* That is about as many jobs as people looking for them\.$/,
  );
  assert.equal(
    en.note,
    'The official rating, “moderate risk of shortage”, does not come from these two numbers alone. It starts from how the job market for this work looked in recent years, then uses the numbers to judge whether that will change. From 2021 to 2023, it was already rated “moderate risk of shortage”.',
  );
  const fr = describeLabourMarket(index, '31301', { lang: 'fr' }).outlook!;
  assert.match(spaces(fr.sentence), /^Dans l’ensemble du Canada, de 2024 à 2033 : .* à peu près autant de postes que de personnes qui les cherchent\.$/);
  assert.match(
    spaces(fr.note!),
    /^La cote officielle, « risque modéré de pénurie », ne vient pas seulement de ces deux nombres\. .* De 2021 à 2023, la cote était déjà « risque modéré de pénurie »\.$/,
  );
  for (const text of [en.sentence, en.note!, fr.sentence, fr.note!]) assert.doesNotMatch(text, /\bstill\b|\breste\b/);
  // Software developers: more people than jobs, rated balance as in recent years; a rating that changed is not said to be "already".
  Object.assign(lmi, { future: 'balance', recent: 'moderate-surplus', openings: 76_300, seekers: 98_900 });
  const devs = describeLabourMarket(index, '31301', { lang: 'en' }).outlook!;
  assert.match(devs.sentence, /That is somewhat more people looking for work than jobs\.$/);
  assert.match(devs.note!, /From 2021 to 2023, it was rated “moderate risk of surplus”\.$/);
  // Figures that cannot be compared: the rating alone, still with where and when.
  Object.assign(lmi, { openings: -1000, seekers: -500 });
  const alone = describeLabourMarket(index, '31301', { lang: 'en' }).outlook!;
  assert.equal(alone.sentence, 'Across Canada, 2024 to 2033: the official rating for registered nurses and registered psychiatric nurses is “balance”.');
  assert.equal(alone.note, null);
});

test('missing wages say why, and the description lists the regions that have wages of their own', async () => {
  const index = await load();
  // Registered nurses in Ottawa: all three figures, no gap to explain.
  const ottawa = describeLabourMarket(index, '31301', { lang: 'en', region: 'ER3510' });
  assert.equal(ottawa.wageGap, null);
  assert.deepEqual(ottawa.wageRegions, ['ER00', 'ER35', 'ER3510', 'ER3530']);
  // Welders: Canada only; licensed practical nurses: an Ontario median only; software developers: none.
  for (const [code, region, regions] of [
    ['72106', 'ER3530', ['ER00']],
    ['32101', 'ER35', ['ER35']],
    ['21232', 'ER3530', []],
  ] as const) {
    const d = describeLabourMarket(index, code, { lang: 'en', region });
    assert.deepEqual(d.wageRegions, regions, code);
    assert.equal(d.wageGap, 'Job Bank does not publish a wage when the survey behind it has too few answers.', code);
  }
  // A region the index does not know is no gap in the data.
  assert.equal(describeLabourMarket(index, '31301', { lang: 'en', region: 'ER9999' }).wageGap, null);
  // Wages from the partial copy of Job Bank's say so, and where to look, in both languages: with
  // wages of its own (as the source's id says) or none (the index's wage source says).
  const copy = (sources: string[]) => {
    index.manifest.sources = sources.map((id) => ({ ...index.manifest.sources[0]!, id }));
    Object.assign(index.occupations.get('21232')!.lmi!, { wageSource: '' });
    Object.assign(index.occupations.get('72106')!.lmi!, { wageSource: sources[0] });
  };
  copy(['wages-derived']);
  for (const code of ['21232', '72106']) {
    const en = describeLabourMarket(index, code, { lang: 'en', region: 'ER3530' }).wageGap!;
    assert.match(en, /the copy of Job Bank’s wages used here is missing some figures\. Job Bank’s own website, jobbank\.gc\.ca, may have more\.$/, code);
    const fr = describeLabourMarket(index, code, { lang: 'fr', region: 'ER3530' }).wageGap!;
    assert.match(
      fr,
      /la copie des salaires du Guichet-Emplois utilisée ici est incomplète\. Le site du Guichet-Emplois, guichetemplois\.gc\.ca, peut en avoir davantage\.$/,
      code,
    );
  }
  copy(['wages']);
  assert.doesNotMatch(describeLabourMarket(index, '21232', { lang: 'en' }).wageGap!, /copy/);
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
