/**
 * `core/analytics/`: anonymous usage counts (`attachAnalytics`, the batch format the endpoint
 * accepts) and the shapes of the outcomes report built from them.
 *
 * The rest of the code imports this folder through this file only (checked by
 * tests/core/import-graph.test.ts); what hosts may use is re-exported by `core/index.ts`.
 */
export {
  ANALYTICS_FORMAT,
  ANALYTICS_FORMAT_1,
  AnalyticsBatchSchema,
  AnalyticsCounter,
  attachAnalytics,
  FEEDBACK_FORMAT,
  FeedbackBatchSchema,
  hostPage,
  PostedBatchSchema,
} from './analytics.js';
export type { AnalyticsBatch, AnalyticsOptions, FeedbackBatch } from './analytics.js';
export { MIN_VISITS, OUTCOMES_FORMAT } from './outcomes.js';
export type { OutcomeFigures, Outcomes } from './outcomes.js';
