// A results element the host inserts at a choice (mc-portal does, for the current job): its live
// region must be in the page, empty, for at least one frame before it says anything. Several
// screen readers skip a region inserted already filled, and Chromium sends the accessibility
// tree's changes once per frame: a region inserted and filled in one frame is one inserted filled.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex, withNursingModules } from '../../fixtures/index/index.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex({ programs: withNursingModules() });
});

/** Counts animation frames; logs the insertion of `el`'s live region and each change of its text, with the frame of each. */
function watch(el: HTMLElement): { log: { frame: number; text: string }[]; stop: () => void } {
  let frame = 0;
  let running = true;
  const tick = () => {
    frame++;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const log: { frame: number; text: string }[] = [];
  let region: Element | null = null;
  let said = '';
  const observer = new MutationObserver(() => {
    const now = el.shadowRoot!.querySelector('p[role=status]');
    if (!now) return;
    const text = now.textContent!.trim();
    if (now !== region) log.push({ frame, text: `inserted:${text}` });
    else if (text !== said) log.push({ frame, text });
    region = now;
    said = text;
  });
  // Its shadow root exists once connected, its first render a task later: watched from that render.
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return { log, stop: () => ((running = false), observer.disconnect()) };
}

describe('mc-recommendations inserted at a choice', () => {
  it('puts its live region in the page empty, and says something only in a later frame', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    // As mc-portal does: the element in the page with its index, then choose() before it rendered.
    const el = document.createElement('mc-recommendations') as McRecommendations;
    el.index = index;
    host.append(el);
    const seen = watch(el);
    el.choose('31301');
    await waitUntil(() => seen.log.some((e) => /programs? for Registered nurses/.test(e.text)), 'the results said', { timeout: 5000 });
    seen.stop();
    const [inserted, ...changes] = seen.log;
    expect(inserted!.text, 'inserted empty').to.equal('inserted:');
    expect(
      changes.filter((e) => e.text.startsWith('inserted:')),
      'the same region throughout',
    ).to.deep.equal([]);
    expect(changes.length).to.be.greaterThan(0);
    expect(changes[0]!.frame, `first words a frame after the insertion: ${JSON.stringify(seen.log)}`).to.be.greaterThan(inserted!.frame);
  });
});
