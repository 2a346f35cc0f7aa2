// Beside each related occupation, what a counsellor needs to judge the move: the training it
// usually takes (and how it compares with the job the list starts from) and its median wage in
// the portal's region, never one borrowed from another region; in English and French, as text
// after the button and as the button's description, its name unchanged.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/mc-portal.js';
import type { McPortal } from '../../../src/elements/mc-portal/mc-portal.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex } from '../../fixtures/index/index.js';
import { accessibleNodes } from '../../fixtures/browser/accessible-names.js';

const NBSP = '\u00a0';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex();
});

const root = (el: McPortal) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function portal(template: ReturnType<typeof html>, current: string | null, target: string | null = null): Promise<McPortal> {
  const host = await fixture<HTMLElement>(template);
  const el = host.localName === 'mc-portal' ? (host as McPortal) : host.querySelector<McPortal>('mc-portal')!;
  el.index = index;
  el.current = current;
  el.target = target;
  await waitUntil(() => root(el).querySelector('[part~=related] li'), 'related list never appeared');
  await el.updateComplete;
  return el;
}

/** The list item of the related occupation whose title starts with `title`. */
function item(el: McPortal, title: string): HTMLLIElement {
  const items = [...root(el).querySelectorAll<HTMLLIElement>('[part~=related] li')];
  const found = items.find((li) => text(li.querySelector('button')).startsWith(title));
  expect(found, `${title} among ${items.map((li) => text(li.querySelector('button'))).join(' | ')}`).to.exist;
  return found!;
}

// Each as it is, no-break spaces kept.
const facts = (li: Element) => [...li.querySelectorAll('.fact')].map((span) => span.textContent!);

describe('mc-portal: the facts beside each related occupation', () => {
  it('is accessible with the facts shown', async () => {
    const el = await portal(html`<mc-portal region="ER3530"></mc-portal>`, '32101');
    await expect(el).to.be.accessible();
  });

  it('says the training it usually takes against the job the person has, and its median wage in the region', async () => {
    const el = await portal(html`<mc-portal region="ER3530"></mc-portal>`, '32101');
    const rn = item(el, 'Registered nurses');
    expect(facts(rn)).to.deep.equal([
      'Usually takes a university degree (TEER 1): more training than your current job.',
      'Median wage in Toronto: $43.00 an hour.',
    ]);
    // Read after the name and the shared skills.
    expect(text(rn)).to.match(/^Registered nurses .*Shares .*Usually takes .*Median wage/);
    // The button keeps its name; moving from button to button, its description gives the facts.
    const button = rn.querySelector('button')!;
    button.focus();
    const nodes = await accessibleNodes('button');
    const described = nodes.find((n) => n.name === 'Set Registered nurses and registered psychiatric nurses as the job I want');
    expect(described?.description).to.equal(
      'Usually takes a university degree (TEER 1): more training than your current job. Median wage in Toronto: $43.00 an hour.',
    );
  });

  it('gives no figure from another region: says there is none for the region shown, and follows a change of region', async () => {
    // Licensed practical nurses have an Ontario wage only.
    const el = await portal(html`<mc-portal region="ER3530"></mc-portal>`, '31301');
    expect(facts(item(el, 'Licensed practical nurses'))).to.deep.equal([
      'Usually takes a college program of two to three years or an apprenticeship (TEER 2): less training than your current job.',
      'No median wage for Toronto in this data.',
    ]);
    el.region = 'ER35';
    await el.updateComplete;
    expect(facts(item(el, 'Licensed practical nurses'))[1]).to.equal('Median wage in Ontario: $30.00 an hour.');
  });

  it('compares with the job the person wants when that is the job the list starts from', async () => {
    const el = await portal(html`<mc-portal region="ER3530"></mc-portal>`, null, '32101');
    expect(facts(item(el, 'Registered nurses'))[0]).to.equal('Usually takes a university degree (TEER 1): more training than the job you want.');
  });

  it('renders in French, accessibly, with French typography', async () => {
    const el = await portal(html`<div lang="fr-CA"><mc-portal region="ER3530"></mc-portal></div>`, '32101');
    await waitUntil(() => facts(item(el, 'Infirmiers autorisés'))[0]?.startsWith('Exige'), 'the facts in French');
    expect(facts(item(el, 'Infirmiers autorisés'))).to.deep.equal([
      `Exige habituellement un diplôme universitaire (FEER 1)${NBSP}: une préparation plus longue que pour votre emploi actuel.`,
      `Salaire médian à Toronto${NBSP}: 43,00${NBSP}$ l’heure.`,
    ]);
    await expect(el).to.be.accessible();
  });
});
