import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/mc-outcomes-report.js';
import type { McOutcomesReport } from '../../../src/elements/mc-outcomes-report/mc-outcomes-report.js';
import type { Outcomes } from '../../../src/core/analytics/outcomes.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { OCCUPATIONS, loadedIndex } from '../../fixtures/index/index.js';

const TOKEN = 'admin-token-3f9c1b7e2a64d508';
let sample: Outcomes;
let csv: string;
let index: LoadedIndex;
const realFetch = window.fetch;

/** What the stubbed server answers, and every request it got. */
let answer: (url: URL) => Response | Promise<Response>;
let requests: Array<{ url: URL; authorization: string | null }>;

before(async () => {
  sample = (await (await realFetch('/demo/outcomes-sample/outcomes')).json()) as Outcomes;
  csv = await (await realFetch('/demo/outcomes-sample/outcomes.csv')).text();
  index = await loadedIndex();
});

beforeEach(() => {
  requests = [];
  answer = (url) => (url.pathname.endsWith('.csv') ? new Response(csv, { headers: { 'content-type': 'text/csv' } }) : Response.json(sample));
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), document.baseURI);
    if (!url.pathname.startsWith('/api/outcomes')) return realFetch(input, init);
    requests.push({ url, authorization: new Headers(init?.headers).get('authorization') });
    return answer(url);
  }) as typeof fetch;
});

afterEach(() => {
  window.fetch = realFetch;
});

const empty = (): Outcomes => ({
  ...sample,
  sample: undefined,
  shown: 0,
  opens: 0,
  inquiries: 0,
  clickThroughRate: null,
  batches: 0,
  byWeek: [],
  byPage: [],
  byOccupation: [],
  byProgram: [],
  unmatched: [],
  unrelated: [],
});

/** Marks on programs and occupations of the test index, and one the index does not know. */
const MARKS: Outcomes['unrelated'] = [
  { programId: 'welding-1', code: '21232', marks: 3 },
  { programId: 'gone-program', code: '72106', marks: 1 },
];

/** The rows of the "not relevant" table: program, occupation, marks. */
const unrelatedRows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('table.unrelated tbody tr')].map((r) => [...r.children].map((c) => c.textContent!.trim()));

async function make(extra: Partial<McOutcomesReport> = {}, lang = 'en'): Promise<McOutcomesReport> {
  const el = await fixture<McOutcomesReport>(html`<mc-outcomes-report lang=${lang}></mc-outcomes-report>`);
  Object.assign(el, { token: TOKEN, ...extra });
  await settle(el);
  return el;
}

