// The receipt a person gets once the inquiry is sent: the endpoint's reference and time,
// who received it, what was sent, a reply time only when the page gives one, the privacy
// notice, how to withdraw it; copied and printed as shown, and kept across a language switch.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../../src/define/mc-inquiry-form.js';
import { formOutboxes } from '../../fixtures/browser/form-outboxes.js';
import type { McInquiryForm } from '../../../src/elements/mc-inquiry-form/mc-inquiry-form.js';
import type { Localized, Program } from '../../../src/core/index-format/index.js';
import { ENDPOINT, FakeInquiryEndpoint } from '../../fixtures/browser/inquiry-endpoint.js';
import { $, fillLearner, statusText, submit, type } from '../../fixtures/browser/inquiry-form.js';
import { sampleProgram } from '../../fixtures/index/index.js';

const WELDING = sampleProgram('welding-1', { provider: 'Lakeshore Polytechnic' });
const SOINS = sampleProgram('soins-1', { provider: 'Collège des Deux-Rives (fictif)' });

const outbox = formOutboxes('mc-receipt');

interface Options {
  owner?: string;
  routed?: boolean;
  programs?: Program[];
  lang?: string;
  replyWithinDays?: string;
  privacyUrl?: string;
  occupation?: string;
  occupationTitle?: Localized;
  server?: FakeInquiryEndpoint;
}

let seq = 0;

/** A form of its own (an endpoint of its own: not the receipt an earlier form left), filled and sent. */
async function sent(o: Options = {}, over: Record<string, string> = {}): Promise<McInquiryForm> {
  const box = await outbox(o.server);
  const wrapper = await fixture<HTMLElement>(html`<div lang=${o.lang ?? 'en'}>
    <mc-inquiry-form
      endpoint="${ENDPOINT}?form=${seq++}"
      endpoint-owner=${o.owner ?? 'Lakeside Career Centre'}
      ?routed=${o.routed ?? false}
      reply-within-days=${o.replyWithinDays ?? nothing}
      privacy-url=${o.privacyUrl ?? nothing}
      occupation=${o.occupation ?? nothing}
      .occupationTitle=${o.occupationTitle ?? null}
      .programs=${o.programs ?? [WELDING, SOINS]}
      .outbox=${box}
    ></mc-inquiry-form>
  </div>`);
  const el = wrapper.querySelector('mc-inquiry-form')!;
  await el.updateComplete;
  await fillLearner(el, over);
  await submit(el);
  return el;
}

const receipt = (el: McInquiryForm) => $(el, '[part="receipt"]');
/** A cell's text; a list's items one to a line. */
const text = (cell: Element) => {
  const items = [...cell.querySelectorAll('li')];
  return items.length > 0 ? items.map((li) => li.textContent!.trim()).join('\n') : cell.textContent!.trim();
};
/** The receipt's rows, "label | value". */
const rows = (el: McInquiryForm) => [...receipt(el)!.querySelectorAll('dl > div')].map((row) => [...row.children].map(text).join(' | '));

