/**
 * The elements the portal shows only once a person has chosen an occupation (labour
 * market, recommendations, program cards, the inquiry form): their code loads when the job
 * titles have (or the host gave an index), while the person types, not with the page, so
 * the portal's first suggestion waits for none of it. The job search, which the portal
 * shows at once, is imported with it (see define/mc-portal.ts). A failed load is
 * forgotten, so the next choice tries again.
 */
let defining: Promise<unknown> | null = null;

/** Starts defining the elements shown after a choice (once per page); resolves when they are. */
export function defineAfterChoice(): Promise<unknown> {
  defining ??= Promise.all([
    import('../../define/mc-labour-market.js'),
    import('../../define/mc-recommendations.js'),
    import('../../define/mc-program-card.js'),
    import('../../define/mc-inquiry-form.js'),
  ]).catch((error: unknown) => {
    defining = null;
    throw error;
  });
  return defining;
}

/**
 * Defines them for `host`, which re-renders when they are, or when loading them failed
 * (after `failed`): the inquiry dialog then says the form is unavailable.
 */
export function whenDefinedAfterChoice(host: { requestUpdate(): void }, failed: () => void): Promise<void> {
  return defineAfterChoice().then(
    () => host.requestUpdate(),
    () => {
      failed();
      host.requestUpdate();
    },
  );
}

/** True once they are defined (or were defined by the page itself). */
export function afterChoiceDefined(): boolean {
  return ['mc-labour-market', 'mc-recommendations', 'mc-program-card', 'mc-inquiry-form'].every((tag) => customElements.get(tag) !== undefined);
}

/** What the related occupations need of the core: the ranking's `relatedOccupations` and the core's sentences. */
export interface WholeTools {
  relatedOccupations: typeof import('../../core/rank/index.js').relatedOccupations;
  prepareRecommend: typeof import('../../core/rank/index.js').prepareRecommend;
  prepareRelated: typeof import('../../core/rank/index.js').prepareRelated;
  coreMessages: typeof import('../../core/messages/index.js').coreMessages;
}

let tools: Promise<WholeTools> | null = null;

/**
 * The ranking and the core's sentences, which come with a whole index (its loader imports
 * them too), not with the page. Once per page; a failed load is forgotten.
 */
export function loadWholeTools(): Promise<WholeTools> {
  tools ??= Promise.all([import('../../core/rank/index.js'), import('../../core/messages/index.js')]).then(
    ([rank, messages]) => ({
      relatedOccupations: rank.relatedOccupations,
      prepareRecommend: rank.prepareRecommend,
      prepareRelated: rank.prepareRelated,
      coreMessages: messages.coreMessages,
    }),
    (error: unknown) => {
      tools = null;
      throw error;
    },
  );
  return tools;
}
