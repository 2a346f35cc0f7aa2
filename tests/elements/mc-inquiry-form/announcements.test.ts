/**
 * What a screen reader hears after Send, and where the focus goes: each outcome is said once,
 * either because the focus moves to it (the person's own Send) or by the live region (an
 * outcome that comes by itself), never both.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../../src/define/mc-inquiry-form.js';
// Loaded before the forms, as on a page by the time a person sends: the notice of saved inquiries is then up.
import '../../../src/elements/shared/outbox-notice.js';
import { Outbox } from '../../../src/core/offline/outbox.js';
import { forgetDrafts } from '../../../src/elements/mc-inquiry-form/draft-store.js';
import type { McInquiryForm } from '../../../src/elements/mc-inquiry-form/mc-inquiry-form.js';
import { ENDPOINT, FakeInquiryEndpoint } from '../../fixtures/browser/inquiry-endpoint.js';
import { $, field, fillLearner, statusText, submit } from '../../fixtures/browser/inquiry-form.js';
import { accessibleNodes } from '../../fixtures/browser/accessible-names.js';
import { sampleProgram } from '../../fixtures/index/index.js';

const PROGRAMS = [sampleProgram('welding-1', { provider: 'Lakeshore Polytechnic' })];
const boxes: Outbox[] = [];
afterEach(() => {
  for (const box of boxes.splice(0)) box.close();
  forgetDrafts();
});

async function sendingForm(server: FakeInquiryEndpoint, o: { lang?: string; endpoint?: string | null; variant?: string } = {}): Promise<McInquiryForm> {
  const outbox = await Outbox.open({ dbName: `mc-announce-${Date.now()}-${Math.random()}`, fetch: server.fetch });
  boxes.push(outbox);
  forgetDrafts();
  const wrapper = await fixture<HTMLElement>(html`<div lang=${o.lang ?? 'en'}>
    <mc-inquiry-form
      variant=${o.variant ?? 'learner'}
      endpoint=${o.endpoint === null ? nothing : (o.endpoint ?? ENDPOINT)}
      endpoint-owner="Riverside Career Centre"
      .programs=${PROGRAMS}
      .outbox=${outbox}
    ></mc-inquiry-form>
  </div>`);
  const el = wrapper.querySelector('mc-inquiry-form')!;
  await el.updateComplete;
  await aTimeout(50);
  return el;
}

const said = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
const regions = (el: McInquiryForm) => [...el.shadowRoot!.querySelectorAll('[role=status], [role=alert], [aria-live]')];

/** Each text the form's live regions held while `act` ran, in order (what a screen reader may say of them). */
async function heard(el: McInquiryForm, act: () => Promise<void>): Promise<string[]> {
  const texts: string[] = [];
  const read = () => {
    for (const region of regions(el)) {
      const text = said(region.textContent);
      if (text && !texts.includes(text)) texts.push(text);
    }
  };
  const observer = new MutationObserver(read);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  await act();
  await el.updateComplete;
  read();
  observer.disconnect();
  return texts;
}

/** A form whose inquiry was saved on the device, the endpoint out of reach. */
async function savedOffline(): Promise<{ el: McInquiryForm; server: FakeInquiryEndpoint }> {
  const server = new FakeInquiryEndpoint();
  server.offline = true;
  const el = await sendingForm(server);
  await fillLearner(el);
  await submit(el);
  return { el, server };
}

/** The outcome is said once: by the focus on the message, which no live region holds. */
async function saidOnceByFocus(el: McInquiryForm, texts: string[], sending: string): Promise<void> {
  const box = $(el, '[part=status]')!;
  expect(el.shadowRoot!.activeElement === box, 'the message has the focus').to.equal(true);
  expect(box.getAttribute('role'), 'the focused message is no live region').to.equal(null);
  expect(box.closest('[role=status], [role=alert], [aria-live]'), 'nor inside one').to.equal(null);
  expect(
    texts.filter((t) => t !== sending && statusText(el).includes(t.slice(0, 40))),
    'no live region says the message too',
  ).to.deep.equal([]);
  await expect(el).to.be.accessible();
}

