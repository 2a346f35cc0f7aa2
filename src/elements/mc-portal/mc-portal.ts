import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { LoadedIndex } from '../../core/model/index.js';
import { IndexFormatError, isAbortError } from '../../core/index-format/index.js';
import { localize, type Lang, type Program } from '../../core/index-format/index.js';
import type { RelatedOccupation } from '../../core/rank/index.js';
import { attachAnalytics } from '../../core/analytics/index.js';
import { yieldToEventLoop } from '../../core/schedule/index.js';
import { FocusAfterChoice } from '../shared/focus.js';
import { whenIdle } from '../shared/idle.js';
import { levelHeading } from '../shared/heading.js';
import { exportParts, JOB_SEARCH_PARTS } from '../shared/parts.js';
import { McElement, errorBox } from '../shared/mc-element.js';
import { Announcer } from '../shared/announcer.js';
import { OutboxStatus } from '../shared/outbox-status.js';
import { describeError, fireError } from '../shared/errors.js';
import { requestIndex, requestTitlesIndex, type IndexSnapshot } from '../shared/index-source.js';
import { OccupationSlices } from './slices.js';
import { renderInquiryDialog } from './inquiry-dialog.js';
import type { TitlesIndex } from '../../core/load/index.js';
import type { McClearDetail, McLangRequestDetail, McSelectDetail } from '../mc-job-search/mc-job-search.events.js';
import type { McLangChangeDetail } from './mc-portal.events.js';
import type { McRegionChangeDetail } from '../mc-labour-market/mc-labour-market.events.js';
import { styles } from './mc-portal.styles.js';
import { childrenRendered } from '../shared/first-render.js';
import { StagedRender } from '../shared/staged-render.js';
import { NumberFormatsWarmUp } from '../shared/number-formats.js';
import { EMPTY_FILTERS, type FilterState } from '../mc-recommendations/filter-state.js';
import { UrlStateController } from './url-state-controller.js';
import { PrintLine } from './print-line.js';
import type { RelatedList } from './related.js';
import { renderLabourMarket, renderRecommendations } from './results.js';
import { loadAfterChoice, type LaterTools } from './children.js';
import { common } from '../../i18n/en/common.js';
import { portal } from '../../i18n/en/portal.js';

/** The inner elements' parts as the portal names them (see the class docblock). */
const SEARCH_EXPORTPARTS = exportParts(JOB_SEARCH_PARTS, 'search-');

/** What `<mc-recommendations>` offers the portal: a user-action entry point. */
interface Chooser extends HTMLElement {
  choose(occupation: string, from?: string | null): void;
}

