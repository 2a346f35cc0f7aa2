// What the form does with inquiries saved on this device: one saved on an earlier visit is
// sent as soon as the form is on the page and said sent (to whom, when), once across two tabs;
// one the endpoint refuses is said plainly, its message can be copied, and it is deleted
// when the person chooses or leaves the form.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/mc-inquiry-form.js';
import { Outbox } from '../../../src/core/offline/outbox.js';
import { forgetDrafts } from '../../../src/elements/mc-inquiry-form/draft-store.js';
import type { McInquiryForm } from '../../../src/elements/mc-inquiry-form/mc-inquiry-form.js';
import { ENDPOINT, FakeInquiryEndpoint } from '../../fixtures/browser/inquiry-endpoint.js';
import { $, field, fillLearner, statusText, submit } from '../../fixtures/browser/inquiry-form.js';
import { sampleProgram } from '../../fixtures/index/index.js';
import { learner as inquiry } from '../../fixtures/core/inquiries.js';

const PROGRAMS = [sampleProgram('welding-1', { provider: 'Lakeshore Polytechnic' })];

let seq = 0;
const boxes: Outbox[] = [];
afterEach(() => {
  for (const box of boxes.splice(0)) box.close();
  // A form keeps what was typed, and a receipt, for the next form of its kind: not for the next test.
  forgetDrafts();
});

async function makeOutbox(server: FakeInquiryEndpoint, dbName = `mc-form-outbox-${Date.now()}-${seq++}`): Promise<Outbox> {
  const box = await Outbox.open({ dbName, fetch: server.fetch });
  boxes.push(box);
  return box;
}

function formOver(outbox: Outbox, lang = 'en'): Promise<McInquiryForm> {
  return fixture<McInquiryForm>(
    html`<mc-inquiry-form lang=${lang} endpoint=${ENDPOINT} institution="Lakeshore Polytechnic" .programs=${PROGRAMS} .outbox=${outbox}></mc-inquiry-form>`,
  );
}

