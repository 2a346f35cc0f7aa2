/** FOLDER-DOC */
export { Slicer, runSteps, runStepsBetween, yieldToEventLoop } from './yield.js';
export type { SlicerOptions } from './yield.js';
