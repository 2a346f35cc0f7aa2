import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { LoadedIndex, Recommendation } from '../../core/model/index.js';
import { findPrograms } from '../../core/rank/index.js';
import { localizeMarked, type Program } from '../../core/index-format/index.js';
import { levelHeading } from '../shared/heading.js';
import { CARD_EXPORTPARTS } from '../shared/parts.js';
import { IndexTask } from '../shared/index-task.js';
import { renderFailure } from '../shared/result-errors.js';
import { RevealController } from '../shared/reveal.js';
import { describeError, fireError } from '../shared/errors.js';
import { McElement, errorBox } from '../shared/mc-element.js';
import { Announcer } from '../shared/announcer.js';
import { OutboxStatus } from '../shared/outbox-status.js';
import { NumberFormatsWarmUp } from '../shared/number-formats.js';
import { chips } from './chips.js';
import { skillName } from '../shared/skill-name.js';
import { reviewPanel } from './review-panel.js';
import { PickerAnnouncer, skillPicker, type SkillPickerOptions } from './skill-picker.js';
import { SkillsAcross } from './skills-across.js';
import { hasEveryWord, prepareSkills, searchesAcross, skillGroup, suggestSkills, suggestSkillsAcross, type SkillSuggestion } from '../../core/rank/skills.js';
import { styles } from './mc-skill-finder.styles.js';
import { common } from '../../i18n/en/common.js';
import { finder } from '../../i18n/en/finder.js';
import { recommendations } from '../../i18n/en/recommendations.js';
import { card } from '../../i18n/en/card.js';

/** Most programs one search lists (the summary says "N+" past it). */
const MAX_RESULTS = 100;
const SUGGESTIONS = 8;

