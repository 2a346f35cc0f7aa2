/**
 * `microcred-widgets/react`: every element as a React component made with `@lit/react`,
 * with typed props (set as properties, so objects and arrays pass through) and the
 * events as typed `on*` props (`onMcSelect`, `onMcError`, ...). React 19 sets properties
 * on custom elements but only listens for `on<event name>` as written, so `onMcSelect`
 * on a bare `<mc-job-search>` never fires; these components map each prop to its event.
 *
 * Importing this entry defines the elements (like `define/<tag>.js`). React is a peer
 * dependency of this entry only.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { McAdminInbox as AdminInboxElement } from '../elements/mc-admin-inbox/mc-admin-inbox.js';
import { McInquiryForm as InquiryFormElement } from '../elements/mc-inquiry-form/mc-inquiry-form.js';
import { McJobSearch as JobSearchElement } from '../elements/mc-job-search/mc-job-search.js';
import { McLabourMarket as LabourMarketElement } from '../elements/mc-labour-market/mc-labour-market.js';
import { McOutcomesReport as OutcomesReportElement } from '../elements/mc-outcomes-report/mc-outcomes-report.js';
import { McPortal as PortalElement } from '../elements/mc-portal/mc-portal.js';
import { McProgramCard as ProgramCardElement } from '../elements/mc-program-card/mc-program-card.js';
import { McRecommendations as RecommendationsElement } from '../elements/mc-recommendations/mc-recommendations.js';
import { McSkillFinder as SkillFinderElement } from '../elements/mc-skill-finder/mc-skill-finder.js';
import '../define/mc-admin-inbox.js';
import { McCatalogueReview as CatalogueReviewElement } from '../elements/mc-catalogue-review/mc-catalogue-review.js';
import '../define/mc-inquiry-form.js';
import '../define/mc-job-search.js';
import '../define/mc-labour-market.js';
import '../define/mc-outcomes-report.js';
import '../define/mc-portal.js';
import '../define/mc-program-card.js';
import '../define/mc-recommendations.js';
import '../define/mc-skill-finder.js';
import '../define/mc-catalogue-review.js';

/** An event name typed with its event, from the `GlobalEventHandlersEventMap` entries the elements declare. */
const event = <K extends keyof GlobalEventHandlersEventMap>(name: K) => name as EventName<GlobalEventHandlersEventMap[K]>;

const onMcSelect = event('mc-select');
const onMcClear = event('mc-clear');
const onMcNoMatch = event('mc-no-match');
const onMcLangRequest = event('mc-lang-request');
const onMcLangChange = event('mc-lang-change');
const onMcRecommend = event('mc-recommend');
const onMcProgramOpen = event('mc-program-open');
const onMcInquireRequest = event('mc-inquire-request');
const onMcProgramUnrelated = event('mc-program-unrelated');
const onMcInquire = event('mc-inquire');
const onMcError = event('mc-error');

/** One element as a React component named like its class, its events mapped to `on*` props. */
function wrap<I extends HTMLElement, E extends Record<string, EventName>>(tagName: string, elementClass: new () => I, displayName: string, events: E) {
  return createComponent({ react: React, tagName, elementClass, events, displayName });
}

/** `<mc-job-search>`: `onMcSelect`, `onMcClear`, `onMcNoMatch`, `onMcLangRequest`, `onMcError`. */
export const McJobSearch = wrap('mc-job-search', JobSearchElement, 'McJobSearch', { onMcSelect, onMcClear, onMcNoMatch, onMcLangRequest, onMcError });

/** `<mc-recommendations>`: `onMcRecommend`, `onMcSelect`, `onMcProgramOpen`, `onMcInquireRequest`, `onMcProgramUnrelated`, `onMcError`. */
export const McRecommendations = wrap('mc-recommendations', RecommendationsElement, 'McRecommendations', {
  onMcRecommend,
  onMcSelect,
  onMcProgramOpen,
  onMcInquireRequest,
  onMcProgramUnrelated,
  onMcError,
});

/** `<mc-program-card>`: `onMcProgramOpen`, `onMcInquireRequest`, `onMcProgramUnrelated`. */
export const McProgramCard = wrap('mc-program-card', ProgramCardElement, 'McProgramCard', {
  onMcProgramOpen,
  onMcInquireRequest,
  onMcProgramUnrelated,
});

/** `<mc-labour-market>`: `onMcError`. */
export const McLabourMarket = wrap('mc-labour-market', LabourMarketElement, 'McLabourMarket', { onMcError });

/** `<mc-inquiry-form>`: `onMcInquire`, `onMcError`. */
export const McInquiryForm = wrap('mc-inquiry-form', InquiryFormElement, 'McInquiryForm', { onMcInquire, onMcError });

/** `<mc-skill-finder>`: `onMcInquire`, `onMcProgramOpen`, `onMcError`. */
export const McSkillFinder = wrap('mc-skill-finder', SkillFinderElement, 'McSkillFinder', { onMcInquire, onMcProgramOpen, onMcError });

/** `<mc-outcomes-report>`: `onMcError` (its detail's `code` may also be `unauthorized`, `rate-limited`, `off`, `unavailable`). */
export const McOutcomesReport = wrap('mc-outcomes-report', OutcomesReportElement, 'McOutcomesReport', { onMcError });
/** `<mc-catalogue-review>`: `onMcError`. */
export const McCatalogueReview = wrap('mc-catalogue-review', CatalogueReviewElement, 'McCatalogueReview', { onMcError });

/** `<mc-portal>`: `onMcLangChange`, and every event of the elements inside it. */
export const McPortal = wrap('mc-portal', PortalElement, 'McPortal', {
  onMcSelect,
  onMcClear,
  onMcNoMatch,
  onMcLangRequest,
  onMcLangChange,
  onMcRecommend,
  onMcProgramOpen,
  onMcInquireRequest,
  onMcProgramUnrelated,
  onMcInquire,
  onMcError,
});

/** `<mc-admin-inbox>` (the institution's inbox; only useful on the inquiry server's own origin): `onMcError`. */
export const McAdminInbox = wrap('mc-admin-inbox', AdminInboxElement, 'McAdminInbox', { onMcError });