/**
 * The whole flow in one tag: the job a person has and, optionally, the one they want;
 * then the job market, recommended programs (the gap between the two when both are
 * given), where else they could go, and an inquiry form. Bilingual with a language
 * toggle that keeps every choice. Every event of the elements inside bubbles out of it.
 *
 * @tagname mc-portal
 * @summary All-in-one career and training explorer.
 *
 * @csspart base - The landmark region around everything.
 * @csspart header - Heading and language toggle.
 * @csspart heading - The portal heading.
 * @csspart lang-toggle - The language switch button.
 * @csspart searches - The box holding the two job searches.
 * @csspart results - Everything shown once an occupation is chosen.
 * @csspart results-heading - The heading focus moves to after a choice.
 * @csspart related - The "where could you go from here" list: each occupation with the key skills it shares, the training it usually takes and its median wage in `region`.
 * @csspart share - The "Copy link" button and its message (with `url-state`).
 * @csspart state - Loading and error boxes.
 * @csspart outbox - The notice about inquiries saved on this device: being sent, sent (when, to whom), not sent yet, or refused.
 * @csspart subheading - The heading of the related list (and of the inquiry dialog when the form is missing).
 * @csspart labour-market - The `<mc-labour-market>` element.
 * @csspart recommendations - The `<mc-recommendations>` element.
 * @csspart inquiry - The `<mc-inquiry-form>` element in the inquiry dialog.
 *
 * @csspart search-input - Each job search's text input (forwarded with `exportparts`, like every `search-`,
 *   `labour-market-`, `recommendations-`, `card-` and `inquiry-` part below).
 * @csspart search-label - Each job search's label.
 * @csspart search-listbox - Each job search's list of matching occupations.
 * @csspart search-option - One matching occupation; the active one also has `search-option-active`.
 * @csspart search-option-active - The active matching occupation.
 * @csspart search-browse - The way to browse occupations by category.
 * @csspart labour-market-heading - The labour-market panel heading.
 * @csspart labour-market-subheading - The heading of each labour-market block.
 * @csspart labour-market-sample - The notice shown when the figures are sample data.
 * @csspart labour-market-outlook - The outlook block.
 * @csspart labour-market-wages - The wages block.
 * @csspart labour-market-chart - The wage chart.
 * @csspart labour-market-facts - The openings, job seekers and employment list.
 * @csspart labour-market-requirements - What the work requires: its training level, its official requirements, the note that short programs do not replace a required diploma, licence or certificate.
 * @csspart labour-market-state - The labour market's pending, empty and error boxes.
 * @csspart recommendations-heading - The recommendations summary heading.
 * @csspart recommendations-filters - The filter and sort disclosure.
 * @csspart recommendations-plan - The plan above the list of programs.
 * @csspart recommendations-plan-heading - The plan's heading.
 * @csspart recommendations-plan-subheading - The plan's section headings.
 * @csspart recommendations-notice - The notice that the catalogue has few programs for the occupation.
 * @csspart recommendations-nearby - In that notice, the related occupations the catalogue has more strong matches for.
 * @csspart recommendations-list - The list of program cards.
 * @csspart recommendations-more - The "Show more" row.
 * @csspart recommendations-state - The recommendations' pending, empty and error boxes.
 * @csspart card - Each `<mc-program-card>` element.
 * @csspart card-box - A program card's outer box.
 * @csspart card-title - A program card's title.
 * @csspart card-provider - A program card's institution line.
 * @csspart card-facts - A program card's hours, cost, delivery, language, OSAP and credential.
 * @csspart card-reason - Why a program is recommended.
 * @csspart card-skills - A program card's covered and not-covered skills.
 * @csspart card-series - The other courses of a program's series.
 * @csspart card-link - A program card's outbound link.
 * @csspart card-actions - A program card's link and Inquire button row.
 * @csspart card-url - A program's web address, in print only.
 * @csspart inquiry-form - The inquiry form box.
 * @csspart inquiry-heading - The inquiry form heading.
 * @csspart inquiry-programs - The programs asked about.
 * @csspart inquiry-summary - The form's error summary.
 * @csspart inquiry-field - Each field group of the form.
 * @csspart inquiry-recipients - Who receives the inquiry.
 * @csspart inquiry-disclosure - What is sent with the inquiry, and the privacy link.
 * @csspart inquiry-status - The message saying what happened to the inquiry.
 * @csspart inquiry-receipt - The receipt of a sent inquiry.
 * @csspart inquiry-earlier - The notice about inquiries saved earlier on this device.
 * @csspart inquiry-refused - The notice about earlier inquiries the institution refused.
 * @csspart inquiry-outbox - The form's notice about inquiries saved on this device.
 * @csspart inquiry-actions - The form's row of buttons.
 * @csspart inquiry-submit - The form's Send button.
 *
 * @slot heading - Replaces the text of the portal heading (the heading element and its level stay).
 * @slot intro - Replaces the introduction under the heading.
 * @slot footer - Content at the end of the portal, after the results (e.g. how to reach an adviser).
 * @slot recommendations-empty - Added to the box shown when no program fits (forwarded to `mc-recommendations`' `empty` slot).
 * @slot recommendations-footer - Content after the list of programs (forwarded to `mc-recommendations`' `footer` slot).
 *
 * @cssprop [--mc-portal-accent=#1d4ed8] - Accent bar of related occupations.
 * @cssprop [--mc-portal-border=#d1d5db] - Border of the search box.
 * @cssprop [--mc-portal-heading-color=inherit] - Colour of headings.
 * @cssprop [--mc-portal-heading-size=1.5rem] - Font size of the portal heading.
 * @cssprop [--mc-portal-max-width=72rem] - Widest the portal grows.
 * @cssprop [--mc-portal-padding=0] - Padding inside the region.
 * @cssprop [--mc-portal-panel-background=#f9fafb] - Background of the search box.
 *
 * @cssprop [--mc-color-border=#6b7280] - Borders of inputs, forms and the chart axis.
 * @cssprop [--mc-color-border-muted=#d1d5db] - Borders of cards, blocks and panels, table rules.
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
 * @cssprop [--mc-color-surface-hover=#eff6ff] - Background of a hovered option or secondary button; chosen-skill chips.
 * @cssprop [--mc-color-surface-muted=#f9fafb] - Background of panels (searches, filters, states, selection bar).
 * @cssprop [--mc-color-text=#1f2937] - Body text.
 * @cssprop [--mc-color-text-muted=#4b5563] - Hints, sources, notes, placeholders.
 * @cssprop [--mc-font-family=inherit] - Font family (inherited from the page by default).
 * @cssprop [--mc-font-line-height=1.5] - Line height.
 * @cssprop [--mc-font-size=inherit] - Base font size (inherited from the page by default).
 * @cssprop [--mc-radius=0.5rem] - Corner radius of controls, boxes and cards.
 * @cssprop [--mc-space-2xs=0.25rem] - Very small gap (button icon gap, list items).
 * @cssprop [--mc-space-3xs=0.125rem] - Smallest gap (chips, inline spacing).
 * @cssprop [--mc-space-lg=1.5rem] - Gap between the portal's sections.
 * @cssprop [--mc-space-md=1rem] - Gap between blocks.
 * @cssprop [--mc-space-sm=0.75rem] - Medium-small gap (box padding).
 * @cssprop [--mc-space-xs=0.5rem] - Small gap (field padding, inside boxes).
 *
 * @fires {CustomEvent<McSelectDetail>} mc-select - (from the job searches, and when the person picks a related occupation) `{ code, role }`.
 * @fires {CustomEvent<McClearDetail>} mc-clear - (from the job searches) The person emptied a chosen occupation: `{ role }`.
 * @fires {CustomEvent<McNoMatchDetail>} mc-no-match - (from the job searches) A title matched nothing.
 * @fires {CustomEvent<McLangRequestDetail>} mc-lang-request - (from the job searches) The person typed a title in the other language and asked for the page in it; the portal has switched its own language: `{ lang }`.
 * @fires {CustomEvent<McLangChangeDetail>} mc-lang-change - The portal switched its language (its language button, or a title typed in the other language): `{ lang }`. The host puts its slotted text in that language.
 * @fires {CustomEvent<McRecommendDetail>} mc-recommend - (from mc-recommendations) recommendations shown after a choice.
 * @fires {CustomEvent<McRegionChangeDetail>} mc-region-change - (from the labour market) The person picked a region for wages: `{ region }`. The portal makes it its `region` (the programs' too, and the link's `mc-region`).
 * @fires {CustomEvent<McProgramOpenDetail>} mc-program-open - (from the program cards) The person followed a program link.
 * @fires {CustomEvent<McInquireRequestDetail>} mc-inquire-request - (from the program cards) The person asked about a program; the portal opens its inquiry form.
 * @fires {CustomEvent<McProgramUnrelatedDetail>} mc-program-unrelated - (from the program cards) The person marked a program as not relevant to the occupation, or undid it.
 * @fires {CustomEvent<McInquireDetail>} mc-inquire - (from the inquiry form) The inquiry was sent or saved to send later.
 * @fires {CustomEvent<McErrorDetail>} mc-error - The index could not be loaded, or the element has neither `src` nor `index` (code `no-source`, with a console warning). Detail: `{ code, message, hint }`.
 */
