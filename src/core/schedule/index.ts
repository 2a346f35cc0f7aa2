/**
 * `core/schedule/`: long work in slices: `Slicer` (yield to the page once ~8 ms have passed),
 * `yieldToEventLoop`, and the runners of step generators: `runSteps` (to the end now),
 * `runInSlices` (giving the event loop a turn when a slice's budget is spent) and `stepDone`
 * (where a step ends). See docs/core-api.md, "Long work in slices". Used by every other folder; imports none.
 *
 * The rest of the code imports this folder through this file only (checked by
 * tests/core/import-graph.test.ts); what hosts may use is re-exported by `core/index.ts`.
 */
export { Slicer, runInSlices, runSteps, stepDone, yieldToEventLoop } from './yield.js';
export type { SlicerOptions, Slicing, Steps } from './yield.js';
