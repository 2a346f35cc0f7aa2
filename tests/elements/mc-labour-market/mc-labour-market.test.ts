import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/mc-labour-market.js';
import type { McLabourMarket } from '../../../src/elements/mc-labour-market/mc-labour-market.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { indexParts, loadedIndex, REQUIREMENTS } from '../../fixtures/index/index.js';
import { assembleIndex } from '../../../src/core/load/load.js';
import { encodeIndex } from '../../../src/core/index-format/encode.js';
import { holdFetches, liveRegionShown } from '../../fixtures/browser/live-region.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex();
});

async function make(code: string | null, extra: Partial<McLabourMarket> = {}): Promise<McLabourMarket> {
  const el = await fixture<McLabourMarket>(html`<mc-labour-market></mc-labour-market>`);
  Object.assign(el, { index, code, ...extra });
  await el.updateComplete;
  return el;
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('mc-labour-market: accessibility in every state', () => {
  it('is accessible with full figures', async () => {
    const el = await make('31301');
    await expect(el).to.be.accessible();
  });

  it('is accessible with the explanation open', async () => {
    const el = await make('31301');
    el.shadowRoot!.querySelector('details')!.open = true;
    await expect(el).to.be.accessible();
  });

  it('is accessible with no code, with no figures, and for an unknown code', async () => {
    await expect(await make(null)).to.be.accessible();
    await expect(await make('31102')).to.be.accessible();
    await expect(await make('99999')).to.be.accessible();
  });

  it('is accessible while loading and after a load error, with Retry', async () => {
    const release = holdFetches(500);
    try {
      const loading = await fixture<McLabourMarket>(html`<mc-labour-market code="31301" src="/slow/index.json"></mc-labour-market>`);
      expect(text(loading)).to.contain('Loading');
      await liveRegionShown(loading);
      // Said by the one live region, there from the first render, not by a box inserted already filled.
      expect(loading.shadowRoot!.querySelectorAll('[role=status]')).to.have.length(1);
      expect(loading.shadowRoot!.querySelector('p[role=status]')!.textContent).to.equal('Loading…');
      await expect(loading).to.be.accessible();
    } finally {
      release();
    }
    const failing = await fixture<McLabourMarket>(html`<mc-labour-market code="31301" src="/missing/index.json"></mc-labour-market>`);
    const { detail } = await oneEvent(failing, 'mc-error');
    expect(detail.code).to.equal('not-found');
    await failing.updateComplete;
    expect(failing.shadowRoot!.querySelector('[role=alert] button')!.textContent!.trim()).to.equal('Retry');
    await expect(failing).to.be.accessible();
  });
});

describe('mc-labour-market: content', () => {
  it('says plainly that the figures are sample data', async () => {
    const el = await make('31301');
    expect(el.shadowRoot!.querySelector('[part=sample]')!.textContent).to.equal('Sample figures for demonstration, not real data.');
  });

  it('leads the outlook with where and when, then the rating labelled as Canada’s, then its meaning on demand', async () => {
    const el = await make('31301');
    const outlook = el.shadowRoot!.querySelector('[part=outlook]')!;
    const said = [...outlook.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    expect(said.slice(0, 4)).to.deep.equal([
      'Outlook across Canada, 2024–2033',
      'Across Canada, 2024 to 2033: about 52,000 jobs are expected to open up for registered nurses and registered psychiatric nurses, and about 47,000 people are expected to look for them. That is somewhat more jobs than people looking for them.',
      'Official rating for all of Canada: Moderate risk of shortage',
      // The figures agree with the rating: the recent rating, no explanation of a difference.
      'From 2021 to 2023, the job market for this work was rated “strong risk of shortage”.',
    ]);
    expect(outlook.querySelector('.condition')!.textContent).to.equal('Moderate risk of shortage');
    const details = outlook.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('What does this mean?');
    expect(details.querySelector('p')!.textContent!.length).to.be.greaterThan(20);
    expect(outlook.querySelector('.source')!.textContent).to.contain('Hand-written sample data');
  });

  it('states "no rating" plainly for an unrated occupation, after its figures', async () => {
    const el = await make('72106');
    const outlook = el.shadowRoot!.querySelector('[part=outlook]')!;
    expect(outlook.querySelector('.condition')).to.equal(null);
    expect(outlook.querySelector('.lead')!.textContent).to.match(/^Across Canada, 2024 to 2033: about 3,000 jobs/);
    expect(outlook.textContent).to.contain('There is no official rating for this occupation: the projection system does not rate every occupation.');
  });

  it('explains, beside the badge, an official rating the figures read otherwise, naming the recent rating; never “still”', async () => {
    // Software developers in the fixture: about 3,000 jobs for 2,800 people, rated a strong risk of surplus.
    for (const lang of ['en', 'fr'] as const) {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><mc-labour-market .index=${index} code="21232"></mc-labour-market></div>`);
      const el = wrapper.querySelector('mc-labour-market')!;
      await el.updateComplete;
      const outlook = el.shadowRoot!.querySelector('[part=outlook]')!;
      const rating = outlook.querySelector('.rating')!;
      const note = rating.nextElementSibling!.textContent!.replace(/[\s\u00a0\u202f]+/g, ' ');
      if (lang === 'en') {
        expect(outlook.querySelector('.lead')!.textContent).to.match(/That is about as many jobs as people looking for them\.$/);
        expect(rating.textContent).to.equal('Official rating for all of Canada: Strong risk of surplus');
        expect(note).to.match(
          /^The official rating, “strong risk of surplus”, does not come from these two numbers alone\. .* From 2021 to 2023, it was rated “balance”\.$/,
        );
      } else {
        expect(rating.textContent!.replace(/\u00a0/g, ' ')).to.equal('Cote officielle pour l’ensemble du Canada : Risque élevé de surplus');
        expect(note).to.match(
          /^La cote officielle, « risque élevé de surplus », ne vient pas seulement de ces deux nombres\. .* De 2021 à 2023, la cote était « équilibre »\.$/,
        );
      }
      expect(outlook.textContent).not.to.match(/\bstill\b|\breste\b/);
      await expect(el).to.be.accessible();
    }
  });

  it('draws wages as a chart hidden from screen readers, plus a named table of the three figures, what low and high mean, source and year', async () => {
    const el = await make('31301');
    const wages = el.shadowRoot!.querySelector('[part=wages]')!;
    const chart = wages.querySelector('[part=chart]')!;
    // The table after it gives the same figures: the chart is not read, and holds no name of its own.
    expect(chart.getAttribute('aria-hidden')).to.equal('true');
    expect(wages.querySelectorAll('[role=img], figcaption, [aria-labelledby$=chart-text]')).to.have.length(0);
    expect(wages.querySelector('table caption')!.textContent).to.equal('Wages in Ontario, by the hour and by the year');
    const cells = [...wages.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td')!.textContent);
    expect(cells).to.deep.equal(['$31.00', '$41.25', '$56.00']);
    expect(wages.querySelector('.levels')!.textContent).to.equal(
      'Low and high: in most cases, about 1 in 10 people in this occupation earn less than the low wage, and about 1 in 10 earn more than the high wage.',
    );
    expect(wages.querySelector('.source')!.textContent).to.equal('Source: Hand-written sample data, 2024.');
    expect(chart.querySelectorAll('rect').length).to.equal(3);
    const widths = [...chart.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths[0]).to.be.lessThan(widths[1]!);
    expect(widths[1]).to.be.lessThan(widths[2]!);
  });

  it('says when no job-market figures are published', async () => {
    const el = await make('31102');
    expect(text(el)).to.contain('No job-market figures are published for this occupation.');
  });
});

describe('mc-labour-market: an occupation code not in the index', () => {
  /** The panel for `code` in `lang`, and every `mc-error` it fired. */
  async function unknown(
    lang: 'en' | 'fr',
  ): Promise<{ el: McLabourMarket; wrapper: HTMLElement; fired: Array<{ code: string; message: string; hint?: string }> }> {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><mc-labour-market></mc-labour-market></div>`);
    const el = wrapper.querySelector('mc-labour-market')!;
    const fired: Array<{ code: string; message: string; hint?: string }> = [];
    el.addEventListener('mc-error', (e) => fired.push(e.detail));
    Object.assign(el, { index: await loadedIndex({ requirements: REQUIREMENTS }), code: '99999' });
    await el.updateComplete;
    await aTimeout(50); // what the requirements' load would have fired
    return { el, wrapper, fired };
  }
  const box = (el: McLabourMarket) => el.shadowRoot!.querySelector('[part=state]')!;

  it('shows the error box with the errors’ wording and no Retry, and fires mc-error unknown-occupation once, with the same message', async () => {
    const { el, fired } = await unknown('en');
    const message = 'This occupation is not in the data this page uses. Choose another occupation, or tell the site owner.';
    expect(box(el).getAttribute('role')).to.equal('alert');
    expect(box(el).classList.contains('error'), 'styled as the other errors').to.be.true;
    expect(box(el).textContent!.trim()).to.equal(message);
    expect(box(el).querySelector('button'), 'no Retry: the index will not hold it later').to.equal(null);
    expect(fired).to.have.length(1);
    expect(fired[0]).to.deep.include({ code: 'unknown-occupation', message });
    expect(fired[0]!.hint).to.equal('Unknown occupation code "99999": not in this index.');
    expect(el.shadowRoot!.querySelector('[part=requirements]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says it in French, then in English when the page switches, without firing again', async () => {
    const { el, wrapper, fired } = await unknown('fr');
    const message = 'Cette profession ne figure pas dans les données de cette page. Choisissez une autre profession ou avisez le responsable du site.';
    expect(box(el).textContent!.trim()).to.equal(message);
    expect(fired.map((d) => [d.code, d.message])).to.deep.equal([['unknown-occupation', message]]);
    await expect(el).to.be.accessible();
    wrapper.lang = 'en';
    await aTimeout(0);
    await el.updateComplete;
    expect(box(el).textContent!.trim()).to.match(/^This occupation is not in the data this page uses\./);
    expect(fired).to.have.length(1);
  });
});

describe('mc-labour-market: region', () => {
  it('changes wages when the person picks a region, firing nothing', async () => {
    const el = await make('31301');
    const fired: string[] = [];
    for (const type of ['change', 'mc-select', 'mc-error']) el.addEventListener(type, () => fired.push(type));
    const select = el.shadowRoot!.querySelector('select')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['ER35', 'ER3510', 'ER3580', 'ER3530']);
    select.value = 'ER3530';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=wages] tbody td')!.textContent).to.equal('$35.00');
    expect(el.shadowRoot!.querySelector('[part=wages] .subheading')!.textContent).to.equal('Hourly wages in Toronto');
    expect(fired).to.deep.equal([]);
  });

  it('lets the host attribute win over the person’s pick', async () => {
    const el = await make('31301');
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'ER3530';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    el.setAttribute('region', 'ER35');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('select')!.value).to.equal('ER35');
    expect(el.shadowRoot!.querySelector('[part=wages] tbody td')!.textContent).to.equal('$31.00');
  });

  it('says when it falls back to a wider region', async () => {
    const el = await make('31301', { region: 'ER3580' });
    expect(el.shadowRoot!.querySelector('[part=wages] .notice')!.textContent).to.contain('Stratford–Bruce Peninsula');
  });
});

describe('mc-labour-market: parts', () => {
  it('exposes heading, sample, outlook, wages, chart, facts and requirements', async () => {
    const el = await make('31301');
    for (const part of ['heading', 'subheading', 'sample', 'outlook', 'wages', 'chart', 'facts', 'requirements']) {
      expect(el.shadowRoot!.querySelector(`[part~=${part}]`), part).to.exist;
    }
  });

  it('uses the heading level it is given', async () => {
    const el = await make('31301', { headingLevel: 3 });
    expect(el.shadowRoot!.querySelector('[part=heading]')!.tagName).to.equal('H3');
    expect(el.shadowRoot!.querySelector('[part=subheading]')!.tagName).to.equal('H4');
  });
});

describe('mc-labour-market: French', () => {
  it('renders French text and fr-CA money', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><mc-labour-market></mc-labour-market></div>`);
    const el = wrapper.querySelector('mc-labour-market')!;
    Object.assign(el, { index, code: '31301' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=sample]')!.textContent).to.equal(
      'Données fictives, à titre de démonstration seulement\u00a0: ce ne sont pas des données réelles.',
    );
    expect(el.shadowRoot!.querySelector('summary')!.textContent).to.equal('Qu’est-ce que cela veut dire\u202f?');
    expect(el.shadowRoot!.querySelector('[part=wages] tbody td')!.textContent).to.match(/^31,00\s\$$/);
    await expect(el).to.be.accessible();
    wrapper.lang = 'en';
    await aTimeout(0);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('summary')!.textContent).to.equal('What does this mean?');
  });

  it('heads the table’s levels « Niveau » and says what « bas » and « élevé » mean', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><mc-labour-market .index=${index} code="31301"></mc-labour-market></div>`);
    const el = wrapper.querySelector('mc-labour-market')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=wages] thead th')!.textContent).to.equal('Niveau');
    expect(el.shadowRoot!.querySelector('[part=wages] caption')!.textContent).to.equal('Salaires, Ontario\u00a0: à l’heure et par année');
    expect(el.shadowRoot!.querySelector('.levels')!.textContent).to.match(/^Bas et élevé\u00a0: dans la plupart des cas, environ 1 personne sur 10/);
  });

  it('with one wage alone, says it in its sentence, with neither chart nor table of one figure, and why the others are missing', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><mc-labour-market></mc-labour-market></div>`);
    const el = wrapper.querySelector('mc-labour-market')!;
    // Licensed practical nurses: an Ontario median only.
    Object.assign(el, { index, code: '32101' });
    await el.updateComplete;
    const wages = el.shadowRoot!.querySelector('[part=wages]')!;
    expect(wages.querySelector('[part=chart]')).to.equal(null);
    expect(wages.querySelector('table')).to.equal(null);
    expect(wages.textContent).to.contain('la moitié des personnes de cette profession gagnent plus de 30,00');
    expect(wages.textContent).not.to.match(/non publié/i);
    expect(wages.textContent).to.contain('Le Guichet-Emplois ne publie pas de salaire lorsque l’enquête d’où il vient compte trop peu de réponses.');
  });
});

describe('mc-labour-market: what the work requires', () => {
  let withRequirements: LoadedIndex;
  before(async () => {
    withRequirements = await loadedIndex({ requirements: REQUIREMENTS });
  });
  const block = (el: McLabourMarket) => el.shadowRoot!.querySelector('[part=requirements]')!;
  const blockText = (el: McLabourMarket) => (block(el)?.textContent ?? '').replace(/[ \n\t]+/g, ' ').trim();

  it('says what the training level means, then the official requirements by whom they hold for', async () => {
    const el = await make('31301', { index: withRequirements });
    await waitUntil(() => block(el).querySelector('ul'), 'the requirements show');
    expect(block(el).querySelector('h3')!.textContent).to.equal('What the work requires');
    const paragraphs = [...block(el).querySelectorAll('p')].map((p) => p.textContent!.replace(/[ \n\t]+/g, ' ').trim());
    expect(paragraphs).to.deep.equal([
      'This occupation usually takes a university degree (TEER 1 in the National Occupational Classification).',
      'The Government of Canada’s official description of this work says:',
      'For all except Registered psychiatric nurses:',
      'For Registered psychiatric nurses:',
      'Short programs can build skills for this work, but they do not replace a required diploma, licence or trade certificate.',
    ]);
    // A list that holds for some profiles only is named by the line that says which.
    const scoped = [...block(el).querySelectorAll('ul[aria-labelledby]')].map(
      (ul) => block(el).querySelector(`#${ul.getAttribute('aria-labelledby')}`)!.textContent,
    );
    expect(scoped).to.deep.equal(['For all except Registered psychiatric nurses:', 'For Registered psychiatric nurses:']);
    const lists = [...block(el).querySelectorAll('ul')].map((ul) => [...ul.querySelectorAll('li')].map((li) => li.textContent));
    expect(lists).to.deep.equal([
      ['Completion of an approved registered nursing program is required.'],
      ['Registration with a regulatory body is required in all provinces and territories.'],
      ['Registration with a regulatory body is required in Manitoba, Saskatchewan, Alberta, British Columbia and the Yukon.'],
    ]);
    expect(block(el).querySelector('ul')!.hasAttribute('lang'), 'English on an English page').to.be.false;
    await expect(el).to.be.accessible();
  });

  it('in French, says this site has the official text in English only (not that it is published so), and marks it so', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><mc-labour-market></mc-labour-market></div>`);
    const el = wrapper.querySelector('mc-labour-market')!;
    Object.assign(el, { index: withRequirements, code: '31301' });
    await waitUntil(() => block(el)?.querySelector('ul'), 'the requirements show');
    expect(blockText(el)).to.contain('Cette profession exige habituellement un diplôme universitaire (FEER 1 de la Classification nationale des professions).');
    expect(blockText(el)).to.contain(
      'La description officielle de cette profession par le gouvernement du Canada, que ce site n’a qu’en anglais, indique\u00a0:',
    );
    expect(blockText(el)).not.to.match(/SICP\)|publié en anglais/);
    expect([...block(el).querySelectorAll('ul')].every((ul) => ul.lang === 'en')).to.be.true;
    const scope = [...block(el).querySelectorAll('.scope')][0]!;
    expect(scope.textContent).to.equal('Pour tous, sauf Registered psychiatric nurses\u00a0:');
    expect(scope.querySelector('span')!.lang).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('says when the profile lists none, and shows the training level alone for an index without requirements', async () => {
    const el = await make('21232', { index: withRequirements });
    await waitUntil(() => blockText(el).includes('Its official description lists no requirements.'), blockText(el));
    const older = await make('21232');
    await waitUntil(() => blockText(older).includes('TEER 1'), blockText(older));
    expect(blockText(older)).to.not.contain('official description');
    expect(blockText(older)).to.contain('TEER 1');
  });

  it('says when the requirements could not be loaded, fires mc-error, and Retry loads them', async () => {
    const files = encodeIndex(indexParts({ requirements: REQUIREMENTS }));
    const text = (name: string) => new TextDecoder().decode(files.get(name)!);
    // Assembled without its requirements: they are fetched beside index.json, and the first fetch fails.
    const lost = await assembleIndex(
      JSON.parse(text('index.json')),
      { labels: { en: text('labels.en.txt') }, titles: {}, programs: text('programs.txt') },
      { source: `${location.origin}/virtual/index.json` },
    );
    const realFetch = window.fetch;
    let fetches = 0;
    window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.includes('/virtual/')) return realFetch(input, init);
      fetches++;
      if (fetches === 1) throw new TypeError('Failed to fetch');
      return new Response(text(url.slice(url.lastIndexOf('/') + 1)));
    }) as typeof fetch;
    try {
      const el = await fixture<McLabourMarket>(html`<mc-labour-market></mc-labour-market>`);
      const failed = oneEvent(el, 'mc-error');
      Object.assign(el, { index: lost, code: '72106' });
      expect((await failed).detail.code).to.equal('network');
      await waitUntil(() => block(el)?.querySelector('[role=alert]'), 'the failure shows');
      expect(blockText(el)).to.contain('The official requirements could not be loaded. Retry');
      expect(blockText(el)).to.contain('TEER 2', 'the training level still shows');
      await expect(el).to.be.accessible();
      block(el).querySelector<HTMLButtonElement>('[role=alert] button')!.click();
      await waitUntil(() => block(el).querySelector('li'), 'Retry loads them');
      expect(block(el).querySelector('li')!.textContent).to.equal('Completion of secondary school is usually required.');
      expect(fetches).to.equal(2);
    } finally {
      window.fetch = realFetch;
    }
  });
});
