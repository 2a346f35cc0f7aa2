import { html, nothing, type PropertyValues, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { LoadedIndex, TitleMatch } from '../../core/model/index.js';
import type { Lang } from '../../core/index-format/index.js';
import { localize } from '../../core/index-format/index.js';
import { fold, looksPersonal, UNMATCHED_QUERY_MAX } from '../../core/text/index.js';
import { yieldToEventLoop } from '../../core/schedule/index.js';
import { matchTitles } from '../../core/titles/index.js';
import type { TitleIndex } from '../../core/model/index.js';
import { looksLikeOtherLanguage, matchTitlesAcross } from '../../core/titles/index.js';
import { hasLabels } from '../../core/load/index.js';
import { McElement } from '../shared/mc-element.js';
import { fireError } from '../shared/errors.js';
import { IndexTask } from '../shared/index-task.js';
import { LoadTrigger, loadingMode } from '../shared/load-trigger.js';
import type { TitlesIndex } from '../../core/load/index.js';
import { activeAfter, comboAction } from './combobox-keys.js';
import { renderOptions } from './options.js';
import { browseLoading, pauseReport, renderStatus } from './status.js';
import { OtherTitles } from './other-titles.js';
import { warmUp } from './warm-up.js';
import type { McClearDetail, McLangRequestDetail, McNoMatchDetail, McSelectDetail, SearchRole } from './mc-job-search.events.js';
import { styles } from './mc-job-search.styles.js';
import { common } from '../../i18n/en/common.js';
import { search } from '../../i18n/en/search.js';

/**
 * A function that turns a query into ranked title matches; the core matcher by default.
 * `signal` is aborted once a newer query supersedes this one (its answer would not be
 * shown), so an async matcher can stop, e.g. by passing it to `fetch`.
 */
export type TitleMatcher = (
  index: LoadedIndex,
  query: string,
  options: { lang: Lang; limit: number; signal?: AbortSignal },
) => TitleMatch[] | Promise<TitleMatch[]>;

/** How long typing must pause before the count is announced and a miss is reported. */
const PAUSE_MS = 500;
/** Options shown at once: enough to choose from, few enough to keep each keystroke cheap. */
const LIMIT = 8;
/** Shortest folded query matched: one letter matches thousands of titles and costs most. */
const MIN_QUERY = 2;

/** A host for a task whose status is not rendered: it asks for no update. */
const quietHost: ReactiveControllerHost = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };

