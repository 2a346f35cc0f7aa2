/**
 * The React components of `microcred-widgets/react`, made with `@lit/react`, without defining
 * any element: `index.ts` defines all ten, each `mc-<tag>.ts` only its own (and the elements it
 * renders, as its define module does). Each component is a pure call, so a bundler keeps only
 * the components an app imports, and with them only their elements' code.
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
import { McCatalogueReview as CatalogueReviewElement } from '../elements/mc-catalogue-review/mc-catalogue-review.js';

/** An event name typed with its event, from the `GlobalEventHandlersEventMap` entries the elements declare. */
const event = <K extends keyof GlobalEventHandlersEventMap>(name: K) => name as EventName<GlobalEventHandlersEventMap[K]>;

const onMcSelect = event('mc-select');
const onMcClear = event('mc-clear');
const onMcNoMatch = event('mc-no-match');
const onMcLangRequest = event('mc-lang-request');
const onMcLangChange = event('mc-lang-change');
const onMcRecommend = event('mc-recommend');
const onMcRegionChange = event('mc-region-change');
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
export const McJobSearch = /* @__PURE__ */ wrap('mc-job-search', JobSearchElement, 'McJobSearch', {
  onMcSelect,
  onMcClear,
  onMcNoMatch,
  onMcLangRequest,
  onMcError,
});

/** `<mc-recommendations>`: `onMcRecommend`, `onMcSelect`, `onMcProgramOpen`, `onMcInquireRequest`, `onMcProgramUnrelated`, `onMcError`. */
export const McRecommendations = /* @__PURE__ */ wrap('mc-recommendations', RecommendationsElement, 'McRecommendations', {
  onMcRecommend,
  onMcSelect,
  onMcProgramOpen,
  onMcInquireRequest,
  onMcProgramUnrelated,
  onMcError,
});

/** `<mc-program-card>`: `onMcProgramOpen`, `onMcInquireRequest`, `onMcProgramUnrelated`. */
export const McProgramCard = /* @__PURE__ */ wrap('mc-program-card', ProgramCardElement, 'McProgramCard', {
  onMcProgramOpen,
  onMcInquireRequest,
  onMcProgramUnrelated,
});

/** `<mc-labour-market>`: `onMcRegionChange`, `onMcError`. */
export const McLabourMarket = /* @__PURE__ */ wrap('mc-labour-market', LabourMarketElement, 'McLabourMarket', { onMcRegionChange, onMcError });

/** `<mc-inquiry-form>`: `onMcInquire`, `onMcError`. */
export const McInquiryForm = /* @__PURE__ */ wrap('mc-inquiry-form', InquiryFormElement, 'McInquiryForm', { onMcInquire, onMcError });

/** `<mc-skill-finder>`: `onMcInquire`, `onMcProgramOpen`, `onMcError`. */
export const McSkillFinder = /* @__PURE__ */ wrap('mc-skill-finder', SkillFinderElement, 'McSkillFinder', { onMcInquire, onMcProgramOpen, onMcError });

/** `<mc-outcomes-report>`: `onMcError` (its detail's `code` may also be `unauthorized`, `rate-limited`, `off`, `unavailable`). */
export const McOutcomesReport = /* @__PURE__ */ wrap('mc-outcomes-report', OutcomesReportElement, 'McOutcomesReport', { onMcError });
/** `<mc-catalogue-review>`: `onMcError`. */
export const McCatalogueReview = /* @__PURE__ */ wrap('mc-catalogue-review', CatalogueReviewElement, 'McCatalogueReview', { onMcError });

/** `<mc-portal>`: `onMcLangChange`, and every event of the elements inside it. */
export const McPortal = /* @__PURE__ */ wrap('mc-portal', PortalElement, 'McPortal', {
  onMcSelect,
  onMcClear,
  onMcNoMatch,
  onMcLangRequest,
  onMcLangChange,
  onMcRecommend,
  onMcRegionChange,
  onMcProgramOpen,
  onMcInquireRequest,
  onMcProgramUnrelated,
  onMcInquire,
  onMcError,
});

/** `<mc-admin-inbox>` (the institution's inbox; only useful on the inquiry server's own origin): `onMcError`. */
export const McAdminInbox = /* @__PURE__ */ wrap('mc-admin-inbox', AdminInboxElement, 'McAdminInbox', { onMcError });
