// Who receives an inquiry, as the form says it before sending: the same words whatever the
// number of programs, and the consent naming exactly those who receive it.
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../../src/define/mc-inquiry-form.js';
import { formOutboxes } from '../../fixtures/browser/form-outboxes.js';
import type { McInquiryForm } from '../../../src/elements/mc-inquiry-form/mc-inquiry-form.js';
import type { Program } from '../../../src/core/index-format/index.js';
import { ENDPOINT, FakeInquiryEndpoint } from '../../fixtures/browser/inquiry-endpoint.js';
import { $ } from '../../fixtures/browser/inquiry-form.js';
import { captureWarnings } from '../../fixtures/browser/warnings.js';
import { sampleProgram } from '../../fixtures/index/index.js';

const DEUX_RIVES = sampleProgram('soins-1', { provider: 'Collège des Deux-Rives (fictif)' });
const NORTHERN = sampleProgram('welding-2', { provider: 'Northern College' });
const DEUX_RIVES_2 = sampleProgram('soins-2', { provider: 'Collège des Deux-Rives (fictif)' });

const outbox = formOutboxes('mc-recipients');
const warnings = captureWarnings();

interface Options {
  owner?: string;
  routed?: boolean;
  programs?: Program[];
  endpoint?: string;
  lang?: string;
  server?: FakeInquiryEndpoint;
}

async function form(o: Options = {}): Promise<McInquiryForm> {
  const box = await outbox(o.server);
  const wrapper = await fixture<HTMLElement>(html`<div lang=${o.lang ?? 'en'}>
    <mc-inquiry-form
      variant="employer"
      endpoint=${o.endpoint ?? ENDPOINT}
      endpoint-owner=${o.owner ?? nothing}
      ?routed=${o.routed ?? false}
      .programs=${o.programs ?? [DEUX_RIVES]}
      .outbox=${box}
    ></mc-inquiry-form>
  </div>`);
  const el = wrapper.querySelector('mc-inquiry-form')!;
  await el.updateComplete;
  return el;
}

/** The "Who receives your inquiry" rows: label, then value and note, spaces folded. */
function rows(el: McInquiryForm): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part="recipients"] dl > div')].map((row) =>
    [...row.children].map((cell) => cell.textContent!.replace(/[ \n]+/g, ' ').trim()).join(' | '),
  );
}

const consent = (el: McInquiryForm) =>
  $(el, '.consent')!
    .textContent!.replace(/[ \n]+/g, ' ')
    .trim();

describe('mc-inquiry-form: who receives the inquiry', () => {
  it('one program or two, the same words: who keeps it, and the institutions it is not sent to, by name', async () => {
    const one = await form({ owner: 'Lakeside Career Centre' });
    expect(rows(one)).to.deep.equal([
      'Received and kept by | Lakeside Career Centre',
      'Not sent to | Collège des Deux-Rives (fictif) To reach it directly, use the program pages.',
    ]);
    const two = await form({ owner: 'Lakeside Career Centre', programs: [DEUX_RIVES, NORTHERN] });
    expect(rows(two)).to.deep.equal([
      'Received and kept by | Lakeside Career Centre',
      'Not sent to | Collège des Deux-Rives (fictif) and Northern College To reach them directly, use the program pages.',
    ]);
    for (const el of [one, two])
      expect(consent(el)).to.equal('I agree that this recipient may keep my details and contact me about this inquiry: Lakeside Career Centre.');
    await expect(two).to.be.accessible();
  });

  it('routed: each institution offering a program can read it, said the same way for one or several', async () => {
    const one = await form({ owner: 'Lakeside Career Centre', routed: true });
    expect(rows(one)).to.deep.equal([
      'Received and kept by | Lakeside Career Centre',
      'Passed on to | Collège des Deux-Rives (fictif) The institution offering the program you chose can read the whole inquiry.',
    ]);
    const two = await form({ owner: 'Lakeside Career Centre', routed: true, programs: [DEUX_RIVES, NORTHERN, DEUX_RIVES_2] });
    expect(rows(two)[1]).to.equal(
      'Passed on to | Collège des Deux-Rives (fictif) and Northern College Each institution offering a program you chose can read the whole inquiry, the other institutions’ names and programs included.',
    );
    expect(consent(two)).to.equal(
      'I agree that these recipients may keep my details and contact me about this inquiry: Lakeside Career Centre, Collège des Deux-Rives (fictif) and Northern College.',
    );
  });

  it('an institution running its own endpoint is not told it is not sent to itself', async () => {
    const el = await form({ owner: 'Collège des Deux-Rives (fictif)', programs: [DEUX_RIVES, DEUX_RIVES_2] });
    expect(rows(el)).to.deep.equal(['Received and kept by | Collège des Deux-Rives (fictif)']);
  });

  it('no endpoint-owner: names the endpoint’s host, neutrally, and warns the developer once', async () => {
    const endpoint = `https://inquiries-${Date.now()}.example/api/inquiries`;
    const el = await form({ endpoint });
    const host = new URL(endpoint).host;
    expect(rows(el)[0]).to.equal(`Received and kept by | whoever runs ${host} (this page does not say who)`);
    expect(consent(el)).to.contain(`about this inquiry: whoever runs ${host} (this page does not say who).`);
    expect(warnings.list.filter((w) => w.includes('endpoint-owner'))).to.have.length(1);
    expect(warnings.list[0]).to.contain(endpoint);
    await form({ endpoint });
    expect(warnings.list.filter((w) => w.includes('endpoint-owner'))).to.have.length(1, 'once per endpoint');
    await form({ owner: 'Lakeside Career Centre', endpoint: `${endpoint}/named` });
    expect(warnings.list.filter((w) => w.includes('endpoint-owner'))).to.have.length(1, 'not when named');
  });

  it('in French, labels and names with no article needed', async () => {
    const el = await form({ owner: 'Centre d’emploi Lakeside', routed: true, programs: [DEUX_RIVES, NORTHERN], lang: 'fr' });
    expect($(el, '[part="recipients"] :is(h3, h4)')!.textContent).to.equal('Qui reçoit votre demande');
    expect(rows(el)[0]).to.equal('Reçue et conservée par | Centre d’emploi Lakeside');
    expect(rows(el)[1]).to.match(/^Transmise à \| Collège des Deux-Rives \(fictif\) et Northern College Chaque établissement/);
    const unrouted = await form({ owner: 'Centre d’emploi Lakeside', programs: [DEUX_RIVES, NORTHERN], lang: 'fr' });
    expect(rows(unrouted)[1]).to.equal(
      'Non transmise à | Collège des Deux-Rives (fictif) et Northern College Pour les joindre directement, passez par les pages des programmes.',
    );
  });
});