export class McPortal extends McElement {
  static override styles = styles;

  protected readonly locale = this.strings({ common, portal });
  /** Money and counts show after a choice: their formatters are made before it (number-formats.ts). */
  private readonly numberFormats = new NumberFormatsWarmUp(this, () => this.locale.lang);
  protected override readonly deferFirstRender = true;

  /**
   * Also waits for the job searches to join (a task after the first render) and for the
   * first render of the elements it just added (they render a task later).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    if (!this.searchesShown && this.searchesJoin) {
      await this.searchesJoin;
      result = await super.getUpdateComplete();
    }
    // Elements it shows after a choice render once their code is here.
    if (this.laterWanted) {
      await this.laterWanted;
      result = await super.getUpdateComplete();
    }
    await childrenRendered(this.renderRoot);
    return result;
  }

  /** Set once what it shows after a choice is asked for (see children.ts); null again after a failure. */
  private laterWanted: Promise<void> | null = null;
  /** The core's tools for the related occupations, once loaded (null until then). */
  private later: LaterTools | null = null;

  /** Loads what it shows after a choice, once; re-renders when it is here, or to say it could not be. */
  private wantLater(): void {
    this.laterWanted ??= loadAfterChoice()
      .then(
        (tools) => void (this.later = tools),
        () => void (this.laterWanted = null),
      )
      .finally(() => this.requestUpdate());
  }

