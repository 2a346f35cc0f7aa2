/** FOLDER-DOC */
export { ANALYTICS_FORMAT, ANALYTICS_FORMAT_1, AnalyticsBatchSchema, AnalyticsCounter, attachAnalytics, hostPage } from './analytics.js';
export type { AnalyticsBatch, AnalyticsOptions } from './analytics.js';
export { MIN_VISITS, OUTCOMES_FORMAT } from './outcomes.js';
export type { OutcomeFigures, Outcomes } from './outcomes.js';
