import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { property, state } from 'lit/decorators.js';
import type { LoadedIndex, Recommendation } from '../../core/model/index.js';
import { programFacets, recommend, recommendInSlices, type RecommendOptions } from '../../core/rank/index.js';
import { FacetsSource, type Facets, type FacetsChoice } from './facets-source.js';
import { hasQuotes, loadQuotes } from './quotes.js';
import { localize } from '../../core/index-format/index.js';
import { describeError, fireError } from '../shared/errors.js';
import { renderFailure, unknownOccupationReport } from '../shared/result-errors.js';
import { McElement, errorBox } from '../shared/mc-element.js';
import { Announcer } from '../shared/announcer.js';
import { FocusAfterChoice } from '../shared/focus.js';
import { focusCardAt, focusOnHeadingNaming } from './heading-focus.js';
import { EMPTY_FILTERS, activeFilterCount, sortRecommendations, toProgramFilters, type FilterState } from './filters.js';
import { levelHeading } from '../shared/heading.js';
import { institutionName } from '../shared/names.js';
import { CARD_EXPORTPARTS } from '../shared/parts.js';
import { filterPanel } from './filter-panel.js';
import { FEW_RESULTS, chosenWords, fewNotice, type FewNoticeOptions } from './few-notice.js';
import { resultsKey, sameChoice } from './results-key.js';
import { listLanguageNote } from './list-language.js';
import { emptyState } from './empty-state.js';
import { InstitutionName } from './institution.js';
import { NearbyController, nearbyAsk, nearbyList, type NearbyOccupation } from './nearby.js';
import type { McSelectDetail } from '../mc-job-search/mc-job-search.events.js';
import { moveTraining, planOverview } from './plan-overview.js';
import { PlanSource, type Plan, type PlanChoice } from './plan-source.js';
import { IndexTask } from '../shared/index-task.js';
import { RevealController } from '../shared/reveal.js';
import type { McRecommendDetail } from './mc-recommendations.events.js';
import type { McProgramUnrelatedDetail } from '../mc-program-card/mc-program-card.events.js';
import { styles } from './mc-recommendations.styles.js';
import { StagedRender, type StagedJob } from '../shared/staged-render.js';
import { NumberFormatsWarmUp } from '../shared/number-formats.js';
import { MediaQueryController } from '../shared/media-query.js';
import { common } from '../../i18n/en/common.js';
import { recommendations } from '../../i18n/en/recommendations.js';
import { card } from '../../i18n/en/card.js';
import { training } from '../../i18n/en/training.js';
import { plan } from '../../i18n/en/plan.js';

export type { McRecommendDetail } from './mc-recommendations.events.js';

/**
 * Most programs one list holds; the summary says "N+" past it, and the hour and cost
 * sorts order these best-fitting ones. Each result costs the core reasons and skill
 * lists, so the cap also bounds the work per filter change on a full catalogue.
 */
const MAX_RESULTS = 50;
/** On viewports matching this, the filters start collapsed so the cards come first. */
const NARROW_QUERY = '(max-width: 36em)';

interface Computed {
  key: string;
  all: Recommendation[];
  /** The plan above the list, worked out on first render of these results (from `PlanSource`: the same for every filter and sort). */
  plan?: Plan;
  facets: Facets;
}

