// A choice the host passes on, as demo/institution.js does: choose(), await updateComplete,
// focus(). updateComplete resolves while "Loading programs…" shows and the heading is not
// there yet: focus must still reach it, and what shows must be said.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import { deepFocus } from '../../../src/elements/shared/focus.js';
import { resetIndexSource } from '../../../src/elements/shared/index-source.js';
import { listenToLiveRegion } from '../../fixtures/browser/live-region.js';

const SAMPLE = '/demo/data/sample/index.json';
const LOAD = { timeout: 8000 };

/** The institution page's set-up: a field the person chose in (focused), and the college's programs. */
async function page(): Promise<{ field: HTMLInputElement; el: McRecommendations }> {
  const wrap = await fixture<HTMLElement>(html`<div>
    <input aria-label="Job title" />
    <mc-recommendations src=${SAMPLE} provider="Lakeshore Polytechnic (fictional)" region="ER3530" limit="6"></mc-recommendations>
  </div>`);
  const el = wrap.querySelector('mc-recommendations')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part=state]')?.textContent?.includes('Choose an occupation'), 'ready for a choice', LOAD);
  const field = wrap.querySelector('input')!;
  field.focus();
  return { field, el };
}

const heading = (el: McRecommendations) => el.shadowRoot!.querySelector<HTMLElement>('#heading');

describe('mc-recommendations after choose()', () => {
  afterEach(() => resetIndexSource());

  // Each from a page with no choice yet: the chosen occupation's programs are then still to
  // fetch when updateComplete resolves. A second choice on one page could find them all
  // loaded already (the whole catalogue follows the first recommendations), and its heading
  // shown before updateComplete resolved, on a fast run.
  it('focus() asked while the programs load moves focus to their heading once it shows', async () => {
    const { el } = await page();
    el.choose('72100');
    await el.updateComplete;
    expect(heading(el)?.textContent ?? '', 'not shown yet when updateComplete resolves').to.not.contain('Machinists');
    el.focus();
    await waitUntil(() => heading(el)?.textContent?.includes('Machinists'), 'the machinists’ heading', LOAD);
    await waitUntil(() => deepFocus() === heading(el), 'focus on the heading', LOAD);
  });

  it('focus() asked while the programs load leaves focus where the person moved on to', async () => {
    const { field, el } = await page();
    const other = document.createElement('button');
    field.after(other);
    el.choose('72106');
    await el.updateComplete;
    expect(heading(el)?.textContent ?? '', 'not shown yet when updateComplete resolves').to.not.contain('Welders');
    el.focus();
    other.focus();
    await waitUntil(() => heading(el)?.textContent?.includes('Welders'), 'the welders’ heading', LOAD);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(deepFocus()).to.equal(other);
  });

  it('says the count and what the catalogue lacks, as the heading and the notice show them', async () => {
    const { el } = await page();
    const live = listenToLiveRegion(el);
    el.choose('72100');
    await waitUntil(() => live.said.some((s) => s.includes('programs for Machinists') || s.includes('program for Machinists')), 'the count said', LOAD);
    const notice = el.shadowRoot!.querySelector('[part~=notice] p')!.textContent!;
    // The page's own institution: its programs, not the catalogue's.
    expect(notice).to.match(/^Lakeshore Polytechnic \(fictional\) has little for Machinists/);
    expect(live.said[live.said.length - 1]).to.equal(`${heading(el)!.textContent!.trim()}. ${notice}`);
    live.stop();
  });
});
