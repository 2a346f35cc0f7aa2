import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/mc-portal.js';
import type { McPortal } from '../../../src/elements/mc-portal/mc-portal.js';
import type { McErrorDetail } from '../../../src/elements/shared/errors.js';

const SAMPLE = '/demo/data/sample/index.json';

/** Starts the load at once (it otherwise waits for an idle moment) and waits for the titles its searches use. */
async function loaded(el: McPortal): Promise<void> {
  await el.updateComplete;
  const search = el.shadowRoot!.querySelector('mc-job-search')!;
  search.shadowRoot!.querySelector('input')!.focus();
  await waitUntil(() => search.loadedIndex?.occupations instanceof Map, 'the sample index never loaded', { timeout: 8000 });
}

describe('mc-portal: the index URL is src, and a string in index is a URL', () => {
  it('loads the index named by the src attribute, like every other element', async () => {
    const el = await fixture<McPortal>(html`<mc-portal src=${SAMPLE}></mc-portal>`);
    expect(el.src).to.equal(SAMPLE);
    await loaded(el);
  });

  it('takes a string set as the index property (what React 19 does with index="...") as the URL', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      const el = document.createElement('mc-portal');
      (el as unknown as { index: string }).index = SAMPLE;
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.append(el);
      await loaded(el);
      expect(el.src).to.equal(SAMPLE);
      expect(el.index).to.equal(null);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('keeps the index attribute working, with one warning that names src', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<McPortal>(html`<mc-portal index=${SAMPLE}></mc-portal>`);
      await loaded(el);
      expect(el.src).to.equal(SAMPLE);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/index attribute is deprecated.*src=/);
  });

  it('refuses with mc-error a value that is neither a loaded index nor a URL', async () => {
    const el = await fixture<McPortal>(html`<mc-portal></mc-portal>`);
    (el as unknown as { index: unknown }).index = { occupations: [] };
    const { detail } = (await oneEvent(el, 'mc-error')) as CustomEvent<McErrorDetail>;
    expect(detail.code).to.equal('index-format');
    expect(el.index).to.equal(null);
  });
});
