// A list right under the heading (or sentence) that introduces it has no name of its own: a
// name there was the heading's text, read again on entering the list. Names as Chromium's
// accessibility tree gives them, in French, as the reviewer heard them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import '../../../src/define/mc-skill-finder.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { McSkillFinder } from '../../../src/elements/mc-skill-finder/mc-skill-finder.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex, withNursingModules } from '../../fixtures/index/index.js';
import { settled } from '../../fixtures/browser/recommendations.js';
import { accessibleNames } from '../../fixtures/browser/accessible-names.js';
import { MemoryIndexCache } from '../../../src/core/load/index-cache.js';
import { resetIndexSource } from '../../../src/elements/shared/index-source.js';

const SAMPLE = '/demo/data/sample/index.json';
const LOAD = { timeout: 8000 };

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex({ programs: withNursingModules() });
});

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Names of the lists in `root` that repeat one of its headings: by `aria-labelledby` (resolved in
 * `root`, as the browser does) or `aria-label`. (Chromium's snapshot, `accessibleNames`, leaves lists out.)
 */
function listsNamedAsHeadings(root: ShadowRoot): string[] {
  const headings = new Set([...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => squash(h.textContent)));
  const name = (list: Element) => {
    const ids = list.getAttribute('aria-labelledby');
    if (ids)
      return ids
        .split(/\s+/)
        .map((id) => squash(root.getElementById(id)?.textContent))
        .join(' ');
    return squash(list.getAttribute('aria-label'));
  };
  return [...root.querySelectorAll('ul, ol')].map(name).filter((n) => headings.has(n));
}

describe('lists introduced by a heading are not named after it', () => {
  afterEach(() => resetIndexSource());

  it('the plan’s skills and pathway (French)', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="fr"><mc-recommendations occupation="31301" from="33102"></mc-recommendations></div>`);
    const el = host.querySelector<McRecommendations>('mc-recommendations')!;
    el.index = index;
    await settled(el);
    const headings = await accessibleNames('heading');
    expect(headings).to.include('Compétences que vous avez sans doute déjà');
    expect(headings).to.include('Parcours suggéré');
    expect(el.shadowRoot!.querySelectorAll('[part=plan] ul, [part=plan] ol').length).to.be.greaterThan(2);
    expect(listsNamedAsHeadings(el.shadowRoot!)).to.deep.equal([]);
  });

  it('the skill finder’s programs (French)', async () => {
    resetIndexSource({ cache: new MemoryIndexCache() });
    const host = await fixture<HTMLElement>(html`<div lang="fr"><mc-skill-finder src=${SAMPLE}></mc-skill-finder></div>`);
    const el = host.querySelector<McSkillFinder>('mc-skill-finder')!;
    await waitUntil(() => el.shadowRoot!.querySelector('input[role=combobox]'), 'picker ready', LOAD);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[role=combobox]')!.focus();
    await sendKeys({ type: 'secourisme' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('mc-program-card'), 'cards', LOAD);
    await el.updateComplete;
    expect((await accessibleNames('heading')).some((h) => /^\d+ programmes? enseigne/.test(h))).to.equal(true);
    expect(listsNamedAsHeadings(el.shadowRoot!)).to.deep.equal([]);
  });
});
