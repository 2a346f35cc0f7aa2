import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/mc-portal.js';
import type { McPortal } from '../../../src/elements/mc-portal/mc-portal.js';
import type { McJobSearch } from '../../../src/elements/mc-job-search/mc-job-search.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex } from '../../fixtures/index/index.js';
import { accessibleNames, accessibleNodes } from '../../fixtures/browser/accessible-names.js';
import { listenToLiveRegion, liveRegionShown } from '../../fixtures/browser/live-region.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex();
});

async function make(template = html`<mc-portal></mc-portal>`): Promise<McPortal> {
  const el = await fixture<McPortal>(template);
  el.index = index;
  await el.updateComplete;
  return el;
}

const root = (el: McPortal) => el.shadowRoot!;
const search = (el: McPortal, role: 'current' | 'target') => root(el).querySelector<McJobSearch>(`mc-job-search[search-role=${role}]`)!;
const searchInput = (el: McPortal, role: 'current' | 'target') => search(el, role).shadowRoot!.querySelector('input')!;

/** Waits until the staged reveal (results, then recommendations, then related) is done. */
async function settled(el: McPortal): Promise<void> {
  await waitUntil(() => root(el).querySelector('[part~=related]') !== null, 'related list never appeared');
  await el.updateComplete;
  const recs = root(el).querySelector('mc-recommendations') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
  await recs?.updateComplete;
}