/**
 * Micro-credential programs for an occupation, ranked by the core: for `occupation`
 * alone, or for the gap between the current occupation `from` and the target
 * `occupation`. People filter by delivery, hours, cost, language of instruction, OSAP and
 * institution (the choices the programs that teach the occupation have, in the region and
 * of the host's institution, and any filter the person set, so it can be undone), and sort by best fit, fewest hours or lowest cost (which reorder the
 * programs the core returned, never add to them: the strong matches first, then the partial
 * ones, each by hours or cost; best fit is the core's order). The core returns only programs that
 * teach the occupation's work; when it has fewer than 5 and no filter narrowed them, a
 * notice says the catalogue has little for the occupation; when every program is a partial
 * match, however many, it says no program is a strong match for the occupation. Either
 * notice names up to 3 related occupations it has more strong matches for (worded neutrally:
 * "Programs in this catalogue for related occupations"), with how many
 * (as choosing one shows them: with `from`, or `nearby-from`, as the move from it), each a
 * button that shows them (`mc-select`). When the person's filters leave no program, it names
 * the ones they set, as the panel labels them, and offers to clear them.
 *
 * Setting `occupation`, `from` or any other property from code re-renders silently.
 * `mc-recommend` fires only when recommendations show because of something the person
 * did: changing a filter or the sort in this element, or a choice the host passes on by
 * calling `choose()` (e.g. from an `mc-select` handler).
 *
 * @tagname mc-recommendations
 * @summary Recommended programs for an occupation, with filters, sort and "Show more".
 *
 * @csspart heading - The results summary heading ("12 programs for Registered nurses").
 * @csspart filters - The filter and sort disclosure (open on wide layouts, collapsed on narrow ones).
 * @csspart plan - The plan above the list: skills the person likely has (key skills both
 *   occupations list, broad skills and knowledge both call for) and key skills they need, on a
 *   move to work that usually takes formal training what it usually takes, and a short pathway of programs covering the needed ones, with total hours and cost. On a
 *   move it shows with no program too, below the notice: what the person has and needs is its point. The pathway
 *   follows the ranking's order whatever the list's filters and sort: strong matches first, a
 *   partial one only for skills no strong match covers (its step says so), never a program
 *   taught in another language than English or French.
 * @csspart plan-heading - The plan's heading.
 * @csspart plan-subheading - The plan's section headings.
 * @csspart notice - Under the heading (or in place of the list): the catalogue has fewer than 5
 *   programs for the occupation, or only partial matches, and no filter narrowed them, and
 *   what the page offers instead.
 * @csspart nearby - In the notice: related occupations this catalogue has more strong matches
 *   for (with the same region, institution and filters), each a button that shows them, with
 *   how many and the key skills they share.
 * @csspart list - The list of program cards.
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
 * @csspart more - The "Show more" row.
 * @csspart state - The pending, empty, prompt and error boxes.
 *
 * @slot empty - The host page's own words in the box shown when no program fits (e.g. whom to call).
 * @slot footer - Content after the list of programs.
 *
 * @cssprop [--mc-recommendations-card-min=18rem] - Narrowest card column before wrapping.
 * @cssprop [--mc-recommendations-filters-background=#f9fafb] - Background of the filter box.
 * @cssprop [--mc-recommendations-filters-border=#d1d5db] - Border of the filter box.
 * @cssprop [--mc-recommendations-heading-color=#111827] - Colour of the summary heading.
 * @cssprop [--mc-recommendations-heading-size=1.375em] - Font size of the summary heading.
 * @cssprop [--mc-recommendations-plan-border=#d1d5db] - Border of the plan box.
 * @cssprop [--mc-recommendations-plan-heading-size=1.125em] - Font size of the plan's heading.
 *
 * @cssprop [--mc-color-border=#6b7280] - Borders of inputs, forms and the chart axis.
 * @cssprop [--mc-color-border-muted=#d1d5db] - Borders of cards, blocks and panels, table rules.
 * @cssprop [--mc-color-danger=#b91c1c] - Error borders.
 * @cssprop [--mc-color-danger-surface=#fef2f2] - Error box background.
 * @cssprop [--mc-color-danger-text=#7f1d1d] - Error text.
 * @cssprop [--mc-color-focus=#1d4ed8] - The 2px focus outline (keep 3:1 against the surface).
 * @cssprop [--mc-color-heading=#111827] - Headings.
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
 * @cssprop [--mc-space-md=1rem] - Gap between blocks.
 * @cssprop [--mc-space-sm=0.75rem] - Medium-small gap (box padding).
 * @cssprop [--mc-space-xs=0.5rem] - Small gap (field padding, inside boxes).
 *
 * @fires {CustomEvent<McRecommendDetail>} mc-recommend - Recommendations were shown because of the person's action (a
 *   filter or sort change here, or `choose()`); never on property sets. Detail:
 *   `{ occupation, from?, count }`.
 * @fires {CustomEvent<McSelectDetail>} mc-select - The person chose one of the related occupations the notice
 *   offers: `{ code, role: 'target' }`. Cancelable: a host that shows the occupation elsewhere
 *   too (mc-portal does) calls `preventDefault()` and then `choose()`; otherwise the element
 *   shows that occupation's programs itself, announces them and focuses its heading.
 * @fires {CustomEvent<McErrorDetail>} mc-error - The index could not be loaded, the element has neither `src` nor `index` (code `no-source`, with a console warning), or its `occupation` or `from` is not in the index (code `unknown-occupation`, once per code; the element says the same `message`, as `<mc-labour-market>` does). Detail: `{ code, message, hint }`.
 * @fires {CustomEvent<McProgramOpenDetail>} mc-program-open - (from its cards, bubbling out) The person followed a program link.
 * @fires {CustomEvent<McInquireRequestDetail>} mc-inquire-request - (from its cards, bubbling out) The person asked about a program.
 *   Detail: `{ programId, program }`; `[program]` is what a standalone `<mc-inquiry-form>`'s `programs` takes.
 * @fires {CustomEvent<McProgramUnrelatedDetail>} mc-program-unrelated - (from its cards, bubbling out) The person marked a program
 *   as not relevant to the occupation, or undid it; its card stays folded while this element is on the page, also after another occupation and back.
 */
