// The elements on the repository's sample index, loaded the way a page loads it: through
// `src` and the shared index source (built by `npm run sample-index` before the browser lane).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import '../../../src/define/mc-labour-market.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { McSkillFinder } from '../../../src/elements/mc-skill-finder/mc-skill-finder.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import { MemoryIndexCache } from '../../../src/core/load/index-cache.js';
import { resetIndexSource } from '../../../src/elements/shared/index-source.js';

const SAMPLE = '/demo/data/sample/index.json';
const LOAD = { timeout: 8000 };

/** A fresh page's loads (no saved copy), recording the name of every file fetched. */
function recordFetches(): string[] {
  const fetched: string[] = [];
  resetIndexSource({
    cache: new MemoryIndexCache(),
    fetch: (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      fetched.push(url.slice(url.lastIndexOf('/') + 1));
      return fetch(input, init);
    },
  });
  return fetched;
}

/** The skill finder on the sample index, its skill input focused. */
async function skillFinder(): Promise<McSkillFinder> {
  const el = await fixture<McSkillFinder>(html`<mc-skill-finder src=${SAMPLE}></mc-skill-finder>`);
  await waitUntil(() => el.shadowRoot!.querySelector('input[role=combobox]'), 'picker ready', LOAD);
  el.shadowRoot!.querySelector<HTMLInputElement>('input[role=combobox]')!.focus();
  return el;
}