/** Deepest focused element, through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

async function chooseWithKeyboard(el: McPortal, role: 'current' | 'target', text: string): Promise<void> {
  searchInput(el, role).focus();
  await sendKeys({ type: text });
  await search(el, role).updateComplete;
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
}

describe('mc-portal: accessibility in every state', () => {
  it('is accessible before any choice', async () => {
    const el = await make();
    await expect(el).to.be.accessible();
  });

  it('is accessible with results, recommendations and related occupations', async () => {
    const el = await make();
    el.current = '31301';
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible with the inquiry dialog open', async () => {
    const el = await make();
    el.current = '31301';
    await settled(el);
    root(el)
      .querySelector('mc-recommendations')!
      .dispatchEvent(new CustomEvent('mc-inquire-request', { detail: { programId: 'nursing-refresher' }, bubbles: true, composed: true }));
    await waitUntil(() => root(el).querySelector('dialog')!.open);
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('dialog button')!.click();
    await waitUntil(() => !root(el).querySelector('dialog')!.open);
  });

  it('is accessible, with Retry, when the index cannot be loaded', async () => {
    const el = await fixture<McPortal>(html`<mc-portal src="/no-such-index/index.json" current="31301"></mc-portal>`);
    searchInput(el, 'current').focus(); // first interaction starts the load at once
    const { detail } = await oneEvent(el, 'mc-error');
    expect(detail.code).to.equal('not-found');
    await el.updateComplete;
    const alert = root(el).querySelector('[role=alert]')!;
    expect(alert.querySelector('button')!.textContent!.trim()).to.equal('Retry');
    await expect(el).to.be.accessible();
  });
});

describe('mc-portal: loading the sample index from its URL', () => {
  it('says it is loading, then matches a misspelled title against the sample index', async () => {
    const el = await fixture<McPortal>(html`<mc-portal src="/demo/data/sample/index.json"></mc-portal>`);
    // Shown for a frame, as before a person's first key: its live region says things from then on.
    await liveRegionShown(el);
    const live = listenToLiveRegion(el);
    searchInput(el, 'current').focus(); // first interaction starts the load at once
    await aTimeout(0);
    await el.updateComplete;
    expect(root(el).querySelector('[part=state]')!.textContent).to.equal('Loading occupations and programs…');
    // Said by the portal's one live region, there from the first render: several screen
    // readers skip a role="status" box inserted already filled.
    expect(live.said).to.deep.equal(['Loading occupations and programs…']);
    expect(live.insertedFilled).to.deep.equal([]);
    await waitUntil(() => search(el, 'current').loadedIndex !== null, 'the sample index never loaded', { timeout: 8000 });
    await el.updateComplete;
    expect(root(el).querySelector('[part=state]')).to.equal(null);
    expect(live.kept()).to.equal(true);
    expect(root(el).querySelector('p[role=status]')!.textContent, 'emptied once loaded').to.equal('');
    live.stop();
    expect(el.loadedIndex, 'no program before a choice').to.equal(null);
    await sendKeys({ type: 'registred nurse' });
    await search(el, 'current').updateComplete;
    const first = search(el, 'current').shadowRoot!.querySelector('[role=option]')!;
    expect(first.textContent).to.match(/registered nurse/i);
  });
});

describe('mc-portal: structure', () => {
  it('is one labelled region with a heading, and the target search is optional', async () => {
    const el = await make();
    const region = root(el).querySelector('section')!;
    expect(region.getAttribute('aria-label')).to.equal('Career and training explorer');
    expect(root(el).querySelector('[part=heading]')!.tagName).to.equal('H2');
    expect(search(el, 'current').shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal('I work as…');
    expect(search(el, 'target').shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal('I want to become…');
    // Said with the field it is about: in the search's shadow root, not beside it in the portal's.
    await search(el, 'target').updateComplete;
    const target = (await accessibleNodes('combobox')).find((field) => field.name === 'I want to become…')!;
    expect(target.description).to.match(/^Optional\. Leave it empty to see training for the job you have\. Type a job title/);
    expect(root(el).querySelector('.hint')).to.equal(null);
  });

  it('follows heading-level', async () => {
    const el = await make(html`<mc-portal heading-level="3"></mc-portal>`);
    el.current = '31301';
    await settled(el);
    expect(root(el).querySelector('[part=heading]')!.tagName).to.equal('H3');
    expect(root(el).querySelector('[part=results-heading]')!.tagName).to.equal('H4');
  });

  it('hands region and provider to the panels', async () => {
    const el = await make(html`<mc-portal region="ER3530" provider="Sample College"></mc-portal>`);
    el.current = '21232';
    await settled(el);
    expect(root(el).querySelector('mc-labour-market')!.getAttribute('region')).to.equal('ER3530');
    const recs = root(el).querySelector('mc-recommendations') as HTMLElement & { region: string; provider: string };
    expect(recs.region).to.equal('ER3530');
    expect(recs.provider).to.equal('Sample College');
  });

  it('exposes its parts', async () => {
    const el = await make();
    el.current = '31301';
    await settled(el);
    for (const part of ['base', 'header', 'heading', 'lang-toggle', 'searches', 'results', 'results-heading', 'related']) {
      expect(root(el).querySelector(`[part~=${part}]`), part).to.exist;
    }
  });
});

describe('mc-portal: the flow', () => {
  it('shows results for a job chosen with the keyboard, moves focus to them, and fires mc-select then mc-recommend', async () => {
    const el = await make();
    const seen: string[] = [];
    for (const type of ['mc-select', 'mc-recommend']) el.addEventListener(type, (e) => seen.push(`${type}:${JSON.stringify((e as CustomEvent).detail)}`));
    await chooseWithKeyboard(el, 'current', 'welder');
    await settled(el);
    await waitUntil(() => seen.length >= 2, 'mc-recommend never fired');
    expect(seen[0]).to.equal('mc-select:{"code":"72106","role":"current"}');
    expect(seen[1]).to.match(/^mc-recommend:/);
    expect(seen[1]).to.contain('72106');
    const heading = root(el).querySelector('[part=results-heading]')!;
    expect(heading.textContent!.trim()).to.equal('Training for Welders and related machine operators');
    expect(deepActive()).to.equal(heading);
    expect(root(el).querySelector('mc-labour-market')!.getAttribute('code')).to.equal('72106');
  });

  it('fires nothing when occupations are set from code', async () => {
    const el = await make();
    let fired = 0;
    for (const type of ['mc-select', 'mc-recommend', 'mc-no-match']) el.addEventListener(type, () => fired++);
    el.current = '31301';
    el.target = '21232';
    await settled(el);
    await aTimeout(50);
    expect(fired).to.equal(0);
    expect(searchInput(el, 'current').value).to.equal('Registered nurses and registered psychiatric nurses');
  });

  it('switches to gap mode when both jobs are given', async () => {
    const el = await make();
    el.current = '32101';
    await settled(el);
    await chooseWithKeyboard(el, 'target', 'registered nurse');
    await settled(el);
    await waitUntil(() => (root(el).querySelector('mc-recommendations') as HTMLElement & { from: string | null }).from === '32101');
    const recs = root(el).querySelector('mc-recommendations') as HTMLElement & { occupation: string; from: string };
    expect(recs.occupation).to.equal('31301');
    expect(root(el).querySelector('[part=results-heading]')!.textContent!.trim()).to.equal(
      'From Licensed practical nurses to Registered nurses and registered psychiatric nurses',
    );
  });

  for (const how of ['the clear button', 'Escape', 'Backspace'] as const) {
    it(`lets a chosen target be cleared with ${how}, back to training for the current job`, async () => {
      const el = await make();
      el.current = '32101';
      await settled(el);
      await chooseWithKeyboard(el, 'target', 'registered nurse');
      await settled(el);
      expect(el.target).to.equal('31301');
      const cleared: unknown[] = [];
      el.addEventListener('mc-clear', (e) => cleared.push(e.detail));
      const input = searchInput(el, 'target');
      input.focus();
      if (how === 'the clear button') {
        search(el, 'target').shadowRoot!.querySelector<HTMLButtonElement>('button.clear')!.click();
      } else if (how === 'Escape') {
        await sendKeys({ press: 'Escape' });
      } else {
        input.select();
        await sendKeys({ press: 'Backspace' });
      }
      await search(el, 'target').updateComplete;
      await el.updateComplete;
      await aTimeout(50);
      expect(input.value).to.equal('');
      expect(cleared).to.deep.equal([{ role: 'target' }]);
      expect(el.target).to.equal(null);
      await waitUntil(() => root(el).querySelector('[part=results-heading]')?.textContent?.trim() === 'Training for Licensed practical nurses');
      // New typing starts a new title, not the end of the old one.
      await sendKeys({ type: 'welder' });
      await search(el, 'target').updateComplete;
      expect(input.value).to.equal('welder');
    });
  }

  it('offers related occupations; picking one makes it the target and fires mc-select', async () => {
    const el = await make();
    el.current = '32101';
    await settled(el);
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('[part~=related] button')];
    expect(buttons.map((b) => b.textContent!.trim())).to.include('Registered nurses and registered psychiatric nurses');
    const rn = buttons.find((b) => b.textContent!.includes('Registered nurses'))!;
    expect(rn.getAttribute('aria-label')).to.equal('Set Registered nurses and registered psychiatric nurses as the job I want');
    const event = oneEvent(el, 'mc-select');
    rn.click();
    expect((await event).detail).to.deep.equal({ code: '31301', role: 'target' });
    await el.updateComplete;
    expect(el.target).to.equal('31301');
  });

  it('opens an inquiry dialog from a card and closes it with Escape', async () => {
    const el = await make();
    el.current = '31301';
    await settled(el);
    root(el)
      .querySelector('mc-recommendations')!
      .dispatchEvent(new CustomEvent('mc-inquire-request', { detail: { programId: 'nursing-refresher' }, bubbles: true, composed: true }));
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    expect(dialog.querySelector('mc-inquiry-form'), 'the inquiry form is inside').to.exist;
    // Named by the heading it shows (through aria-labelledby, not a label of its own).
    const heading = dialog.querySelector('mc-inquiry-form')!.shadowRoot!.querySelector('[part=heading]')!;
    await waitUntil(() => heading.textContent!.trim() !== '');
    expect(await accessibleNames('dialog')).to.deep.equal(['Ask about this program']);
    expect(await accessibleNames('heading')).to.include('Ask about this program');
    expect(dialog.hasAttribute('aria-label')).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
  });

  it('hands the inquiry form routed, endpoint-owner, privacy-url and reply-within-days; what is typed outlives the dialog', async () => {
    const el = await make(html`<mc-portal routed endpoint-owner="Riverside Career Centre" privacy-url="/privacy" reply-within-days="7"></mc-portal>`);
    el.current = '31301';
    await settled(el);
    const ask = () =>
      root(el)
        .querySelector('mc-recommendations')!
        .dispatchEvent(new CustomEvent('mc-inquire-request', { detail: { programId: 'nursing-refresher' }, bubbles: true, composed: true }));
    ask();
    const dialog = root(el).querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    type Form = HTMLElement & { routed: boolean; endpointOwner: string; institution: string; privacyUrl: string; replyWithinDays: number | null };
    const form = dialog.querySelector('mc-inquiry-form') as Form & { updateComplete: Promise<unknown> };
    expect(form.routed).to.equal(true);
    expect(form.endpointOwner).to.equal('Riverside Career Centre');
    expect(form.privacyUrl).to.equal('/privacy');
    expect(form.replyWithinDays).to.equal(7);
    expect(form.institution).to.equal('');
    // The occupation's title, for the receipt to name it with its code.
    expect((form as unknown as { occupationTitle: { en: string } | null }).occupationTitle?.en).to.equal('Registered nurses and registered psychiatric nurses');
    await form.updateComplete;
    const name = form.shadowRoot!.querySelector<HTMLInputElement>('[name="name"]')!;
    name.value = 'Alex Tremblay';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await waitUntil(() => !dialog.querySelector('mc-inquiry-form'), 'the form removed with the dialog closed');
    ask();
    await waitUntil(() => dialog.open && dialog.querySelector('mc-inquiry-form')?.shadowRoot?.querySelector('[name="name"]'));
    expect(dialog.querySelector('mc-inquiry-form')!.shadowRoot!.querySelector<HTMLInputElement>('[name="name"]')!.value).to.equal('Alex Tremblay');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
  });
});

describe('mc-portal: analytics', () => {
  it('counts what people did and sends it, without personal data, to analytics-endpoint', async () => {
    const sent: Array<[string, string]> = [];
    const original = Navigator.prototype.sendBeacon;
    Navigator.prototype.sendBeacon = function (url: string | URL, body?: BodyInit | null) {
      sent.push([String(url), String(body)]);
      return true;
    };
    try {
      const el = await make(html`<mc-portal analytics-endpoint="https://stats.example.org/count"></mc-portal>`);
      searchInput(el, 'current').focus();
      // In lower case: "Zzqx Qqv" would look like a name, and a name is never reported.
      await sendKeys({ type: 'zzqx qqv' });
      await aTimeout(650);
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      await chooseWithKeyboard(el, 'current', 'welder');
      await settled(el);
      await waitUntil(() => root(el).querySelector('mc-recommendations') !== null);
      await aTimeout(50);
      el.remove(); // leaving sends what is left
      expect(sent.length).to.equal(1);
      const [url, body] = sent[0]!;
      expect(url).to.equal('https://stats.example.org/count');
      const batch = JSON.parse(body);
      expect(batch.noMatch).to.deep.equal([['en', 'zzqx qqv', 1]]);
      expect(batch.recommend).to.deep.equal([['72106', 1]]);
    } finally {
      Navigator.prototype.sendBeacon = original;
    }
  });

  it('sends a learner\'s "Not relevant to this job" in a batch of its own, once the page is left', async () => {
    const sent: string[] = [];
    const original = Navigator.prototype.sendBeacon;
    Navigator.prototype.sendBeacon = function (_url: string | URL, body?: BodyInit | null) {
      sent.push(String(body));
      return true;
    };
    try {
      const el = await make(html`<mc-portal analytics-endpoint="https://stats.example.org/count"></mc-portal>`);
      el.target = '31301';
      await settled(el);
      const recs = root(el).querySelector('mc-recommendations')!;
      await waitUntil(() => recs.shadowRoot!.querySelectorAll('mc-program-card').length > 1);
      const [first, second] = [...recs.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')];
      const unrelated = (card: McProgramCard) => card.shadowRoot!.querySelector<HTMLButtonElement>('button.unrelated')!;
      unrelated(first!).click();
      unrelated(second!).click();
      await second!.updateComplete;
      unrelated(second!).click(); // Undo: not sent
      await aTimeout(50);
      el.remove();
      const batches = sent.map((body) => JSON.parse(body));
      // Set from code, the target shows no recommendations "because of the person's action": no counts to send.
      expect(batches.map((b) => b.format)).to.deep.equal(['mc-feedback/1']);
      expect(batches[0].unrelated).to.deep.equal([['31301', first!.recommendation!.program.id, 1]]);
    } finally {
      Navigator.prototype.sendBeacon = original;
    }
  });
});

describe('mc-portal: French', () => {
  it('toggles its own language and keeps every choice', async () => {
    const el = await make();
    el.current = '32101';
    el.target = '31301';
    await settled(el);
    const toggle = root(el).querySelector<HTMLButtonElement>('[part=lang-toggle]')!;
    expect(toggle.textContent!.trim()).to.equal('Français');
    expect(toggle.getAttribute('lang')).to.equal('fr');
    // The host hears the change, to put its slotted text in the same language.
    const heard: string[] = [];
    el.addEventListener('mc-lang-change', (e) => heard.push(e.detail.lang));
    toggle.click();
    await aTimeout(0);
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('fr');
    expect(heard).to.deep.equal(['fr']);
    await waitUntil(() => search(el, 'current').shadowRoot!.querySelector('label')!.textContent!.includes('Je travaille'));
    expect(searchInput(el, 'current').value).to.equal('Infirmiers auxiliaires/infirmières auxiliaires');
    expect(root(el).querySelector('[part=results-heading]')!.textContent!.trim()).to.equal(
      'De la profession « Infirmiers auxiliaires/infirmières auxiliaires » à la profession « Infirmiers autorisés/infirmières autorisées et infirmiers psychiatriques autorisés/infirmières psychiatriques autorisées »'
        .replaceAll(' »', '\u00a0»')
        .replaceAll('« ', '«\u00a0'),
    );
    expect(root(el).querySelector('[part=lang-toggle]')!.textContent!.trim()).to.equal('English');
    expect(el.current).to.equal('32101');
    expect(el.target).to.equal('31301');
    await expect(el).to.be.accessible();
  });

  it('says the switch politely, in the language switched to, by its one live region', async () => {
    const el = await make();
    const live = listenToLiveRegion(el);
    const toggle = () => root(el).querySelector<HTMLButtonElement>('[part=lang-toggle]')!;
    toggle().click();
    await waitUntil(() => live.said.length > 0, 'the switch to French said');
    expect(live.said).to.deep.equal(['Affiché en français']);
    toggle().click();
    await waitUntil(() => live.said.length > 1, 'the switch back to English said');
    expect(live.said).to.deep.equal(['Affiché en français', 'Now in English']);
    const region = root(el).querySelector('p[role=status][aria-live=polite]')!;
    expect(region.closest('[lang]')?.getAttribute('lang') ?? el.getAttribute('lang')).to.equal('en');
    expect(live.kept()).to.equal(true);
    expect(live.insertedFilled).to.deep.equal([]);
    live.stop();
  });

  it('renders in French under a French page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr-CA"><mc-portal></mc-portal></div>`);
    const el = wrapper.querySelector('mc-portal')!;
    el.index = index;
    await el.updateComplete;
    expect(root(el).querySelector('[part=heading]')!.textContent).to.equal('Trouvez un programme pour votre prochaine étape');
    expect(root(el).querySelector('section')!.getAttribute('aria-label')).to.equal('Explorateur de carrières et de programmes');
    await search(el, 'target').updateComplete;
    const note = search(el, 'target').shadowRoot!.querySelector('label + .hint')!;
    expect(note.textContent).to.equal('Facultatif. Laissez ce champ vide pour voir les programmes liés à votre emploi actuel.');
  });
});

describe('mc-portal: an occupation code not in the index', () => {
  it('says it once, in one wording, in the labour market and the recommendations alike', async () => {
    const el = await make(html`<mc-portal current="31301" target="99999"></mc-portal>`);
    await waitUntil(() => root(el).querySelector('mc-recommendations')?.shadowRoot?.querySelector('[part=state].error'), 'the recommendations say it');
    const boxes = ['mc-labour-market', 'mc-recommendations'].map((tag) => root(el).querySelector(tag)!.shadowRoot!.querySelector('[part=state]')!);
    await waitUntil(() => boxes.every((b) => b.isConnected && b.textContent!.trim() !== ''), 'both boxes show');
    const said = ['mc-labour-market', 'mc-recommendations'].map((tag) =>
      root(el).querySelector(tag)!.shadowRoot!.querySelector('[part=state]')!.textContent!.trim(),
    );
    expect(said[0]).to.equal('This occupation is not in the data this page uses. Choose another occupation, or tell the site owner.');
    expect(said[1]).to.equal(said[0]);
  });
});
