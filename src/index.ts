/**
 * `microcred-widgets`: the headless core, the element classes and their types. Side-effect
 * free: importing it defines no element and fetches nothing. To define the elements,
 * import `microcred-widgets/define/<tag>.js` or `microcred-widgets/all.js` (or load the
 * CDN bundle), or call `customElements.define` with your own tag names.
 */
export * from './core/index.js';
export { VERSION } from './version.js';

export { McJobSearch, type TitleMatcher } from './elements/mc-job-search/mc-job-search.js';
export type { McSelectDetail, McClearDetail, McNoMatchDetail, McLangRequestDetail, SearchRole } from './elements/mc-job-search/mc-job-search.events.js';
export type { McLangChangeDetail } from './elements/mc-portal/mc-portal.events.js';
export { McLabourMarket } from './elements/mc-labour-market/mc-labour-market.js';
export type { McRegionChangeDetail } from './elements/mc-labour-market/mc-labour-market.events.js';
export { McPortal } from './elements/mc-portal/mc-portal.js';
export { McRecommendations } from './elements/mc-recommendations/mc-recommendations.js';
export type { McRecommendDetail } from './elements/mc-recommendations/mc-recommendations.events.js';
export { McProgramCard } from './elements/mc-program-card/mc-program-card.js';
export type { McProgramOpenDetail, McInquireRequestDetail, McProgramUnrelatedDetail } from './elements/mc-program-card/mc-program-card.events.js';
export { McSkillFinder } from './elements/mc-skill-finder/mc-skill-finder.js';
export { McInquiryForm } from './elements/mc-inquiry-form/mc-inquiry-form.js';
export type { McInquireDetail } from './elements/mc-inquiry-form/mc-inquiry-form.events.js';
export { McAdminInbox } from './elements/mc-admin-inbox/mc-admin-inbox.js';
export type { InboxItem, InboxPage } from './elements/mc-admin-inbox/admin-api.js';
export type { McSignInDetail, McSignOutDetail } from './elements/mc-admin-inbox/mc-admin-inbox.events.js';
export { McOutcomesReport, type McOutcomesErrorDetail } from './elements/mc-outcomes-report/mc-outcomes-report.js';
export { McCatalogueReview } from './elements/mc-catalogue-review/mc-catalogue-review.js';

export type { McErrorDetail, ErrorCode } from './elements/shared/errors.js';
export { LocaleController, resolveLang, loadFrench, type Strings } from './elements/shared/locale.js';
export { messages } from './i18n/messages.js';
export { requestIndex, onIndexUpdate, type IndexSnapshot, type RequestIndexOptions } from './elements/shared/index-source.js';
export type { Messages } from './i18n/en.js';
