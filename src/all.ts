/**
 * The CDN entry: defines every element. Loading it twice is harmless (each definition
 * checks `customElements.get` first).
 *
 * Each element is defined in a task of its own, children before the elements that render
 * them: defining an element upgrades every one already in the page at once, and doing
 * that for all of them while the bundle itself is evaluated was one long task on a slow
 * phone. The `define/*` modules (for npm users) still define on import.
 *
 * Not here: `mc-catalogue-review`, a page for institution staff that carries the
 * catalogue reader and tagger; it has a bundle of its own (dist/cdn/catalogue-review.js)
 * so that the pages learners open do not download them.
 */
import { html, nothing, render } from 'lit';
import { yieldToEventLoop } from './core/schedule/index.js';
import { McJobSearch } from './elements/mc-job-search/mc-job-search.js';
import { McLabourMarket } from './elements/mc-labour-market/mc-labour-market.js';
import { McProgramCard } from './elements/mc-program-card/mc-program-card.js';
import { McRecommendations } from './elements/mc-recommendations/mc-recommendations.js';
import { McSkillFinder } from './elements/mc-skill-finder/mc-skill-finder.js';
import { McInquiryForm } from './elements/mc-inquiry-form/mc-inquiry-form.js';
import { McPortal } from './elements/mc-portal/mc-portal.js';
/** The version of this bundle, for a host that imports the CDN file as a module. */
export { VERSION } from './version.js';
// The tag-name typings of every element.
export type {} from './define/mc-job-search.js';
export type {} from './define/mc-labour-market.js';
export type {} from './define/mc-program-card.js';
export type {} from './define/mc-recommendations.js';
export type {} from './define/mc-skill-finder.js';
export type {} from './define/mc-inquiry-form.js';
export type {} from './define/mc-portal.js';

const ELEMENTS: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['mc-program-card', McProgramCard],
  ['mc-job-search', McJobSearch],
  ['mc-labour-market', McLabourMarket],
  ['mc-recommendations', McRecommendations],
  ['mc-inquiry-form', McInquiryForm],
  ['mc-skill-finder', McSkillFinder],
  ['mc-portal', McPortal],
];

/**
 * Builds an element class's constructed style sheets now, in a task of their own, rather
 * than in the render that first connects one (Lit builds them on first use).
 */
function prepareStyles(element: CustomElementConstructor): void {
  const styles = (element as { elementStyles?: unknown[] }).elementStyles ?? [];
  for (const style of styles) void (style as { styleSheet?: CSSStyleSheet }).styleSheet;
}

/**
 * Renders small templates with every kind of binding once, into detached fragments, so
 * that the page's first real render does not also pay for compiling Lit's renderer (a
 * third of the portal's first render at 4x CPU slowdown). In two steps, a task each:
 * text and lists, then attribute, property, boolean and event bindings.
 */
const WARM_RENDERER: ReadonlyArray<() => void> = [
  () => {
    const item = (n: number) => html`<li>${n}</li>`;
    render(html`<p>${'a'}${nothing}</p><ul>${[1, 2].map(item)}</ul>`, document.createDocumentFragment());
  },
  () => {
    render(html`<p class=${'a'} ?hidden=${false} .title=${'b'} @click=${() => undefined}></p>`, document.createDocumentFragment());
  },
];

/**
 * Claimed synchronously by the first copy of this file that runs: a page that loads the
 * bundle twice gets every element from one copy. Defining over several tasks, two copies
 * would otherwise interleave and each define some elements, and one copy's elements cannot
 * use an index the other copy's core loaded.
 */
const CLAIM = Symbol.for('microcred-widgets/defined');

async function defineAll(): Promise<void> {
  // Outside a browser there may be no registry at all (a worker), or Lit's server shim of
  // one (Node): the elements are defined in the shim, as the define modules do, but there
  // is no document to warm the renderer in.
  if (typeof customElements === 'undefined') return;
  const page = globalThis as { [CLAIM]?: boolean };
  if (page[CLAIM]) return;
  page[CLAIM] = true;
  if (typeof document !== 'undefined') {
    for (const warm of WARM_RENDERER) {
      await yieldToEventLoop();
      warm();
    }
  }
  for (const [tag, element] of ELEMENTS) {
    await yieldToEventLoop();
    if (customElements.get(tag)) continue;
    customElements.define(tag, element);
    await yieldToEventLoop();
    prepareStyles(element);
  }
}

void defineAll();