describe('mc-inquiry-form: the receipt', () => {
  it('shows the reference and time the endpoint gave, who received it, and everything sent', async () => {
    const el = await sent({}, { phone: '613-555-0100', message: 'When does it start?\nEvenings only.' });
    expect(statusText(el)).to.contain('Keep the receipt below');
    expect(receipt(el)!.querySelector('h3')!.textContent).to.equal('Receipt for your inquiry');
    expect(rows(el)).to.deep.equal([
      'Reference | receipt-1',
      `Received | ${new Intl.DateTimeFormat('en-CA', { dateStyle: 'long', timeStyle: 'short' }).format(new Date('2026-01-01T00:00:00Z'))}`,
      'Received and kept by | Lakeside Career Centre',
      'Not sent to | Lakeshore Polytechnic and Collège des Deux-Rives (fictif) To contact the institutions directly, use the program pages.',
      'Your name | Alex Tremblay',
      'Email | alex@example.org',
      'Phone | 613-555-0100',
      'Your question | When does it start?\nEvenings only.',
      'Programs | Sample program welding-1 — Lakeshore Polytechnic\nSample program soins-1 — Collège des Deux-Rives (fictif)',
    ]);
    expect(receipt(el)!.textContent).to.contain(
      'To withdraw this inquiry and have your details deleted, contact the recipient named above under “Received and kept by” and give the reference receipt-1.',
    );
    // The message's line break shows as one.
    const message = [...receipt(el)!.querySelectorAll('dd .value')].find((v) => v.textContent!.includes('Evenings'))!;
    expect(getComputedStyle(message).whiteSpace).to.equal('pre-wrap');
    await expect(el).to.be.accessible();
  });

  it('says when a reply is expected only when the page says it, and never a made-up time', async () => {
    expect(rows(await sent({ replyWithinDays: '5' }))).to.include('Reply expected | within 5 days');
    expect(rows(await sent({ replyWithinDays: '1' }))).to.include('Reply expected | within 1 day');
    for (const days of [undefined, '0', '-3', '2.5', 'soon', '400']) {
      expect(
        rows(await sent({ replyWithinDays: days })).some((row) => row.startsWith('Reply expected')),
        String(days),
      ).to.equal(false);
    }
  });

  it('links the privacy notice, sends a learner’s occupation, and tells of the institutions’ copies when it was passed on', async () => {
    const el = await sent({ routed: true, privacyUrl: '/privacy.html#inquiries', occupation: '72106' });
    const link = receipt(el)!.querySelector<HTMLAnchorElement>('a')!;
    expect(link.textContent).to.equal('How Lakeside Career Centre handles your personal information');
    expect(link.href).to.equal(new URL('/privacy.html#inquiries', document.baseURI).href);
    expect(rows(el)).to.include('Occupation you were looking at (NOC code) | 72106');
    expect(rows(el)[3]).to.match(/^Passed on to \| Lakeshore Polytechnic and Collège des Deux-Rives \(fictif\) Each institution/);
    expect(receipt(el)!.textContent).to.contain('The institutions it was passed on to may keep a copy of their own: ask them too.');
    // Whom to ask to delete it, by the row that names them: the institutions keep copies too.
    el.parentElement!.lang = 'fr';
    await aTimeout(0);
    await el.updateComplete;
    expect(receipt(el)!.textContent).to.contain(
      'communiquez avec le destinataire nommé ci-dessus sous «\u00a0Reçue et conservée par\u00a0», en donnant la référence receipt-1.',
    );
  });

  it('names the occupation by its title in the page’s language, with its code, when the page gives the title', async () => {
    const WELDERS = { en: 'Welders and related machine operators', fr: 'Soudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser' };
    const el = await sent({ occupation: '72106', occupationTitle: WELDERS });
    expect(rows(el)).to.include('Occupation you were looking at | Welders and related machine operators (NOC\u00a072106)');
    // The receipt is kept across a language switch, and says the title in the new language.
    el.parentElement!.lang = 'fr';
    await aTimeout(0);
    await el.updateComplete;
    expect(rows(el)).to.include('Profession consultée | Soudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser (CNP\u00a072106)');
    await expect(el).to.be.accessible();
    const french = await sent({ lang: 'fr', occupation: '72106', occupationTitle: WELDERS }, { message: 'Quand commence-t-il\u202f?' });
    expect(rows(french)).to.include('Profession consultée | Soudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser (CNP\u00a072106)');
    // A title with no French: the English one, marked so.
    const english = await sent({ lang: 'fr', occupation: '72106', occupationTitle: { en: WELDERS.en, fr: '' } });
    expect(rows(english)).to.include('Profession consultée | Welders and related machine operators (CNP\u00a072106)');
    expect([...receipt(english)!.querySelectorAll('[lang="en"]')].map((n) => n.textContent)).to.include(WELDERS.en);
  });

  it('an endpoint that answers with no reference: none is shown, and the person is told what to give instead', async () => {
    const server = new FakeInquiryEndpoint();
    server.script = [() => new Response(null, { status: 204 })];
    const el = await sent({ server });
    expect(rows(el)[0]).to.match(/^Received \| /);
    expect(statusText(el)).to.equal('Your inquiry was sent. Keep the receipt below.');
    expect(receipt(el)!.textContent).to.contain('with the date it was received and your email address');
  });

  it('Copy puts the receipt as shown on the clipboard, and says so; a refusal says what to do', async () => {
    const el = await sent({ privacyUrl: 'https://lakeside.example/privacy', replyWithinDays: '3' });
    const clipboard = navigator.clipboard;
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    try {
      const button = [...receipt(el)!.querySelectorAll('button')].find((b) => b.textContent === 'Copy receipt')!;
      button.click();
      for (let i = 0; i < 50 && !copied; i++) await aTimeout(10);
      await el.updateComplete;
      expect(copied.split('\n').slice(0, 3)).to.deep.equal(['Receipt for your inquiry', 'Reference: receipt-1', copied.split('\n')[2]!]);
      for (const line of [
        'Received and kept by: Lakeside Career Centre',
        'Reply expected: within 3 days',
        'What you sent',
        'Your name: Alex Tremblay',
        'Programs: Sample program welding-1 — Lakeshore Polytechnic\n  Sample program soins-1 — Collège des Deux-Rives (fictif)',
        'How Lakeside Career Centre handles your personal information: https://lakeside.example/privacy',
        'To withdraw this inquiry and have your details deleted, contact the recipient named above under “Received and kept by” and give the reference receipt-1.',
      ])
        expect(copied).to.contain(line);
      expect($(el, '.copied')!.textContent).to.equal('Receipt copied.');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
      button.click();
      for (let i = 0; i < 50 && $(el, '.copied')!.textContent !== 'This browser did not let the page copy: select the receipt and copy it.'; i++)
        await aTimeout(10);
      expect($(el, '.copied')!.textContent).to.equal('This browser did not let the page copy: select the receipt and copy it.');
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
  });

  it('Print opens the browser’s print dialog, and printing leaves the buttons out', async () => {
    const el = await sent();
    // The receipt prints alone, from a frame of its own (receipt-print.test.ts): not the page.
    const print = window.print;
    const own = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!;
    let printed = 0;
    let page = 0;
    window.print = () => void page++;
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      get(this: HTMLIFrameElement) {
        const win = own.get!.call(this) as Window;
        win.print = () => void printed++;
        return win;
      },
    });
    try {
      [...receipt(el)!.querySelectorAll('button')].find((b) => b.textContent === 'Print receipt')!.click();
    } finally {
      window.print = print;
      Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', own);
    }
    expect(printed).to.equal(1);
    expect(page).to.equal(0);
    const sheets = [...el.shadowRoot!.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]);
    const printRule = sheets.find((rule) => rule instanceof CSSMediaRule && rule.conditionText === 'print') as CSSMediaRule;
    expect(printRule.cssText).to.contain('.receipt-tools');
  });

  it('stays, in the new language, across a language switch; goes when the form asks about other programs', async () => {
    const el = await sent();
    el.parentElement!.setAttribute('lang', 'fr');
    await aTimeout(0);
    await el.updateComplete;
    expect(receipt(el)!.querySelector('h3')!.textContent).to.equal('Reçu de votre demande');
    expect(rows(el)[0]).to.equal('Référence | receipt-1');
    expect(rows(el)[1]).to.equal(
      `Reçue le | ${new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeStyle: 'short' }).format(new Date('2026-01-01T00:00:00Z')).replace(/(\d) h (\d)/, '$1\u00a0h\u00a0$2')}`,
    );
    expect(rows(el)[1], 'the time kept on one line').to.match(/\d\u00a0h\u00a0\d/);
    await expect(el).to.be.accessible();
    // A page that reuses the form (an institution's dialog) for another program: a new inquiry.
    el.programs = [SOINS];
    await el.updateComplete;
    expect(receipt(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[name="name"]')).to.not.equal(null);
  });

  it('a form made again for the same programs shows it; "Send another inquiry" forgets it', async () => {
    const el = await sent();
    el.parentElement!.remove();
    const wrapper = await fixture<HTMLElement>(
      html`<div><mc-inquiry-form endpoint=${el.endpoint} endpoint-owner="Lakeside Career Centre" .programs=${[WELDING, SOINS]}></mc-inquiry-form></div>`,
    );
    const again = wrapper.querySelector('mc-inquiry-form')!;
    await again.updateComplete;
    expect(rows(again)[0]).to.equal('Reference | receipt-1');
    [...again.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Send another inquiry'))!.click();
    await again.updateComplete;
    expect(receipt(again)).to.equal(null);
    await type(again, 'name', 'Ada');
    wrapper.remove();
    const third = await fixture<McInquiryForm>(
      html`<mc-inquiry-form endpoint=${el.endpoint} endpoint-owner="Lakeside Career Centre" .programs=${[WELDING, SOINS]}></mc-inquiry-form>`,
    );
    expect(receipt(third)).to.equal(null);
    expect(third.shadowRoot!.querySelector<HTMLInputElement>('[name="name"]')!.value).to.equal('Ada');
  });
});
