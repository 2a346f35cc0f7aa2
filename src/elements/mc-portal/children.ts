/**
 * What the portal shows only once a person has chosen an occupation: the labour market,
 * recommendations, program cards and inquiry form, and its related occupations (related.ts)
 * with the ranking and the core's sentences they need. Their code loads once its job titles are here (or the host
 * gave an index, or a choice came first), while the person types, not with the page, so the
 * portal's first suggestion waits for none of it. The job search, which the portal shows at
 * once, is imported with it (see define/mc-portal.ts). On a page that already has them (the
 * single CDN file) the imports find them there.
 */
import { onceRetrying } from '../shared/once.js';

/** What the related occupations need of the core, and the list itself (shown only after a choice). */
export interface LaterTools {
  relatedOccupations: typeof import('../../core/rank/index.js').relatedOccupations;
  prepareRecommend: typeof import('../../core/rank/index.js').prepareRecommend;
  prepareRelated: typeof import('../../core/rank/index.js').prepareRelated;
  coreMessages: typeof import('../../core/messages/index.js').coreMessages;
  moveFacts: typeof import('../../core/lmi/index.js').moveFacts;
  RelatedList: typeof import('./related.js').RelatedList;
  renderRelated: typeof import('./related.js').renderRelated;
}

/** Defines the elements shown after a choice and returns the core's tools; once per page, again after a failure. */
export const loadAfterChoice = onceRetrying(async (): Promise<LaterTools> => {
  // Each import names what it takes (`.then(({ ... }) => ...)`), so a bundler leaves out the
  // rest of its folder's exports rather than keep them all for a namespace object.
  const [ranking, coreMessages, moveFacts, related] = await Promise.all([
    import('../../core/rank/index.js').then(({ relatedOccupations, prepareRecommend, prepareRelated }) => ({
      relatedOccupations,
      prepareRecommend,
      prepareRelated,
    })),
    import('../../core/messages/index.js').then(({ coreMessages }) => coreMessages),
    import('../../core/lmi/index.js').then(({ moveFacts }) => moveFacts),
    import('./related.js').then(({ RelatedList, renderRelated }) => ({ RelatedList, renderRelated })),
    import('../../define/mc-labour-market.js'),
    import('../../define/mc-recommendations.js'),
    import('../../define/mc-program-card.js'),
    import('../../define/mc-inquiry-form.js'),
  ]);
  return { ...ranking, ...related, coreMessages, moveFacts };
});