/**
 * A job-title search that finds the NOC 2021 occupation behind what a person types, in
 * English or French, with typos, missing accents, abbreviations and any word order.
 * A title typed in the other language ("soudeur" on an English page) is found too: when
 * the page's titles give no good match, the other language's titles are loaded once
 * (only for an index loaded from `src` or by a parent through the shared source, and
 * only with the core matcher) and the occupation is offered by its title in the page's
 * language, under the typed title marked with its `lang` and said to be one ("French
 * title"); such a title comes after the page's titles that hold as many of the typed words.
 *
 * @tagname mc-job-search
 * @summary Job-title combobox (ARIA 1.2 pattern) that resolves a title to an occupation.
 *
 * @csspart label - The visible label ("I work as…").
 * @csspart input - The text input (role combobox).
 * @csspart listbox - The list of matching occupations.
 * @csspart option - One matching occupation; the active one also has part `option-active`.
 * @csspart option-active - The active matching occupation (with the keyboard or the pointer).
 * @csspart browse - The way to browse occupations by category, shown when nothing matches closely.
 *
 * @cssprop [--mc-job-search-active-background=#dbeafe] - Background of the active option.
 * @cssprop [--mc-job-search-border=#6b7280] - Border colour of the input and list.
 * @cssprop [--mc-job-search-label-color=#1f2937] - Label colour.
 * @cssprop [--mc-job-search-label-size=1.0625rem] - Label font size.
 * @cssprop [--mc-job-search-list-background=#ffffff] - List background.
 * @cssprop [--mc-job-search-list-max-height=20rem] - Height after which the list scrolls.
 * @cssprop [--mc-job-search-mark-background=transparent] - Background behind the matched letters.
 * @cssprop --mc-job-search-shadow - Shadow under the open list. Default: `0 6px 16px rgb(0 0 0 / 0.14)`.
 * @cssprop [--mc-job-search-z-index=10] - Stacking order of the open list.
 *
 * @cssprop [--mc-color-border=#6b7280] - Borders of inputs, forms and the chart axis.
 * @cssprop [--mc-color-danger=#b91c1c] - Error borders.
 * @cssprop [--mc-color-danger-surface=#fef2f2] - Error box background.
 * @cssprop [--mc-color-danger-text=#7f1d1d] - Error text.
 * @cssprop [--mc-color-focus=#1d4ed8] - The 2px focus outline (keep 3:1 against the surface).
 * @cssprop [--mc-color-heading=inherit] - Headings.
 * @cssprop [--mc-color-link=#1d4ed8] - Links and link-like buttons, disclosure summaries.
 * @cssprop [--mc-color-on-primary=#ffffff] - Text on a primary background (buttons, the active skill suggestion).
 * @cssprop [--mc-color-primary=#1d4ed8] - Brand colour: buttons, selected and active states, accents, chip borders; the wage chart, links, focus ring and hover shades derive from it.
 * @cssprop [--mc-color-primary-hover=#1e40af] - Button background on hover.
 * @cssprop [--mc-color-surface=#ffffff] - Background of inputs, cards, lists and blocks.
 * @cssprop [--mc-color-surface-active=#dbeafe] - Background of the active option (keyboard or pointer).
 * @cssprop [--mc-color-surface-hover=#eff6ff] - Background of a hovered option or secondary button; chosen-skill chips.
 * @cssprop [--mc-color-surface-muted=#f3f4f6] - Background of panels (searches, filters, states, selection bar).
 * @cssprop [--mc-color-text=#1f2937] - Body text.
 * @cssprop [--mc-color-text-muted=#4b5563] - Hints, sources, notes, placeholders.
 * @cssprop [--mc-font-family=inherit] - Font family (inherited from the page by default).
 * @cssprop [--mc-font-line-height=1.5] - Line height.
 * @cssprop [--mc-font-size=inherit] - Base font size (inherited from the page by default).
 * @cssprop [--mc-font-size-label=1.0625rem] - Size of field labels (the job searches').
 * @cssprop [--mc-radius=0.375rem] - Corner radius of controls, boxes and cards.
 * @cssprop [--mc-space-2xs=0.25rem] - Very small gap (button icon gap, list items).
 * @cssprop [--mc-space-3xs=0.125rem] - Smallest gap (chips, inline spacing).
 * @cssprop [--mc-space-md=1rem] - Gap between blocks.
 * @cssprop [--mc-space-sm=0.75rem] - Medium-small gap (box padding).
 * @cssprop [--mc-space-xs=0.5rem] - Small gap (field padding, inside boxes).
 *
 * @fires {CustomEvent<McSelectDetail>} mc-select - The person chose an occupation: `{ code, role }`.
 * @fires {CustomEvent<McClearDetail>} mc-clear - The person emptied the field of an occupation they had chosen: `{ role }`.
 * @fires {CustomEvent<McNoMatchDetail>} mc-no-match - The person paused on a title that matched nothing: `{ query, lang, personal }`.
 * @fires {CustomEvent<McLangRequestDetail>} mc-lang-request - With `lang-switch`: the person typed a title in the other language and asked to see the page in it: `{ lang }`.
 * @fires {CustomEvent<McErrorDetail>} mc-error - The index could not be loaded, or the element has neither `src` nor `index` (code `no-source`, with a console warning). Detail: `{ code, message, hint }`.
 */
export class McJobSearch extends McElement {
  static override styles = styles;

  protected readonly locale = this.strings({ common, search });
  static override shadowRootOptions = { ...McElement.shadowRootOptions, delegatesFocus: true };
  protected override readonly deferFirstRender = true;

