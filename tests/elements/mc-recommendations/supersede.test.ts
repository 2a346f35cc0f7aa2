import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex, withNursingModules } from '../../fixtures/index/index.js';
import { settled } from '../../fixtures/browser/recommendations.js';

const NURSES = '31301';
const WELDERS = '72106';

/**
 * Counts reads of `evidence` on the programs that are evidence for nurses and not for
 * welders: the ranking reads each one once while scoring and once more for the reasons
 * of each result, so a ranking for nurses that runs to the end reads them twice each.
 * `onFirstRead` runs at the first read (in the middle of the ranking's scoring).
 */
function countNurseReads(index: LoadedIndex): { reads: () => number; onFirstRead: (fn: () => void) => void } {
  let reads = 0;
  let first: (() => void) | null = null;
  for (const program of index.programs) {
    const codes = new Set(program.evidence?.map((e) => e.occupation));
    if (!codes.has(NURSES) || codes.has(WELDERS)) continue;
    const evidence = program.evidence;
    Object.defineProperty(program, 'evidence', {
      configurable: true,
      get() {
        reads++;
        const fn = first;
        first = null;
        fn?.();
        return evidence;
      },
    });
  }
  return {
    reads: () => reads,
    onFirstRead: (fn) => {
      first = fn;
    },
  };
}

/** Makes every `Slicer` slice over budget, so the ranking yields at each of its steps. */
function everyStepYields(): () => void {
  const real = performance.now;
  let skew = 0;
  performance.now = () => real.call(performance) + (skew += 100);
  return () => {
    performance.now = real;
  };
}

describe('mc-recommendations: a superseded ranking', () => {
  it('stops at its next slice, and the last occupation set wins', async () => {
    const restore = everyStepYields();
    try {
      // A ranking for nurses alone, to the end: how many reads that takes.
      const whole = await loadedIndex({ programs: withNursingModules() });
      const wholeCount = countNurseReads(whole);
      const alone = await fixture<McRecommendations>(html`<mc-recommendations></mc-recommendations>`);
      alone.index = whole;
      await settled(alone);
      alone.occupation = NURSES;
      await settled(alone);
      expect(alone.shadowRoot!.querySelectorAll('mc-program-card').length).to.equal(10);
      const readsToTheEnd = wholeCount.reads();
      expect(readsToTheEnd).to.be.greaterThan(0);

      // The same ranking, superseded by welders while it scores the nurses' programs.
      const index = await loadedIndex({ programs: withNursingModules() });
      const count = countNurseReads(index);
      const el = await fixture<McRecommendations>(html`<mc-recommendations></mc-recommendations>`);
      el.index = index;
      await settled(el);
      count.onFirstRead(() => {
        el.occupation = WELDERS;
      });
      el.occupation = NURSES;
      await settled(el);

      // The scoring step in progress finishes; the reasons steps never run.
      expect(count.reads()).to.be.greaterThan(0);
      expect(count.reads()).to.be.lessThan(readsToTheEnd);
      const heading = el.shadowRoot!.querySelector('[part=heading]')!.textContent!;
      expect(heading).to.contain('Welders');
      expect(el.shadowRoot!.querySelectorAll('mc-program-card').length).to.equal(2);
    } finally {
      restore();
    }
  });
});