export class McRecommendations extends McElement {
  static override styles = styles;

  protected readonly locale = this.strings({ common, recommendations, card, plan, training });
  /** Money and counts show after a choice: their formatters are made before it (number-formats.ts). */
  private readonly numberFormats = new NumberFormatsWarmUp(this, () => this.locale.lang);
  protected override readonly deferFirstRender = true;

  /** NOC 2021 code of the (target) occupation. */
  @property({ reflect: true }) occupation: string | null = null;
  /** NOC 2021 code of the person's current occupation: switches to gap mode. */
  @property({ reflect: true }) from: string | null = null;
  /**
   * Without `from`: NOC 2021 code of the occupation a related one the notice offers is a move
   * from (mc-portal sets the person's current job, which its list shows while no target is
   * chosen): choosing it shows that move, and the notice counts its strong matches for it.
   */
  @property({ attribute: 'nearby-from' }) nearbyFrom: string | null = null;
  /** Job Bank economic region code (e.g. `ER3530`): keeps programs offered there or everywhere. */
  @property() region: string | null = null;
  /**
   * Restricts the list to one institution (an institution's own page); hides that filter. Its
   * name as the catalogue's `provider` or `provider_fr` column writes it (either, on a page in
   * either language); a French page shows its French name. A name of no institution of the
   * index shows no programs, with a console warning.
   */
  @property() provider: string | null = null;
  /** How many programs show at first and per "Show more". */
  @property({ type: Number }) limit = 10;
  /** Level (2-6) of the summary heading; cards use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** URL of the index's `index.json`, or of the folder holding it; loaded once per page and shared. */
  @property() src: string | null = null;
  /** An index a parent already loaded; wins over `src`. */
  @property({ attribute: false }) index: LoadedIndex | null = null;

  /**
   * The person's filter and sort choices (a host restoring a view sets them). Setting it
   * from code fires nothing; a change the person makes fires `mc-recommend`.
   */
  @property({ attribute: false }) filters: FilterState = EMPTY_FILTERS;
  @state() private visible = 10;
  /** null until the person opens or closes the filters: then the layout decides. */
  @state() private filtersOpen: boolean | null = null;
  /** A phone-sized viewport (NARROW_QUERY): the filters start collapsed there. */
  private readonly narrow = new MediaQueryController(this, NARROW_QUERY);
  /** `occupation\tprogram id` of the cards marked "Not relevant": drawn folded (`live`: a card element is reused for another program). */
  private readonly unrelatedMarks = new Set<string>();