  /**
   * Loaded index, set by a parent; wins over `src`. Its titles alone will do
   * (`loadTitlesIndex`) with the core matcher; a host's `matcher` is given a whole index.
   */
  @property({ attribute: false }) index: LoadedIndex | TitlesIndex | null = null;
  /** URL of an `index.json`, or of the folder holding it, to load when no `index` is given. */
  @property() src = '';
  /**
   * Which side of the move this search stands for (`current` or `target`); sets the label.
   * Not named `role`: that attribute is ARIA's, and `role="target"` is an invalid ARIA role.
   * @type {'current' | 'target'}
   */
  @property({ attribute: 'search-role', reflect: true }) searchRole: SearchRole = 'current';
  /**
   * Chosen occupation (NOC code), or '' when none. Set from code, before the first render too,
   * the field shows the occupation's official title once the titles are loaded; nothing fires.
   */
  @property() value = '';
  /** Replaces the core matcher, e.g. with a host's own service. */
  @property({ attribute: false }) matcher: TitleMatcher = matchTitles;
  /** Text in the input. */
  @property() query = '';
  /**
   * The page's own note about this field, under its label and read with it (e.g. "Optional.
   * Leave it empty to see training for the job you have."). A note the page puts beside the
   * element cannot be tied to the field: an id reference does not reach into its shadow root.
   */
  @property() hint = '';
  /**
   * The host can show the page in the other language and listens for `mc-lang-request`:
   * when a title typed in that language is found, the search says, in that language, that
   * the page exists in it and offers to switch.
   */
  @property({ type: Boolean, attribute: 'lang-switch' }) langSwitch = false;
  /**
   * When the titles of `src` start loading: `visible` (the default) when the search comes
   * near the viewport, `eager` at once, `idle` when the browser is first idle, `focus` when
   * the person focuses it. Focusing it always starts the load. Only the job titles and
   * the labels they show load (never programs or labour-market data), shared with every
   * element on the page that uses the same `src`.
   */
  // Spelled out (not `LoadingMode`) so the manifest and the JSX types generated from it list the values.
  @property({ reflect: true }) loading: 'eager' | 'visible' | 'idle' | 'focus' = 'visible';

  @state() private results: TitleMatch[] = [];
  @state() private open = false;
  @state() private active = -1;
  @state() private announcement = '';
  @state() private suggestion: string | null = null;
  @state() private missed = false;
  /** The best match is another job than the one typed: say so and offer browsing. */
  @state() private weak = false;
  @state() private browseOpen = false;
  @state() private browseCategory: number | null = null;

  @query('input') private input!: HTMLInputElement;

  private readonly uid = 'mc-js';
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;
  private searchedIndex: TitlesIndex | null = null;
  private lastMiss = '';
  /** Show the chosen occupation's title once its labels arrive (value set from code, language switch). */
  private titleWanted = false;
  /** The other language's titles, once loaded for titles typed in it (see `wantOther`). */
  private readonly other = new OtherTitles();

  /**
   * Title matching for what is typed: a newer search aborts the running one's signal, so
   * only the latest shows its options and reports its failure. What renders is the state
   * the search sets, never the task's status, so the task asks for no update of its own
   * (one after each search started in `updated()` would be an update more).
   */
  private readonly matching = new Task(quietHost, {
    autoRun: false,
    task: ([openList]: readonly [boolean], { signal }) => this.runSearch(openList, signal),
    onError: (error) => void fireError(this, error, this.locale.lang),
  });

  private readonly trigger = new LoadTrigger(this, () => loadingMode(this.loading));
  /** The titles alone with the core matcher; a host's matcher gets a whole index. */
  private readonly indexTask = new IndexTask<TitlesIndex>(
    this,
    () => this.locale.lang,
    () => this.locale.lang,
    {
      titlesOnly: () => this.matcher === matchTitles,
      wanted: () => this.trigger.wanted,
    },
  );

  /** The index in use, once loaded: its titles alone unless a whole index was given or needed. */
  get loadedIndex(): TitlesIndex | null {
    const state = this.indexTask.state;
    return state.kind === 'ready' ? state.index : null;
  }

