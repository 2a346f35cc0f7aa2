/** FOLDER-DOC */
export { coreMessages, describeIndexError, formatPeriod, shortOccupation } from './messages.js';
export type { CoreMessages } from './messages.js';
