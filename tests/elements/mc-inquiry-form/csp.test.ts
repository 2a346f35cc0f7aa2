/**
 * An inquiry the page's own Content-Security-Policy blocks (`connect-src` does not list the
 * endpoint), under a real policy: the person is told the form is not set up, not that it
 * will be sent when they are back online, and the developer gets `mc-error` with a hint
 * naming `connect-src`. In a file of its own: the policy, a `<meta>` added before the
 * first request, stays for the rest of the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/mc-inquiry-form.js';
import { Outbox } from '../../../src/core/offline/outbox.js';
import type { McErrorDetail } from '../../../src/elements/shared/errors.js';
import type { McInquiryForm } from '../../../src/elements/mc-inquiry-form/mc-inquiry-form.js';
import { ENDPOINT } from '../../fixtures/browser/inquiry-endpoint.js';
import { fillLearner, statusText, submit } from '../../fixtures/browser/inquiry-form.js';
import { sampleProgram } from '../../fixtures/index/index.js';
import { learner as inquiry } from '../../fixtures/core/inquiries.js';

let seq = 0;
const boxes: Outbox[] = [];

/** An outbox with the page's own fetch: the policy, not a stand-in, refuses the request. */
async function pageFetchOutbox(): Promise<Outbox> {
  const box = await Outbox.open({ dbName: `mc-csp-test-${Date.now()}-${seq++}` });
  boxes.push(box);
  return box;
}

before(() => {
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "connect-src 'self'";
  document.head.append(policy);
});

afterEach(() => {
  for (const box of boxes.splice(0)) box.close();
});

describe('an inquiry blocked by the page’s Content-Security-Policy', () => {
  it('is a setup problem of the outbox (csp), kept on the device, not queued as offline', async () => {
    const box = await pageFetchOutbox();
    const result = await box.submit(ENDPOINT, inquiry);
    expect(result).to.include({ status: 'config', problem: 'csp' });
    expect((await box.list()).map((item) => item.state)).to.deep.equal(['config']);
  });

  for (const [lang, notSetUp, owner, offline] of [
    ['en', 'not set up correctly', 'lists it in connect-src', 'when you are back online'],
    ['fr', 'mal configuré', 'la mentionne dans connect-src', 'retour en ligne'],
  ] as const) {
    it(`says the form is not set up (${lang}), fires mc-error with a hint naming connect-src, and no mc-inquire`, async () => {
      const outbox = await pageFetchOutbox();
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>
        <mc-inquiry-form endpoint=${ENDPOINT} .programs=${[sampleProgram('welding-1', { provider: 'Lakeshore Polytechnic' })]} .outbox=${outbox}></mc-inquiry-form>
      </div>`);
      const el = wrapper.querySelector<McInquiryForm>('mc-inquiry-form')!;
      await el.updateComplete;
      const errors: McErrorDetail[] = [];
      const inquiries: unknown[] = [];
      wrapper.addEventListener('mc-error', (e) => errors.push(e.detail));
      wrapper.addEventListener('mc-inquire', (e) => inquiries.push(e.detail));
      await fillLearner(el);
      await submit(el);

      expect(statusText(el)).to.contain(notSetUp).and.contain(owner).and.not.contain(offline);
      expect(inquiries).to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0]!.code).to.equal('inquiry-setup');
      expect(errors[0]!.message).to.contain(notSetUp);
      expect(errors[0]!.hint).to.equal(
        `Inquiry endpoint ${ENDPOINT} was blocked by this page's Content-Security-Policy (not the network): add https://college.example to its connect-src directive.`,
      );
    });
  }
});
