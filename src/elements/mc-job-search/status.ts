/**
 * The lines under the job-title input: the index's error box with Retry, "loading titles",
 * no match or no close match, the offer to show the page in the language a title was typed
 * in, the "did you mean" correction, and the way to browse by category; and what they
 * say once typing pauses. The browsing part (`browse.ts`) loads when first shown: a page
 * where every title matched never needs it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TitleMatch } from '../../core/model/index.js';
import type { TitlesIndex } from '../../core/load/index.js';
import type { Lang } from '../../core/index-format/index.js';
import type { Messages } from '../../i18n/en.js';
import type { IndexState } from '../shared/index-task.js';
import { search } from '../../i18n/en/search.js';
import { loadFrench, loadedFrench, type Strings } from '../shared/locale.js';
import { fold } from '../../core/text/index.js';
import { didYouMean, isCloseMatch } from '../../core/titles/index.js';
import type { BrowseContext } from './browse.js';
import { onceRetrying } from '../shared/once.js';

export interface StatusContext {
  t: Strings<'common' | 'search'>;
  state: IndexState<TitlesIndex>;
  /** The index in use once loaded, and whether it has the titles the matcher needs. */
  index: TitlesIndex | null;
  hasTitles: boolean;
  query: string;
  results: readonly TitleMatch[];
  /** The chosen occupation (NOC code), or ''. */
  value: string;
  missed: boolean;
  weak: boolean;
  suggestion: string | null;
  langSwitch: boolean;
  browse: Omit<BrowseContext, 'index'>;
  onRetry: () => void;
  onSuggestion: () => void;
  onLang: (lang: Lang) => void;
  /** Called once the strings of a language or the browsing part asked for arrive: renders again. */
  onLoaded: () => void;
}

let browse: typeof import('./browse.js') | null = null;
/** The browsing part, imported once (again after a failure); resolves once it is here. */
const importBrowse = onceRetrying(() => import('./browse.js').then((module) => void (browse = module)));
/** Set while the browsing part is on its way and a status waits for it to render again. */
let browseArriving: Promise<void> | null = null;

/** Resolves once the browsing part a status asked for has arrived and that status asked to render again; null when none is on its way. */
export function browseLoading(): Promise<void> | null {
  return browseArriving;
}

function renderBrowse(ctx: StatusContext, index: TitlesIndex): TemplateResult | null {
  if (browse) return browse.renderBrowse({ ...ctx.browse, index });
  if (!browseArriving) {
    const arriving: Promise<void> = importBrowse()
      .then(ctx.onLoaded, () => undefined)
      .finally(() => {
        if (browseArriving === arriving) browseArriving = null;
      });
    browseArriving = arriving;
  }
  return null;
}

export function renderStatus(ctx: StatusContext): TemplateResult | typeof nothing {
  const { t, state, index } = ctx;
  if (state.kind === 'error') {
    return html`<div class="state error" role="alert">
        <p>${state.error.message}</p>
        <button type="button" class="secondary" @click=${ctx.onRetry}>${t.common.retry}</button>
      </div>`;
  }
  const parts: TemplateResult[] = [];
  if (ctx.query.trim() && (index ? !ctx.hasTitles : state.kind === 'pending')) {
    parts.push(html`<p class="status-line">${t.search.loadingTitles}</p>`);
  }
  if (ctx.missed) parts.push(html`<p class="status-line">${t.search.noMatch(ctx.query.trim().split(/\s+/).length)}</p>`);
  if (ctx.weak) parts.push(html`<p class="status-line">${t.search.notClose(ctx.query.trim())}</p>`);
  const langLine = renderLangOffer(ctx);
  if (langLine) parts.push(langLine);
  if (ctx.suggestion) {
    const [before, after] = t.search.didYouMean;
    parts.push(html`<p class="suggestion">${before}<button type="button" class="link" @click=${ctx.onSuggestion}>${ctx.suggestion}</button>${after}</p>`);
  }
  const browsing = (ctx.missed || ctx.weak) && index ? renderBrowse(ctx, index) : null;
  if (browsing) parts.push(browsing);
  return parts.length ? html`${parts}` : nothing;
}

/** With `lang-switch`, a title found in the other language: offered in that language. */
function renderLangOffer(ctx: StatusContext): TemplateResult | null {
  const typedIn = ctx.results[0]?.matchedLang;
  // Not tied to the open list: Tab closes it, and the button must stay for the keyboard.
  if (!ctx.langSwitch || !typedIn || ctx.value) return null;
  const other = typedIn === 'en' ? search : loadedFrench()?.search;
  if (other) {
    return html`<p class="status-line" lang=${typedIn}>
          ${other.alsoInLang} <button type="button" class="link" @click=${() => ctx.onLang(typedIn)}>${other.showInLang}</button>
        </p>`;
  }
  // Offered in the language typed: its strings load first (an English page has none yet).
  void loadFrench().then(ctx.onLoaded, () => undefined);
  return null;
}

export interface PauseReport {
  suggestion: string | null;
  weak: boolean;
  announcement: string;
}

/**
 * What the status area says once typing pauses on `text` (trimmed). `titled` is the index
 * when it has the titles the core matcher needs, else null.
 */
export function pauseReport(titled: TitlesIndex | null, text: string, results: readonly TitleMatch[], lang: Lang, t: Messages['search']): PauseReport {
  let suggestion: string | null = null;
  // The core decides whether the best match is weak enough to deserve a correction; a
  // title found in the other language needs none.
  if (titled && !results[0]?.matchedLang) {
    const found = didYouMean(titled, text, { lang });
    suggestion = found && fold(found) !== fold(text) ? found : null;
  }
  // The closest titles are other jobs and no correction helps: say the title may not be covered.
  const weak = results.length > 0 && !suggestion && !isCloseMatch(results[0]);
  // One polite announcement: the count, and the suggestion or warning a sighted person would see.
  const count = t.count(results.length);
  const announcement = suggestion ? `${count}. ${t.didYouMean[0]}${suggestion}${t.didYouMean[1]}` : weak ? `${count}. ${t.notClose(text)}` : count;
  return { suggestion, weak, announcement };
}