describe('program elements on the sample index', () => {
  afterEach(() => resetIndexSource());

  it('on its own, gets the labels and its occupation’s slice of the catalogue, never the job titles nor the whole programs.txt', async () => {
    const fetched = recordFetches();
    const el = await fixture<McRecommendations>(html`<mc-recommendations src=${SAMPLE} occupation="72106"></mc-recommendations>`);
    await waitUntil(() => el.shadowRoot!.querySelector('mc-program-card'), 'cards from the sample index', LOAD);
    expect(fetched).to.include.members(['index.json', 'labels.en.txt', 'catalogue.txt', 'programs.72106.txt']);
    expect(fetched).not.to.include('programs.txt');
    expect(fetched.filter((f) => f.startsWith('titles.'))).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.contain('Welders and related machine operators');
  });

  it('the labour market on its own never gets the programs nor the job titles either', async () => {
    const fetched = recordFetches();
    const el = await fixture(html`<mc-labour-market src=${SAMPLE} code="72106"></mc-labour-market>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=outlook]'), 'the outlook from the sample index', LOAD);
    expect(fetched).to.include.members(['index.json', 'labels.en.txt']);
    expect(fetched).not.to.include('programs.txt');
    expect(fetched.filter((f) => f.startsWith('titles.'))).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.contain('Welders');
  });

  it('the labour market loads what the work requires on its own, with its sources', async () => {
    const fetched = recordFetches();
    const el = await fixture(html`<mc-labour-market src=${SAMPLE} code="72106"></mc-labour-market>`);
    const block = () => el.shadowRoot!.querySelector('[part=requirements]');
    await waitUntil(() => block()?.querySelector('li'), 'the requirements from the sample index', LOAD);
    // Fetched on demand, beside the index, by the fetch the index came through.
    expect(fetched).to.include('requirements.en.7.txt');
    expect(block()!.querySelector('li')!.textContent).to.equal(
      'Completion of a three-year apprenticeship program is usually required to be eligible for trade certification.',
    );
    expect(block()!.querySelector('.source')!.textContent).to.equal(
      'Sources: Sample data – National Occupational Classification (NOC) 2021; Sample data – OaSIS – Occupational and Skills Information System, 2023 v1.0.',
    );
  });

  it('in French, gets both label files and still no job titles', async () => {
    const fetched = recordFetches();
    const el = await fixture<McRecommendations>(html`<mc-recommendations lang="fr" src=${SAMPLE} occupation="72106"></mc-recommendations>`);
    await waitUntil(() => el.shadowRoot!.querySelector('mc-program-card'), 'cards from the sample index', LOAD);
    expect(fetched).to.include.members(['labels.en.txt', 'labels.fr.txt', 'programs.72106.txt']);
    expect(fetched.filter((f) => f.startsWith('titles.'))).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.contain('Soudeurs');
  });

  it('recommends only the institution’s own programs on its page, labelled as sample', async () => {
    const el = await fixture<McRecommendations>(
      html`<mc-recommendations src=${SAMPLE} occupation="72106" provider="Lakeshore Polytechnic (fictional)"></mc-recommendations>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('mc-program-card'), 'cards from the sample index', LOAD);
    const cards = [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')];
    for (const card of cards) expect(card.recommendation!.program.provider).to.equal('Lakeshore Polytechnic (fictional)');
    expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.match(/^\d+ programs? for Welders and related machine operators$/);
    expect(el.shadowRoot!.textContent).to.contain('Sample programs from fictional institutions');
    await expect(el).to.be.accessible();
  });

  it('on a French page, takes the institution’s French name (provider_fr) for provider: the same programs', async () => {
    const programs = async (provider: string) => {
      const wrap = await fixture<HTMLElement>(
        html`<div lang="fr"><mc-recommendations src=${SAMPLE} occupation="72106" provider=${provider}></mc-recommendations></div>`,
      );
      const el = wrap.querySelector<McRecommendations>('mc-recommendations')!;
      await waitUntil(() => el.shadowRoot!.querySelector('mc-program-card'), 'cards from the sample index', LOAD);
      return [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')].map((c) => c.recommendation!.program);
    };
    const english = await programs('Lakeshore Polytechnic (fictional)');
    const french = await programs('Polytechnique Lakeshore (fictive)');
    expect(french.map((p) => p.id)).to.deep.equal(english.map((p) => p.id));
    for (const program of french) expect(program.provider).to.equal('Lakeshore Polytechnic (fictional)');
  });

  it('names its catalogue’s institutions, whatever provider is set, before a choice and after (its slice knows them all)', async () => {
    const el = await fixture<McRecommendations>(html`<mc-recommendations src=${SAMPLE} provider="Nowhere College"></mc-recommendations>`);
    const whole = await el.catalogueProviders();
    expect(whole).to.include('Lakeshore Polytechnic (fictional)');
    expect(whole).not.to.include('Nowhere College');
    el.occupation = '72106';
    expect(await el.catalogueProviders()).to.deep.equal(whole);
    const missing = await fixture<McRecommendations>(html`<mc-recommendations src="/tests/no-such-index/index.json"></mc-recommendations>`);
    expect(await missing.catalogueProviders()).to.equal(null);
    expect(await fixture<McRecommendations>(html`<mc-recommendations></mc-recommendations>`).then((none) => none.catalogueProviders())).to.equal(null);
  });

  it('quotes each program’s own words in its reason once the occupation’s quote file is in', async () => {
    const el = await fixture<McRecommendations>(html`<mc-recommendations src=${SAMPLE} occupation="72106"></mc-recommendations>`);
    await waitUntil(() => el.shadowRoot!.querySelector('mc-program-card'), 'cards from the sample index', LOAD);
    const reasons = () =>
      [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')].map((card) => card.shadowRoot!.querySelector('[part=reason]')?.textContent ?? '');
    await waitUntil(() => reasons().every((text) => /: “[^”]+”/.test(text)), 'every reason quotes the program', LOAD);
    const cards = [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')];
    cards.forEach((card, k) => expect(reasons()[k]).to.contain(`“${card.recommendation!.evidence![0]!.quote!}”`));
    await expect(el).to.be.accessible();
  });

  it('finds programs across institutions by a typed skill', async () => {
    const el = await skillFinder();
    await sendKeys({ type: 'weld' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const cards = [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')];
    expect(cards.length).to.be.greaterThan(1);
    const providers = new Set(cards.map((c) => c.recommendation!.program.provider));
    expect(providers.size).to.be.greaterThan(1);
  });

  it('finds the Excel course by "excel": it teaches spreadsheets, and each skill shows once', async () => {
    const el = await skillFinder();
    await sendKeys({ type: 'excel' });
    await el.updateComplete;
    const offered = [...el.shadowRoot!.querySelectorAll('[role=option]')].map((o) => o.textContent!.trim());
    expect(offered).to.include('use spreadsheets software');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const cards = [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')];
    const excel = cards.find((c) => c.recommendation!.program.id === 'lp-excel');
    expect(excel, 'the Excel course is found').to.exist;
    await excel!.updateComplete;
    const gap = [...excel!.shadowRoot!.querySelectorAll('ul.gap li')].map((li) => li.textContent!.trim());
    expect(gap).to.not.include('use spreadsheets software');
    for (const word of ['accounting', 'physics']) {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[role=combobox]')!;
      input.select();
      await sendKeys({ type: word });
      await el.updateComplete;
      const labels = [...el.shadowRoot!.querySelectorAll('[role=option]')].map((o) => o.textContent!.trim().toLowerCase());
      expect(labels.length, word).to.equal(new Set(labels).size);
    }
  });
});
