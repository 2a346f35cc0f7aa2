/**
 * Each label of the form and of its receipt is said once: a list under a sentence that says
 * what it holds takes no name from that sentence (a screen reader would say the sentence, then
 * the list's name).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/mc-inquiry-form.js';
import { Outbox } from '../../../src/core/offline/outbox.js';
import { forgetDrafts } from '../../../src/elements/mc-inquiry-form/draft-store.js';
import type { McInquiryForm } from '../../../src/elements/mc-inquiry-form/mc-inquiry-form.js';
import { ENDPOINT, FakeInquiryEndpoint } from '../../fixtures/browser/inquiry-endpoint.js';
import { fillLearner, submit } from '../../fixtures/browser/inquiry-form.js';
import { sampleProgram } from '../../fixtures/index/index.js';

const PROGRAMS = [sampleProgram('welding-1', { provider: 'Lakeshore Polytechnic' }), sampleProgram('welding-2', { provider: 'Northern College' })];

/**
 * The name a list takes from aria-labelledby or aria-label (Chromium's tree, as the test runner
 * reads it, leaves lists out).
 */
function listNames(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('ul, ol')].map((list) => {
    const ids = list.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
    const named = ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' ') || (list.getAttribute('aria-label') ?? '');
    return named.replace(/\s+/g, ' ').trim();
  });
}

let outbox: Outbox | null = null;
afterEach(() => {
  outbox?.close();
  forgetDrafts();
});

async function form(lang: string): Promise<McInquiryForm> {
  outbox = await Outbox.open({ dbName: `mc-said-once-${Date.now()}`, fetch: new FakeInquiryEndpoint().fetch });
  forgetDrafts();
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>
    <mc-inquiry-form endpoint=${ENDPOINT} endpoint-owner="Riverside Career Centre" .programs=${PROGRAMS} .outbox=${outbox}></mc-inquiry-form>
  </div>`);
  const el = wrapper.querySelector('mc-inquiry-form')!;
  await el.updateComplete;
  return el;
}

describe('mc-inquiry-form: labels said once', () => {
  for (const [lang, sentence] of [
    ['en', '2 programs you are asking about'],
    ['fr', '2 programmes visés par votre demande'],
  ] as const) {
    it(`${lang}: “${sentence}” is said once, and the list under it has no name`, async () => {
      const el = await form(lang);
      expect(el.shadowRoot!.querySelector('[part=programs] p')!.textContent!.trim()).to.equal(sentence);
      expect(listNames(el.shadowRoot!), 'no list repeats the sentence as its name').to.deep.equal(['']);
      await expect(el).to.be.accessible();
    });
  }

  it('the receipt’s lists have no names either', async () => {
    const el = await form('fr');
    await fillLearner(el, { message: 'Quand commence-t-il ?' });
    await submit(el);
    expect(el.shadowRoot!.querySelector('[part=receipt]')).to.exist;
    const names = listNames(el.shadowRoot!);
    expect(names.length, 'the programs sent, in the receipt').to.be.greaterThan(0);
    expect(names.filter(Boolean)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
