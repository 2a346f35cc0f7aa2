// Who receives an inquiry, as the form says it before sending, and what the person typed
// outliving the form: the same words whatever the number of programs, the consent kept
// only while the recipients are the same, the draft kept in the page's memory until sent.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../../src/define/mc-inquiry-form.js';
import { formOutboxes } from '../../fixtures/browser/form-outboxes.js';
import type { McInquiryForm } from '../../../src/elements/mc-inquiry-form/mc-inquiry-form.js';
import type { Program } from '../../../src/core/index-format/index.js';
import { ENDPOINT, FakeInquiryEndpoint } from '../../fixtures/browser/inquiry-endpoint.js';
import { $, field, fillLearner, statusText, submit, type } from '../../fixtures/browser/inquiry-form.js';
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

async function fillEmployer(el: McInquiryForm): Promise<void> {
  for (const [name, value] of [
    ['organization', 'Northwind Logistics'],
    ['contactName', 'Alex Tremblay'],
    ['email', 'alex@example.org'],
    ['employees', '12'],
    ['message', 'Can you train our drivers in March?'],
  ]) {
    await type(el, name!, value!);
  }
}

describe('mc-inquiry-form: who receives the inquiry', () => {
  it('one program or two, the same words: who keeps it, and the institutions it is not sent to, by name', async () => {
    const one = await form({ owner: 'Lakeside Career Centre' });
    expect(rows(one)).to.deep.equal([
      'Received and kept by | Lakeside Career Centre',
      'Not sent to | Collège des Deux-Rives (fictif) To contact the institution directly, use the program page.',
    ]);
    const two = await form({ owner: 'Lakeside Career Centre', programs: [DEUX_RIVES, NORTHERN] });
    expect(rows(two)).to.deep.equal([
      'Received and kept by | Lakeside Career Centre',
      'Not sent to | Collège des Deux-Rives (fictif) and Northern College To contact the institutions directly, use the program pages.',
    ]);
    for (const el of [one, two])
      expect(consent(el)).to.equal('I agree that this recipient may keep my details and contact me about this inquiry: Lakeside Career Centre.');
    await expect(two).to.be.accessible();
  });

  it('routed: each institution offering a program can read it, said the same way for one or several', async () => {
    const one = await form({ owner: 'Lakeside Career Centre', routed: true });
    expect(rows(one)).to.deep.equal([
      'Received and kept by | Lakeside Career Centre',
      'Passed on to | Collège des Deux-Rives (fictif) That institution can read the whole inquiry.',
    ]);
    const sameInstitution = await form({ owner: 'Lakeside Career Centre', routed: true, programs: [DEUX_RIVES, DEUX_RIVES_2] });
    expect(rows(sameInstitution)[1]).to.equal('Passed on to | Collège des Deux-Rives (fictif) That institution can read the whole inquiry.');
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

  it('routed, an institution running the endpoint is named once, as the one that keeps it, not as passed it on', async () => {
    const own = await form({ owner: 'Collège des Deux-Rives (fictif)', routed: true, programs: [DEUX_RIVES, DEUX_RIVES_2] });
    expect(rows(own)).to.deep.equal(['Received and kept by | Collège des Deux-Rives (fictif)']);
    expect(consent(own)).to.equal('I agree that this recipient may keep my details and contact me about this inquiry: Collège des Deux-Rives (fictif).');
    const shared = await form({ owner: 'Collège des Deux-Rives (fictif)', routed: true, programs: [DEUX_RIVES, NORTHERN] });
    expect(rows(shared)).to.deep.equal([
      'Received and kept by | Collège des Deux-Rives (fictif)',
      'Passed on to | Northern College That institution can read the whole inquiry.',
    ]);
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
      'Non transmise à | Collège des Deux-Rives (fictif) et Northern College Pour communiquer directement avec les établissements, consultez les pages des programmes.',
    );
  });

  it('the note under the institutions not sent to counts them and their programs, and needs no gender', async () => {
    const polytechnique = sampleProgram('welding-1', { provider: 'Lakeshore Polytechnic (fictional)', providerFr: 'Polytechnique Lakeshore (fictive)' });
    const note = async (programs: Program[], lang: string) => rows(await form({ owner: 'Lakeside Career Centre', programs, lang }))[1];
    expect(await note([polytechnique], 'fr')).to.equal(
      'Non transmise à | Polytechnique Lakeshore (fictive) Pour communiquer directement avec l’établissement, consultez la page du programme.',
    );
    expect(await note([DEUX_RIVES, DEUX_RIVES_2], 'fr')).to.equal(
      'Non transmise à | Collège des Deux-Rives (fictif) Pour communiquer directement avec l’établissement, consultez les pages des programmes.',
    );
    expect(await note([polytechnique], 'en')).to.equal(
      'Not sent to | Lakeshore Polytechnic (fictional) To contact the institution directly, use the program page.',
    );
    expect(await note([DEUX_RIVES, DEUX_RIVES_2], 'en')).to.equal(
      'Not sent to | Collège des Deux-Rives (fictif) To contact the institution directly, use the program pages.',
    );
  });
});

describe('mc-inquiry-form: the consent follows the recipients', () => {
  it('routed: programs of another institution clear the consent, and say why; ticking again removes the note', async () => {
    const el = await form({ owner: 'Lakeside Career Centre', routed: true });
    field(el, 'consent')!.click();
    await el.updateComplete;
    el.programs = [DEUX_RIVES, DEUX_RIVES_2];
    await el.updateComplete;
    expect(field(el, 'consent')!.checked, 'same institution: kept').to.equal(true);
    el.programs = [DEUX_RIVES, NORTHERN];
    await el.updateComplete;
    const box = field(el, 'consent')!;
    expect(box.checked, 'another institution: cleared').to.equal(false);
    const note = $(el, '[id$="consent-reset"]')!;
    expect(note.textContent).to.equal('Who receives your inquiry has changed since you ticked this box. Check the recipients above, then tick it again.');
    expect(box.getAttribute('aria-describedby')).to.contain(note.id);
    await expect(el).to.be.accessible();
    box.click();
    await el.updateComplete;
    expect($(el, '[id$="consent-reset"]')).to.equal(null);
  });

  it('not routed: other programs reach the same recipient, and the consent stays; a language switch keeps it too', async () => {
    const el = await form({ owner: 'Lakeside Career Centre' });
    field(el, 'consent')!.click();
    await el.updateComplete;
    el.programs = [NORTHERN];
    await el.updateComplete;
    el.parentElement!.setAttribute('lang', 'fr');
    await aTimeout(0);
    await el.updateComplete;
    expect(field(el, 'consent')!.checked).to.equal(true);
    expect($(el, '[id$="consent-reset"]')).to.equal(null);
  });
});

describe('mc-inquiry-form: what was typed outlives the form', () => {
  it('a form made again (a review step left and reopened, a language switch) takes up the draft, consent included', async () => {
    const first = await form({ owner: 'Lakeside Career Centre' });
    await fillEmployer(first);
    field(first, 'consent')!.click();
    await first.updateComplete;
    first.parentElement!.remove();
    const again = await form({ owner: 'Lakeside Career Centre', lang: 'fr' });
    expect(field(again, 'organization')!.value).to.equal('Northwind Logistics');
    expect(field(again, 'message')!.value).to.equal('Can you train our drivers in March?');
    expect(field(again, 'employees')!.value).to.equal('12');
    expect(field(again, 'consent')!.checked).to.equal(true);
  });

  it('made again for other recipients: the draft comes back, the consent does not, and the person is told why', async () => {
    const first = await form({ owner: 'Lakeside Career Centre', routed: true });
    await fillEmployer(first);
    field(first, 'consent')!.click();
    await first.updateComplete;
    first.parentElement!.remove();
    const again = await form({ owner: 'Lakeside Career Centre', routed: true, programs: [NORTHERN] });
    expect(field(again, 'organization')!.value).to.equal('Northwind Logistics');
    expect(field(again, 'consent')!.checked).to.equal(false);
    expect($(again, '[id$="consent-reset"]')).to.not.equal(null);
  });

  it('is forgotten once sent or saved to the outbox, and never written to storage', async () => {
    const server = new FakeInquiryEndpoint();
    server.offline = true;
    const el = await form({ owner: 'Lakeside Career Centre', server });
    await fillEmployer(el);
    field(el, 'consent')!.click();
    await submit(el);
    expect(statusText(el)).to.contain('Saved on this device');
    el.parentElement!.remove();
    const fresh = await form({ owner: 'Lakeside Career Centre' });
    // The outbox holds it (and says so): the form does not offer it a second time.
    expect(field(fresh, 'organization')!.value).to.equal('');
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).to.not.contain('Northwind');
  });

  it('clear() forgets it', async () => {
    const el = await form({ owner: 'Lakeside Career Centre' });
    await type(el, 'organization', 'Northwind Logistics');
    el.clear();
    await el.updateComplete;
    el.parentElement!.remove();
    expect(field(await form({ owner: 'Lakeside Career Centre' }), 'organization')!.value).to.equal('');
  });
});

describe('mc-inquiry-form: a learner’s draft', () => {
  it('is kept per variant: an employer form does not get a learner’s name', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><mc-inquiry-form endpoint=${ENDPOINT} endpoint-owner="Lakeside Career Centre" .programs=${[NORTHERN]}></mc-inquiry-form></div>`,
    );
    const learner = wrapper.querySelector('mc-inquiry-form')!;
    await fillLearner(learner);
    wrapper.remove();
    const employer = await form({ owner: 'Lakeside Career Centre' });
    expect(field(employer, 'contactName')!.value).to.equal('');
  });
});
