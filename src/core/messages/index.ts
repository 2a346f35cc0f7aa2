/**
 * `core/messages/`: the core's own sentences in English and French (reasons, periods, how a
 * sentence names a wage region) and index errors worded for a person (`describeIndexError`). A reason
 * quoting a program comes in pieces, its words in the other language marked as such.
 *
 * The rest of the code imports this folder through this file only (checked by
 * tests/core/import-graph.test.ts); what hosts may use is re-exported by `core/index.ts`.
 */
export { coreMessages, describeIndexError, formatPeriod, lowerFirst, shortOccupation, upperFirst } from './messages.js';
export type { CoreMessages } from './messages.js';
export { placeWords, type Place } from './places.js';
export { NBSP, NNBSP, listPieces, periodYears, quoteFr, quoteMarks } from './typography.js';
export { isPhrase, plainSentence } from './evidence.js';
export type { EvidenceWords } from './evidence.js';
export { markNames, type NameInText } from './marked.js';