  /** Moves keyboard focus to the input. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.pauseTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A value set from code shows that occupation's official title (nothing fires), and so
    // does a language switch once that language's labels arrived. Only then: a field the
    // person emptied stays empty. Set before the first update (a host restoring a shared
    // link), the value comes with the empty query's first "change", which is no text of its own.
    if (changed.has('value') && (!changed.has('query') || this.query === '')) this.titleWanted = this.value !== '';
    const index = this.loadedIndex;
    if (this.titleWanted && this.value && index && (changed.has('value') || hasLabels(index, this.locale.lang))) {
      this.showValueTitle();
    }
  }

  protected override updated(): void {
    // Titles typed before the index (or this language's titles) arrived: match them now.
    const index = this.loadedIndex;
    const ready = index !== null && this.hasTitles(index);
    if (ready && index !== this.searchedIndex) {
      this.searchedIndex = index;
      if (!this.query.trim()) this.warmUp(index);
      if (this.query.trim() && !this.value) {
        this.searchThenPause(this.matches(':focus-within'));
      }
    }
    if (this.open && this.active >= 0) {
      this.renderRoot.querySelector(`#${this.uid}-opt-${this.active}`)?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  /** A host's own matcher is never called to warm up. */
  private warmUp(index: TitlesIndex): void {
    if (this.matcher === matchTitles) warmUp(index, this.locale.lang, LIMIT, () => this.query === '');
  }

  private showValueTitle(): void {
    const occupation = this.loadedIndex?.occupations.get(this.value);
    if (!occupation) return;
    this.titleWanted = false;
    this.query = localize(occupation.title, this.locale.lang);
  }

  protected override langChanged(): void {
    this.close();
    this.suggestion = null;
    this.announcement = '';
    if (this.value) {
      this.query = '';
      this.titleWanted = true;
    }
  }

  override render(): TemplateResult {
    const t = this.locale.t.search;
    const label = this.searchRole === 'target' ? t.labelTarget : t.labelCurrent;
    const showList = this.open && this.results.length > 0;
    const activeId = showList && this.active >= 0 ? `${this.uid}-opt-${this.active}` : '';
    return html`
      <label part="label" for="${this.uid}-input">${label}</label>
      ${this.hint ? html`<p class="hint" id="${this.uid}-note">${this.hint}</p>` : nothing}
      <p class="hint" id="${this.uid}-hint">${t.hint}</p>
      <div class="combo" @focusout=${this.onFocusOut}>
        <input
          part="input"
          id="${this.uid}-input"
          type="text"
          role="combobox"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${showList ? 'true' : 'false'}
          aria-controls="${this.uid}-listbox"
          aria-activedescendant=${activeId || nothing}
          aria-describedby=${this.hint ? `${this.uid}-note ${this.uid}-hint` : `${this.uid}-hint`}
          .value=${this.query}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @click=${this.onInputClick}
        />
        ${
          this.query
            ? html`<button class="clear" type="button" tabindex="-1" aria-label=${t.clear} @click=${this.onClear}>
              <span aria-hidden="true">×</span>
            </button>`
            : nothing
        }
        <ul
          part="listbox"
          id="${this.uid}-listbox"
          role="listbox"
          aria-label=${t.listLabel}
          ?hidden=${!showList}
          @pointerdown=${(e: Event) => e.preventDefault()}
        >
          ${showList ? this.renderOptionList() : nothing}
        </ul>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.renderStatus()}
    `;
  }

  private renderOptionList(): TemplateResult[] {
    return renderOptions(this.results, {
      idPrefix: `${this.uid}-opt-`,
      query: this.query,
      active: this.active,
      t: this.locale.t.search,
      onChoose: (i) => this.choose(i),
      onHover: (i) => {
        if (this.active !== i) this.active = i;
      },
    });
  }

