// Print on the receipt prints the receipt alone: a document of its own, with the receipt's
// language, direction and title, not the host page around it (its header, its program list),
// under the demo pages' Content-Security-Policy. When the browser will not print, the
// receipt stays on screen, with Copy, and the person is told.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/mc-inquiry-form.js';
import { formOutboxes } from '../../fixtures/browser/form-outboxes.js';
import type { McInquiryForm } from '../../../src/elements/mc-inquiry-form/mc-inquiry-form.js';
import { ENDPOINT, FakeInquiryEndpoint } from '../../fixtures/browser/inquiry-endpoint.js';
import { $, fillLearner, submit } from '../../fixtures/browser/inquiry-form.js';
import { sampleProgram } from '../../fixtures/index/index.js';

const outbox = formOutboxes('mc-receipt-print');
const violations: string[] = [];

before(() => {
  // The demo server's policy (src/server/demo-server.ts): no inline styles, Trusted Types.
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "style-src 'self'; require-trusted-types-for 'script'";
  document.head.append(policy);
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
});

/** What a frame's document held when it was printed. */
interface Printed {
  title: string;
  lang: string;
  dir: string;
  text: string;
  buttons: number;
  /** Computed styles: proof the frame's stylesheet applies (a dt is not bold by default, a section has no border). */
  dtWeight: string;
  border: string;
}

/** Stubs print() of the page and of every frame; `fail` makes a frame's print throw. */
function stubPrint(fail = false) {
  const printed: Printed[] = [];
  let page = 0;
  const pagePrint = window.print;
  window.print = () => void page++;
  const own = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!;
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
    configurable: true,
    get(this: HTMLIFrameElement) {
      const win = own.get!.call(this) as Window | null;
      if (win)
        win.print = () => {
          if (fail) throw new Error('printing is disabled');
          const doc = win.document;
          const dt = doc.querySelector('dt');
          printed.push({
            title: doc.title,
            lang: doc.documentElement.lang,
            dir: doc.documentElement.dir,
            text: doc.body.textContent!.replace(/\s+/g, ' ').trim(),
            buttons: doc.querySelectorAll('button').length,
            dtWeight: dt ? win.getComputedStyle(dt).fontWeight : '',
            border: win.getComputedStyle(doc.querySelector('.receipt')!).borderTopStyle,
          });
        };
      return win;
    },
  });
  return {
    printed,
    page: () => page,
    restore() {
      window.print = pagePrint;
      Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', own);
    },
  };
}

let seq = 0;

