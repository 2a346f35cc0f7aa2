/**
 * `core/lmi/`: labour-market facts as plain sentences with sources, periods and caveats, and
 * the number formats they use; the short facts beside each occupation of a list of moves.
 *
 * The rest of the code imports this folder through this file only (checked by
 * tests/core/import-graph.test.ts); what hosts may use is re-exported by `core/index.ts`.
 */
export { HOURS_PER_YEAR, describeLabourMarket, formatCount, formatMoney, prepareNumberFormats, regionOf, roundAbout, wageFallbackChain } from './lmi.js';
export { defaultWageRegion, moveFacts, trainingStep } from './move-facts.js';
export type { MoveFacts, MoveFactsOptions, MoveOrigin, TrainingStep } from './move-facts.js';
export type { FactKind, LabourMarketDescription, LabourMarketFact, LabourMarketOutlook, MoneyFigure, SourceCitation, WageReading } from './lmi.js';
export { describeMove } from './move-pay.js';
export type { MoveDescription, MovePay } from './move-pay.js';