  /**
   * The first render lays out the portal without its two job searches, and they join in
   * the next task: preparing the portal's template and constructing both comboboxes in
   * one task made a long one on a slow phone.
   */
  protected override firstUpdated(): void {
    this.searchesJoin = yieldToEventLoop().then(() => {
      this.searchesShown = true;
    });
  }

  /** URL of the index's `index.json`, or of the folder holding it; loaded once per page and shared. */
  @property() src = '';

  /**
   * An already loaded index; wins over `src`. A string is taken as the URL, with a
   * warning: it is what the deprecated `index` attribute holds, and what React and other
   * frameworks assign to this property when a page writes `index="..."` (they set a
   * property whenever the element has one of that name). Any other value that is not a
   * loaded index is refused with `mc-error` (`index-format`).
   */
  @property({ attribute: 'index' })
  get index(): LoadedIndex | null {
    return this.givenIndex;
  }
  set index(value: LoadedIndex | string | null | undefined) {
    this.givenIndex = null;
    if (typeof value === 'string') {
      // Once per element: the `index` attribute still works, but `src` is its name everywhere.
      if (!this.warnedIndexAttribute) {
        console.warn('<mc-portal>: the index attribute is deprecated and will be removed in 1.0; write src="..." (as on every other element).');
      }
      this.warnedIndexAttribute = true;
      this.src = value;
    } else if (value === null || value === undefined || value.occupations instanceof Map) {
      this.givenIndex = value ?? null;
    } else {
      const error = new IndexFormatError('(the index property)', 'schema', 'it holds neither a loaded index nor a URL');
      // After the update: a host that sets the property before listening still hears it.
      void this.updateComplete.then(() => fireError(this, error, this.locale.lang));
    }
  }
  private givenIndex: LoadedIndex | null = null;
  private warnedIndexAttribute = false;
  /** Job Bank economic region for wages and programs, e.g. `ER3530`. */
  @property() region: string | null = null;
  /** Inquiry endpoint handed to the inquiry form. */
  @property() endpoint: string | null = null;
  /** Who runs the endpoint, named by the inquiry form (see `<mc-inquiry-form>`). */
  @property({ attribute: 'endpoint-owner' }) endpointOwner: string | null = null;
  /** Privacy notice of whoever runs the endpoint, linked by the inquiry form (see `<mc-inquiry-form>`). */
  @property({ attribute: 'privacy-url' }) privacyUrl: string | null = null;
  /** The endpoint forwards each inquiry to the program's institution (see `<mc-inquiry-form>`). */
  @property({ type: Boolean }) routed = false;
  /** Days within which replies come, shown on the inquiry form's receipt (see `<mc-inquiry-form>`). */
  @property({ type: Number, attribute: 'reply-within-days' }) replyWithinDays: number | null = null;
  /**
   * Restricts programs to one institution (an institution's own page), by its name as the
   * catalogue's `provider` or `provider_fr` column writes it, on a page in either language (see
   * `<mc-recommendations>`).
   */
  @property() provider: string | null = null;
  /** Where anonymous usage counts are sent; none when empty. */
  @property({ attribute: 'analytics-endpoint' }) analyticsEndpoint: string | null = null;
  /** Level (2-4) of the portal heading; everything below follows. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** NOC code of the job the person has. Setting it from code fires nothing. */
  @property() current: string | null = null;
  /** NOC code of the job the person wants (optional). Setting it from code fires nothing. */
  @property() target: string | null = null;
  /**
   * Keeps the view in the page URL (`mc-current`, `mc-target`, `mc-region`, `mc-lang` and
   * the filters, through `history.replaceState`; never anything the person typed) and
   * offers "Copy link"; a page opened with such a URL shows that view. Off by default:
   * the host page decides whether its URL changes.
   */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  /** The filters and sort of the recommendations, kept across choices and in the URL. */
  @state() private filters: FilterState = EMPTY_FILTERS;
  private readonly url = new UrlStateController(this, {
    get: () => ({
      current: this.current || null,
      target: this.target || null,
      region: this.region || null,
      // Only when the portal has a language of its own (the toggle, or a restored link).
      lang: this.hasAttribute('lang') ? this.locale.lang : null,
      filters: this.filters,
    }),
    set: (state) => {
      if (state.current) this.current = state.current;
      if (state.target) this.target = state.target;
      if (state.region) this.region = state.region;
      if (state.lang) this.setAttribute('lang', state.lang);
      this.filters = state.filters;
    },
  });