/** A host page (a header, its own program list) with a form in it, filled and sent. */
async function sentIn(lang: string, dir = 'ltr', server?: FakeInquiryEndpoint): Promise<McInquiryForm> {
  const box = await outbox(server);
  const page = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>
    <header><h1>Lakeside College home</h1></header>
    <ul class="host-list"><li>Host page program list: Carpentry</li></ul>
    <mc-inquiry-form
      endpoint="${ENDPOINT}?print=${seq++}"
      endpoint-owner="Lakeside Career Centre"
      .programs=${[sampleProgram('welding-1', { provider: 'Lakeshore Polytechnic' })]}
      .outbox=${box}
    ></mc-inquiry-form>
    <footer>Host page footer</footer>
  </div>`);
  const el = page.querySelector('mc-inquiry-form')!;
  await el.updateComplete;
  await fillLearner(el);
  await submit(el);
  return el;
}

function clickPrint(el: McInquiryForm, label: string): void {
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="receipt"] button')].find((b) => b.textContent === label)!.click();
}

describe('mc-inquiry-form: printing the receipt', () => {
  it('prints the receipt alone, not the host page, with its title and language, styled under the page’s policy', async () => {
    const el = await sentIn('en');
    const print = stubPrint();
    try {
      clickPrint(el, 'Print receipt');
    } finally {
      print.restore();
    }
    expect(print.page(), 'the whole page is not printed').to.equal(0);
    expect(print.printed).to.have.length(1);
    const [doc] = print.printed;
    expect(doc).to.include({ title: 'Inquiry receipt – receipt-1', lang: 'en', dir: 'ltr', buttons: 0, dtWeight: '600', border: 'solid' });
    for (const shown of [
      'Receipt for your inquiry',
      'Reference receipt-1',
      'Alex Tremblay',
      'alex@example.org',
      'Sample program welding-1',
      'give the reference receipt-1.',
    ])
      expect(doc!.text).to.contain(shown);
    for (const host of ['Lakeside College home', 'Host page program list', 'Host page footer', 'Print receipt', 'Copy receipt', 'Send another inquiry'])
      expect(doc!.text).not.to.contain(host);
    // Nothing added to the host page: no frame, no style in its light DOM.
    expect(document.querySelectorAll('iframe, body style')).to.have.length(0);
    expect(violations).to.deep.equal([]);
    // The receipt stays on screen, with its buttons, and nothing is said.
    expect($(el, '[part="receipt"] .copied')!.textContent).to.equal('');
    expect(el.shadowRoot!.querySelectorAll('[part="receipt"] button')).to.have.length(2);
    // The frame left in the receipt is neither read nor reached.
    const frame = el.shadowRoot!.querySelector('iframe')!;
    expect([frame.inert, frame.getAttribute('aria-hidden'), frame.getBoundingClientRect().right <= 0]).to.deep.equal([true, 'true', true]);
    await expect(el).to.be.accessible();
  });

  it('keeps a French right-to-left page’s language and direction; printing again prints a fresh copy', async () => {
    const el = await sentIn('fr', 'rtl');
    const print = stubPrint();
    try {
      clickPrint(el, 'Imprimer le reçu');
      clickPrint(el, 'Imprimer le reçu');
    } finally {
      print.restore();
    }
    expect(print.printed).to.have.length(2);
    expect(print.printed[1]).to.include({ title: 'Reçu de demande – receipt-1', lang: 'fr', dir: 'rtl', buttons: 0 });
    expect(print.printed[1]!.text).to.contain('Reçu de votre demande');
    expect(el.shadowRoot!.querySelectorAll('iframe'), 'one frame, however often it prints').to.have.length(1);
    // Once the browser says it printed, the copy goes.
    el.shadowRoot!.querySelector('iframe')!.contentWindow!.dispatchEvent(new Event('afterprint'));
    expect(el.shadowRoot!.querySelectorAll('iframe')).to.have.length(0);
  });

  it('titles a receipt without a reference by the date it was received', async () => {
    const server = new FakeInquiryEndpoint();
    server.script = [() => Response.json({ receivedAt: '2026-03-04T15:00:00Z' }, { status: 201 })];
    const el = await sentIn('en', 'ltr', server);
    const print = stubPrint();
    try {
      clickPrint(el, 'Print receipt');
    } finally {
      print.restore();
    }
    const day = new Intl.DateTimeFormat('en-CA', { dateStyle: 'long' }).format(new Date('2026-03-04T15:00:00Z'));
    expect(print.printed[0]!.title).to.equal(`Inquiry receipt – ${day}`);
  });

  it('a browser that will not print: the receipt stays, with Copy, and the person is told what to do', async () => {
    const el = await sentIn('en');
    const print = stubPrint(true);
    try {
      clickPrint(el, 'Print receipt');
    } finally {
      print.restore();
    }
    await el.updateComplete;
    expect(print.page()).to.equal(0);
    expect($(el, '[part="receipt"] .copied')!.textContent).to.equal('This browser did not print the receipt: copy it, or print the whole page.');
    expect($(el, '[part="receipt"]')!.textContent).to.contain('Reference');
    expect([...el.shadowRoot!.querySelectorAll('[part="receipt"] button')].map((b) => b.textContent)).to.include('Copy receipt');
    expect(el.shadowRoot!.querySelectorAll('iframe'), 'no copy left behind').to.have.length(0);
  });
});