/**
 * Employer mode: pick the skills a team needs, see programs across institutions that
 * teach them (the core's `findPrograms`, with how many of the chosen skills each covers),
 * select several and send one inquiry about all of them through
 * `<mc-inquiry-form variant="employer">`. Before anything is sent the review step shows the
 * programs by institution and what the inquiry holds, and the form says who receives it. What
 * the person typed in the form is kept when they go back to the programs or switch language.
 *
 * The skill picker follows the ARIA 1.2 combobox pattern (list autocomplete): Down/Up
 * move through the suggestions (opening the list), Enter adds the active skill, Escape
 * closes the list and then clears the text. Chosen skills are chips with remove buttons;
 * additions and removals are announced politely. A skill typed in the other language is
 * found by its name there ("welding" on a French page offers « utiliser du matériel de
 * soudure », found by its English name), and a skill typed by another of its names says it
 * ("resuscitation (also called “CPR”)"); a page loads the French names and ESCO's other
 * English names only when a typed skill first finds nothing (see docs/cross-language.md).
 * "Truck driving" finds "drive heavy trucks" (an "-ing" form finds the verb), and so does a
 * French noun of the act: « installation de plomberie » finds « installer des systèmes de
 * plomberie » (« soudage », « réparation », « traitement », « conduite », « entretien » of
 * « souder », « réparer », « traiter », « conduire », « entretenir »), after the labels holding
 * the typed word itself. A query of three or more words no skill has all of offers those found
 * without one of them, saying which: "health and safety regulations (without
 * “occupational”)"; when that finds nothing, the stop words typed (« du », « au », "the") are
 * left out too, unsaid: « santé et sécurité du travail au chantier » offers « réglementation en
 * matière de santé et de sécurité (sans « chantier ») ».
 *
 * @tagname mc-skill-finder
 * @summary Skill-based program search for employers, with one inquiry to several institutions.
 *
 * @csspart heading - The element heading.
 * @csspart input - The skill text field (role combobox).
 * @csspart listbox - The suggestion list.
 * @csspart option - Each suggestion.
 * @csspart chips - The list of chosen skills.
 * @csspart bar - The selection bar ("3 selected", Inquire).
 * @csspart list - The list of programs.
 * @csspart subheading - The heading of the results and of the review panel.
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
 * @csspart review - The review panel: the programs by institution, and the form.
 * @csspart inquiry - The `<mc-inquiry-form>` element in the review panel.
 * @csspart inquiry-form - The inquiry form box (forwarded with `exportparts`, like every `inquiry-` part).
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
 * @csspart state - The pending, prompt, empty and error boxes.
 * @csspart outbox - The notice about inquiries saved on this device: being sent, sent (when, to whom), not sent yet, or refused.
 *
 * @cssprop [--mc-skill-finder-active-background=#1d4ed8] - Background of the active suggestion.
 * @cssprop [--mc-skill-finder-active-color=#ffffff] - Text colour of the active suggestion.
 * @cssprop [--mc-skill-finder-bar-background=#f9fafb] - Background of the selection bar.
 * @cssprop [--mc-skill-finder-card-min=18rem] - Narrowest card column before wrapping.
 * @cssprop [--mc-skill-finder-chip-background=#eff6ff] - Background of a chosen-skill chip.
 * @cssprop [--mc-skill-finder-chip-border=#1d4ed8] - Border of a chosen-skill chip.
 * @cssprop [--mc-skill-finder-chip-color=#1e3a8a] - Text colour of a chosen-skill chip.
 * @cssprop [--mc-skill-finder-chip-hover=#dbeafe] - Background of a chosen-skill chip on hover.
 * @cssprop [--mc-skill-finder-heading-color=#111827] - Colour of the headings.
 * @cssprop [--mc-skill-finder-heading-size=1.375em] - Font size of the heading.
 * @cssprop [--mc-skill-finder-selected-border=#1d4ed8] - Border of a selected program's card.
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
 * @cssprop [--mc-color-primary-strong=#1e3a8a] - Median wage bar; chosen-skill chip text.
 * @cssprop [--mc-color-surface=#ffffff] - Background of inputs, cards, lists and blocks.
 * @cssprop [--mc-color-surface-active=#dbeafe] - Background of the active option (keyboard or pointer).
 * @cssprop [--mc-color-surface-hover=#eff6ff] - Background of a hovered option or secondary button; chosen-skill chips.
 * @cssprop [--mc-color-surface-muted=#f9fafb] - Background of panels (searches, filters, states, selection bar).
 * @cssprop [--mc-color-text=#1f2937] - Body text.
 * @cssprop [--mc-color-text-muted=#4b5563] - Hints, sources, notes, placeholders.
 * @cssprop [--mc-font-family=inherit] - Font family (inherited from the page by default).
 * @cssprop [--mc-font-line-height=1.5] - Line height.
 * @cssprop [--mc-font-size=inherit] - Base font size (inherited from the page by default).
 * @cssprop [--mc-radius=0.375rem] - Corner radius of controls, boxes and cards.
 * @cssprop [--mc-space-2xs=0.25rem] - Very small gap (button icon gap, list items).
 * @cssprop [--mc-space-3xs=0.125rem] - Smallest gap (chips, inline spacing).
 * @cssprop [--mc-space-md=1rem] - Gap between blocks.
 * @cssprop [--mc-space-sm=0.75rem] - Medium-small gap (box padding).
 * @cssprop [--mc-space-xs=0.5rem] - Small gap (field padding, inside boxes).
 *
 * @fires {CustomEvent<McErrorDetail>} mc-error - The index could not be loaded, or the element has neither `src` nor `index` (code `no-source`, with a console warning). Detail: `{ code, message, hint }`.
 * @fires {CustomEvent<McProgramOpenDetail>} mc-program-open - (from its cards, bubbling out) The person followed a program link.
 * @fires {CustomEvent<McInquireDetail>} mc-inquire - (from its inquiry form, bubbling out) The inquiry was sent or saved to send later.
 */
export class McSkillFinder extends McElement {
  static override styles = styles;

  protected readonly locale = this.strings({ common, finder, recommendations, card });
  /** Money and counts show after a choice: their formatters are made before it (number-formats.ts). */
  private readonly numberFormats = new NumberFormatsWarmUp(this, () => this.locale.lang);