  private readonly printLine = new PrintLine(this);

  @state() private inquiryProgram: Program | null = null;
  /**
   * What the recommendations and the related list show. They trail the chosen codes by
   * one task each, so a choice renders in three short tasks instead of one long one.
   */
  @state() private recsFor: { occupation: string; from: string | null } | null = null;
  @state() private relatedFor: string | null = null;
  /** False in the first render only (see firstUpdated). */
  @state() private searchesShown = false;
  private searchesJoin: Promise<void> | null = null;
  /** False until the page has had a chance to paint: the index loads off the critical path. */
  @state() private loadWanted = false;

  private readonly uid = 'mc-portal';
  private lastSnapshot: IndexSnapshot | null = null;
  /** The titles loaded before the whole index, what the searches use until it comes. */
  private titlesIndex: TitlesIndex | null = null;
  /** Each occupation chosen before the whole index came: its slice of the catalogue (see slices.ts). */
  private readonly slices = new OccupationSlices(this);
  private readonly focusAfterChoice = new FocusAfterChoice();
  /** The polite live region: says the whole index is loading when a choice waits for it, and a switch of language once shown. */
  private readonly live = new Announcer(this);
  /** Inquiries saved on this device for `endpoint`: sent once the portal is on the page, and said under its intro. */
  private readonly saved = new OutboxStatus(this, { programs: () => this.loadedIndex?.programs ?? [] });
  private chooseAfterRender = false;
  private userChoice = false;
  /** The staged reveal below: a newer choice supersedes the one in progress. */
  private readonly revealing = new StagedRender(this, () => this.updateComplete);
  private detachAnalytics: (() => void) | null = null;
  private cancelIdle: (() => void) | null = null;

  private readonly indexTask = new Task(this, {
    task: async ([src, wanted, lang], { signal }) => {
      if (!src || !wanted) return null;
      // The job titles first, for the searches: the whole index follows, so the first
      // suggestion never waits for programs (see load-titles.ts).
      this.titlesIndex = (await requestTitlesIndex(src, { lang, signal })).index;
      this.wantLater();
      this.requestUpdate();
      this.wantSlice();
      await this.slices.wholeWanted;
      signal.throwIfAborted();
      const snap = await requestIndex(src, { lang, signal });
      this.lastSnapshot = snap;
      const rank = await loadAfterChoice();
      // Build the program text index and word tables in slices now, then what related
      // occupations need in a task of its own, rather than inside the first recommendation
      // and the first related list (no-ops when already built).
      rank
        .prepareRecommend(snap.index, { lang })
        .then(() => yieldToEventLoop())
        .then(() => rank.prepareRelated(snap.index))
        .catch(() => undefined);
      return snap;
    },
    args: () => [this.index ? '' : this.src, this.loadWanted, this.locale.lang] as const,
    onError: (error) => {
      if (!isAbortError(error)) fireError(this, error, this.locale.lang);
    },
  });

