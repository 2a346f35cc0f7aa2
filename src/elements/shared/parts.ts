/**
 * The parts an element forwards from the elements inside it (`exportparts`), so a page
 * styles a nested element through the outer one: `mc-portal::part(search-input)`.
 * Each list names the inner element's documented parts (its `@csspart` tags; a test
 * checks they agree), so a part added there is forwarded here or the test fails.
 */

/** Parts of `<mc-program-card>`. */
export const PROGRAM_CARD_PARTS = ['card', 'title', 'provider', 'facts', 'reason', 'skills', 'series', 'link', 'actions', 'url'] as const;
/** Parts of `<mc-job-search>`. */
export const JOB_SEARCH_PARTS = ['label', 'input', 'listbox', 'option', 'option-active', 'browse'] as const;
/** Parts of `<mc-labour-market>`. */
export const LABOUR_MARKET_PARTS = ['heading', 'subheading', 'sample', 'outlook', 'wages', 'chart', 'facts', 'requirements', 'state'] as const;
/** Parts of `<mc-inquiry-form>`. */
export const INQUIRY_FORM_PARTS = [
  'form',
  'heading',
  'programs',
  'summary',
  'field',
  'recipients',
  'disclosure',
  'status',
  'receipt',
  'earlier',
  'refused',
  'outbox',
  'actions',
  'submit',
] as const;

/** `exportparts` for an inquiry form inside another element: `mc-portal::part(inquiry-submit)`. */
export const INQUIRY_EXPORTPARTS = exportParts(INQUIRY_FORM_PARTS, 'inquiry-');

/** A card's parts as an outer element names them: `card-title`, ...; the card's own box is `card-box`. */
export const CARD_FORWARDED = PROGRAM_CARD_PARTS.map((part) => (part === 'card' ? 'card-box' : `card-${part}`));

/** `exportparts` for a card inside another element: `mc-recommendations::part(card-title)`. */
export const CARD_EXPORTPARTS = exportParts(PROGRAM_CARD_PARTS, 'card-', { card: 'card-box' });

/** Parts of `<mc-recommendations>` itself (without the cards' parts it forwards). */
export const RECOMMENDATIONS_PARTS = ['heading', 'filters', 'plan', 'plan-heading', 'plan-subheading', 'notice', 'nearby', 'list', 'more', 'state'] as const;

/**
 * An `exportparts` value giving each inner part the outer name `prefix + part`
 * (`input: search-input`), or the name in `rename`.
 */
export function exportParts(parts: readonly string[], prefix: string, rename: Record<string, string> = {}): string {
  return parts.map((part) => `${part}: ${rename[part] ?? prefix + part}`).join(', ');
}