  /** URL of the index's `index.json`, or of the folder holding it; loaded once per page and shared. */
  @property() src: string | null = null;
  /** An index a parent already loaded; wins over `src`. */
  @property({ attribute: false }) index: LoadedIndex | null = null;
  /** Inquiry endpoint handed to `<mc-inquiry-form>`. */
  @property() endpoint: string | null = null;
  /** Who runs the endpoint, named by the form as who receives and keeps the inquiry (see `<mc-inquiry-form>`). */
  @property({ attribute: 'endpoint-owner' }) endpointOwner: string | null = null;
  /** Privacy notice of whoever runs the endpoint, linked by the inquiry form (see `<mc-inquiry-form>`). */
  @property({ attribute: 'privacy-url' }) privacyUrl: string | null = null;
  /**
   * The endpoint forwards each inquiry to the institutions offering its programs (the
   * reference server with `--index`); without it the form says the institutions do not receive it.
   */
  @property({ type: Boolean }) routed = false;
  /** Days within which replies come, shown on the form's receipt (see `<mc-inquiry-form>`). */
  @property({ type: Number, attribute: 'reply-within-days' }) replyWithinDays: number | null = null;
  /** Job Bank economic region code: keeps programs offered there or everywhere. */
  @property() region: string | null = null;
  /** How many programs show at first and per "Show more". */
  @property({ type: Number }) limit = 12;
  /** Level (2-6) of the element heading; cards and panels use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Ids of the chosen skills (settable by the host to preset a search; fires nothing). */
  @property({ attribute: false }) skills: string[] = [];

  @state() private query = '';
  @state() private open = false;
  @state() private active = -1;
  @state() private selected: ReadonlyMap<string, Program> = new Map();
  @state() private reviewing = false;
  @state() private visible = 12;

  @query('input[role="combobox"]') private input!: HTMLInputElement | null;

  private readonly indexTask = new IndexTask(this, () => this.locale.lang);