  /** What the searches match against: the whole index once it has this language's titles, else the titles loaded first. */
  private get searchIndex(): TitlesIndex | null {
    const whole = this.loadedIndex;
    if (whole && (whole.titles[this.locale.lang] || !this.titlesIndex?.titles[this.locale.lang])) return whole;
    return this.titlesIndex ?? whole;
  }

  /**
   * The index in use for the chosen occupation: the property, else that occupation's slice,
   * else the latest whole load (kept while another language loads).
   */
  get loadedIndex(): LoadedIndex | null {
    return this.indexFor(this.occupation);
  }

  /** The index the results about `code` are worked out over (see `loadedIndex`). */
  private indexFor(code: string | null): LoadedIndex | null {
    return this.index ?? this.slices.get(code, this.titlesIndex) ?? this.indexTask.value?.index ?? this.lastSnapshot?.index ?? null;
  }

  /** Loads the chosen occupation's slice when neither the whole index nor a host's is here. */
  private wantSlice(): void {
    const [code, titles] = [this.occupation, this.titlesIndex];
    if (code && titles && !this.indexFor(code)) this.slices.want(code, titles, () => this.titlesIndex);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.analyticsEndpoint) this.detachAnalytics = attachAnalytics(this, { endpoint: this.analyticsEndpoint });
    // Load once the browser is idle (or at the latest after 1.5 s, or on first interaction).
    // In a task of its own: not inside an update when focus is moved from code, and not
    // in the task that handles the click or key that moved focus here (together, a long one).
    const want = () => void yieldToEventLoop().then(() => (this.loadWanted = true));
    this.cancelIdle = whenIdle(want, { timeout: 1500 });
    this.addEventListener('focusin', want, { once: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detachAnalytics?.();
    this.detachAnalytics = null;
    this.cancelIdle?.();
    this.cancelIdle = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A choice made, or an index given by the host, before the titles loaded (asked once per
    // change, so that offline a failed load is not tried again on every update).
    const chosen = changed.has('current') || changed.has('target') || changed.has('index');
    if (chosen && (this.current || this.target || this.index)) this.wantLater();
    if (changed.has('current') || changed.has('target')) {
      this.wantSlice();
      this.reveal(this.userChoice);
      this.userChoice = false;
    }
    if (changed.has('analyticsEndpoint') && this.isConnected && changed.get('analyticsEndpoint') !== undefined) {
      this.detachAnalytics?.();
      this.detachAnalytics = this.analyticsEndpoint ? attachAnalytics(this, { endpoint: this.analyticsEndpoint }) : null;
    }
  }

  protected override updated(): void {
    // A choice made from the titles loaded first: its results show once the whole index comes.
    const resultsComing = this.loadedIndex === null && this.occupation !== null;
    if (this.chooseAfterRender) {
      const recs = this.renderRoot.querySelector('mc-recommendations') as Chooser | null;
      // Until its code is here (children.ts) or the results show, the update after does.
      const ready = recs !== null && typeof recs.choose === 'function';
      if (ready || (!recs && !resultsComing)) this.chooseAfterRender = false;
      if (ready && this.recsFor) recs.choose(this.recsFor.occupation, this.recsFor.from);
    }
    this.focusAfterChoice.settle(this.renderRoot.querySelector<HTMLElement>(`#${this.uid}-results`), resultsComing);
  }

  /** The person changed a filter or the sort: the recommendations fire this after showing it. */
  private onRecommend = (event: Event): void => {
    const recs = event.currentTarget as HTMLElement & { filters?: FilterState };
    if (recs.filters && recs.filters !== this.filters) this.filters = recs.filters;
  };

  /** The person picked a region for wages: the view's region, as a shared link restores it. */
  private onRegionChange = (event: CustomEvent<McRegionChangeDetail>): void => {
    this.region = event.detail.region;
  };

  /** Brings the recommendations, then the related list, up to date, one task each. */
  private reveal(userAction: boolean): void {
    // One key: every reveal supersedes the one before.
    this.revealing.start('', async (job) => {
      await this.updateComplete;
      if (!(await job.turn())) return;
      this.recsFor = this.occupation ? { occupation: this.occupation, from: this.fromOccupation } : null;
      this.chooseAfterRender = userAction;
      await this.updateComplete;
      if (!(await job.turn())) return;
      const base = this.current || this.target || null;
      // Worked out in a task of its own; the render that shows it follows in the next.
      const index = this.loadedIndex;
      if (base && index) this.relatedList(index, base);
      if (await job.turn()) this.relatedFor = base;
    });
  }

  private related: RelatedList | null = null;

  /** Occupations related to `base` as the list shows them (remembered for the next render). */
  private relatedList(index: LoadedIndex, base: string): RelatedOccupation[] {
    if (!this.later) return [];
    this.related ??= new this.later.RelatedList();
    return this.related.get(index, base, this.locale.lang, this.target, this.later.relatedOccupations);
  }

  /** The occupation results are about: the target when given, else the current job. */
  get occupation(): string | null {
    return this.target || this.current || null;
  }

  private get fromOccupation(): string | null {
    return this.target && this.current && this.target !== this.current ? this.current : null;
  }

  override render(): TemplateResult {
    const { t, lang } = this.locale;
    const p = t.portal;
    const index = this.loadedIndex;
    const failed = this.indexTask.status === TaskStatus.ERROR && !isAbortError(this.indexTask.error) && !index;
    return html`<section class="portal" part="base" aria-label=${p.label}>
        <div class="top" part="header">
          ${levelHeading(this.headingLevel, { id: `${this.uid}-h`, part: 'heading', text: html`<slot name="heading">${p.heading}</slot>` })}
          <button
            type="button"
            class="secondary"
            part="lang-toggle"
            lang=${p.switchToLang}
            aria-label=${p.switchLabel}
            @click=${this.toggleLang}
          >
            ${p.switchTo}
          </button>
        </div>
        <div class="intro"><slot name="intro"><p>${p.intro}</p></slot></div>
        ${this.saved.render(lang, this.uid, () => this.inquiryProgram !== null)}
        <div class="searches" part="searches">
          <div>${this.renderSearch('current')}</div>
          <div>${this.renderSearch('target')}</div>
        </div>
        ${
          failed
            ? errorBox(describeError(this.indexTask.error, lang).message, t.common.retry, () => void this.indexTask.run())
            : !index && this.src && ((this.loadWanted && !this.titlesIndex) || this.occupation)
              ? html`<p class="state" part="state">${this.live.busy(p.loadingIndex)}</p>`
              : nothing
        }
        ${index && this.occupation ? this.renderResults(index) : nothing}
        <slot name="footer"></slot>
        ${this.live.render()}
      </section>
      ${this.renderInquiry(index)}`;
  }

  private renderSearch(role: 'current' | 'target'): TemplateResult | typeof nothing {
    if (!this.searchesShown) return nothing;
    return html`<mc-job-search
      search-role=${role}
      hint=${role === 'target' ? this.locale.t.portal.targetHint : nothing}
      exportparts=${SEARCH_EXPORTPARTS}
      .index=${this.searchIndex}
      .value=${this[role] ?? ''}
      @mc-select=${this.onSelect}
      @mc-clear=${this.onClear}
      @mc-lang-request=${this.onLangRequest}
      lang-switch
    ></mc-job-search>`;
  }

  private renderResults(index: LoadedIndex): TemplateResult {
    const { t, lang } = this.locale;
    const p = t.portal;
    const to = index.occupations.get(this.occupation!);
    const from = this.fromOccupation ? index.occupations.get(this.fromOccupation) : undefined;
    const toTitle = to ? localize(to.title, lang) : this.occupation!;
    const heading = from ? p.resultsGap(localize(from.title, lang), toTitle) : p.resultsFor(toTitle);
    const level = this.headingLevel + 1;
    // The results trail a new choice by a task: theirs may be the previous occupation's slice.
    const recsIndex = this.recsFor ? this.indexFor(this.recsFor.occupation) : null;
    return html`<div class="results" part="results">
      ${levelHeading(level, { id: `${this.uid}-results`, part: 'results-heading', text: heading })}
      ${this.urlState ? this.url.render(this.locale.t.portal) : nothing}
      ${this.printLine.render(p, lang, this.urlState ? this.url.href() : null)}
      ${renderLabourMarket({ index, code: this.occupation!, from: this.fromOccupation, region: this.region, level: level + 1, onRegion: this.onRegionChange })}
      ${
        this.recsFor && recsIndex
          ? renderRecommendations({
              index: recsIndex,
              ...this.recsFor,
              nearbyFrom: this.current || null,
              region: this.region,
              provider: this.provider,
              filters: this.filters,
              level: level + 1,
              onInquire: this.onInquire,
              onRecommend: this.onRecommend,
              onSelect: this.onSelect,
            })
          : nothing
      }
      ${this.relatedFor ? this.renderRelated(index, level + 1, this.relatedFor) : nothing}
    </div>`;
  }

  private renderRelated(index: LoadedIndex, level: number, base: string): TemplateResult {
    const { lang } = this.locale;
    const related = this.relatedList(index, base);
    if (!this.later) return html``;
    const { coreMessages, moveFacts, renderRelated } = this.later;
    // The facts compare with the job the list starts from: the current one, else the target.
    const from = { code: base, role: base === this.current ? ('current' as const) : ('target' as const) };
    const facts = (code: string) => moveFacts(index, code, { lang, region: this.region, from });
    const m = coreMessages(lang);
    return renderRelated({ uid: this.uid, level, lang, related, m, facts, onPick: (code) => this.pickRelated(code) });
  }

  private renderInquiry(index: LoadedIndex | null): TemplateResult {
    return renderInquiryDialog({
      t: this.locale.t,
      uid: this.uid,
      headingLevel: this.headingLevel,
      program: index ? this.inquiryProgram : null,
      occupation: this.occupation,
      occupationTitle: (this.occupation && index?.occupations.get(this.occupation)?.title) || null,
      service: this,
      loading: this.laterWanted !== null,
      onClose: this.onDialogClose,
      onCloseButton: this.closeInquiry,
    });
  }

  private onSelect = (event: CustomEvent<McSelectDetail>): void => {
    // Also a related occupation the recommendations offered: the portal shows it, not they alone.
    event.preventDefault();
    this[event.detail.role] = event.detail.code;
    this.userChoice = true;
    this.focusAfterChoice.ask(this.loadedIndex === null);
  };

  private onClear = (event: CustomEvent<McClearDetail>): void => void (this[event.detail.role] = null);

  private pickRelated(code: string): void {
    this.target = code;
    this.userChoice = true;
    this.focusAfterChoice.ask(false);
    const detail: McSelectDetail = { code, role: 'target' };
    this.emit('mc-select', detail);
  }

  private onLangRequest = (event: CustomEvent<McLangRequestDetail>): void => this.switchLang(event.detail.lang);

  private toggleLang = (): void => this.switchLang(this.locale.lang === 'fr' ? 'en' : 'fr');

  /**
   * The element's own lang: children re-render through their locale controllers, and the
   * other language's titles load through the shared index source. The host hears it, to
   * put its slotted text in the same language. The switch is said once shown (focus stays on the button, its new name unread),
   * if in the strings of `lang` (French may fail to load offline: their button offers the other language).
   */
  private switchLang(lang: Lang): void {
    this.setAttribute('lang', lang);
    this.emit('mc-lang-change', { lang } satisfies McLangChangeDetail);
    this.locale.refresh(); // now, not at the observer's turn: the update awaited is the one in `lang`
    void this.updateComplete.then(() => this.locale.t.portal.switchToLang !== lang && this.live.say(this.locale.t.portal.switched));
  }

  private onInquire = (event: CustomEvent<{ programId: string }>): void => {
    const program = this.indexFor(this.recsFor?.occupation ?? null)?.programs.find((p) => p.id === event.detail.programId) ?? null;
    if (!program) return;
    this.inquiryProgram = program;
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector('dialog');
      if (dialog && !dialog.open) dialog.showModal();
    });
  };

  private closeInquiry = (): void => this.renderRoot.querySelector('dialog')?.close();

  private onDialogClose = (): void => {
    this.inquiryProgram = null;
  };
}
