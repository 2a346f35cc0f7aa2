import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/mc-inquiry-form.js';
import { Outbox } from '../../../src/core/offline/outbox.js';
import { forgetDrafts } from '../../../src/elements/mc-inquiry-form/draft-store.js';
import type { McInquiryForm } from '../../../src/elements/mc-inquiry-form/mc-inquiry-form.js';
import { ENDPOINT, FakeInquiryEndpoint } from '../../fixtures/browser/inquiry-endpoint.js';
import { $, field, fillLearner, statusText, submit, type } from '../../fixtures/browser/inquiry-form.js';
import { sampleProgram } from '../../fixtures/index/index.js';
import { learner as inquiry } from '../../fixtures/core/inquiries.js';
import { accessibleNames } from '../../fixtures/browser/accessible-names.js';

const PROGRAMS = [sampleProgram('welding-1', { provider: 'Lakeshore Polytechnic' }), sampleProgram('welding-2', { provider: 'Northern College' })];

let seq = 0;
const boxes: Outbox[] = [];
afterEach(() => {
  for (const box of boxes.splice(0)) box.close();
  // What one test typed is kept for the next form of its kind: not for the next test.
  forgetDrafts();
});

async function makeOutbox(server: FakeInquiryEndpoint, over: { indexedDB?: null } = {}): Promise<Outbox> {
  const box = await Outbox.open({ dbName: `mc-form-test-${Date.now()}-${seq++}`, fetch: server.fetch, ...over });
  boxes.push(box);
  return box;
}

async function form(
  server = new FakeInquiryEndpoint(),
  opts: {
    variant?: string;
    institution?: string;
    endpointOwner?: string;
    routed?: boolean;
    lang?: string;
    programs?: typeof PROGRAMS;
    indexedDB?: null;
    occupation?: string;
    privacyUrl?: string;
    endpoint?: string;
  } = {},
): Promise<McInquiryForm> {
  const outbox = await makeOutbox(server, opts.indexedDB === null ? { indexedDB: null } : {});
  // Each form here starts empty: none takes up what an earlier one kept.
  forgetDrafts();
  const wrapper = await fixture<HTMLElement>(html`<div lang=${opts.lang ?? 'en'}>
    <mc-inquiry-form
      variant=${opts.variant ?? 'learner'}
      endpoint=${opts.endpoint ?? ENDPOINT}
      institution=${opts.institution ?? ''}
      endpoint-owner=${opts.endpointOwner ?? ''}
      ?routed=${opts.routed ?? false}
      occupation=${opts.occupation ?? nothing}
      privacy-url=${opts.privacyUrl ?? nothing}
      .programs=${opts.programs ?? PROGRAMS}
      .outbox=${outbox}
    ></mc-inquiry-form>
  </div>`);
  const el = wrapper.querySelector('mc-inquiry-form')!;
  await el.updateComplete;
  return el;
}

/** Compared as a boolean: a failing DOM-node comparison is too big for the reporter. */
const focused = (el: McInquiryForm, target: Element | null) => target !== null && el.shadowRoot!.activeElement === target;

