// The elements that host the inquiry form (the employer's skill finder, the portal) send an
// inquiry saved on an earlier visit as soon as they are on the page, before the person opens
// any form, and say so on their first screen, in a live region there from the first render.
// Through the page's own outbox (the device's `microcred-outbox` database and `fetch`).
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/mc-skill-finder.js';
import '../../../src/define/mc-portal.js';
import { Outbox } from '../../../src/core/offline/outbox.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { ENDPOINT, FakeInquiryEndpoint } from '../../fixtures/browser/inquiry-endpoint.js';
import { employer } from '../../fixtures/core/inquiries.js';
import { loadedIndex } from '../../fixtures/index/index.js';

const OTHER = 'https://other.example/api/inquiries';
const saved = { ...employer, lang: 'en', programIds: ['nursing-refresher', 'health-assessment'] };

let server = new FakeInquiryEndpoint();
let index: LoadedIndex;
const pageFetch = window.fetch;

before(async () => {
  index = await loadedIndex();
  // The page's outbox is opened once per page, with the fetch of the page.
  window.fetch = ((input, init) => server.fetch(input, init)) as typeof fetch;
});

after(() => {
  window.fetch = pageFetch;
});

/** What an earlier visit left on this device, offline: one inquiry to ENDPOINT, one to another endpoint. */
async function earlierVisit(): Promise<{ mine: string; other: string }> {
  server = new FakeInquiryEndpoint();
  server.offline = true;
  const visit = await Outbox.open({ fetch: server.fetch });
  const mine = (await visit.submit(ENDPOINT, saved)).id;
  const other = (await visit.submit(OTHER, saved)).id;
  visit.close();
  server.offline = false;
  return { mine, other };
}

async function onDevice(): Promise<string[]> {
  const look = await Outbox.open({ fetch: server.fetch });
  const ids = (await look.list()).map((i) => i.id);
  look.close();
  return ids;
}

afterEach(async () => {
  const clean = await Outbox.open({ fetch: server.fetch });
  for (const item of await clean.list()) await clean.discard(item.id);
  clean.close();
});

const noticeOf = (el: Element) => el.shadowRoot!.querySelector('[part="outbox"]')!.textContent!.replace(/\s+/g, ' ').trim();

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await aTimeout(10);
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

describe('the inquiries saved on this device, on the first screen', () => {
  it('mc-skill-finder (employer page): sends the saved inquiry to its endpoint at once and says it was sent, to whom and when', async () => {
    const { mine, other } = await earlierVisit();
    const el = await fixture(html`<mc-skill-finder endpoint=${ENDPOINT} routed endpoint-owner="Lakeside Career Centre" .index=${index}></mc-skill-finder>`);
    expect(el.shadowRoot!.querySelector('[part="outbox"] [role="status"]'), 'the live region, from the first render').to.exist;
    await until(() => noticeOf(el).includes('was sent'), 'the notice to say it was sent');
    expect(noticeOf(el)).to.match(
      /^At .+, the inquiry you saved on this device on .+ was sent to Lakeside Career Centre, to be passed on to Sample College and Other University\. It is no longer kept on this device\.$/,
    );
    expect([...server.stored.keys()], 'sent once, under its key').to.deep.equal([mine]);
    expect(await onDevice(), 'not sent where no element on the page sends').to.deep.equal([other]);
    expect(el.shadowRoot!.querySelector('[part="state"]')!.textContent, 'still the first screen').to.contain('Choose one or more skills');
    await expect(el).to.be.accessible();
  });

  it('mc-portal (career centre page): the same, under its intro', async () => {
    const { mine } = await earlierVisit();
    const el = await fixture(html`<mc-portal endpoint=${ENDPOINT} endpoint-owner="Riverside Career Centre" .index=${index}></mc-portal>`);
    await until(() => noticeOf(el).includes('was sent'), 'the notice to say it was sent');
    expect(noticeOf(el)).to.contain('was sent to Riverside Career Centre.');
    expect([...server.stored.keys()]).to.deep.equal([mine]);
    await expect(el).to.be.accessible();
  });

  it('a saved inquiry the server refuses is said plainly on the first screen, and deleted when the person asks', async () => {
    await earlierVisit();
    server.script = [403];
    const el = await fixture(html`<mc-skill-finder endpoint=${ENDPOINT} .index=${index}></mc-skill-finder>`);
    await until(() => noticeOf(el).includes('refused'), 'the notice to say it was refused');
    expect(noticeOf(el)).to.contain('(error 403), so it cannot be sent from here');
    expect(noticeOf(el)).to.contain('deleted from this device when you leave this page, or now if you choose');
    await expect(el).to.be.accessible();
    const remove = [...el.shadowRoot!.querySelectorAll('[part="outbox"] button')].find((b) => b.textContent!.includes('Delete it')) as HTMLElement;
    remove.click();
    await until(() => noticeOf(el).includes('was deleted'), 'the notice to say it was deleted');
    expect(await onDevice()).to.have.length(1);
    expect(server.requests.filter((r) => r.init.method === 'POST')).to.have.length(3);
  });

  it('says nothing, and holds nothing, without an endpoint', async () => {
    await earlierVisit();
    const el = await fixture(html`<mc-skill-finder .index=${index}></mc-skill-finder>`);
    await aTimeout(100);
    expect(noticeOf(el)).to.equal('');
    expect(server.stored.size).to.equal(0);
  });
});
