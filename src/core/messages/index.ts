/**
 * `core/messages/`: the core's own sentences in English and French (reasons, labour-market
 * facts, periods) and index errors worded for a person (`describeIndexError`).
 *
 * The rest of the code imports this folder through this file only (checked by
 * tests/core/import-graph.test.ts); what hosts may use is re-exported by `core/index.ts`.
 */
export { coreMessages, describeIndexError, formatPeriod, shortOccupation } from './messages.js';
export type { CoreMessages } from './messages.js';