  private readonly reveal = new RevealController(this);
  /** The polite live region: what loads, the suggestions' count, each skill and program chosen. */
  private readonly live = new Announcer(this);
  /** Inquiries saved on this device for `endpoint`: sent from the first screen, and said there (not in review, where the form says it). */
  private readonly saved = new OutboxStatus(this, { programs: () => (this.indexTask.state.kind === 'ready' ? this.indexTask.state.index.programs : []) });
  private readonly uid = 'mc-skill-finder';
  private readonly pause = new PickerAnnouncer(this, (text) => this.live.say(text));
  /** The other language's skill names; once loaded, what it finds is said anew. */
  private readonly across = new SkillsAcross(this, () => {
    if (this.open && this.query.trim() !== '') this.announceFound();
  });
  private focusAfter: string | null = null;
  private resultsKey = '';
  private resultsCache: Recommendation[] = [];
  private resultsIndex: LoadedIndex | null = null;
  /** The last suggestions, with what they were worked out for (`suggestions`). */
  private suggested: { key: string; index: LoadedIndex; list: SkillSuggestion[] } | null = null;
  private renderFailed = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('limit')) {
      // A number even when a framework set the attribute's text as the property (React 19).
      this.limit = Number(this.limit) >= 1 ? Number(this.limit) : 12;
      this.visible = this.limit;
    }
    if (changed.has('skills') || changed.has('region')) {
      this.visible = this.limit;
      this.reveal.reset();
    }
    // A search begun anew may try again to load the other language's names, if they failed.
    if ((changed as PropertyValues).has('query') && this.query === '') this.across.reset();
  }

  override render(): TemplateResult {
    const { t } = this.locale;
    const state = this.indexTask.state;
    let body: TemplateResult;
    if (state.kind === 'error') {
      body = errorBox(state.error.message, t.common.retry, () => this.indexTask.retry());
    } else if (state.kind === 'none') {
      body = html`<div part="state" class="state error" role="alert">${t.recommendations.noSource}</div>`;
    } else if (state.kind === 'ready') {
      try {
        body = this.reviewing ? this.renderReview() : this.renderSearch(state.index);
        this.renderFailed = false;
      } catch (error) {
        // Never a throw into the host page: say so, and report it once rendering is over.
        const failure = renderFailure(error);
        // Reported once per failure, not on every re-render while it lasts.
        if (!this.renderFailed) queueMicrotask(() => fireError(this, failure, this.locale.lang));
        this.renderFailed = true;
        body = html`<div part="state" class="state error" role="alert">${describeError(failure, this.locale.lang).message}</div>`;
      }
    } else {
      body = html`<div part="state" class="state">${this.live.busy(t.common.loading)}</div>`;
    }
    return html`<section class="root" aria-labelledby="${this.uid}-heading">
      ${levelHeading(this.headingLevel, { id: `${this.uid}-heading`, part: 'heading', text: t.finder.heading })}
      ${state.kind === 'ready' && state.index.manifest.sample ? html`<p class="note">${t.recommendations.sample}</p>` : nothing}
      ${this.saved.render(this.locale.lang, this.uid, () => this.reviewing)} ${body}
      ${this.live.render()}
    </section>`;
  }

  private suggestions(index: LoadedIndex): SkillSuggestion[] {
    const { lang } = this.locale;
    const other = this.across.searchesOther(index, lang);
    // Asked at each keystroke by the input handler, then by render: worked out once for what
    // is typed, chosen and loaded.
    const key = JSON.stringify([this.query, this.skills, lang, other, this.across.state(index, lang)]);
    if (this.suggested?.key === key && this.suggested.index === index) return this.suggested.list;
    const opts = { lang, limit: SUGGESTIONS, exclude: new Set(this.skills) };
    // With the other language's names at hand, a query the page's finds few skills for is searched there too.
    const list = other ? suggestSkillsAcross(index, this.query, opts) : suggestSkills(index, this.query, opts);
    this.suggested = { key, index, list };
    return list;
  }

  /** The field's words; its no-match note says which languages were searched, or are loading. */
  private get pickerText(): NonNullable<SkillPickerOptions['text']> {
    const f = this.locale.t.finder;
    return { label: f.skillLabel, hint: f.skillHint, noMatch: (query) => this.noMatch(query) };
  }

  private noMatch(query: string): string {
    const { t, lang } = this.locale;
    const f = t.finder;
    const state = this.indexTask.state;
    if (state.kind !== 'ready') return f.noSkill(query);
    const { labels, names } = this.across.missing(state.index, lang);
    // What was searched: the page's language, or both (a French page holds the English labels).
    const searched = this.across.searchesOther(state.index, lang) ? f.noSkillEither(query) : f.noSkill(query);
    switch (this.across.state(state.index, lang)) {
      case 'loading':
        // The live region says the wait once, not each letter typed meanwhile.
        return `${f.noSkillHere(query)} ${this.live.busy(f.acrossLoading(labels, names))}`;
      case 'failed':
        return `${searched} ${f.acrossFailed(labels, names)}`;
      default:
        return searched;
    }
  }

  private results(index: LoadedIndex): Recommendation[] {
    const key = JSON.stringify([this.skills, this.region, this.locale.lang]);
    if (key === this.resultsKey && this.resultsIndex === index) return this.resultsCache;
    this.resultsKey = key;
    this.resultsIndex = index;
    this.resultsCache = findPrograms(index, {
      // Each chosen skill with its near-identical ones: a pick finds programs tagged with any.
      skills: this.skills.filter((id) => index.manifest.skills.some((s) => s.id === id)).map((id) => skillGroup(index, id, this.locale.lang)),
      ...(this.region ? { filters: { region: this.region } } : {}),
      limit: MAX_RESULTS,
      lang: this.locale.lang,
    });
    return this.resultsCache;
  }

  private renderSearch(index: LoadedIndex): TemplateResult {
    const { t, lang } = this.locale;
    const f = t.finder;
    const suggestions = this.suggestions(index);
    return html`
      ${skillPicker({
        t,
        uid: this.uid,
        query: this.query,
        open: this.open,
        active: this.active,
        suggestions,
        onInput: (e) => this.onInput(e),
        onKeydown: (e) => this.onKeydown(e, suggestions),
        onBlur: () => this.onBlur(),
        onPick: (skill) => this.add(skill),
        labelLang: (skill) => skillName(index, skill.id, lang).lang,
        text: this.pickerText,
      })}
      ${chips({ f, index, lang, skills: this.skills, onRemove: (id, label) => this.removeSkill(id, label) })}
      ${this.skills.length === 0 ? html`<div part="state" class="state">${f.prompt}</div>` : this.renderResults(index)}
    `;
  }

  private renderResults(index: LoadedIndex): TemplateResult {
    const { t } = this.locale;
    const f = t.finder;
    const all = this.results(index);
    if (all.length === 0) return html`<div part="state" class="state">${f.none}</div>`;
    const shown = all.slice(0, this.visible);
    const rendered = shown.slice(0, this.reveal.take(shown.length));
    const remaining = Math.min(this.limit, all.length - shown.length);
    const cardLevel = Math.min(6, this.headingLevel + 1);
    return html`
      ${levelHeading(cardLevel, { id: `${this.uid}-results`, part: 'subheading', text: f.results(all.length, all.length >= MAX_RESULTS) })}
      ${this.renderBar()}
      <ul part="list" class="list" aria-busy=${rendered.length < shown.length ? 'true' : 'false'}>
        ${rendered.map((rec) => {
          const id = rec.program.id;
          const on = this.selected.has(id);
          const title = localizeMarked(rec.program.title, this.locale.lang);
          return html`<li class="item ${on ? 'selected' : ''}">
            <label class="check"
              ><input
                type="checkbox"
                data-program=${id}
                .checked=${on}
                @change=${(e: Event) => this.toggle(rec.program, (e.target as HTMLInputElement).checked)}
              /><span>${f.select('')}<span class="visually-hidden" lang=${title.lang ?? nothing}>${title.value}</span></span></label
            >
            <mc-program-card
              exportparts=${CARD_EXPORTPARTS}
              .recommendation=${rec}
              heading-level=${Math.min(6, cardLevel + 1)}
              no-inquire
              chosen-skills
            ></mc-program-card>
          </li>`;
        })}
      </ul>
      ${
        remaining > 0
          ? html`<div class="more">
            <button type="button" class="secondary" @click=${this.showMore}>${f.showMore(remaining)}</button>
          </div>`
          : nothing
      }
    `;
  }

  private renderBar(): TemplateResult {
    const f = this.locale.t.finder;
    const count = this.selected.size;
    return html`<div part="bar" class="bar">
      <p class="count">${f.selected(count)}</p>
      <span class="spacer"></span>
      ${count > 0 ? html`<button type="button" class="link" @click=${this.clearSelection}>${f.clearSelection}</button>` : nothing}
      <button type="button" aria-describedby=${count === 0 ? `${this.uid}-select-first` : nothing} @click=${this.startReview}>
        ${f.inquire(count)}
      </button>
      ${count === 0 ? html`<p class="note" id="${this.uid}-select-first">${f.selectFirst}</p>` : nothing}
    </div>`;
  }

  private renderReview(): TemplateResult {
    return reviewPanel({
      t: this.locale.t,
      lang: this.locale.lang,
      programs: [...this.selected.values()],
      headingLevel: this.headingLevel + 1,
      headingId: `${this.uid}-review`,
      endpoint: this.endpoint,
      endpointOwner: this.endpointOwner,
      privacyUrl: this.privacyUrl,
      routed: this.routed,
      replyWithinDays: this.replyWithinDays,
      onBack: () => this.endReview(),
    });
  }

  private onInput(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
    this.open = true;
    this.active = -1;
    const state = this.indexTask.state;
    // A skill the page's language does not hold may be typed in the other one, or by another
    // of its names: those load now. Skills found without one of the typed words are a miss too.
    if (state.kind === 'ready' && searchesAcross(this.query, 0) && !this.suggestions(state.index).some(hasEveryWord)) {
      this.across.want(state.index, this.locale.lang);
    }
    this.announceFound();
  }

  /** Once typing pauses, says what is found (nothing while the other language loads: that wait is said). */
  private announceFound(): void {
    this.pause.typed({ t: this.locale.t, text: this.pickerText }, () => {
      const state = this.indexTask.state;
      if (state.kind !== 'ready' || this.across.state(state.index, this.locale.lang) === 'loading') return null;
      return { query: this.query, suggestions: this.suggestions(state.index) };
    });
  }

  private onKeydown(e: KeyboardEvent, suggestions: SkillSuggestion[]): void {
    const count = suggestions.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!this.open) {
          this.open = true;
          if (e.altKey) return;
        }
        if (count > 0) this.active = this.active + 1 >= count ? 0 : this.active + 1;
        break;
      case 'ArrowUp':
        e.preventDefault();
        this.open = true;
        if (count > 0) this.active = this.active <= 0 ? count - 1 : this.active - 1;
        break;
      case 'Enter': {
        const pick = this.open ? (suggestions[this.active] ?? (count === 1 ? suggestions[0] : undefined)) : undefined;
        if (pick) {
          e.preventDefault();
          this.add(pick);
        }
        break;
      }
      case 'Escape':
        if (this.open && this.query !== '') {
          e.preventDefault();
          this.open = false;
          this.active = -1;
        } else if (this.query !== '') {
          e.preventDefault();
          this.query = '';
        }
        break;
      default:
        break;
    }
  }

  private onBlur(): void {
    this.open = false;
    this.active = -1;
  }

  private add(skill: SkillSuggestion): void {
    if (!this.skills.includes(skill.id)) this.skills = [...this.skills, skill.id];
    this.query = '';
    this.open = false;
    this.active = -1;
    this.pause.cancel();
    this.live.say(`${this.locale.t.finder.added(skill.label, this.skills.length)} ${this.matchCount()}`.trim());
    this.input?.focus();
  }

  private removeSkill(id: string, label: string): void {
    const position = this.skills.indexOf(id);
    this.skills = this.skills.filter((s) => s !== id);
    this.live.say(`${this.locale.t.finder.removed(label, this.skills.length)} ${this.matchCount()}`.trim());
    // Focus the chip that took its place, else the previous one, else the text field.
    this.focusAfter = this.skills[position] ?? this.skills[position - 1] ?? '';
  }

  private toggle(program: Program, on: boolean): void {
    const next = new Map(this.selected);
    if (on) next.set(program.id, program);
    else next.delete(program.id);
    this.selected = next;
    this.live.say(this.locale.t.finder.selected(next.size));
  }

  private clearSelection(): void {
    this.selected = new Map();
    this.live.say(this.locale.t.finder.selected(0));
  }

  private startReview(): void {
    if (this.selected.size === 0) {
      this.live.say(this.locale.t.finder.selectFirst);
      return;
    }
    this.reviewing = true;
    this.focusAfter = '#review';
  }

  private endReview(): void {
    this.reviewing = false;
    this.focusAfter = '#results';
  }

  private showMore(): void {
    this.focusAfter = `#item-${this.visible}`;
    this.visible += this.limit;
  }

  /** "4 programs match." for the chosen skills, so a change is heard with its effect. */
  private matchCount(): string {
    const state = this.indexTask.state;
    if (state.kind !== 'ready' || this.skills.length === 0) return '';
    try {
      return this.locale.t.recommendations.announce(this.results(state.index).length);
    } catch {
      return '';
    }
  }

  protected override updated(): void {
    const state = this.indexTask.state;
    // Fold the vocabulary in the background so the first keystroke does not wait for it.
    if (state.kind === 'ready') void prepareSkills(state.index, this.locale.lang);
    const target = this.focusAfter;
    if (target == null) return;
    this.focusAfter = null;
    const root = this.renderRoot;
    if (target === '#review') {
      root.querySelector<HTMLElement>(`#${this.uid}-review`)?.focus();
    } else if (target === '#results') {
      (root.querySelector<HTMLElement>(`#${this.uid}-results`) ?? this.input)?.focus();
    } else if (target.startsWith('#item-')) {
      const n = Number(target.slice(6));
      const card = root.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('mc-program-card')[n];
      // Cards appear a few per task: keep waiting for the one to focus while it is due.
      if (card) void (card.updateComplete ?? Promise.resolve()).then(() => card.focus());
      else if (n < this.visible) this.focusAfter = target;
    } else if (target === '') {
      this.input?.focus();
    } else {
      root.querySelector<HTMLElement>(`button[data-skill="${CSS.escape(target)}"]`)?.focus();
    }
  }
}