  private renderStatus(): TemplateResult | typeof nothing {
    const index = this.loadedIndex;
    return renderStatus({
      t: this.locale.t,
      state: this.indexTask.state,
      index,
      hasTitles: index !== null && this.hasTitles(index),
      query: this.query,
      results: this.results,
      value: this.value,
      missed: this.missed,
      weak: this.weak,
      suggestion: this.suggestion,
      langSwitch: this.langSwitch,
      browse: {
        uid: this.uid,
        lang: this.locale.lang,
        open: this.browseOpen,
        category: this.browseCategory,
        onToggle: () => (this.browseOpen = !this.browseOpen),
        onCategory: (c) => (this.browseCategory = this.browseCategory === c ? null : c),
        onChoose: (code) => this.chooseCode(code),
      },
      onRetry: () => this.indexTask.retry(),
      onSuggestion: this.useSuggestion,
      onLang: (lang) => this.requestLang(lang),
      onLoaded: () => this.requestUpdate(),
    });
  }

  private onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    // Emptying the field (Backspace, cutting) gives up the chosen occupation.
    if (this.query === '') this.dropValue();
    this.suggestion = null;
    this.missed = false;
    this.weak = false;
    const index = this.loadedIndex;
    void this.search(true);
    if (index && looksLikeOtherLanguage(this.query, this.locale.lang)) this.wantOther(index, this.query.trim());
    this.pauseLater();
  };

  /** Also waits for a search under way and the render that shows its options, and for the browsing part on its way. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let browse = browseLoading(); this.matching.status === TaskStatus.PENDING || browse; browse = browseLoading()) {
      await (browse ?? this.matching.taskComplete.catch(() => {}));
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Searches, then announces the count and reports a miss once typing pauses. */
  private searchThenPause(openList: boolean): void {
    void this.search(openList);
    this.pauseLater();
  }

  private pauseLater(): void {
    clearTimeout(this.pauseTimer);
    this.pauseTimer = setTimeout(() => this.onPause(), PAUSE_MS);
  }

  /** Runs the matcher for the current query, superseding the search under way. */
  private search(openList: boolean): Promise<void> {
    return this.matching.run([openList]);
  }

  /** `signal` is aborted once a newer search starts: then this one shows nothing. */
  private async runSearch(openList: boolean, signal: AbortSignal): Promise<void> {
    const index = this.loadedIndex;
    const text = this.query.trim();
    if (!index || fold(text).length < MIN_QUERY || !this.hasTitles(index)) {
      this.results = [];
      this.active = -1;
      this.open = false;
      return;
    }
    const stillWanted = () => yieldToEventLoop().then(() => !signal.aborted);
    // Matched in a task of its own, apart from the key's work: on a slow phone, together over 50 ms.
    if (!(await stillWanted())) return;
    const lang = this.locale.lang;
    const other = this.otherFor(index, lang);
    const found = other
      ? matchTitlesAcross(index, other, text, { lang, limit: LIMIT })
      : await this.matcher(index as LoadedIndex, text, { lang, limit: LIMIT, signal }); // whole: see hasTitles
    // The options render in the next task: matching a full title list and rendering ten
    // highlighted options in one go is a long task on a slow phone.
    if (!(await stillWanted())) return;
    this.results = found.slice(0, LIMIT);
    this.active = -1;
    this.open = openList && this.results.length > 0;
  }

  /** The other language's titles for `index` seen in `lang`, when loaded and the core matcher is in use. */
  private otherFor(index: TitlesIndex, lang: Lang): TitleIndex | null {
    return this.matcher === matchTitles ? this.other.of(index, lang) : null;
  }

  /** Loads the other language's titles when `text` may be written in it (see OtherTitles), then searches again. */
  private wantOther(index: TitlesIndex, text: string): void {
    if (this.matcher !== matchTitles) return;
    const lang = this.locale.lang;
    const current = () => this.loadedIndex === index && this.locale.lang === lang;
    this.other.want(index, text, lang, current, () => {
      // Announced after a pause, as when typing: the person may still be typing.
      if (this.query.trim() && !this.value) this.searchThenPause(this.matches(':focus-within'));
    });
  }

  /** The core matcher needs the titles of the current language; a host's matcher a whole index (with its ranking data). */
  private hasTitles(index: TitlesIndex): boolean {
    return this.matcher !== matchTitles ? 'ranking' in index : index.titles[this.locale.lang] !== undefined;
  }

  private onPause(): void {
    const index = this.loadedIndex;
    const text = this.query.trim();
    const folded = fold(text);
    if (!index || folded.length < MIN_QUERY) {
      this.announcement = '';
      return;
    }
    const lang = this.locale.lang;
    const titled = this.hasTitles(index) ? index : null;
    if (titled) this.wantOther(titled, text);
    const report = pauseReport(titled, text, this.results, lang, this.locale.t.search);
    this.suggestion = report.suggestion;
    this.weak = report.weak;
    this.announcement = report.announcement;
    // Recomputed, not only set: the other language's titles may have found it since the last pause.
    this.missed = this.results.length === 0;
    if (this.missed) {
      const detail: McNoMatchDetail = { query: folded.slice(0, UNMATCHED_QUERY_MAX), lang, personal: looksPersonal(text) };
      if (detail.query !== this.lastMiss) {
        this.lastMiss = detail.query;
        this.emit('mc-no-match', detail);
      }
    }
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    const count = this.results.length;
    const action = comboAction(event, this.open && count > 0, this.active >= 0);
    const type = action.type;
    // Only `none`, moving the caret, Tab and Escape in an empty field let the browser's default happen.
    if (type === 'none' || (type === 'clear' && !this.query)) return;
    if (type !== 'caret' && !(type === 'close' && event.key === 'Tab')) event.preventDefault();
    if (type === 'open' && count === 0) {
      void this.search(true).then(() => {
        if (this.results.length) this.active = activeAfter(action, this.active, this.results.length);
      });
    } else if (type === 'select') this.choose(this.active);
    else if (type === 'close') this.close();
    else if (type === 'clear') this.clearQuery();
    else {
      if (type === 'open') this.open = true;
      this.active = activeAfter(action, this.active, count);
    }
  };

  private onInputClick = (): void => {
    if (!this.open && this.results.length > 0) this.open = true;
  };

  private onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.renderRoot.contains(next)) this.close();
  };

  private onClear = (): void => {
    this.clearQuery();
    this.input.focus();
  };

  private clearQuery(): void {
    this.dropValue();
    this.query = '';
    this.results = [];
    this.suggestion = null;
    this.missed = false;
    this.weak = false;
    this.browseOpen = false;
    this.announcement = '';
    this.close();
  }

  /** Forgets the chosen occupation and tells the host, which shows "no choice" again. */
  private dropValue(): void {
    this.titleWanted = false;
    if (!this.value) return;
    this.value = '';
    const detail: McClearDetail = { role: this.searchRole };
    this.emit('mc-clear', detail);
  }

  private close(): void {
    this.open = false;
    this.active = -1;
  }

  private useSuggestion = (): void => {
    if (!this.suggestion) return;
    this.query = this.suggestion;
    this.suggestion = null;
    this.missed = false;
    this.input.focus();
    this.searchThenPause(true);
  };

  private requestLang(lang: Lang): void {
    const detail: McLangRequestDetail = { lang };
    this.emit('mc-lang-request', detail);
    this.input.focus();
  }

  private choose(i: number): void {
    const match = this.results[i];
    // A title typed in the other language: the field shows what the page understood, in its language.
    if (match) this.select(match.code, match.matchedLang ? match.title : match.matchedTitle);
  }

  /** An occupation picked while browsing by category: shown by its official title. */
  private chooseCode(code: string): void {
    const occupation = this.loadedIndex?.occupations.get(code);
    if (!occupation) return;
    this.select(code, localize(occupation.title, this.locale.lang));
    this.input.focus();
  }

  private select(code: string, title: string): void {
    this.value = code;
    this.query = title;
    clearTimeout(this.pauseTimer);
    this.suggestion = null;
    this.missed = false;
    this.weak = false;
    this.browseOpen = false;
    this.browseCategory = null;
    this.announcement = '';
    this.close();
    const detail: McSelectDetail = { code, role: this.searchRole };
    this.emit('mc-select', detail);
  }
}
