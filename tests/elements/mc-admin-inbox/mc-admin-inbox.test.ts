import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/mc-admin-inbox.js';
import type { McAdminInbox } from '../../../src/elements/mc-admin-inbox/mc-admin-inbox.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { ADMIN_ENDPOINT, ADMIN_TOKEN, FakeAdminServer, testInquiries } from '../../fixtures/browser/admin-endpoint.js';
import { loadedIndex, withNursingModules } from '../../fixtures/index/index.js';

async function inbox(server = new FakeAdminServer(), opts: { lang?: string; index?: LoadedIndex | null; src?: string } = {}): Promise<McAdminInbox> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${opts.lang ?? 'en'}>
    <mc-admin-inbox endpoint=${ADMIN_ENDPOINT} src=${opts.src ?? ''} .index=${opts.index ?? null} .fetch=${server.fetch}></mc-admin-inbox>
  </div>`);
  const el = wrapper.querySelector('mc-admin-inbox')!;
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: McAdminInbox, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = (el: McAdminInbox, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const live = (el: McAdminInbox) => text($(el, '[role=status]'));
const senders = (el: McAdminInbox) => $$(el, '.who').map((h) => text(h));
const focused = (el: McAdminInbox) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Types `token` in the sign-in form and submits it; resolves once the answer is shown. */
async function signIn(el: McAdminInbox, token = ADMIN_TOKEN): Promise<void> {
  $<HTMLInputElement>(el, '#token')!.value = token;
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await settle(el);
  await waitUntil(() => !/Signing|Connexion/.test(text($(el, 'button[type=submit]'))), 'sign-in answered');
  await settle(el);
}

async function signedIn(server = new FakeAdminServer(), opts: Parameters<typeof inbox>[1] = {}): Promise<McAdminInbox> {
  const el = await inbox(server, opts);
  await signIn(el);
  expect($(el, '#inbox-h'), 'signed in').to.exist;
  return el;
}

async function settle(el: McAdminInbox): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
}

describe('mc-admin-inbox', () => {
  describe('accessibility (axe)', () => {
    it('signed out', async () => {
      await expect(await inbox()).to.be.accessible();
    });
    it('signed out, token not accepted', async () => {
      const el = await inbox();
      await signIn(el, 'wrong-token-wrong-token');
      expect(text($(el, '#token-error'))).to.contain('Token not accepted');
      await expect(el).to.be.accessible();
    });
    it('list', async () => {
      const el = await signedIn(new FakeAdminServer(testInquiries(4)));
      expect($$(el, '.item')).to.have.length(4);
      await expect(el).to.be.accessible();
    });
    it('empty', async () => {
      const el = await signedIn(new FakeAdminServer([]));
      expect(text($(el, '[part=state]'))).to.contain('No inquiries yet');
      await expect(el).to.be.accessible();
    });
    it('error with Retry', async () => {
      const server = new FakeAdminServer();
      server.fail = [503];
      const el = await inbox(server);
      await signIn(el);
      expect(text($(el, '.state.error'))).to.contain('could not read the inquiries');
      expect($(el, '#retry')).to.exist;
      await expect(el).to.be.accessible();
    });
    it('network failure', async () => {
      const server = new FakeAdminServer();
      server.fail = ['offline'];
      const el = await inbox(server);
      await signIn(el);
      expect(text($(el, '.state.error'))).to.contain('could not be reached');
      await expect(el).to.be.accessible();
    });
    it('confirming a deletion', async () => {
      const el = await signedIn();
      $(el, '.delete')!.click();
      await el.updateComplete;
      expect($(el, '.confirm')).to.exist;
      await expect(el).to.be.accessible();
    });
    it('French list', async () => {
      await expect(await signedIn(undefined, { lang: 'fr' })).to.be.accessible();
    });
  });

  describe('signing in and out', () => {
    it('sends the token in Authorization only, never in the URL, to the endpoint given', async () => {
      const server = new FakeAdminServer();
      await signedIn(server);
      expect(server.requests).to.have.length(1);
      const [req] = server.requests;
      expect(req!.url.startsWith(`${ADMIN_ENDPOINT}?`)).to.equal(true);
      expect(req!.url).not.to.contain(ADMIN_TOKEN);
      expect(req!.authorization).to.equal(`Bearer ${ADMIN_TOKEN}`);
    });

    it('an empty token is refused before any request, tied to the field', async () => {
      const server = new FakeAdminServer();
      const el = await inbox(server);
      await signIn(el, '   ');
      expect(server.requests).to.have.length(0);
      const input = $<HTMLInputElement>(el, '#token')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('token-error');
      expect(text($(el, '#token-error'))).to.equal('Enter the admin token.');
      expect(focused(el)).to.equal(input);
    });

    it('a wrong token (401) says "token not accepted", keeps the typed value and focuses the field', async () => {
      const el = await inbox();
      await signIn(el, 'wrong-token-wrong-token');
      expect(text($(el, '#token-error'))).to.contain('Token not accepted');
      expect($<HTMLInputElement>(el, '#token')!.value).to.equal('wrong-token-wrong-token');
      expect(focused(el)).to.equal($(el, '#token'));
      expect($(el, '#inbox-h')).to.not.exist;
    });

    it('the token field is a labelled password field', async () => {
      const el = await inbox();
      const input = $<HTMLInputElement>(el, '#token')!;
      expect(input.type).to.equal('password');
      expect(text($(el, 'label[for=token]'))).to.equal('Admin token');
    });

    it('Sign out forgets the token: the next request would need it again', async () => {
      const server = new FakeAdminServer();
      const el = await signedIn(server);
      $(el, '.sign-out')!.click();
      await settle(el);
      expect($(el, '#token')).to.exist;
      expect($(el, '.item')).to.not.exist;
      expect(live(el)).to.contain('Signed out');
      expect(focused(el)).to.equal($(el, '#token'));
      expect($<HTMLInputElement>(el, '#token')!.value).to.equal('');
      // Nothing of the token is left in the element's attributes or in storage.
      expect(el.outerHTML).not.to.contain(ADMIN_TOKEN);
      expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.to.contain(ADMIN_TOKEN);
    });

    it('a token the server stops accepting sends the person back to sign in, saying so', async () => {
      const server = new FakeAdminServer(testInquiries(30));
      const el = await signedIn(server);
      server.fail = [401];
      $(el, '.load-more')!.click();
      await settle(el);
      expect(text($(el, '#token-error'))).to.contain('no longer accepts this token');
      expect($(el, '.item')).to.not.exist;
    });
  });

  describe('the list', () => {
    it('a reply link carries only the address: an older stored one with "?bcc=" adds no recipient', async () => {
      const items = testInquiries(1);
      items[0]!.inquiry.email = 'ada@example.org?bcc=attacker%40evil.example&subject=Re#x';
      const el = await signedIn(new FakeAdminServer(items));
      const link = $(el, '.item a')!;
      expect(link.getAttribute('href')).to.equal('mailto:ada@example.org%3Fbcc=attacker%2540evil.example%26subject=Re%23x');
      expect(new URL(link.getAttribute('href')!).search).to.equal('');
      expect(text(link)).to.equal('ada@example.org?bcc=attacker%40evil.example&subject=Re#x');
    });

    it('shows each inquiry: sender, date, variant, contact, message, programs, occupation', async () => {
      const el = await signedIn(new FakeAdminServer(testInquiries(2)));
      expect(senders(el)).to.deep.equal(['Test Learner 0', 'Test Contact 1 (Test Employer 1 Inc.)']);
      const [learner, employer] = $$(el, '.item');
      const l = text(learner!);
      expect(l).to.contain('December 2, 2026');
      expect(l).to.contain('Learner');
      expect(l).to.contain('learner0@example.org');
      expect(l).to.contain('Test message 0: when does the next cohort start?');
      expect(l).to.contain('nursing-refresher');
      expect(l).to.contain('31301');
      expect(learner!.querySelector('a')!.getAttribute('href')).to.equal('mailto:learner0@example.org');
      const e = text(employer!);
      expect(e).to.contain('Employer');
      expect(e).to.contain('555-0100');
      const facts = Object.fromEntries([...employer!.querySelectorAll('.fact')].map((f) => [text(f.querySelector('dt')), text(f.querySelector('dd'))]));
      expect(facts).to.deep.include({ 'Employees to train': '12', Contact: 'Test Contact 1', Language: 'French', From: 'Employer' });
      expect(e).to.contain('French');
      expect(learner!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-02T10:00:00.000Z');
    });

    it('shows where a routed inquiry went, and program ids no institution offers (en, fr), accessibly', async () => {
      const items = testInquiries(3);
      Object.assign(items[0]!, { routedTo: ['Collège Nordique', 'Other University'], unknownProgramIds: ['no-such-program'] });
      Object.assign(items[1]!, { routedTo: [], unknownProgramIds: ['gone-1'] });
      const el = await signedIn(new FakeAdminServer(items));
      const facts = (item: Element) =>
        Object.fromEntries([...item.querySelectorAll('.fact')].map((f) => [text(f.querySelector('dt')), text(f.querySelector('dd'))]));
      const [routed, nowhere, unrouted] = $$(el, '.item');
      expect(facts(routed!)).to.deep.include({ 'Sent to': 'Collège Nordique, Other University', 'Programs no institution offers': 'no-such-program' });
      expect(facts(nowhere!)).to.deep.include({ 'Sent to': 'No institution: none of its programs is in the index' });
      expect(facts(unrouted!)).to.not.have.property('Sent to');
      await expect(el).to.be.accessible();
      const fr = await signedIn(new FakeAdminServer(items), { lang: 'fr' });
      await waitUntil(() => text($(fr, '.item')).includes('Transmise à'), 'French');
      expect(facts($$(fr, '.item')[0]!)).to.deep.include({
        'Transmise à': 'Collège Nordique, Other University',
        'Programmes qu’aucun établissement n’offre': 'no-such-program',
      });
    });

    it('in French, with an index, names the institutions it went to by their French names, the others marked lang="en"; the server’s names stay the keys', async () => {
      const items = testInquiries(1);
      Object.assign(items[0]!, { routedTo: ['Other University', 'Sample College', 'Collège Nordique'], unknownProgramIds: [] });
      const server = new FakeAdminServer(items);
      server.scope = { provider: 'Sample College' };
      const index = await loadedIndex({ programs: withNursingModules() });
      const fr = await signedIn(server, { lang: 'fr', index });
      await waitUntil(() => text($(fr, '.item')).includes('Transmise à'), 'French');
      const sentTo = [...$(fr, '.item')!.querySelectorAll('.fact')].find((f) => text(f.querySelector('dt')) === 'Transmise à')!.querySelector('dd')!;
      // "Collège Nordique" is not an institution of the index: as the server wrote it, unmarked.
      expect(text(sentTo)).to.equal('Université Autre, Sample College, Collège Nordique');
      expect([...sentTo.querySelectorAll('[lang]')].map((n) => [n.getAttribute('lang'), n.textContent])).to.deep.equal([['en', 'Sample College']]);
      $$(fr, '.item button.delete')[0]!.click();
      await settle(fr);
      expect(text($(fr, '.confirm p'))).to.contain('Elle reste sur le serveur pour Université Autre, Collège Nordique, qui l’ont aussi reçue');
    });

    it('signed in as an institution, deleting a shared inquiry says it stays for the others (en, fr)', async () => {
      const items = testInquiries(3);
      Object.assign(items[0]!, { routedTo: ['Collège Nordique', 'Other University'], unknownProgramIds: [] });
      Object.assign(items[1]!, { routedTo: ['Collège Nordique'], unknownProgramIds: ['gone-1'] });
      Object.assign(items[2]!, { routedTo: ['Collège Nordique'], unknownProgramIds: [] });
      const server = new FakeAdminServer(items);
      server.scope = { provider: 'Collège Nordique' };
      const confirmOf = async (el: McAdminInbox, n: number) => {
        $$(el, '.item button.delete')[n]!.click();
        await settle(el);
        const result = [text($(el, '.confirm p')), text($(el, '.confirm-delete'))];
        $<HTMLButtonElement>(el, '.confirm .cancel')!.click();
        await settle(el);
        return result;
      };
      const el = await signedIn(server);
      const [shared, sharedButton] = await confirmOf(el, 0);
      expect(shared).to.contain(
        'from your inbox? You will not see it again. It stays on the server for Other University, who also received it, until it deletes it.',
      );
      expect(sharedButton).to.equal('Remove from my inbox');
      expect((await confirmOf(el, 1))[0]).to.contain('It also names programs no institution offers, so it stays on the server for the operator');
      const [own, ownButton] = await confirmOf(el, 2);
      expect(own).to.contain('It is removed from the server for good');
      expect(ownButton).to.equal('Delete permanently');
      $$(el, '.item button.delete')[0]!.click();
      await settle(el);
      await expect(el).to.be.accessible();
      const fr = await signedIn(server, { lang: 'fr' });
      await waitUntil(() => text($(fr, '.item')).includes('Transmise à'), 'French');
      const [frShared, frButton] = await confirmOf(fr, 0);
      expect(frShared).to.contain('Elle reste sur le serveur pour Other University, qui l’a aussi reçue, jusqu’à ce qu’il la supprime.');
      expect(frButton).to.equal('Retirer de ma boîte');
      // The operator (no scope): a delete deletes, whoever else received it.
      const operator = await signedIn(new FakeAdminServer(items));
      expect((await confirmOf(operator, 0))[0]).to.contain('It is removed from the server for good');
    });

    it('renders what senders typed as text, never as markup', async () => {
      const items = testInquiries(1);
      (items[0]!.inquiry as { message: string }).message = '<img src=x onerror="window.pwned=1">';
      const el = await signedIn(new FakeAdminServer(items));
      expect($(el, '.item img')).to.not.exist;
      expect(text($(el, '.message'))).to.equal('<img src=x onerror="window.pwned=1">');
    });

    it('with an index, shows program and occupation titles next to the ids, the occupation worded as on the receipt (en, fr)', async () => {
      const index = await loadedIndex({ programs: withNursingModules() });
      const el = await signedIn(new FakeAdminServer(testInquiries(1)), { index });
      const item = text($(el, '.item'));
      expect(item).to.contain('Nursing practice refresher');
      expect(item).to.contain('nursing-refresher');
      const occupation = (inbox: McAdminInbox) =>
        [...$$(inbox, '.fact')].find((f) => /Occupation|Profession/.test(text(f.querySelector('dt'))))!.querySelector('dd')!;
      expect(occupation(el).textContent).to.equal('Registered nurses and registered psychiatric nurses (NOC\u00a031301)');
      const fr = await signedIn(new FakeAdminServer(testInquiries(1)), { lang: 'fr', index });
      expect(occupation(fr).textContent).to.equal(`${index.occupations.get('31301')!.title.fr} (CNP\u00a031301)`);
    });

    it('in French, a program with no French title is named in English marked lang="en", in the list and in the filter’s option; one with a French title is not (sample index)', async () => {
      const items = testInquiries(1);
      (items[0]!.inquiry as { programIds: string[] }).programIds = ['lp-weld-201', 'lp-weld-101'];
      const fr = await signedIn(new FakeAdminServer(items), { lang: 'fr', src: '/demo/data/sample/index.json' });
      await waitUntil(() => text($(fr, '.programs')).includes('Polytechnique'), 'titles from the index', { timeout: 8000 });
      const [pipe, weld] = $$(fr, '.programs li');
      expect(text(pipe!)).to.equal('Pipe Welding Certification Prep (Polytechnique Lakeshore (fictive)) lp-weld-201');
      expect([...pipe!.querySelectorAll('[lang]')].map((n) => [n.getAttribute('lang'), n.textContent])).to.deep.equal([
        ['en', 'Pipe Welding Certification Prep'],
      ]);
      expect(text(weld!)).to.equal('Soudage : notions de base MIG et TIG (Polytechnique Lakeshore (fictive)) lp-weld-101');
      expect(weld!.querySelector('[lang]')).to.equal(null);
      // An option holds text only: it carries the language of the title.
      const options = [...$<HTMLSelectElement>(fr, '#program')!.options].map((o) => [o.value, o.getAttribute('lang')]);
      expect(options).to.deep.equal([
        ['', null],
        ['lp-weld-201', 'en'],
        ['lp-weld-101', null],
      ]);
      const en = await signedIn(new FakeAdminServer(items), { lang: 'en', src: '/demo/data/sample/index.json' });
      await waitUntil(() => text($(en, '.programs')).includes('Lakeshore Polytechnic'), 'titles from the index', { timeout: 8000 });
      expect($(en, '.programs [lang]')).to.equal(null);
    });

    it('an index that cannot be loaded leaves the ids, says so, and fires mc-error', async () => {
      const errors: Event[] = [];
      document.addEventListener('mc-error', (e) => errors.push(e), { once: true });
      const el = await signedIn(new FakeAdminServer(testInquiries(1)), { src: '/no/such/index.json' });
      await waitUntil(() => $(el, '.note'), 'the note about titles');
      expect(text($(el, '.note'))).to.contain('Program titles could not be loaded');
      expect(text($(el, '.item'))).to.contain('nursing-refresher');
      expect(errors).to.have.length(1);
    });

    it('Load more fetches the next page by cursor and appends it; says when all are loaded', async () => {
      const server = new FakeAdminServer(testInquiries(30));
      const el = await signedIn(server);
      expect($$(el, '.item')).to.have.length(25);
      expect(live(el)).to.contain('25 inquiries loaded, more are available');
      $(el, '.load-more')!.click();
      await settle(el);
      expect($$(el, '.item')).to.have.length(30);
      expect(new URL(server.requests[1]!.url).searchParams.get('cursor')).to.equal(btoa(testInquiries(30)[24]!.id));
      expect($(el, '.load-more')).to.not.exist;
      expect(text($(el, '[part=more]'))).to.equal('All inquiries are loaded.');
      expect(focused(el)?.id).to.equal(`h-${testInquiries(30)[25]!.id}`);
    });

    it('a failed Load more keeps what is shown and offers Retry in its place', async () => {
      const server = new FakeAdminServer(testInquiries(30));
      const el = await signedIn(server);
      server.fail = ['offline'];
      $(el, '.load-more')!.click();
      await settle(el);
      expect($$(el, '.item')).to.have.length(25);
      expect(text($(el, '[part=more] [role=alert]'))).to.contain('could not be reached');
      expect(text($(el, '.load-more'))).to.equal('Retry');
      $(el, '.load-more')!.click();
      await settle(el);
      expect($$(el, '.item')).to.have.length(30);
    });

    it('Retry after a failed first page loads it', async () => {
      const server = new FakeAdminServer();
      server.fail = [500];
      const el = await inbox(server);
      await signIn(el);
      expect(focused(el)).to.equal($(el, '#retry'));
      $(el, '#retry')!.click();
      await settle(el);
      expect($$(el, '.item')).to.have.length(3);
      expect(focused(el)).to.equal($(el, '#inbox-h'));
    });

    it('filters by program among the loaded inquiries', async () => {
      const el = await signedIn(new FakeAdminServer(testInquiries(4)), { index: await loadedIndex({ programs: withNursingModules() }) });
      const select = $<HTMLSelectElement>(el, '#program')!;
      expect(text($(el, 'label[for=program]'))).to.equal('Program');
      expect([...select.options].map((o) => o.value)).to.have.members(['', 'nursing-refresher', 'psw-basics']);
      select.value = 'psw-basics';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      // Learner 2 and the two employers name it; learner 0 does not.
      expect(senders(el)).to.deep.equal(['Test Contact 1 (Test Employer 1 Inc.)', 'Test Learner 2', 'Test Contact 3 (Test Employer 3 Inc.)']);
      expect(text($(el, '.note'))).to.contain('Showing 3 of the 4 loaded inquiries');
    });
  });

  describe('export', () => {
    it('fetches the CSV with the token and downloads it as a dated file', async () => {
      const server = new FakeAdminServer();
      const el = await signedIn(server);
      const clicked: Array<{ download: string; href: string }> = [];
      const original = HTMLAnchorElement.prototype.click;
      let csv = '';
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push({ download: this.download, href: this.href });
        void fetch(this.href).then(async (r) => (csv = await r.text()));
      };
      try {
        $(el, '.export')!.click();
        await waitUntil(() => clicked.length > 0 && csv, 'download clicked');
      } finally {
        HTMLAnchorElement.prototype.click = original;
      }
      const req = server.requests.at(-1)!;
      expect(req.url).to.equal(`${ADMIN_ENDPOINT}.csv`);
      expect(req.authorization).to.equal(`Bearer ${ADMIN_TOKEN}`);
      expect(clicked[0]!.download).to.match(/^inquiries-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(clicked[0]!.href.startsWith('blob:')).to.equal(true);
      expect(csv).to.contain(testInquiries(1)[0]!.id);
      await settle(el);
      expect(live(el)).to.match(/^Downloaded inquiries-\d{4}-\d{2}-\d{2}\.csv\.$/);
    });

    it('a failed export says so', async () => {
      const server = new FakeAdminServer();
      const el = await signedIn(server);
      server.fail = [503];
      $(el, '.export')!.click();
      await settle(el);
      expect(text($(el, '.toolbar + [role=alert]'))).to.contain('could not be prepared');
    });
  });

  describe('delete', () => {
    it('asks first, naming the sender and date; Cancel deletes nothing and returns focus', async () => {
      const server = new FakeAdminServer();
      const el = await signedIn(server);
      const button = $(el, '.delete')!;
      expect(button.getAttribute('aria-label')).to.equal('Delete the inquiry from Test Learner 0');
      button.click();
      await settle(el);
      const confirm = $(el, '.confirm')!;
      expect(confirm.getAttribute('role')).to.equal('group');
      expect(text(confirm)).to.contain('Delete the inquiry from Test Learner 0, received December 2, 2026');
      expect(text(confirm)).to.contain('cannot be undone');
      expect(focused(el)).to.equal($(el, '.confirm .cancel'));
      $(el, '.confirm .cancel')!.click();
      await settle(el);
      expect($(el, '.confirm')).to.not.exist;
      expect(server.requests.filter((r) => r.method === 'DELETE')).to.have.length(0);
      expect(focused(el)).to.equal($(el, '.delete'));
    });

    it('deletes on confirmation, removes it, announces it and focuses the next inquiry', async () => {
      const server = new FakeAdminServer();
      const el = await signedIn(server);
      const [first, second] = testInquiries(2);
      $(el, '.delete')!.click();
      await settle(el);
      $(el, '.confirm .confirm-delete')!.click();
      await settle(el);
      const del = server.requests.find((r) => r.method === 'DELETE')!;
      expect(del.url).to.equal(`${ADMIN_ENDPOINT}/${first!.id}`);
      expect(del.authorization).to.equal(`Bearer ${ADMIN_TOKEN}`);
      expect(server.items.map((i) => i.id)).not.to.include(first!.id);
      expect(senders(el)).not.to.include('Test Learner 0');
      expect(live(el)).to.equal('The inquiry from Test Learner 0 was deleted.');
      expect(focused(el)?.id).to.equal(`h-${second!.id}`);
    });

    it('deleting the last one left focuses the inbox heading and shows the empty state', async () => {
      const el = await signedIn(new FakeAdminServer(testInquiries(1)));
      $(el, '.delete')!.click();
      await settle(el);
      $(el, '.confirm .confirm-delete')!.click();
      await settle(el);
      expect(text($(el, '[part=state]'))).to.contain('No inquiries yet');
      expect(focused(el)).to.equal($(el, '#inbox-h'));
    });

    it('a failed deletion keeps the inquiry and the confirmation, with the reason', async () => {
      const server = new FakeAdminServer();
      const el = await signedIn(server);
      $(el, '.delete')!.click();
      await settle(el);
      server.fail = [503];
      $(el, '.confirm .confirm-delete')!.click();
      await settle(el);
      expect(server.items).to.have.length(3);
      expect(text($(el, '.confirm [role=alert]'))).to.contain('could not be deleted');
      expect(focused(el)).to.equal($(el, '.confirm .confirm-delete'));
    });
  });

  describe('keyboard', () => {
    async function tabTo(el: McAdminInbox, selector: string, key = 'Tab'): Promise<void> {
      for (let i = 0; i < 200 && !focused(el)?.matches(selector); i++) await sendKeys({ press: key });
      expect(focused(el)?.matches(selector), `focus reaches ${selector}`).to.equal(true);
    }

    it('sign in, load more, cancel a deletion with Escape, then confirm one', async () => {
      const server = new FakeAdminServer(testInquiries(27));
      const el = await inbox(server);
      $(el, '#token')!.focus();
      await sendKeys({ type: ADMIN_TOKEN });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '#inbox-h'), 'signed in');
      await settle(el);
      expect(focused(el)).to.equal($(el, '#inbox-h'));

      await tabTo(el, '.load-more');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect($$(el, '.item')).to.have.length(27);
      const newFirst = testInquiries(27)[25]!;
      expect(focused(el)?.id).to.equal(`h-${newFirst.id}`);

      // The next Tab stops are this inquiry's mail link, then its Delete button.
      await tabTo(el, `[data-id="${newFirst.id}"] .delete`);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(focused(el)).to.equal($(el, '.confirm .cancel'));
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect($(el, '.confirm')).to.not.exist;
      expect(focused(el)).to.equal($(el, `[data-id="${newFirst.id}"] .delete`));

      await sendKeys({ press: 'Enter' });
      await settle(el);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused(el)).to.equal($(el, '.confirm .confirm-delete'));
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(server.items.map((i) => i.id)).not.to.include(newFirst.id);
      expect(focused(el)?.id).to.equal(`h-${testInquiries(27)[26]!.id}`);
      expect(live(el)).to.equal(`The inquiry from ${'Test Contact 25 (Test Employer 25 Inc.)'} was deleted.`);
    });
  });

  describe('French', () => {
    it('signs in, lists and confirms in French with French dates', async () => {
      const el = await inbox(new FakeAdminServer(testInquiries(2)), { lang: 'fr' });
      expect(text($(el, 'label[for=token]'))).to.equal('Jeton d’administration');
      await signIn(el, 'wrong-token-wrong-token');
      expect(text($(el, '#token-error'))).to.contain('Jeton refusé');
      await signIn(el);
      expect(text($(el, '#inbox-h'))).to.equal('Demandes de renseignements');
      expect(text($(el, '.item'))).to.contain('2 décembre 2026');
      expect(text($(el, '.item'))).to.contain('Personne apprenante');
      expect(text($(el, '.export'))).to.equal('Tout exporter en CSV');
      $(el, '.delete')!.click();
      await settle(el);
      expect(text($(el, '.confirm'))).to.contain('Supprimer la demande envoyée par Test Learner 0, reçue le 2 décembre 2026');
      expect(text($(el, '.confirm-delete'))).to.equal('Supprimer définitivement');
    });

    it('follows a change of lang on the page', async () => {
      const el = await signedIn();
      el.parentElement!.setAttribute('lang', 'fr');
      await settle(el);
      expect(text($(el, '#inbox-h'))).to.equal('Demandes de renseignements');
      expect(live(el)).to.equal('3 demandes chargées.');
    });
  });
});