// Spaces folded, no-break ones too (the French typography test checks those in the string tables).
const notice = (el: McInquiryForm) => $(el, '[part="outbox"]')!.textContent!.replace(/\s+/g, ' ').trim();
const button = (el: McInquiryForm, text: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes(text));

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await aTimeout(10);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('mc-inquiry-form and the inquiries saved on this device', () => {
  it('sends an inquiry saved on an earlier visit as soon as it is on the page, and says it was sent, to whom and when', async () => {
    const server = new FakeInquiryEndpoint();
    server.offline = true;
    const dbName = `mc-form-later-${seq++}`;
    const saved = await (await makeOutbox(server, dbName)).submit(ENDPOINT, inquiry);
    expect(saved.status).to.equal('queued');
    server.offline = false;
    // A new page: a new outbox over the same device store, which nobody flushes or starts.
    const el = await formOver(await makeOutbox(server, dbName));
    expect($(el, '[part="outbox"] [role="status"]'), 'the live region is there from the first render').to.exist;
    await until(() => notice(el).includes('was sent'), 'the notice to say it was sent');
    const time = new Intl.DateTimeFormat('en-CA', { timeStyle: 'short' }).format(Date.now());
    expect(notice(el)).to.match(new RegExp(`^At ${time.replace('.', '\\.')}, the inquiry you saved on this device on .+ was sent to Lakeshore Polytechnic\\.`));
    expect(notice(el)).to.contain('It is no longer kept on this device.');
    expect([...server.stored.keys()]).to.deep.equal([saved.id]);
    expect(await boxes[1]!.list()).to.deep.equal([]);
    expect(field(el, 'name'), 'the form itself is ready for a new inquiry').to.exist;
    await expect(el).to.be.accessible();
  });

  it('two tabs opened at once send a saved inquiry once, under its key', async () => {
    const server = new FakeInquiryEndpoint();
    server.offline = true;
    const dbName = `mc-form-tabs-${seq++}`;
    const saved = await (await makeOutbox(server, dbName)).submit(ENDPOINT, inquiry);
    server.offline = false;
    server.script = [async () => (await aTimeout(50), Response.json({ id: 'r1', receivedAt: '2026-01-01T00:00:00Z' }, { status: 201 }))];
    const [a, b] = await Promise.all([formOver(await makeOutbox(server, dbName)), formOver(await makeOutbox(server, dbName))]);
    await until(() => notice(a).includes('was sent') && notice(b).includes('was sent'), 'both tabs to say it was sent');
    const posts = server.requests.filter((r) => r.key === saved.id);
    expect(posts, 'the offline attempt, then one delivery').to.have.length(2);
  });

  it('says in French that a saved inquiry is being sent, then was sent', async () => {
    const server = new FakeInquiryEndpoint();
    server.offline = true;
    const dbName = `mc-form-fr-${seq++}`;
    await (await makeOutbox(server, dbName)).submit(ENDPOINT, inquiry);
    server.offline = false;
    let answer: () => void = () => {};
    server.script = [() => new Promise<Response>((resolve) => (answer = () => resolve(Response.json({ id: 'r' }, { status: 201 }))))];
    const el = await formOver(await makeOutbox(server, dbName), 'fr');
    await until(() => notice(el).includes('Envoi de la demande'), 'the notice to say it is sending');
    expect(notice(el)).to.match(/^Envoi de la demande enregistrée sur cet appareil le .+ \(destinataire : Lakeshore Polytechnic\)…$/);
    answer();
    await until(() => notice(el).includes('a été envoyée'), 'the notice to say it was sent');
    expect(notice(el)).to.contain('a été envoyée (destinataire : Lakeshore Polytechnic). Elle n’est plus conservée sur cet appareil.');
  });

  it('a 500 is a server error, not a server that did not answer, and is tried again', async () => {
    const server = new FakeInquiryEndpoint();
    server.script = [500];
    const el = await formOver(await makeOutbox(server));
    await fillLearner(el);
    await submit(el);
    expect(statusText(el)).to.contain('The server answered with an error, so your inquiry is not sent yet.');
    expect(statusText(el)).not.to.contain('did not answer');
    expect(button(el, 'Try sending now')).to.exist;
  });

  describe('refused (a 4xx other than 408, 409, 425, 429)', () => {
    async function refusedForm(status: number): Promise<{ el: McInquiryForm; outbox: Outbox; server: FakeInquiryEndpoint }> {
      const server = new FakeInquiryEndpoint();
      server.script = [status];
      const outbox = await makeOutbox(server);
      const el = await formOver(outbox);
      await fillLearner(el);
      await submit(el);
      return { el, outbox, server };
    }

    it('says plainly it was refused, offers no retry, and copies the message', async () => {
      const { el, outbox } = await refusedForm(403);
      expect(statusText(el)).to.contain('The server refused this inquiry (error 403), so it cannot be sent from this form');
      expect(button(el, 'Try sending now')).to.equal(undefined);
      expect(await outbox.list(), 'kept while the person is on the form').to.have.length(1);
      const clipboard = navigator.clipboard;
      const copied: string[] = [];
      const writeText = clipboard.writeText;
      clipboard.writeText = async (text: string) => void copied.push(text);
      try {
        button(el, 'Copy your message')!.click();
        await until(() => statusText(el).length > 0 && !!$(el, '.copy-result')!.textContent, 'the copy to be said');
      } finally {
        clipboard.writeText = writeText;
      }
      expect(copied).to.deep.equal(['When does it start?']);
      expect($(el, '.copy-result')!.textContent).to.equal('Your message is copied: paste it wherever you want to send it.');
    });

    it('where the page may not copy, shows the message to copy by hand', async () => {
      const { el } = await refusedForm(404);
      const clipboard = navigator.clipboard;
      const writeText = clipboard.writeText;
      clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
      try {
        button(el, 'Copy your message')!.click();
        await until(() => !!$(el, '.copy-by-hand textarea'), 'the text to copy by hand');
      } finally {
        clipboard.writeText = writeText;
      }
      expect($<HTMLTextAreaElement>(el, '.copy-by-hand textarea')!.value).to.equal('When does it start?');
      expect($(el, '.copy-result')!.textContent).to.contain('select the text below and copy it');
      await expect(el).to.be.accessible();
    });

    it('is deleted from the device when the person chooses, keeping what they typed on the page', async () => {
      const { el, outbox } = await refusedForm(413);
      button(el, 'Delete it now')!.click();
      await until(async () => (await outbox.list()).length === 0, 'the inquiry to be deleted');
      await until(() => statusText(el).includes('Nothing was sent'), 'the form to say so');
      expect(field(el, 'message')!.value).to.equal('When does it start?');
    });

    it('is deleted from the device when the person leaves the form, and never sent again', async () => {
      const { el, outbox, server } = await refusedForm(403);
      expect(await outbox.list()).to.have.length(1);
      el.remove();
      await until(async () => (await outbox.list()).length === 0, 'the inquiry to be deleted');
      expect(server.requests).to.have.length(1);
    });
  });
});