  /** With `src`, the chosen occupation's slice of the catalogue, not the whole (see `loadOccupationIndex`). */
  private readonly indexTask = new IndexTask(this, () => this.locale.lang, undefined, { occupation: () => this.occupation });
  /** `provider` by the catalogue's `provider`, whichever of its names the page wrote. */
  private readonly institution = new InstitutionName(this, () => this.provider, this.indexTask);
  private readonly reveal = new RevealController(this);
  private readonly nearby = new NearbyController(this);
  private readonly planSource = new PlanSource();
  private computed: Computed | null = null;
  /** Set by a person's action; the next render that shows results fires mc-recommend. */
  private userAction = false;
  /** Card to focus after "Show more". */
  private focusAt: number | null = null;
  private lastCount: number | null = null;
  /** Set by a person's action: the next render that shows results says them (see `announce`); `nearby`, a related occupation picked here, whose heading gets focus. */
  private announceNext: 'choice' | 'nearby' | 'filter' | null = null;
  /** A `focus()` asked while the programs load: made once their heading shows. */
  private readonly focusLater = new FocusAfterChoice();
  /** The polite live region: what loads, and what shows after a choice or a filter change. */
  private readonly live = new Announcer(this);
  private computedIndex: LoadedIndex | null = null;
  private renderFailed = false;
  /** Reports, once per code and index, the code not in the index the element shows an error for. */
  private readonly reportUnknown = unknownOccupationReport(this);
  /**
   * Ranking for a newly chosen occupation, running in its own task after the pending
   * state has painted (the first ranking per occupation warms word caches: tens of ms on
   * a slow phone, too long to share a task with rendering the cards); a newer choice
   * aborts it. Its stages are what the renders right after a new ranking leave out: the
   * plan, filters and cards first (`heading`), then the filters and cards (`plan`), then
   * only the cards (`filters`). Plan and filters in one render were a 61 ms task at 4x CPU.
   */
  private readonly computing = new StagedRender<'heading' | 'plan' | 'filters'>(this, () => super.getUpdateComplete());

  /**
   * Shows programs for a choice the person made (e.g. in mc-job-search), says them once they
   * show (the heading, and what the catalogue lacks when it has little) and fires `mc-recommend`.
   */
  choose(occupation: string, from: string | null = null): void {
    this.occupation = occupation;
    this.from = from;
    this.userAction = true;
    this.announceNext = 'choice';
    // The same choice again still shows (and reports) the recommendations.
    this.requestUpdate();
  }

  /**
   * The institutions of its catalogue, sorted, whatever `provider` is set: a page that sets
   * `provider` can check that the index has programs of its institution. Each by the catalogue's
   * `provider` column (`provider` takes its French name, `provider_fr`, too). Resolves once the
   * index is loaded; null without one (no `src` or `index`, or a load that failed, which the
   * element shows).
   */
  async catalogueProviders(): Promise<string[] | null> {
    const state = await this.indexTask.loaded();
    return state.kind === 'ready' ? programFacets(state.index).providers : null;
  }