/** Until the report has answered and rendered. */
async function settle(el: McOutcomesReport): Promise<void> {
  await el.updateComplete;
  const loading = () => /Loading|Chargement/.test(el.shadowRoot!.querySelector('div.state')?.textContent ?? '');
  for (let i = 0; i < 100 && loading(); i++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
  await el.updateComplete;
}

/** The full report's tables, by caption, in page order. */
const TABLES = [
  'By week',
  'By host page',
  'Recommendations by occupation',
  'Program opens by program',
  'Job titles that matched nothing',
  'Marked not relevant by learners',
];

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
/** "7,536", "7 536", "9.1%", "9,1 %" -> numbers. */
const num = (s: string) =>
  Number(
    s
      .replace(/[\s\u00a0\u202f,]/g, '')
      .replace('%', '')
      .replace(/(\d),(\d)/, '$1.$2'),
  );

describe('mc-outcomes-report: accessibility in every state', () => {
  it('is accessible loaded', async () => {
    const el = await make({ index });
    expect(el.shadowRoot!.querySelector('svg[role=img]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading and without a token', async () => {
    answer = () => new Promise(() => undefined);
    const el = await fixture<McOutcomesReport>(html`<mc-outcomes-report></mc-outcomes-report>`);
    expect(text(el)).to.contain('Sign in with the admin token');
    await expect(el).to.be.accessible();
    el.token = TOKEN;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Loading the outcomes report');
    await expect(el).to.be.accessible();
  });

  it('is accessible and plain when there is no data yet', async () => {
    answer = () => Response.json(empty());
    const el = await make();
    expect(text(el)).to.contain('No data yet.');
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=download]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is accessible signed in as one institution: its programs’ opens only, and says why', async () => {
    const scoped = (byProgram: Outcomes['byProgram']): Outcomes => ({
      ...empty(),
      opens: byProgram.reduce((n, p) => n + p.opens, 0),
      byProgram,
      scope: { provider: 'Lakeshore Polytechnic' },
    });
    answer = () => Response.json(scoped([{ programId: 'welding-1', opens: 4 }]));
    const el = await make();
    expect(text(el)).to.contain('Counts for the programs of Lakeshore Polytechnic only');
    expect(el.shadowRoot!.querySelector('[part=scope]')).to.exist;
    expect([...el.shadowRoot!.querySelectorAll('table caption')].map((c) => c.textContent)).to.deep.equal(['Program opens by program']);
    expect(el.shadowRoot!.querySelector('[part=totals]')!.textContent).not.to.contain('Recommendations shown');
    expect(text(el)).not.to.contain('No data yet');
    expect(el.shadowRoot!.querySelector('[part=download]')).to.exist;
    expect(text(el)).to.contain('No program was marked not relevant in this period.');
    await expect(el).to.be.accessible();
    answer = () => Response.json({ ...scoped([{ programId: 'welding-1', opens: 4 }]), unrelated: MARKS.slice(0, 1) });
    const marked = await make({ index });
    expect(unrelatedRows(marked)).to.deep.equal([['Welding level 1', 'Software developers and programmers (NOC\u00a021232)', '3']]);
    expect([...marked.shadowRoot!.querySelectorAll('table caption')].map((c) => c.textContent)).to.deep.equal([
      'Program opens by program',
      'Marked not relevant by learners',
    ]);
    await expect(marked).to.be.accessible();
    answer = () => Response.json(scoped([]));
    const none = await make({}, 'fr');
    // French strings load on demand.
    for (let i = 0; i < 100 && !text(none).includes('Résultats'); i++) {
      await new Promise((r) => setTimeout(r, 10));
      await none.updateComplete;
    }
    expect(none.shadowRoot!.querySelector('[part=scope]')!.textContent).to.contain(
      'Chiffres des programmes de l’établissement «\u00a0Lakeshore Polytechnic\u00a0» seulement\u00a0:',
    );
    expect(text(none)).to.contain('Aucun de vos programmes n’a été ouvert pendant cette période.');
    expect(text(none)).to.contain('Aucun programme n’a été signalé sans rapport pendant cette période.');
    await expect(none).to.be.accessible();
  });

  it('names the institution of a scoped report in French by its French name when the index gives one, else in English marked lang="en"', async () => {
    const scoped = (provider: string): Outcomes => ({ ...empty(), scope: { provider } });
    const scopeOf = async (provider: string) => {
      answer = () => Response.json(scoped(provider));
      const el = await make({ index }, 'fr');
      for (let i = 0; i < 100 && !text(el).includes('Résultats'); i++) {
        await new Promise((r) => setTimeout(r, 10));
        await el.updateComplete;
      }
      return el.shadowRoot!.querySelector('[part=scope]')!;
    };
    const french = await scopeOf('Other University');
    expect(french.textContent).to.contain('Chiffres des programmes de l’établissement «\u00a0Université Autre\u00a0» seulement');
    expect(french.querySelector('[lang]')).to.equal(null);
    const english = await scopeOf('Sample College');
    expect(english.textContent).to.contain('«\u00a0Sample College\u00a0»');
    expect([...english.querySelectorAll('[lang]')].map((n) => [n.getAttribute('lang'), n.textContent])).to.deep.equal([['en', 'Sample College']]);
  });

  it('is accessible with counts of typed titles only (no recommendation yet)', async () => {
    answer = () => Response.json({ ...empty(), batches: 5, unmatched: [{ lang: 'fr', query: 'soudeur sous marin', visits: 5 }] });
    const el = await make();
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(text(el)).to.contain('None in this period.');
    expect(text(el)).to.contain('soudeur sous marin');
    await expect(el).to.be.accessible();
  });

  it('is accessible after an error, and Retry loads the report', async () => {
    answer = () => new Response('{"error":"server-error"}', { status: 500 });
    const el = await make();
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('The report could not be loaded.');
    await expect(el).to.be.accessible();
    answer = () => Response.json(sample);
    (alert.querySelector('button') as HTMLButtonElement).click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('svg[role=img]')).to.exist;
    expect(requests).to.have.length(2);
  });
});

describe('mc-outcomes-report: content', () => {
  it('sends the token in Authorization only, and the period as from/to', async () => {
    await make({ from: '2026-10-12', to: '2026-11-01' } as Partial<McOutcomesReport>);
    expect(requests).to.have.length(1);
    expect(requests[0]!.authorization).to.equal(`Bearer ${TOKEN}`);
    expect(requests[0]!.url.pathname).to.equal('/api/outcomes');
    expect(requests[0]!.url.search).to.equal('?from=2026-10-12&to=2026-11-01');
    expect(requests[0]!.url.href).not.to.contain(TOKEN);
  });

  it('never puts the token in an attribute', async () => {
    const el = await make();
    expect(el.outerHTML).not.to.contain(TOKEN);
    expect(el.getAttribute('token')).to.equal(null);
  });

  it('shows the totals and says the sample is sample data', async () => {
    const el = await make();
    expect(el.shadowRoot!.querySelector('[part=sample]')!.textContent).to.equal('Sample figures for demonstration, not real data.');
    const totals = [...el.shadowRoot!.querySelectorAll('[part=totals] > div')].map((d) => [
      d.querySelector('dt')!.textContent,
      d.querySelector('dd')!.textContent,
    ]);
    expect(totals).to.deep.equal([
      ['Recommendations shown', sample.shown.toLocaleString('en-CA')],
      ['Program opens', sample.opens.toLocaleString('en-CA')],
      ['Inquiries', String(sample.inquiries)],
      ['Click-through rate', `${(Math.round(sample.clickThroughRate! * 1000) / 10).toFixed(1)}%`],
    ]);
  });

  it('draws the weekly chart from the same figures as its table, bar heights in proportion', async () => {
    const el = await make();
    const rows = [...el.shadowRoot!.querySelectorAll('figure[part=chart] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-week'))).to.deep.equal(sample.byWeek.map((w) => w.week));
    const table = rows.map((row) => [...row.querySelectorAll('td')].map((td) => num(td.textContent!)));
    const panels = [...el.shadowRoot!.querySelectorAll('figure[part=chart] svg g.panel')];
    expect(panels.map((p) => p.getAttribute('data-series'))).to.deep.equal(['shown', 'opens', 'inquiries']);
    panels.forEach((panel, column) => {
      const bars = [...panel.querySelectorAll('rect')];
      expect(bars.map((b) => b.getAttribute('data-week'))).to.deep.equal(sample.byWeek.map((w) => w.week));
      expect(
        bars.map((b) => Number(b.getAttribute('data-value'))),
        panel.getAttribute('data-series')!,
      ).to.deep.equal(table.map((r) => r[column]));
      // One scale per panel: height over value is the same for every bar, the tallest near the top.
      const top = Number(bars[0]!.getAttribute('data-top'));
      const max = Math.max(...bars.map((b) => Number(b.getAttribute('data-value'))));
      expect(top)
        .to.be.at.least(max)
        .and.below(max * 2.5);
      const scale = bars.map((b) => (Number(b.getAttribute('height')) * top) / Number(b.getAttribute('data-value')));
      expect(Math.max(...scale) - Math.min(...scale), panel.getAttribute('data-series')!).to.be.lessThan(0.001);
    });
    const label = el.shadowRoot!.querySelector('svg[role=img]')!.getAttribute('aria-label')!;
    expect(label).to.contain('for each of 8 weeks, from the week of October 5, 2026');
    expect(label).to.contain('The table below gives every figure.');
  });

  it('has tables by host page, by occupation (names from the index) and by program', async () => {
    const el = await make({ index });
    const captions = [...el.shadowRoot!.querySelectorAll('table caption')].map((c) => c.textContent);
    expect(captions).to.deep.equal(TABLES);
    const pages = [...el.shadowRoot!.querySelectorAll('table')[1]!.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(pages).to.deep.equal(sample.byPage.map((p) => p.page));
    const occupations = [...el.shadowRoot!.querySelectorAll('table')[2]!.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(occupations).to.include('Welders and related machine operators (NOC\u00a072106)');
    expect(occupations).to.include('13110', 'a code the index does not know stays a code');
  });

  it('lists the unmatched titles with their language and visits', async () => {
    const el = await make();
    const rows = [...el.shadowRoot!.querySelectorAll('table.unmatched tbody tr')];
    expect(
      rows.map((r) => [r.querySelector('th')!.textContent, r.querySelector('th')!.getAttribute('lang'), num(r.querySelectorAll('td')[1]!.textContent!)]),
    ).to.deep.equal(sample.unmatched.map((u) => [u.query, u.lang, u.visits]));
    expect(text(el)).to.contain('typed on at least 3 visits');
  });

  it('lists the programs learners marked not relevant, by name, and says what to do about them', async () => {
    answer = () => Response.json({ ...sample, unrelated: MARKS });
    const el = await make({ index });
    expect(el.shadowRoot!.querySelector('#mc-or-unrelated')!.textContent).to.equal('Marked not relevant by learners');
    expect(unrelatedRows(el)).to.deep.equal([
      ['Welding level 1', 'Software developers and programmers (NOC\u00a021232)', '3'],
      ['gone-program', 'Welders and related machine operators (NOC\u00a072106)', '1'],
    ]);
    expect([...el.shadowRoot!.querySelectorAll('table.unrelated thead th')].map((th) => th.textContent)).to.deep.equal(['Program', 'Occupation', 'Marks']);
    expect(text(el)).to.contain(
      'mark it “Not for this occupation” for that occupation in the catalogue review: the next index build stops recommending it there.',
    );
    await expect(el).to.be.accessible();
  });

  it('says when nothing was marked, also for a report from a server older than the marks', async () => {
    const { unrelated: _, ...older } = sample;
    for (const report of [{ ...sample, unrelated: [] }, older]) {
      answer = () => Response.json(report);
      const el = await make();
      expect(el.shadowRoot!.querySelector('table.unrelated')).to.equal(null);
      expect(text(el)).to.contain('No program was marked not relevant in this period.');
      expect(text(el)).not.to.contain('catalogue review');
      expect(el.shadowRoot!.querySelector('svg[role=img]'), 'the rest of the report is shown').to.exist;
    }
  });

  it('shows the marks even for a period with no usage counts', async () => {
    answer = () => Response.json({ ...empty(), unrelated: MARKS });
    const el = await make();
    expect(text(el)).not.to.contain('No data yet');
    expect(unrelatedRows(el)).to.have.length(2);
  });

  it('downloads the CSV with the token, as a file, and says so', async () => {
    const el = await make();
    const clicked: Array<{ download: string; href: string }> = [];
    const realClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    };
    try {
      (el.shadowRoot!.querySelector('[part=download]') as HTMLButtonElement).click();
      for (let i = 0; i < 50 && clicked.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
    } finally {
      HTMLAnchorElement.prototype.click = realClick;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.equal('outcomes.csv');
    expect(clicked[0]!.href).to.match(/^blob:/);
    expect(await (await realFetch(clicked[0]!.href)).text()).to.equal(csv);
    const csvRequest = requests.find((r) => r.url.pathname === '/api/outcomes.csv')!;
    expect(csvRequest.authorization).to.equal(`Bearer ${TOKEN}`);
    expect(el.shadowRoot!.querySelector('.actions [role=status]')!.textContent).to.equal('The CSV file outcomes.csv was downloaded.');
  });

  it('fires mc-error with code unauthorized when the token is refused', async () => {
    answer = () => new Response('{"error":"unauthorized"}', { status: 401 });
    const el = await fixture<McOutcomesReport>(html`<mc-outcomes-report></mc-outcomes-report>`);
    setTimeout(() => (el.token = 'wrong-token-0000000000'));
    const { detail } = await oneEvent(el, 'mc-error');
    expect(detail.code).to.equal('unauthorized');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('The admin token was refused. Sign in again.');
  });
});

describe('mc-outcomes-report: keyboard', () => {
  it('goes by Tab from the download button through each table region, and Enter downloads', async () => {
    const el = await make();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const stops: string[] = [];
    for (let i = 0; i < 7; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement;
      stops.push(active?.getAttribute('part') ?? active?.getAttribute('aria-label') ?? String(active));
    }
    expect(stops).to.deep.equal(['download', ...TABLES]);
    // Shift+Tab back to the download button, then Enter.
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement!.getAttribute('part')).to.equal('download');
    const realClick = HTMLAnchorElement.prototype.click;
    let downloaded = false;
    HTMLAnchorElement.prototype.click = () => {
      downloaded = true;
    };
    try {
      await sendKeys({ press: 'Enter' });
      for (let i = 0; i < 50 && !downloaded; i++) await new Promise((r) => setTimeout(r, 10));
    } finally {
      HTMLAnchorElement.prototype.click = realClick;
      before.remove();
    }
    expect(downloaded).to.equal(true);
  });

  it('reaches Retry by keyboard after an error', async () => {
    answer = () => new Response('', { status: 503 });
    const el = await make();
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('cannot read its storage');
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('Retry');
    answer = () => Response.json(sample);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    before.remove();
    expect(el.shadowRoot!.querySelector('svg[role=img]')).to.exist;
  });
});

describe('mc-outcomes-report: French', () => {
  it('speaks French, with French numbers and dates', async () => {
    const el = await make({ index }, 'fr');
    const t = text(el);
    expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('Résultats');
    expect(t).to.contain('Recommandations affichées');
    expect(t).to.contain('Titres d’emploi sans correspondance');
    expect(t).to.contain('Soudeurs/soudeuses');
    const shown = el.shadowRoot!.querySelector('[part=totals] dd')!.textContent!;
    expect(shown).to.equal(new Intl.NumberFormat('fr-CA').format(sample.shown));
    expect(shown).to.match(/^\d[\u00a0\u202f ]\d{3}$/);
    expect(el.shadowRoot!.querySelector('[part=totals] > div:nth-child(4) dd')!.textContent).to.match(/^\d+,\d[\u00a0\u202f]%$/);
    expect(el.shadowRoot!.querySelector('figure tbody th')!.textContent).to.equal('Semaine du 5 octobre 2026');
    expect(el.shadowRoot!.querySelector('[part=download]')!.textContent).to.equal('Télécharger le CSV');
    await expect(el).to.be.accessible();
  });

  it('names the "not relevant" marks and what to do in French', async () => {
    answer = () => Response.json({ ...sample, unrelated: MARKS });
    const el = await make({ index }, 'fr');
    expect(el.shadowRoot!.querySelector('#mc-or-unrelated')!.textContent).to.equal('Programmes signalés sans rapport par les personnes apprenantes');
    expect([...el.shadowRoot!.querySelectorAll('table.unrelated thead th')].map((th) => th.textContent)).to.deep.equal([
      'Programme',
      'Profession',
      'Signalements',
    ]);
    const hint = [...el.shadowRoot!.querySelectorAll('p')].find((p) => p.textContent!.includes('marquez-le'))!;
    expect(hint.textContent).to.contain('marquez-le «\u00a0Pas pour cette profession\u00a0» pour celle-ci dans la vérification du catalogue\u00a0:');
    expect(unrelatedRows(el)[0]![2]).to.equal('3');
  });

  it('marks an English program title lang="en" in the French tables, a title it does not know (an id) not', async () => {
    answer = () => Response.json({ ...sample, byProgram: [{ programId: 'welding-1', opens: 4 }], unrelated: MARKS });
    const el = await make({ index }, 'fr');
    const rows = (table: Element) => [...table.querySelectorAll('tbody th')].map((th) => [th.textContent, th.getAttribute('lang')]);
    const byProgram = el.shadowRoot!.querySelectorAll('table')[3]!;
    expect(rows(byProgram)).to.deep.equal([['Welding level 1', 'en']]);
    expect(rows(el.shadowRoot!.querySelector('table.unrelated')!)).to.deep.equal([
      ['Welding level 1', 'en'],
      ['gone-program', null],
    ]);
    // Occupations have French titles; the typed titles keep the language they were typed in.
    expect(rows(el.shadowRoot!.querySelectorAll('table')[2]!).every(([, lang]) => lang === null)).to.equal(true);
    expect(rows(el.shadowRoot!.querySelector('table.unmatched')!)).to.deep.equal(sample.unmatched.map((u) => [u.query, u.lang]));
  });

  it('marks an occupation title with no French one lang="en" in the French tables, with its code; one in French not', async () => {
    const occupations = OCCUPATIONS.map((o) => (o.code === '72106' ? { ...o, title: { en: o.title.en, fr: '' } } : o));
    const englishWelders = await loadedIndex({ occupations });
    answer = () =>
      Response.json({
        ...sample,
        byOccupation: [
          { code: '72106', shown: 5 },
          { code: '31301', shown: 2 },
        ],
        unrelated: MARKS,
      });
    const el = await make({ index: englishWelders }, 'fr');
    const rows = (table: Element) => [...table.querySelectorAll('tbody th')].map((th) => [th.textContent, th.getAttribute('lang')]);
    const welders = `${englishWelders.occupations.get('72106')!.title.en} (CNP\u00a072106)`;
    expect(rows(el.shadowRoot!.querySelectorAll('table')[2]!)).to.deep.equal([
      [welders, 'en'],
      [`${englishWelders.occupations.get('31301')!.title.fr} (CNP\u00a031301)`, null],
    ]);
    const cells = [...el.shadowRoot!.querySelectorAll('table.unrelated tbody td.text')].map((td) => [
      td.textContent,
      td.querySelector('[lang]')?.getAttribute('lang') ?? null,
    ]);
    expect(cells).to.deep.include([welders, 'en']);
    expect(cells.filter(([, lang]) => lang === null).length).to.equal(1, 'the French title of 21232 is not marked');
  });

  it('says the error and Retry in French', async () => {
    answer = () => new Response('', { status: 429 });
    const el = await make({}, 'fr');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('Trop de demandes.');
    expect(el.shadowRoot!.querySelector('[role=alert] button')!.textContent).to.equal('Réessayer');
    await expect(el).to.be.accessible();
  });
});
