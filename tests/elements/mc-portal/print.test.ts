import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/define/mc-portal.js';
import type { McPortal } from '../../../src/elements/mc-portal/mc-portal.js';

const SAMPLE = '/demo/data/sample/index.json';
type Card = HTMLElement & { recommendation: { program: { url: string } } };

const root = (el: McPortal) => el.shadowRoot!;
const recsRoot = (el: McPortal) => root(el).querySelector('mc-recommendations')!.shadowRoot!;
const cards = (el: McPortal) => [...recsRoot(el).querySelectorAll<Card>('mc-program-card')];
const shown = (node: Element | null | undefined) => !!node && node.checkVisibility();

async function withResults(lang: 'en' | 'fr'): Promise<McPortal> {
  const el = await fixture<McPortal>(html`<mc-portal lang=${lang} src=${SAMPLE} current="12200" target="21211" url-state></mc-portal>`);
  await el.updateComplete;
  root(el).querySelector('mc-job-search')!.shadowRoot!.querySelector('input')!.focus();
  await waitUntil(() => root(el).querySelector('[part~=related]') !== null, 'no results', { timeout: 8000 });
  await waitUntil(() => cards(el).length > 0 && cards(el).every((c) => c.shadowRoot?.querySelector('[part=title]')), 'no cards');
  return el;
}

let original: string;
beforeEach(() => {
  original = location.href;
});
afterEach(async () => {
  // The portal with url-state writes its view into the URL; the next test starts clean.
  history.replaceState(null, '', original);
  await emulateMedia({ media: 'screen' });
});

describe('mc-portal printed', () => {
  for (const [lang, label] of [
    ['en', 'Web address: '],
    ['fr', 'Adresse Web\u00a0: '],
  ] as const) {
    it(`gives each program's web address in the page's language (${lang})`, async () => {
      const el = await withResults(lang);
      expect(shown(cards(el)[0]!.shadowRoot!.querySelector('[part=url]'))).to.equal(false);
      await emulateMedia({ media: 'print' });
      for (const card of cards(el)) {
        const url = card.shadowRoot!.querySelector('[part=url]');
        expect(shown(url)).to.equal(true);
        expect(url!.textContent).to.equal(`${label}${card.recommendation.program.url}`);
        expect(shown(card.shadowRoot!.querySelector('[part=title]'))).to.equal(true);
      }
    });
  }

  it('leaves out every control: searches, language button, Copy link, filters, Inquire, program links', async () => {
    const el = await withResults('en');
    const controls = () => [
      root(el).querySelector('[part=searches]'),
      root(el).querySelector('[part=lang-toggle]'),
      recsRoot(el).querySelector('[part=filters]'),
      ...cards(el).map((c) => c.shadowRoot!.querySelector('[part=actions]')),
      ...[...root(el).querySelector('mc-labour-market')!.shadowRoot!.querySelectorAll('select, button, details')],
    ];
    expect(controls().every(shown), 'every control shows on screen').to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(controls().filter(shown)).to.deep.equal([]);
    expect(shown(root(el).querySelector('[part=share]'))).to.equal(false);
    // What the paper is for stays.
    expect(shown(root(el).querySelector('[part=results-heading]'))).to.equal(true);
    expect(shown(root(el).querySelector('mc-labour-market'))).to.equal(true);
    expect(shown(root(el).querySelector('[part=related] li'))).to.equal(true);
  });

  for (const [lang, locale, printed, again] of [
    ['en', 'en-CA', 'Printed on', 'To open this page again: '],
    ['fr', 'fr-CA', 'Imprimé le', 'Pour rouvrir cette page\u00a0: '],
  ] as const) {
    it(`carries the date and the link "Copy link" gives, on paper only (${lang})`, async () => {
      const el = await withResults(lang);
      const line = root(el).querySelector<HTMLElement>('.printed')!;
      expect(shown(line)).to.equal(false);
      await emulateMedia({ media: 'print' });
      expect(shown(line)).to.equal(true);
      const today = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
      expect(line.textContent!.replace(/[ \n\t]+/g, ' ').trim()).to.equal(`${printed} ${today}. ${again}${location.href}`);
      expect(line.querySelector('a')!.getAttribute('href')).to.equal(location.href);
      expect(new URL(location.href).searchParams.get('mc-target')).to.equal('21211');
    });
  }

  it('leaves out what is said for the screen: choosing a related occupation', async () => {
    const el = await withResults('en');
    const intro = root(el).querySelector('[part~=related] p')!;
    const choose = intro.querySelector('.screen-only')!;
    expect(choose.textContent).to.equal('Choose one to see the training that leads there.');
    expect(shown(choose)).to.equal(true);
    await emulateMedia({ media: 'print' });
    expect(shown(choose)).to.equal(false);
    expect(shown(intro)).to.equal(true);
  });
});
