/**
 * `core/schedule/`: long work in slices: `Slicer` (yield to the page once ~8 ms have passed),
 * `yieldToEventLoop` and the runners of step generators (`runSteps` now, `runStepsBetween`
 * with a pause between steps). Used by every other folder; imports none.
 *
 * The rest of the code imports this folder through this file only (checked by
 * tests/core/import-graph.test.ts); what hosts may use is re-exported by `core/index.ts`.
 */
export { Slicer, runSteps, runStepsBetween, yieldToEventLoop } from './yield.js';
export type { SlicerOptions } from './yield.js';