describe('mc-inquiry-form', () => {
  describe('accessibility (axe)', () => {
    it('editing, learner', async () => {
      await expect(await form()).to.be.accessible();
    });
    it('editing, employer', async () => {
      await expect(await form(undefined, { variant: 'employer' })).to.be.accessible();
    });
    it('with errors', async () => {
      const el = await form();
      await submit(el);
      expect($(el, '.summary')).to.exist;
      await expect(el).to.be.accessible();
    });
    it('no programs chosen', async () => {
      await expect(await form(undefined, { programs: [] })).to.be.accessible();
    });
    it('sent', async () => {
      const el = await form();
      await fillLearner(el);
      await submit(el);
      expect(statusText(el)).to.contain('was sent');
      await expect(el).to.be.accessible();
    });
    it('queued', async () => {
      const server = new FakeInquiryEndpoint();
      server.offline = true;
      const el = await form(server);
      await fillLearner(el);
      await submit(el);
      expect(statusText(el)).to.contain('Saved on this device');
      await expect(el).to.be.accessible();
    });
    it('configuration error', async () => {
      const server = new FakeInquiryEndpoint();
      server.script = [302];
      const el = await form(server);
      await fillLearner(el);
      await submit(el);
      expect(statusText(el)).to.contain('not set up correctly');
      await expect(el).to.be.accessible();
    });
    it('refused', async () => {
      const server = new FakeInquiryEndpoint();
      server.script = [403];
      const el = await form(server);
      await fillLearner(el);
      await submit(el);
      expect(statusText(el)).to.contain('The server refused this inquiry');
      await expect(el).to.be.accessible();
    });
  });

  describe('attributes', () => {
    it('learner asks for name, email, optional phone and a message', async () => {
      const el = await form();
      for (const name of ['name', 'email', 'phone', 'message', 'consent']) expect(field(el, name), name).to.exist;
      for (const name of ['organization', 'contactName', 'employees']) expect(field(el, name), name).to.not.exist;
      expect(field(el, 'phone')!.required).to.equal(false);
      expect(field(el, 'email')!.required).to.equal(true);
    });

    it('names the optional field with a space before “(optional)”, in the accessibility tree as on screen', async () => {
      await form();
      expect(await accessibleNames('textbox')).to.include('Phone (optional)');
      await form(undefined, { lang: 'fr' });
      expect((await accessibleNames('textbox')).filter((name) => name.startsWith('Téléphone'))).to.deep.equal(['Téléphone (facultatif)']);
    });

    it('employer asks for organization, contact, employees to train', async () => {
      const el = await form(undefined, { variant: 'employer' });
      for (const name of ['organization', 'contactName', 'email', 'phone', 'employees', 'message']) {
        expect(field(el, name), name).to.exist;
      }
      expect(field(el, 'name')).to.not.exist;
    });

    it('says what is sent with the inquiry, the occupation too when there is one, and links the privacy notice it is given', async () => {
      const plain = await form();
      expect($(plain, '[part="disclosure"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Sent with your inquiry: what you enter here and the programs above.',
      );
      expect($(plain, '[part="disclosure"] a')).to.not.exist;
      const el = await form(undefined, { occupation: '72106', endpointOwner: 'Riverside Career Centre', privacyUrl: '/privacy#inquiries' });
      expect($(el, '[part="disclosure"]')!.textContent).to.contain('and the occupation you were looking at');
      const one = await form(undefined, { programs: [PROGRAMS[0]!] });
      expect($(one, '[part="disclosure"]')!.textContent).to.contain('what you enter here and the program above.');
      const link = $<HTMLAnchorElement>(el, '[part="disclosure"] a')!;
      expect(link.textContent).to.equal('How Riverside Career Centre handles your personal information');
      expect(link.href).to.equal(new URL('/privacy#inquiries', document.baseURI).href);
      await expect(el).to.be.accessible();
      for (const hostile of ['javascript:alert(1)', 'data:text/html,x', ' ']) {
        const refused = await form(undefined, { privacyUrl: hostile });
        expect($(refused, '[part="disclosure"] a'), hostile).to.not.exist;
      }
    });

    it('consent names who receives the inquiry: whoever runs the endpoint, and the institutions only when it passes it on', async () => {
      const consent = (el: McInquiryForm) => $(el, '.consent')!.textContent!.replace(/\s+/g, ' ').trim();
      // One program or two, the same service receives it: never the one institution by itself.
      for (const programs of [[PROGRAMS[0]!], PROGRAMS]) {
        const el = await form(undefined, { endpointOwner: 'Lakeside Career Centre', programs });
        expect(consent(el)).to.equal('I agree that this recipient may keep my details and contact me about this inquiry: Lakeside Career Centre.');
      }
      const older = await form(undefined, { institution: 'Lakeshore Polytechnic', programs: [PROGRAMS[0]!] });
      expect(consent(older)).to.equal('I agree that this recipient may keep my details and contact me about this inquiry: Lakeshore Polytechnic.');
      const routed = await form(undefined, { routed: true, endpointOwner: 'Lakeside Career Centre' });
      expect(consent(routed)).to.equal(
        'I agree that these recipients may keep my details and contact me about this inquiry: Lakeside Career Centre, Lakeshore Polytechnic and Northern College.',
      );
    });

    it('the confirmation says the inquiry was sent and points to its receipt', async () => {
      const el = await form(undefined, { endpointOwner: 'Lakeside Career Centre' });
      await fillLearner(el);
      await submit(el);
      expect(statusText(el)).to.equal('Your inquiry was sent. Keep the receipt below: its reference lets you follow up on the inquiry or withdraw it.');
    });

    it('lists the programs asked about, as text', async () => {
      const el = await form(undefined, {
        programs: [sampleProgram('x', { title: { en: '<img src=x onerror=alert(1)>', fr: '' } })],
      });
      expect($(el, '[part="programs"] li')!.textContent).to.contain('<img src=x onerror=alert(1)>');
      expect($(el, '[part="programs"] img')).to.equal(null);
    });

    it('in French, a program with no French title is listed, and received, by its English title marked lang="en"', async () => {
      const programs = [
        sampleProgram('pipe', {
          title: { en: 'Pipe Welding Certification Prep', fr: '' },
          provider: 'Lakeshore Polytechnic',
          providerFr: 'Polytechnique Lakeshore',
        }),
      ];
      const marked = (node: Element) => [...node.querySelectorAll('[lang]')].map((n) => [n.getAttribute('lang'), n.textContent]);
      const el = await form(undefined, { lang: 'fr', programs });
      expect(marked($(el, '[part="programs"] li')!)).to.deep.equal([['en', 'Pipe Welding Certification Prep']]);
      await fillLearner(el);
      await submit(el);
      expect(marked($(el, '[part="receipt"]')!)).to.deep.equal([['en', 'Pipe Welding Certification Prep']]);
    });

    it('in French, names each institution by its French name, and one without by its English name marked lang="en"', async () => {
      const bilingual = [
        sampleProgram('welding-1', { provider: 'Lakeshore Polytechnic', providerFr: 'Polytechnique Lakeshore' }),
        sampleProgram('welding-2', { provider: 'Northern College' }),
      ];
      const marked = (node: Element) => [...node.querySelectorAll('[lang]')].map((n) => [n.getAttribute('lang'), n.textContent]);
      const el = await form(undefined, { lang: 'fr', routed: true, programs: bilingual });
      const lines = [...el.shadowRoot!.querySelectorAll('[part="programs"] li')];
      expect(lines.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        `${bilingual[0]!.title.fr} — Polytechnique Lakeshore`,
        `${bilingual[1]!.title.fr} — Northern College`,
      ]);
      expect(lines.map(marked)).to.deep.equal([[], [['en', 'Northern College']]]);
      const consent = $(el, '.consent')!;
      expect(consent.textContent).to.contain(
        'au sujet de cette demande\u00a0: l’exploitant de college.example (cette page ne dit pas qui c’est), Polytechnique Lakeshore et Northern College.',
      );
      expect(marked(consent)).to.deep.equal([['en', 'Northern College']]);
      expect(marked($(el, '[part="recipients"]')!)).to.deep.equal([['en', 'Northern College']]);
      await fillLearner(el);
      await submit(el);
      expect($(el, '[part="receipt"]')!.textContent).to.contain('Polytechnique Lakeshore et Northern College');
      expect(marked($(el, '[part="receipt"] dl')!)).to.deep.equal([['en', 'Northern College']]);
      // The page's own institution, named by its name: French on a French page.
      const own = await form(undefined, { lang: 'fr', institution: 'Lakeshore Polytechnic', programs: [bilingual[0]!] });
      expect($(own, '.consent')!.textContent).to.contain('au sujet de cette demande\u00a0: Polytechnique Lakeshore.');
      expect($(own, '[part="recipients"]')!.textContent).to.not.contain('Non transmise');
      await expect(own).to.be.accessible();
    });
  });

  describe('events', () => {
    it('fires mc-inquire {programIds, status: sent} on submit, with no personal data', async () => {
      const server = new FakeInquiryEndpoint();
      const el = await form(server);
      await fillLearner(el);
      const event = oneEvent(el, 'mc-inquire');
      await submit(el);
      const { detail, bubbles, composed } = await event;
      expect(detail).to.deep.equal({ programIds: ['welding-1', 'welding-2'], status: 'sent' });
      expect(bubbles && composed).to.equal(true);
      expect(JSON.stringify(detail)).to.not.contain('alex');
      expect(server.stored.size).to.equal(1);
      const body = JSON.parse([...server.stored.values()][0]!);
      expect(body).to.include({ variant: 'learner', name: 'Alex Tremblay', email: 'alex@example.org', consent: true, lang: 'en' });
    });

    it('fires status queued when the inquiry is saved to send later', async () => {
      const server = new FakeInquiryEndpoint();
      server.script = [503];
      const el = await form(server);
      await fillLearner(el);
      const event = oneEvent(el, 'mc-inquire');
      await submit(el);
      expect((await event).detail.status).to.equal('queued');
      expect(statusText(el)).to.contain('saved on this device and will be tried again automatically while this page is open');
    });

    it('fires mc-error inquiry-setup, with a hint for the developer, when the endpoint refuses this page (404, CORS)', async () => {
      const server = new FakeInquiryEndpoint();
      server.script = [404, 'offline'];
      server.reachable = true;
      const el = await form(server);
      await fillLearner(el);
      let event = oneEvent(el, 'mc-error');
      await submit(el);
      expect((await event).detail).to.deep.include({
        code: 'inquiry-setup',
        hint: `Inquiry endpoint ${ENDPOINT} answered HTTP 404: check the endpoint address.`,
      });
      expect((await event).detail.message).to.contain('The server refused this inquiry (error 404)');
      const again = await form(server);
      await fillLearner(again);
      event = oneEvent(again, 'mc-error');
      await submit(again);
      const hint = (await event).detail.hint!;
      expect(hint).to.contain('blocked by the browser (CORS, not the network)');
      expect(hint).to.contain(`Access-Control-Allow-Origin: ${location.origin} and Access-Control-Allow-Headers: Content-Type, Idempotency-Key`);
      expect(hint).to.contain(`the reference inquiry server sends them when started with --allow-origin ${location.origin}`);
    });

    it('fires nothing on programmatic changes or on a submit with errors', async () => {
      const el = await form();
      let fired = 0;
      el.addEventListener('mc-inquire', () => fired++);
      el.programs = [PROGRAMS[1]!];
      el.variant = 'employer';
      await el.updateComplete;
      await submit(el);
      expect(fired).to.equal(0);
    });
  });

  describe('validation and failures', () => {
    it('ties errors to fields, lists them in a summary and focuses the summary', async () => {
      const el = await form();
      await type(el, 'email', 'alex@');
      await submit(el);
      const summary = $(el, '.summary')!;
      expect(summary.textContent).to.contain('There are 4 problems with this form');
      const name = field(el, 'name')!;
      expect(focused(el, summary), 'the summary focused (no longer the first invalid field)').to.equal(true);
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      const email = field(el, 'email')!;
      const described = email.getAttribute('aria-describedby')!.split(' ');
      const errorEl = el.shadowRoot!.getElementById(described.find((id) => id.endsWith('-error'))!)!;
      expect(errorEl.textContent).to.contain('Enter an email address like name@example.com.');
      const consent = field(el, 'consent')!;
      expect(consent.getAttribute('aria-invalid')).to.equal('true');
      // A link in the summary moves focus to its field.
      ([...summary.querySelectorAll('a')].find((a) => a.textContent!.includes('email')) as HTMLElement).click();
      expect(focused(el, email), 'summary link focuses its field').to.equal(true);
    });

    it('heads the error summary one level below the form’s heading, whatever heading-level the page sets', async () => {
      for (const [level, heading, summary] of [
        [2, 'H2', 'H3'],
        [3, 'H3', 'H4'],
        [5, 'H5', 'H6'],
      ] as const) {
        const el = await form();
        el.headingLevel = level;
        await submit(el);
        expect($(el, '[part=heading]')!.tagName, `form at ${level}`).to.equal(heading);
        const top = $(el, '.summary')!.firstElementChild!;
        expect(top.tagName, `summary at ${level}`).to.equal(summary);
        expect(top.textContent).to.contain('problems with this form');
      }
    });

    it('refuses invisible characters and a name without letters, saying what to do; keeps the message’s line breaks', async () => {
      const server = new FakeInquiryEndpoint();
      const el = await form(server);
      await fillLearner(el, { name: 'Ada\u200bLovelace', message: 'Hello,\n\nWhen does it start?' });
      await submit(el);
      const name = field(el, 'name')!;
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(focused(el, $(el, '.summary')), 'the summary focused (no longer the name)').to.equal(true);
      const errorOf = (input: HTMLElement) =>
        el.shadowRoot!.getElementById(
          input
            .getAttribute('aria-describedby')!
            .split(' ')
            .find((id) => id.endsWith('-error'))!,
        )!.textContent!;
      expect(errorOf(name)).to.contain('characters you cannot see');
      expect(errorOf(name)).to.contain('Type it again rather than pasting it.');
      expect($(el, '.summary')!.textContent).to.contain('There is 1 problem with this form');
      await type(el, 'name', '\u2060\u200b');
      await submit(el);
      expect(errorOf(field(el, 'name')!)).to.contain('characters you cannot see');
      await type(el, 'name', '12345');
      await submit(el);
      expect(errorOf(field(el, 'name')!)).to.contain('Enter your name in letters');
      expect(server.requests, 'nothing sent while the name is refused').to.have.length(0);
      await type(el, 'name', 'Ada Lovelace');
      await submit(el);
      expect(statusText(el)).to.contain('was sent');
      expect(JSON.parse(server.requests[0]!.body).message).to.equal('Hello,\n\nWhen does it start?');
    });

    it('shows the server’s refusal of hidden characters in the message on that field', async () => {
      const server = new FakeInquiryEndpoint();
      server.script = [() => Response.json({ error: 'invalid', fields: [{ field: 'message', code: 'characters' }] }, { status: 422 })];
      const el = await form(server);
      await fillLearner(el);
      await submit(el);
      const message = field(el, 'message')!;
      expect(message.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '.summary')!.textContent).to.contain('Your question holds control characters you cannot see');
    });

    it('a 422 keeps everything typed and shows the server’s field errors', async () => {
      const server = new FakeInquiryEndpoint();
      server.script = [422];
      const el = await form(server);
      await fillLearner(el, { email: 'alex@example.invalid' });
      await submit(el);
      expect(field(el, 'name')!.value).to.equal('Alex Tremblay');
      expect(field(el, 'message')!.value).to.equal('When does it start?');
      expect(field(el, 'consent')!.checked).to.equal(true);
      expect(field(el, 'email')!.getAttribute('aria-invalid')).to.equal('true');
      expect(focused(el, $(el, '.summary')), 'the summary focused (no longer the email)').to.equal(true);
      // The corrected inquiry goes out under the same key.
      await type(el, 'email', 'alex@example.org');
      await submit(el);
      expect(statusText(el)).to.contain('was sent');
      expect(server.requests.map((r) => r.key)).to.deep.equal([server.requests[0]!.key, server.requests[0]!.key]);
    });

    it('keeps the draft across a language switch and re-renders', async () => {
      const el = await form();
      await type(el, 'name', 'Alex');
      await type(el, 'message', 'Bonjour');
      el.parentElement!.setAttribute('lang', 'fr');
      await aTimeout(0);
      await el.updateComplete;
      expect($(el, 'label[for$="-name"]')!.textContent).to.contain('Votre nom');
      expect(field(el, 'name')!.value).to.equal('Alex');
      expect(field(el, 'message')!.value).to.equal('Bonjour');
    });

    it('offline: says it is saved on this device, then shows it sent once delivered', async () => {
      const server = new FakeInquiryEndpoint();
      server.offline = true;
      const el = await form(server);
      await fillLearner(el);
      await submit(el);
      expect($(el, '.status p')!.textContent).to.equal(
        'Saved on this device. It will be sent when you are back online while this page is open, or the next time you open this page online.',
      );
      server.offline = false;
      await el.outbox!.flush(true);
      await el.updateComplete;
      expect(statusText(el)).to.contain('was sent');
      expect(await el.outbox!.list()).to.deep.equal([]);
    });

    it('without IndexedDB, warns that the inquiry cannot be kept across reloads', async () => {
      const server = new FakeInquiryEndpoint();
      server.offline = true;
      const el = await form(server, { indexedDB: null });
      await fillLearner(el);
      await submit(el);
      expect(statusText(el)).to.contain('cannot keep your inquiry if you close or reload the page');
    });

    it('the person can discard a queued inquiry and still has what they typed', async () => {
      const server = new FakeInquiryEndpoint();
      server.offline = true;
      const el = await form(server);
      await fillLearner(el);
      await submit(el);
      const discard = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Discard'))!;
      discard.click();
      await aTimeout(20);
      await el.updateComplete;
      expect(statusText(el)).to.contain('Nothing was sent');
      expect(await el.outbox!.list()).to.deep.equal([]);
      expect(field(el, 'name')!.value).to.equal('Alex Tremblay');
    });

    it('a honeypot no person can reach: hidden from assistive tech, out of tab order; filled, nothing is sent', async () => {
      const server = new FakeInquiryEndpoint();
      const el = await form(server);
      const trap = field(el, 'website')!;
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.closest('[aria-hidden="true"]')).to.exist;
      const rect = trap.getBoundingClientRect();
      expect(rect.right <= 0 || rect.bottom <= 0, 'off-screen').to.equal(true);
      await fillLearner(el);
      await type(el, 'website', 'http://spam.example');
      await submit(el);
      expect(server.requests).to.have.length(0);
    });
  });

  it('says plainly when the form has no endpoint, and when the server refuses without saying why', async () => {
    const bare = await fixture<McInquiryForm>(html`<mc-inquiry-form .programs=${PROGRAMS}></mc-inquiry-form>`);
    await fillLearner(bare);
    await submit(bare);
    expect(statusText(bare)).to.contain('has no address to send inquiries to');
    const server = new FakeInquiryEndpoint();
    server.script = [() => new Response('Bad Request', { status: 400 })];
    const el = await form(server);
    await fillLearner(el);
    await submit(el);
    expect(statusText(el)).to.contain('The server did not accept this inquiry, so it cannot be sent from this form');
    expect(field(el, 'name'), 'nothing to fix: the fields give way to Copy and Delete').to.equal(null);
  });

  it('tells of an inquiry saved on an earlier visit that cannot be sent yet, and lets the person delete it', async () => {
    const server = new FakeInquiryEndpoint();
    server.offline = true;
    const outbox = await makeOutbox(server);
    await outbox.submit(ENDPOINT, { variant: 'learner', programIds: ['welding-1'] });
    const el = await fixture<McInquiryForm>(
      html`<mc-inquiry-form endpoint=${ENDPOINT} endpoint-owner="Lakeshore Polytechnic" .programs=${PROGRAMS} .outbox=${outbox}></mc-inquiry-form>`,
    );
    const notice = () => $(el, '[part="outbox"]')!.textContent!.replace(/\s+/g, ' ');
    for (let i = 0; i < 50 && !notice().includes('not sent yet'); i++) await aTimeout(10);
    expect(notice()).to.contain(
      'is not sent yet: the server did not answer. It will be sent to Lakeshore Polytechnic as soon as possible while this page is open',
    );
    await expect(el).to.be.accessible();
    ([...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Delete it from this device')) as HTMLElement).click();
    for (let i = 0; i < 50 && !notice().includes('was deleted'); i++) await aTimeout(10);
    expect(notice()).to.contain('was deleted from it. It was not sent.');
    expect(await outbox.list()).to.deep.equal([]);
  });

  describe('refused inquiries', () => {
    const button = (el: McInquiryForm, text: string) =>
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes(text)) as HTMLButtonElement | undefined;
    const refusedBox = (el: McInquiryForm) => $(el, '[part~="refused"]');

    async function formOver(outbox: Outbox, lang = 'en'): Promise<McInquiryForm> {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>
        <mc-inquiry-form endpoint=${ENDPOINT} .programs=${PROGRAMS} .outbox=${outbox}></mc-inquiry-form>
      </div>`);
      const el = wrapper.querySelector('mc-inquiry-form')!;
      for (let i = 0; i < 50 && !$(el, '[part~="earlier"]'); i++) await aTimeout(10);
      return el;
    }

    it('a 422 from an earlier visit: said not accepted (not “will be sent”), opened with what to fix, sent under its key', async () => {
      const server = new FakeInquiryEndpoint();
      server.script = [422];
      const outbox = await makeOutbox(server);
      const refused = await outbox.submit(ENDPOINT, { ...inquiry, email: 'alex@example.invalid' });
      const el = await formOver(outbox);
      const box = refusedBox(el)!;
      expect(box.textContent).to.contain('was not accepted: some entries need fixing');
      expect(box.textContent).to.contain('deleted from this device 14 days after you wrote it');
      expect(el.shadowRoot!.textContent).not.to.contain('will be sent when possible');
      await expect(el).to.be.accessible();
      button(el, 'Open it to fix it')!.click();
      for (let i = 0; i < 50 && refusedBox(el); i++) await aTimeout(10);
      await el.updateComplete;
      expect(field(el, 'name')!.value).to.equal(inquiry.name);
      expect(field(el, 'message')!.value).to.equal(inquiry.message);
      expect(field(el, 'consent')!.checked).to.equal(true);
      const email = field(el, 'email')!;
      expect(email.value).to.equal('alex@example.invalid');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(focused(el, $(el, '.summary')), 'the summary of what to fix is focused (no longer the field)').to.equal(true);
      expect(
        (await outbox.list()).map((i) => i.id),
        'kept while the person fixes it',
      ).to.deep.equal([refused.id]);
      await type(el, 'email', 'alex@example.org');
      await submit(el);
      expect(statusText(el)).to.contain('was sent');
      expect(server.requests.map((r) => r.key)).to.deep.equal([refused.id, refused.id]);
      expect(await outbox.list()).to.deep.equal([]);
    });

    it('a 403 from an earlier visit: said refused, shown, and discarded by the person; never sent by itself', async () => {
      const server = new FakeInquiryEndpoint();
      server.script = [403];
      const outbox = await makeOutbox(server);
      await outbox.submit(ENDPOINT, inquiry);
      const el = await formOver(outbox);
      expect(refusedBox(el)!.textContent).to.contain('was refused by the site and cannot be sent from this form');
      await expect(el).to.be.accessible();
      button(el, 'Show it')!.click();
      for (let i = 0; i < 50 && !statusText(el).includes('error 403'); i++) await aTimeout(10);
      expect(statusText(el)).to.contain('The server refused this inquiry (error 403), so it cannot be sent from this form');
      expect(statusText(el)).to.contain('to Lakeshore Polytechnic and Northern College through the program page');
      expect(button(el, 'Try sending now'), 'sending it again would not help').to.equal(undefined);
      button(el, 'Delete it now')!.click();
      for (let i = 0; i < 50 && (await outbox.list()).length > 0; i++) await aTimeout(10);
      expect(await outbox.list()).to.deep.equal([]);
      expect(server.requests, 'sent once, never again').to.have.length(1);
    });

    it('an earlier refused inquiry can be discarded from the notice, focus staying in the form', async () => {
      const server = new FakeInquiryEndpoint();
      server.script = [422];
      const outbox = await makeOutbox(server);
      await outbox.submit(ENDPOINT, inquiry);
      const el = await formOver(outbox);
      button(el, 'Discard it')!.click();
      for (let i = 0; i < 50 && refusedBox(el); i++) await aTimeout(10);
      expect(refusedBox(el)).to.equal(null);
      expect(await outbox.list()).to.deep.equal([]);
      expect(focused(el, field(el, 'name')), 'focus in the form').to.equal(true);
    });

    it('the inquiry being fixed after a 422 can be discarded, keeping what was typed', async () => {
      const server = new FakeInquiryEndpoint();
      server.script = [422];
      const el = await form(server);
      await fillLearner(el);
      await submit(el);
      expect(field(el, 'email')!.getAttribute('aria-invalid')).to.equal('true');
      expect(await el.outbox!.list()).to.have.length(1);
      button(el, 'Discard this inquiry')!.click();
      for (let i = 0; i < 50 && !statusText(el).includes('Nothing was sent'); i++) await aTimeout(10);
      expect(statusText(el)).to.contain('Nothing was sent');
      expect(await el.outbox!.list()).to.deep.equal([]);
      expect(field(el, 'name')!.value).to.equal('Alex Tremblay');
    });

    it('says how long a queued inquiry is kept on the device', async () => {
      const server = new FakeInquiryEndpoint();
      server.offline = true;
      const el = await form(server);
      await fillLearner(el);
      await submit(el);
      expect(statusText(el)).to.contain('deleted from this device 14 days after you wrote it');
    });

    it('in French', async () => {
      const server = new FakeInquiryEndpoint();
      server.script = [422];
      const outbox = await makeOutbox(server);
      await outbox.submit(ENDPOINT, inquiry);
      const el = await formOver(outbox, 'fr');
      expect(refusedBox(el)!.textContent).to.contain('n’a pas été acceptée\u00a0: certaines réponses sont à corriger');
      expect(refusedBox(el)!.textContent).to.contain('14 jours après sa rédaction');
      expect(button(el, 'L’ouvrir pour la corriger')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('can be filled and sent from the keyboard alone', async () => {
      const server = new FakeInquiryEndpoint();
      const el = await form(server, { programs: [PROGRAMS[0]!] });
      field(el, 'name')!.focus();
      await sendKeys({ type: 'Alex Tremblay' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'alex@example.org' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Is there an evening cohort?' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el, $(el, 'button[type="submit"]')), 'the honeypot is skipped').to.equal(true);
      await sendKeys({ press: 'Enter' });
      for (let i = 0; i < 50 && server.stored.size === 0; i++) await aTimeout(10);
      expect(server.stored.size).to.equal(1);
    });
  });

  describe('parts', () => {
    it('exposes form, heading, programs, field, status, actions and submit', async () => {
      const el = await form();
      for (const part of ['form', 'heading', 'programs', 'field', 'status', 'actions', 'submit']) {
        expect($(el, `[part~="${part}"]`), part).to.exist;
      }
    });
  });

  describe('French', () => {
    it('renders labels, consent and errors in French', async () => {
      const el = await form(undefined, { lang: 'fr-CA', endpointOwner: 'Collège Boréal' });
      expect($(el, '[part="heading"]')!.textContent).to.equal('Se renseigner sur ces programmes');
      const one = await form(undefined, { lang: 'fr-CA', programs: PROGRAMS.slice(0, 1) });
      expect($(one, '[part="heading"]')!.textContent).to.equal('Se renseigner sur ce programme');
      expect($(el, '.consent')!.textContent).to.contain(
        'J’accepte que ce destinataire conserve mes renseignements et communique avec moi au sujet de cette demande\u00a0: Collège Boréal.',
      );
      await submit(el);
      expect($(el, '.summary')!.textContent).to.contain('Ce formulaire comporte 4 problèmes');
      expect(el.shadowRoot!.textContent).to.contain('Cochez la case pour accepter qu’on communique avec vous');
      expect(el.shadowRoot!.textContent).to.contain('Les réponses vous seront envoyées à cette adresse.');
      expect($(el, 'button[type="submit"]')!.textContent).to.contain('Envoyer la demande');
      await fillLearner(el, { name: 'Ada\u202eLovelace' });
      await submit(el);
      expect($(el, '.summary')!.textContent).to.contain('des caractères invisibles');
    });

    it('says in French what is sent and links the privacy notice', async () => {
      const el = await form(undefined, {
        lang: 'fr-CA',
        occupation: '72106',
        endpointOwner: 'Collège Boréal',
        privacyUrl: 'https://boreal.example/confidentialite',
      });
      expect($(el, '[part="disclosure"]')!.textContent).to.contain(
        'Envoyé avec votre demande\u00a0: ce que vous inscrivez ici, les programmes ci-dessus et la profession que vous consultiez',
      );
      expect($(el, '[part="disclosure"] a')!.textContent).to.equal('Avis sur la protection de vos renseignements personnels\u00a0: Collège Boréal');
    });

    it('names in French whoever runs the endpoint, last, with no article needed, and the institutions it passes the inquiry on to', async () => {
      const el = await form(undefined, { lang: 'fr-CA', routed: true, endpointOwner: 'Collège des Deux-Rives' });
      expect(
        $(el, '.consent')!
          .textContent!.replace(/[ \n]+/g, ' ')
          .trim(),
      ).to.equal(
        'J’accepte que ces destinataires conservent mes renseignements et communiquent avec moi au sujet de cette demande\u00a0: Collège des Deux-Rives, Lakeshore Polytechnic et Northern College.',
      );
      const unnamed = await form(undefined, { lang: 'fr-CA', endpoint: 'https://demandes.example/api/inquiries' });
      expect($(unnamed, '.consent')!.textContent).to.contain(
        'au sujet de cette demande\u00a0: l’exploitant de demandes.example (cette page ne dit pas qui c’est).',
      );
      await fillLearner(el);
      await submit(el);
      for (let i = 0; i < 50 && statusText(el).includes('Envoi'); i++) await aTimeout(10);
      expect($(el, '.status p')!.textContent).to.equal(
        'Votre demande a été envoyée. Gardez le reçu ci-dessous\u00a0: sa référence vous permet d’en faire le suivi ou de la retirer.',
      );
    });
  });
});