describe('mc-inquiry-form: what is said after Send', () => {
  it('sent: “Sending your inquiry…” is said, then focus goes to the message, said once', async () => {
    const el = await sendingForm(new FakeInquiryEndpoint());
    await fillLearner(el);
    const texts = await heard(el, () => submit(el));
    expect(texts).to.deep.equal(['Sending your inquiry…']);
    expect(statusText(el)).to.equal('Your inquiry was sent. Keep the receipt below: its reference lets you follow up on the inquiry or withdraw it.');
    await saidOnceByFocus(el, texts, 'Sending your inquiry…');
    expect(
      said(
        regions(el)
          .map((r) => r.textContent)
          .join(' '),
      ),
      'the live regions are empty again',
    ).to.equal('');
  });

  it('in French: « Envoi de votre demande… », then the focus on « Votre demande a été envoyée… »', async () => {
    const el = await sendingForm(new FakeInquiryEndpoint(), { lang: 'fr' });
    await fillLearner(el, { message: 'Quand commence-t-il ?' });
    const texts = await heard(el, () => submit(el));
    expect(texts).to.deep.equal(['Envoi de votre demande…']);
    expect(statusText(el)).to.contain('Votre demande a été envoyée.');
    await saidOnceByFocus(el, texts, 'Envoi de votre demande…');
  });

  for (const [outcome, script, expected] of [
    ['saved to send later', 'offline', 'Saved on this device'],
    ['not set up (a redirect)', 302, 'not set up correctly'],
    ['refused (403)', 403, 'The server refused this inquiry'],
  ] as const) {
    it(`${outcome}: focus on the message, said once`, async () => {
      const server = new FakeInquiryEndpoint();
      server.script = [script];
      const el = await sendingForm(server);
      await fillLearner(el);
      const texts = await heard(el, () => submit(el));
      expect(statusText(el)).to.contain(expected);
      await saidOnceByFocus(el, texts, 'Sending your inquiry…');
    });
  }

  it('no endpoint, and a discarded inquiry: focus on the message, said once', async () => {
    const bare = await sendingForm(new FakeInquiryEndpoint(), { endpoint: null });
    await fillLearner(bare);
    await saidOnceByFocus(bare, await heard(bare, () => submit(bare)), '');
    expect(statusText(bare)).to.contain('has no address to send inquiries to');
    const { el } = await savedOffline();
    const discard = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Discard'))!;
    const texts = await heard(el, async () => {
      discard.click();
      for (let i = 0; i < 50 && !statusText(el).includes('Nothing was sent'); i++) await aTimeout(10);
    });
    await saidOnceByFocus(el, texts, '');
  });

  it('an inquiry saved offline and sent once back online is said by the live region, the focus left where it is', async () => {
    const { el, server } = await savedOffline();
    const box = $(el, '[part=status]')!;
    expect(el.shadowRoot!.activeElement === box).to.equal(true);
    server.offline = false;
    const texts = await heard(el, async () => {
      await el.outbox!.flush(true);
      await el.updateComplete;
      await aTimeout(0);
    });
    expect(statusText(el)).to.contain('was sent');
    expect(texts).to.deep.equal(['Your inquiry was sent. Keep the receipt below: its reference lets you follow up on the inquiry or withdraw it.']);
    expect(el.shadowRoot!.activeElement === box, 'the focus did not move').to.equal(true);
  });

  it('“Try sending now”: the outcome takes the focus and is not said by the live region as well', async () => {
    const { el, server } = await savedOffline();
    server.offline = false;
    const tryNow = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Try sending now'))!;
    const texts = await heard(el, async () => {
      tryNow.click();
      for (let i = 0; i < 50 && !statusText(el).includes('was sent'); i++) await aTimeout(10);
      await aTimeout(0);
    });
    await saidOnceByFocus(el, texts, '');
  });
});

describe('mc-inquiry-form: what is said after a Send with problems', () => {
  it('the focus goes to the error summary, and no alert says it as well, and no name repeats its heading (French, employer)', async () => {
    const el = await sendingForm(new FakeInquiryEndpoint(), { lang: 'fr', variant: 'employer' });
    const texts = await heard(el, () => submit(el));
    expect(texts, 'no live region').to.deep.equal([]);
    const summary = $(el, '.summary')!;
    expect(el.shadowRoot!.activeElement === summary, 'the summary has the focus').to.equal(true);
    expect([summary.getAttribute('role'), summary.getAttribute('aria-labelledby')], 'no alert, and no name repeating its heading').to.deep.equal([null, null]);
    expect((await accessibleNodes('heading')).map((h) => said(h.name))).to.include('Ce formulaire comporte 6 problèmes');
    const first = summary.querySelector('a')!;
    expect(said(first.textContent)).to.equal('Entrez le nom de votre organisation.');
    first.click();
    expect(el.shadowRoot!.activeElement === field(el, 'organization'), 'its link goes to the field').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('also for the errors the server finds (a 422): the summary has the focus (English)', async () => {
    const server = new FakeInquiryEndpoint();
    server.script = [422];
    const el = await sendingForm(server);
    await fillLearner(el, { email: 'alex@example.invalid' });
    const texts = await heard(el, () => submit(el));
    expect(texts).to.deep.equal(['Sending your inquiry…']);
    const summary = $(el, '.summary')!;
    expect(el.shadowRoot!.activeElement === summary, 'the summary has the focus').to.equal(true);
    expect(said(summary.querySelector('h3')!.textContent)).to.equal('There is 1 problem with this form');
    await expect(el).to.be.accessible();
  });
});
