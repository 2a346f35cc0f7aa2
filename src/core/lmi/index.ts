/** FOLDER-DOC */
export { HOURS_PER_YEAR, describeLabourMarket, formatCount, formatMoney, prepareNumberFormats, roundAbout, wageFallbackChain } from './lmi.js';
export type { FactKind, LabourMarketDescription, LabourMarketFact, LabourMarketOutlook, MoneyFigure, SourceCitation, WageReading } from './lmi.js';