  /**
   * Moves focus to the results heading (e.g. after the person chose an occupation). Asked
   * while the programs load (`updateComplete` resolves while "Loading programs…" shows),
   * focus moves once the heading shows, if it is still where it was when asked.
   */
  override focus(options?: FocusOptions): void {
    const heading = this.heading();
    if (heading) heading.focus(options);
    else if (this.isUpdatePending || this.indexTask.state.kind === 'pending' || this.computing.busy) this.focusLater.ask(true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A number even when a framework set the attribute's text as the property (React 19).
    if (changed.has('limit')) this.limit = Number(this.limit) >= 1 ? Number(this.limit) : 10;
    if (changed.has('occupation') || changed.has('from') || changed.has('limit') || changed.has('provider')) {
      this.visible = this.limit;
      this.reveal.reset();
    }
  }

  override render(): TemplateResult {
    const view = this.renderView();
    // After the view, which tells it what is loading.
    return html`${view}${this.live.render()}`;
  }

  private renderView(): TemplateResult {
    const { t } = this.locale;
    const state = this.indexTask.state;
    this.lastCount = null;
    if (state.kind === 'error') {
      return errorBox(state.error.message, t.common.retry, () => this.indexTask.retry());
    }
    if (state.kind === 'pending') {
      return html`<div part="state" class="state">${this.live.busy(t.recommendations.loading)}</div>`;
    }
    if (!this.occupation) {
      return html`<div part="state" class="state">${t.recommendations.choose}</div>`;
    }
    if (state.kind === 'none') {
      // Neither `index` nor `src`: a page set-up mistake; say what is missing.
      return html`<div part="state" class="state error" role="alert">${t.recommendations.noSource}</div>`;
    }
    try {
      const view = this.renderResults(state.index, state.note);
      // A pending state (ranking in a later task) has not succeeded yet.
      if (!this.computing.busy) this.renderFailed = false;
      return view;
    } catch (error) {
      // Never a throw into the host page: say so, and report it once rendering is over.
      this.lastCount = null;
      const failure = renderFailure(error);
      // Reported once per failure, not on every re-render while it lasts.
      if (!this.renderFailed) queueMicrotask(() => fireError(this, failure, this.locale.lang));
      this.renderFailed = true;
      return html`<div part="state" class="state error" role="alert">${describeError(failure, this.locale.lang).message}</div>`;
    }
  }

  /**
   * Also waits for a ranking scheduled by the last render and the render that shows it, and
   * then for the related occupations a short list offers and the render that shows them.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await this.computing.settle();
    while (await this.nearby.settle()) done = await this.computing.settle();
    return done;
  }

  private resultsKey(): string {
    return resultsKey(this.occupation, this.from, this.region, this.institution.name, this.filters, this.locale.lang);
  }

  /**
   * The results now, or null while they are computed in a later task. Only a new
   * occupation (or index, language, provider) waits; a filter, sort or region change
   * on the same choice re-ranks at once, so the controls the person is using stay put.
   */
  private resultsOrLater(index: LoadedIndex): Computed | null {
    const key = this.resultsKey();
    const prev = this.computed;
    if (prev && this.computedIndex === index && (prev.key === key || sameChoice(prev.key, key))) {
      return this.results(index);
    }
    if (!this.computing.runs(key)) this.computing.start(key, (job) => this.computeLater(index, key, job));
    return null;
  }

  /** The later work of `resultsOrLater`: the ranking, then the staged renders. */
  private async computeLater(index: LoadedIndex, key: string, job: StagedJob<'heading' | 'plan' | 'filters'>): Promise<void> {
    // The choice's filter values come with its results (`keep`): a few institutions, not the
    // catalogue's hundreds, so they need no task of their own.
    await job.turn();
    if (job.signal.aborted || this.resultsKey() !== key) return;
    try {
      await this.resultsInSlices(index, job.signal);
    } catch (error) {
      // Superseded: the newer job shows its own results.
      if (job.signal.aborted) throw error;
      // render() reports it when it ranks again synchronously.
      this.computed = null;
      this.computedIndex = null;
      this.failedKey = key;
    }
    // Another turn, so the heading is built in a task of its own, not after the ranking;
    // the plan follows in the next one, the filters in the one after, then the first cards.
    if ((await job.turn()) && (await job.show('heading')) && (await job.show('plan'))) await job.show('filters');
  }

  /** The filters' choices, per choice. */
  private readonly facets = new FacetsSource();

  private facetsChoice(): FacetsChoice {
    return { occupation: this.occupation!, provider: this.institution.name, region: this.region };
  }

  /** A ranking that threw in its own task: render() ranks it again to report the error. */
  private failedKey: string | null = null;

  private results(index: LoadedIndex): Computed {
    const key = this.resultsKey();
    if (this.computed && this.computed.key === key && this.computedIndex === index) return this.computed;
    return this.keep(index, key, recommend(index, this.recommendOptions()));
  }

  /** `results()` ranked in slices, for a new choice; kept only if still what is asked for. */
  private async resultsInSlices(index: LoadedIndex, signal: AbortSignal): Promise<void> {
    const key = this.resultsKey();
    if (this.computed && this.computed.key === key && this.computedIndex === index) return;
    const recs = await this.rankInSlices(index, signal);
    if (this.resultsKey() === key) this.keep(index, key, recs);
  }

  /** The list's ranking in slices, and the plan's when the person's filters narrow the list. */
  private async rankInSlices(index: LoadedIndex, signal?: AbortSignal): Promise<Recommendation[]> {
    const recs = await recommendInSlices(index, this.recommendOptions(), { signal });
    await this.planSource.prepare(index, this.planChoice(), signal);
    return recs;
  }

  private recommendOptions(): RecommendOptions {
    return {
      occupation: this.occupation!,
      ...(this.from ? { from: this.from } : {}),
      ...(this.region ? { region: this.region } : {}),
      filters: toProgramFilters(this.filters, this.institution.name),
      limit: MAX_RESULTS,
      lang: this.locale.lang,
    };
  }

  private planChoice(): PlanChoice {
    return { options: this.recommendOptions(), filters: this.filters, provider: this.institution.name };
  }

  private keep(index: LoadedIndex, key: string, recs: Recommendation[]): Computed {
    const facets = this.facets.of(index, this.facetsChoice());
    this.planSource.offer(index, this.planChoice(), recs);
    this.computedIndex = index;
    this.computed = { key, all: sortRecommendations(recs, this.filters.sort), facets };
    this.quoteLater(index, key);
    return this.computed;
  }

  /**
   * The program's words each reason quotes arrive after the first results (one small file
   * per occupation): once they are in, the same results are worked out again with them.
   * Without them (offline, a failed download) the reasons stay true, just unquoted.
   */
  private quoteLater(index: LoadedIndex, key: string): void {
    const occupation = this.occupation;
    if (!occupation || hasQuotes(index, occupation)) return;
    const current = () => this.computedIndex === index && this.computed?.key === key;
    // Ranked again in slices: at once, the reasons of fifty results were a long task at 4x CPU.
    loadQuotes(index, occupation)
      .then(() => (current() ? this.rankInSlices(index) : null))
      .then(
        (recs) => {
          if (recs === null || !current()) return;
          this.keep(index, key, recs);
          this.requestUpdate();
        },
        () => {},
      );
  }

  private renderResults(index: LoadedIndex, note: string | null): TemplateResult {
    const { t, lang } = this.locale;
    const r = t.recommendations;
    const target = index.occupations.get(this.occupation!);
    const from = this.from ? index.occupations.get(this.from) : undefined;
    // The errors' wording and box, as <mc-labour-market>'s: a portal says one problem one way (reported in `updated`).
    if (!target || (this.from && !from)) return errorBox(t.common.errors['unknown-occupation']);
    const ready = this.failedKey === this.resultsKey() ? this.results(index) : this.resultsOrLater(index);
    this.failedKey = null;
    if (!ready) {
      return html`<div part="state" class="state">${this.live.busy(r.loading)}</div>`;
    }
    const { all, facets } = ready;
    this.lastCount = all.length;
    const shown = all.slice(0, this.visible);
    const rendered = this.computing.stage ? [] : shown.slice(0, this.reveal.take(shown.length));
    const count = all.length;
    const capped = count >= MAX_RESULTS;
    const toTitle = localize(target.title, lang);
    const heading = from ? r.headingGap(count, localize(from.title, lang), toTitle, capped) : r.heading(count, toTitle, capped);
    const filtered = activeFilterCount(this.filters, this.institution.name) > 0;
    // Only a list the person has not narrowed tells what the catalogue holds.
    // Strengths are known once the occupation's quotes are loaded; until then, no such claim.
    const partialOnly = count > 0 && all.every((rec) => rec.strength === 'moderate');
    const wanted = !filtered && (count < FEW_RESULTS || partialOnly);
    const nearby = this.nearby.want(wanted ? nearbyAsk(index, all, this.recommendOptions(), this.from ?? this.nearbyFrom) : null);
    // The host's institution, named in the page's language (it is given by its `provider`).
    const at = this.institution.name ? institutionName(this.institution.name, index.ranking, lang) : null;
    const offer = nearby ? nearbyList({ t, lang, nearby, count, provider: at, onPick: this.pickNearby }) : nothing;
    const fromTitle = from ? localize(from.title, lang) : null;
    const few = { t, count, to: toTitle, from: fromTitle, partialOnly, provider: at };
    const notice = filtered ? null : fewNotice({ ...few, nearby: offer });
    this.announce(heading, few, filtered, capped);
    // On a move the plan shows with no program too: what the person has and needs is its point.
    const plan = (count > 0 || (!!from && from.code !== target.code)) && this.computing.stage !== 'heading';
    const empty =
      count === 0 ? emptyState({ t, filtered, filters: this.filters, fixedProvider: this.institution.name, notice, onClear: () => this.clearFilters() }) : null;
    return html`
      <section class="root" aria-labelledby="heading">
        ${levelHeading(this.headingLevel, { id: 'heading', part: 'heading', text: heading })}
        ${note ? html`<p class="note">${note === 'offline-cache' ? r.offlineNote : r.staleNote}</p>` : nothing}
        ${index.manifest.sample ? html`<p class="note">${r.sample}</p>` : nothing}
        ${count > 0 && notice ? html`<div part="notice" class="notice">${notice}</div>` : nothing}
        ${empty && !filtered ? empty : nothing}
        ${plan ? this.renderPlan(index, ready, fromTitle, moveTraining(from, target), count > 0) : nothing}
        ${this.computing.stage === 'heading' || this.computing.stage === 'plan' || (count === 0 && !filtered) ? nothing : this.renderFilters(facets)}
        ${empty ? (filtered ? empty : nothing) : this.renderList(index, ready, shown, rendered)}
        <slot name="footer"></slot>
      </section>
    `;
  }

  /**
   * Words the live region when asked to (`announceNext`), in the render that shows the results:
   * after a choice, the heading and what the catalogue lacks ("2 programs for Machinists. This
   * catalogue has little for…"), in short when focus is on a heading naming the occupations (the
   * portal's, this one's once `focus()` moves it there, or after a related occupation picked
   * here: "2 programs found; this catalogue has little for this occupation."); after a filter
   * change, the count.
   */
  private announce(heading: string, few: Omit<FewNoticeOptions, 'nearby'>, filtered: boolean, capped: boolean): void {
    const next = this.announceNext;
    if (!next) return;
    // Worded here, in the same render, so the live region changes once per action.
    this.announceNext = null;
    const named = next === 'nearby' || this.focusLater.pending || focusOnHeadingNaming(few.from ? [few.from, few.to] : [few.to]);
    this.live.say(next === 'filter' ? this.locale.t.recommendations.announce(few.count) : chosenWords(heading, few, filtered, named, capped));
  }

  /** The program cards revealed so far of those shown, and the way to show more. */
  private renderList(index: LoadedIndex, ready: Computed, shown: readonly Recommendation[], rendered: readonly Recommendation[]): TemplateResult {
    const r = this.locale.t.recommendations;
    const count = ready.all.length;
    const remaining = Math.min(this.limit, count - shown.length);
    return html`${listLanguageNote(this.locale.t, this.locale.lang, ready.all)}
      <ul part="list" class="list" aria-label=${r.programs} aria-busy=${rendered.length < shown.length ? 'true' : 'false'}>
        ${rendered.map(
          (rec) => html`<li>
            <mc-program-card
              part="card"
              exportparts=${CARD_EXPORTPARTS}
              .recommendation=${rec}
              .needed=${this.planOf(index, ready).gap.need}
              .had=${this.planOf(index, ready).gap.have}
              ?gap-mode=${!!this.from && this.from !== this.occupation}
              heading-level=${Math.min(6, this.headingLevel + 1)}
              occupation=${this.occupation!}
              .unrelated=${live(this.unrelatedMarks.has(`${this.occupation}\t${rec.program.id}`))}
              @mc-program-unrelated=${this.onUnrelated}
            ></mc-program-card>
          </li>`,
        )}
      </ul>
      <div part="more" class="more">
        <p class="note">${r.shown(shown.length, count)}</p>
        ${
          remaining > 0
            ? html`<button type="button" class="secondary" @click=${this.showMore}>
              ${r.showMore(remaining)}
            </button>`
            : nothing
        }
      </div>`;
  }

  private onUnrelated({ detail: d }: CustomEvent<McProgramUnrelatedDetail>): void {
    this.unrelatedMarks[d.unrelated ? 'add' : 'delete'](`${d.occupation}\t${d.programId}`);
  }

  /** The plan for this choice: the same whatever the person's filters and sort (`PlanSource`). */
  private renderPlan(index: LoadedIndex, ready: Computed, from: string | null, training: number | null, listed: boolean): TemplateResult {
    const { t, lang } = this.locale;
    const plan = this.planOf(index, ready);
    const level = Math.min(6, this.headingLevel + 1);
    return planOverview({ t, lang, gap: plan.gap, plan: plan.pathway, from, level, training, listed });
  }

  private planOf(index: LoadedIndex, ready: Computed): Plan {
    return (ready.plan ??= this.planSource.plan(index, this.planChoice()));
  }

  private renderFilters(facets: Computed['facets']): unknown {
    const open = this.filtersOpen ?? !this.narrow.matches;
    // Re-rendered only when something it shows changed: not on every batch of cards.
    return guard([this.filters, facets, open, this.locale.lang, this.institution.name], () => this.filterPanel(facets, open));
  }

  private filterPanel(facets: Computed['facets'], open: boolean): TemplateResult {
    return filterPanel({
      t: this.locale.t,
      lang: this.locale.lang,
      filters: this.filters,
      facets,
      fixedProvider: this.institution.name,
      // Open on wide layouts; on a phone the cards come first and filters are one tap away.
      open,
      onChange: (next) => this.setFilters(next),
      onToggle: (open) => void (this.filtersOpen = open),
      onClear: () => this.clearFilters(),
      host: this,
    });
  }

  /** A related occupation the notice offered: the host may show it (`preventDefault()`), else this element does. */
  private readonly pickNearby = (chosen: NearbyOccupation): void => {
    const detail: McSelectDetail = { code: chosen.code, role: 'target' };
    const event = new CustomEvent('mc-select', { detail, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(event)) return;
    this.choose(chosen.code, this.from ?? this.nearbyFrom);
    // Focus goes to the new heading, which names the occupation: the live region says only the
    // count and what the catalogue lacks ("2 programs found; …"), not the title a second time.
    this.announceNext = 'nearby';
    // The button is gone once the new programs show (from `src`, after their slice): focus
    // their heading then (not waiting for the related occupations: they follow).
    void this.indexTask.settled().then(async () => {
      await this.computing.settle();
      if (this.occupation === chosen.code && this.lastCount != null) this.heading()?.focus();
    });
  };

  private clearFilters(): void {
    this.setFilters({ ...EMPTY_FILTERS, sort: this.filters.sort });
    // The button that had focus is gone in the cleared state: keep focus in the element.
    void this.updateComplete.then(() => this.heading()?.focus());
  }

  private setFilters(next: FilterState): void {
    this.filters = next;
    this.visible = this.limit;
    this.reveal.reset();
    this.userAction = true;
    this.announceNext = 'filter';
  }

  private showMore(): void {
    this.focusAt = this.visible;
    this.visible += this.limit;
  }

  private readonly heading = (): HTMLElement | null => this.renderRoot.querySelector<HTMLElement>('#heading');

  /** The `occupation` or `from` code the index does not hold, which the element shows an error for; null when both are known. */
  private unknownCode(): { index: LoadedIndex; code: string } | null {
    const state = this.indexTask.state;
    if (state.kind !== 'ready' || !this.occupation) return null;
    const code = !state.index.occupations.has(this.occupation) ? this.occupation : this.from && !state.index.occupations.has(this.from) ? this.from : null;
    return code === null ? null : { index: state.index, code };
  }

  protected override updated(): void {
    const unknown = this.unknownCode();
    if (unknown) this.reportUnknown(unknown.index, unknown.code, this.locale.lang);
    this.focusLater.settle(this.heading(), this.indexTask.state.kind === 'pending' || this.computing.busy);
    if (this.focusAt != null) this.focusAt = focusCardAt(this.renderRoot.querySelectorAll('mc-program-card'), this.focusAt, this.computed?.all.length ?? 0);
    if (this.lastCount == null) {
      // Still loading: report once the results show. Anything else (unknown code, error):
      // nothing was shown, so the person's action produced no recommendations.
      if (this.indexTask.state.kind !== 'pending' && !this.computing.busy) {
        this.userAction = false;
        this.announceNext = null;
      }
      return;
    }
    // Reported with the cards, in the render that follows.
    if (this.computing.stage) return;
    if (this.userAction && this.occupation) {
      this.userAction = false;
      const detail: McRecommendDetail = { occupation: this.occupation, count: this.lastCount };
      if (this.from) detail.from = this.from;
      this.emit('mc-recommend', detail);
    }
  }
}
