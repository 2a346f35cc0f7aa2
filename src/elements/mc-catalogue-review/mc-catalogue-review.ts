import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LoadedIndex } from '../../core/model/index.js';
import { localize } from '../../core/index-format/index.js';
import { BuildError, CatalogueError, type Warning } from '../../core/catalogue/index.js';
import {
  addSkill,
  coverage,
  covered,
  decide,
  exportReview,
  markNotFor,
  removeSkill,
  reviewCatalogue,
  reviewTagger,
  type CatalogueReview,
  type ReviewEntry,
  type ReviewExport,
} from '../../core/catalogue/index.js';
import type { SkillTagger } from '../../core/catalogue/index.js';
import { catalogueReach, type CatalogueReach } from '../../core/catalogue/index.js';
import { prepareSkills, type SkillSuggestion } from '../../core/rank/skills.js';
import { levelHeading } from '../shared/heading.js';
import { saveFile } from '../shared/save-file.js';
import { IndexTask } from '../shared/index-task.js';
import { numberFormat } from '../shared/locale.js';
import { McElement, errorBox } from '../shared/mc-element.js';
import { Announcer } from '../shared/announcer.js';
import { styles } from './mc-catalogue-review.styles.js';
import { markedEntries, MarksController, marksSummary, whileBusy } from './marks-field.js';
import { programCard } from './program-card.js';
import { coveragePanel, gapsBlock, problemDescription, problemList } from './review-summary.js';
import { inProgram, otherLang, SkillAdder } from './skill-adder.js';
import { adminMessages } from '../../i18n/admin.js';
import { common } from '../../i18n/en/common.js';
import { recommendations } from '../../i18n/en/recommendations.js';
import { finder } from '../../i18n/en/finder.js';

/** Programs and problems shown at first and per "Show more". */
const PAGE = 20;
/** Recommendations per occupation looked at for where programs come (what a person sees first). */
const TOP = 10;
/** Occupations named per program before "and N more". */
const PLACEMENTS = 5;

/** An error with a `problem` (a required column missing) is worded in the page's language; any other says its English reason. */
type Phase =
  { kind: 'idle' } | { kind: 'reading'; name: string; done: number; total: number } | { kind: 'ready' } | { kind: 'error'; reason: string; problem?: Warning };

/**
 * The catalogue review for institution staff: choose the program catalogue file (the
 * canonical CSV or JSON that `microcred build-index` reads; it is read in the browser and
 * never uploaded), see the problems of its rows by line, and for each program the skills
 * the builder would tag it with, each with the phrase of the program's own text behind it
 * and how strong that is. Accept or reject each suggestion, add skills through a
 * typeahead over the index's vocabulary (English and French labels), watch the coverage
 * figure, and download the reviewed catalogue: `build-index` takes its `reviewed_skills`
 * as authoritative. The tagging is the builder's own code (`src/core/catalogue/`).
 *
 * For each program, the occupations it is recommended for first and at which rank, each
 * with "Not for this occupation" (exported as `not_for_occupations`: the builder then never
 * recommends it for them), and the occupations none of the file's programs reaches (the
 * gaps), from the ranking of the index at `src` (which reflects the catalogue it was built from).
 *
 * Once the catalogue is read, a second, optional file: the learners' marks, the outcomes
 * report's CSV or JSON (also read in the browser). Each occupation a program was marked
 * "Not relevant to this job" for then shows how many learners marked it (listed with its
 * toggle even when not among the first occupations), the "Show" filter can list only the
 * programs with marks, most first, and marks on programs the catalogue file does not have
 * are counted. Another catalogue file keeps the marks; another marks file replaces them.
 *
 * The vocabulary is the skills of the index at `src` (loaded with both languages'
 * labels). Tagging runs in slices of a few milliseconds, so the page stays responsive
 * on a catalogue of thousands of programs.
 *
 * @tagname mc-catalogue-review
 * @summary Review, correct and export the skill tags of a program catalogue.
 *
 * @csspart heading - The element heading.
 * @csspart file - The file choosers (the catalogue, the learners' marks).
 * @csspart marks - The learners' marks field, with what reading it found.
 * @csspart coverage - The coverage panel with the download button.
 * @csspart problems - The lists of row problems (the catalogue's, the marks file's).
 * @csspart gaps - The list of occupations no program of the file reaches.
 * @csspart programs - The list of programs.
 * @csspart program - Each program.
 * @csspart input - The add-skill text field (role combobox).
 * @csspart listbox - Its suggestion list.
 * @csspart option - Each suggestion.
 * @csspart state - The loading and error boxes (the marks file's too).
 * @csspart subheading - The heading of each block (coverage, problems, programs, gaps).
 * @csspart program-title - The title of each program.
 *
 * @cssprop [--mc-catalogue-review-accepted=#15803d] - Colour of accepted and added skills.
 * @cssprop [--mc-catalogue-review-heading-color=#111827] - Colour of the headings.
 * @cssprop [--mc-catalogue-review-heading-size=1.375em] - Font size of the heading.
 * @cssprop [--mc-catalogue-review-rejected=#b91c1c] - Colour of rejected skills.
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
 * @cssprop [--mc-color-success=#6ee7b7] - Success borders; border of a covered skill.
 * @cssprop [--mc-color-surface=#ffffff] - Background of inputs, cards, lists and blocks.
 * @cssprop [--mc-color-surface-hover=#eff6ff] - Background of a hovered option or secondary button; chosen-skill chips.
 * @cssprop [--mc-color-surface-muted=#f3f4f6] - Background of panels (searches, filters, states, selection bar).
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
 */
export class McCatalogueReview extends McElement {
  static override styles = styles;

  protected readonly locale = this.strings({ common, recommendations, finder });

  /** URL of the index's `index.json`, or of the folder holding it: its skills are the vocabulary. */
  @property() src: string | null = null;
  /** An index a parent already loaded; wins over `src`. */
  @property({ attribute: false }) index: LoadedIndex | null = null;
  /** Level (2-6) of the element heading; sections and programs use the next levels. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private phase: Phase = { kind: 'idle' };
  @state() private review: CatalogueReview | null = null;
  /**
   * With the "not covered" filter: the programs not covered when it was chosen. A snapshot,
   * so accepting a skill does not pull the program (and the focused button) out of the list.
   */
  @state() private uncovered: ReadonlySet<string> | null = null;
  @state() private visible = PAGE;
  @state() private problemsVisible = PAGE;
  @state() private gapsVisible = PAGE;
  /** Where the programs are recommended; null while worked out. */
  @state() private reach: CatalogueReach | null = null;
  /** Programs whose every placement is listed (each with its toggle), not only the first few. */
  @state() private allPlacements: ReadonlySet<string> = new Set();
  /** With the "marked not relevant" filter: only the programs with learners' marks. */
  @state() private onlyMarked = false;
  /** Bumped on every decision: entries are changed in place. */
  @state() private revision = 0;

  // Loaded in French, which carries the English labels too: the typeahead offers both languages.
  private readonly indexTask = new IndexTask(
    this,
    () => this.locale.lang,
    () => 'fr',
  );
  private readonly uid = 'mc-catalogue-review';
  private readonly adder = new SkillAdder(this, {
    lang: () => this.locale.lang,
    focusAfter: (selector) => (this.focusAfter = selector),
    onPick: (entry, skill) => this.onPick(entry, skill),
    say: (text) => this.live.say(text),
  });
  /** The polite live region: what is loading or read, and each decision with the coverage it makes. */
  private readonly live = new Announcer(this);
  private readonly learnerMarks = new MarksController(this, this.live);
  private tagger: { index: LoadedIndex; tagger: Promise<SkillTagger> } | null = null;
  private abort: AbortController | null = null;
  private focusAfter: string | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  /** The reviewed catalogue as it would be downloaded, or null before a file is read. */
  exportCatalogue(): ReviewExport | null {
    return this.review ? exportReview(this.review) : null;
  }

  /** The tagger over `index`'s vocabulary, built once in slices (started as soon as the index is ready). */
  private taggerFor(index: LoadedIndex): Promise<SkillTagger> {
    if (this.tagger?.index !== index) this.tagger = { index, tagger: reviewTagger(index.manifest.skills) };
    return this.tagger.tagger;
  }

  /** Reads and tags a catalogue file (what choosing it in the file field does). */
  async readFile(file: File): Promise<void> {
    const state = this.indexTask.state;
    if (state.kind !== 'ready') return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.review = null;
    this.uncovered = null;
    this.onlyMarked = false;
    this.adder.close();
    this.visible = PAGE;
    this.problemsVisible = PAGE;
    this.phase = { kind: 'reading', name: file.name, done: 0, total: 0 };
    try {
      // Bytes, not text: a Windows-1252 export is recognised and read as one.
      const bytes = new Uint8Array(await file.arrayBuffer());
      const index = state.index;
      const tagger = await this.taggerFor(index);
      const ids = new Set(index.manifest.skills.map((s) => s.id));
      const review = await reviewCatalogue(bytes, file.name, tagger, (id) => ids.has(id), {
        signal: abort.signal,
        onProgress: (done, total) => {
          this.phase = { kind: 'reading', name: file.name, done, total };
        },
      });
      if (abort.signal.aborted) return;
      this.review = review;
      this.reach = null;
      this.allPlacements = new Set();
      this.gapsVisible = PAGE;
      this.phase = { kind: 'ready' };
      void this.workOutReach(index, review, abort.signal);
      const t = adminMessages(this.locale.lang).catalogueReview;
      this.live.say(t.loaded(file.name, review.entries.length, review.warnings.filter((w) => w.line !== null).length));
    } catch (error) {
      if (abort.signal.aborted) return;
      if (!(error instanceof BuildError)) throw error;
      this.phase = { kind: 'error', reason: error.message, ...(error instanceof CatalogueError ? { problem: error.warning } : {}) };
    }
  }

  /**
   * Reads a file of learners' marks (what choosing it in the marks field does): the outcomes
   * report's CSV or JSON. It replaces the marks read before, also when it cannot be read.
   */
  async readMarks(file: File): Promise<void> {
    const state = await this.learnerMarks.read(file);
    if (state === null) return;
    // An unreadable file leaves no marks to list (its error box is an alert of its own).
    if (state.kind !== 'read') {
      this.onlyMarked = false;
      return;
    }
    const r = adminMessages(this.locale.lang).catalogueReview;
    const ids = this.review ? new Set(this.review.entries.map((e) => e.program.id)) : null;
    const problems = state.read.warnings.length;
    this.live.say(`${marksSummary(r, state.read, ids)}${problems > 0 ? ` ${r.marksProblemCount(problems)}` : ''}`);
  }

  /** Ranks every occupation in the background, then shows where each program comes. */
  private async workOutReach(index: LoadedIndex, review: CatalogueReview, signal: AbortSignal): Promise<void> {
    try {
      const reach = await catalogueReach(index, new Set(review.entries.map((e) => e.program.id)), {
        lang: this.locale.lang,
        top: TOP,
        signal,
      });
      if (!signal.aborted && this.review === review) this.reach = reach;
    } catch (error) {
      if (!signal.aborted) throw error;
    }
  }

  override render(): TemplateResult {
    const { t } = this.locale;
    const r = adminMessages(this.locale.lang).catalogueReview;
    const state = this.indexTask.state;
    let body: TemplateResult;
    if (state.kind === 'error') {
      body = errorBox(state.error.message, t.common.retry, () => this.indexTask.retry());
    } else if (state.kind === 'none') {
      body = html`<div part="state" class="state error" role="alert">${t.recommendations.noSource}</div>`;
    } else if (state.kind === 'ready') {
      body = this.renderReview(state.index);
    } else {
      body = html`<div part="state" class="state">${this.live.busy(t.common.loading)}</div>`;
    }
    return html`<section class="root" aria-labelledby="${this.uid}-heading">
      ${levelHeading(this.headingLevel, { id: `${this.uid}-heading`, part: 'heading', text: r.heading })}
      <p>${r.intro}</p>
      ${body}
      ${this.live.render()}
    </section>`;
  }

  private renderReview(index: LoadedIndex): TemplateResult {
    const r = adminMessages(this.locale.lang).catalogueReview;
    const phase = this.phase;
    // Said once, as reading starts; the box then shows how far the tagging is.
    if (phase.kind === 'reading') this.live.busy(r.reading(phase.name));
    return html`
      <div class="file">
        <label for="${this.uid}-file">${r.fileLabel}</label>
        <input
          id="${this.uid}-file"
          part="file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-disabled=${phase.kind === 'reading' ? 'true' : nothing}
          @click=${(e: Event) => whileBusy(e, phase.kind === 'reading')}
          @change=${this.onFile}
        />
      </div>
      ${
        phase.kind === 'reading'
          ? html`<div part="state" class="state">
            <p>${phase.total > 0 ? r.tagging(phase.done, phase.total) : r.reading(phase.name)}</p>
            ${phase.total > 0 ? html`<progress aria-label=${r.taggingLabel} max=${phase.total} value=${phase.done}></progress>` : nothing}
          </div>`
          : nothing
      }
      ${
        phase.kind === 'error'
          ? html`<div part="state" class="state error" role="alert">
            ${r.unreadable('')}${phase.problem ? problemDescription(r, phase.problem) : html`<span lang="en">${phase.reason}</span>`}
          </div>`
          : nothing
      }
      ${this.review && phase.kind === 'ready' ? this.renderLoaded(index, this.review) : nothing}
    `;
  }

  private renderLoaded(index: LoadedIndex, review: CatalogueReview): TemplateResult {
    const { lang } = this.locale;
    const r = adminMessages(this.locale.lang).catalogueReview;
    const level = Math.min(6, this.headingLevel + 1);
    const n = numberFormat(lang);
    const problems = review.warnings;
    const only = this.uncovered;
    const marks = this.learnerMarks.marks;
    const marked = this.onlyMarked && marks !== null;
    const entries = marked ? markedEntries(review.entries, marks) : only ? review.entries.filter((e) => only.has(e.program.id)) : review.entries;
    const shown = entries.slice(0, this.visible);
    return html`
      ${this.learnerMarks.render(r, this.uid, new Set(review.entries.map((e) => e.program.id)), (e) => this.onMarksFile(e))}
      ${coveragePanel(r, lang, this.uid, level, review, () => this.download())}
      ${levelHeading(level, { id: `${this.uid}-problems`, part: 'subheading', text: r.problemsHeading(problems.length) })}
      ${problemList(r, this.uid, problems, { visible: this.problemsVisible, page: PAGE, onMore: () => (this.problemsVisible += PAGE) })}
      ${levelHeading(level, { id: `${this.uid}-programs`, part: 'subheading', text: r.programsHeading })}
      ${this.reach ? html`<p class="note">${r.notForHint}</p>` : nothing}
      <div class="filter">
        <label for="${this.uid}-filter">${r.show}</label>
        <select id="${this.uid}-filter" @change=${this.onFilter}>
          <option value="all" ?selected=${!only && !marked}>${r.showAll}</option>
          <option value="uncovered" ?selected=${!!only && !marked}>${r.showUncovered}</option>
          ${marks ? html`<option value="marked" ?selected=${marked}>${r.showMarked}</option>` : nothing}
        </select>
        <p class="note">${r.showing(n.format(shown.length), n.format(entries.length), shown.length)}</p>
      </div>
      <ul part="programs" class="programs" aria-labelledby="${this.uid}-programs">
        ${shown.map((entry, i) => this.renderProgram(index, entry, i, level + 1))}
      </ul>
      ${
        entries.length > shown.length
          ? html`<div class="more">
            <button type="button" class="secondary" @click=${this.showMore}>
              ${r.showMore(Math.min(PAGE, entries.length - shown.length))}
            </button>
          </div>`
          : nothing
      }
      ${gapsBlock(r, lang, this.uid, level, this.reach, TOP, { visible: this.gapsVisible, page: PAGE, onMore: () => (this.gapsVisible += PAGE) })}
    `;
  }

  private renderProgram(index: LoadedIndex, entry: ReviewEntry, i: number, level: number): TemplateResult {
    const key = `${this.uid}-p${i}`;
    const r = adminMessages(this.locale.lang).catalogueReview;
    return programCard({
      r,
      lang: this.locale.lang,
      index,
      entry,
      key,
      level,
      reach: this.reach,
      top: TOP,
      placements: this.allPlacements.has(entry.program.id) ? Infinity : PLACEMENTS,
      marks: this.learnerMarks.marks?.get(entry.program.id) ?? null,
      adder: this.adder.addingFor === entry.program.id ? this.adder.render(this.locale.t, r, index, entry, key) : null,
      onDecide: (e, skill, decision, name) => this.onDecide(e, skill, decision, name),
      onRemove: (e, skill, name) => this.onRemove(e, skill, name),
      onAdd: (id) => this.adder.start(id),
      onNotFor: (e, code, on, title) => this.onNotFor(e, code, on, title),
      onAllPlacements: (id, first) => this.showAllPlacements(id, first),
    });
  }

  private onFile(e: Event): void {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file && this.phase.kind !== 'reading') void this.readFile(file);
  }

  private onMarksFile(e: Event): void {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file && this.learnerMarks.state.kind !== 'reading') void this.readMarks(file);
  }

  private onFilter(e: Event): void {
    const review = this.review;
    const value = (e.target as HTMLSelectElement).value;
    this.uncovered = value === 'uncovered' && review ? new Set(review.entries.filter((x) => !covered(x)).map((x) => x.program.id)) : null;
    this.onlyMarked = value === 'marked';
    this.visible = PAGE;
  }

  private showMore(): void {
    this.focusAfter = `#${this.uid}-p${this.visible}-title`;
    this.visible += PAGE;
  }

  private onDecide(entry: ReviewEntry, skill: string, decision: 'accepted' | 'rejected', name: string): void {
    const r = adminMessages(this.locale.lang).catalogueReview;
    const again = entry.decisions.get(skill) === decision;
    decide(entry, skill, again ? null : decision);
    this.changed(again ? r.undone(name) : decision === 'accepted' ? r.accepted(name) : r.rejected(name));
  }

  /** Lists every occupation the program is recommended for; focus goes to the first one revealed (`first`). */
  private showAllPlacements(id: string, first: string): void {
    this.allPlacements = new Set([...this.allPlacements, id]);
    this.focusAfter = inProgram(id, `[data-action="not-for"][data-occupation="${CSS.escape(first)}"]`);
  }

  private onNotFor(entry: ReviewEntry, code: string, on: boolean, title: string): void {
    const r = adminMessages(this.locale.lang).catalogueReview;
    markNotFor(entry, code, on);
    this.revision++;
    const program = localize(entry.program.title, this.locale.lang);
    this.live.say(on ? r.notForOn(title, program) : r.notForOff(title, program));
  }

  private onRemove(entry: ReviewEntry, skill: string, name: string): void {
    removeSkill(entry, skill);
    this.focusAfter = inProgram(entry.program.id, '[data-action="add"]');
    this.changed(adminMessages(this.locale.lang).catalogueReview.removed(name));
  }

  private onPick(entry: ReviewEntry, skill: SkillSuggestion): void {
    addSkill(entry, skill.id);
    this.changed(adminMessages(this.locale.lang).catalogueReview.addedSkill(skill.label));
  }

  private changed(message: string): void {
    this.revision++;
    const review = this.review;
    if (!review) return;
    const { covered: done, total } = coverage(review);
    this.live.say(`${message} ${adminMessages(this.locale.lang).catalogueReview.coverageNow(done, total)}`);
  }

  private download(): void {
    const out = this.exportCatalogue();
    if (!out) return;
    saveFile(new Blob([out.text], { type: `${out.type};charset=utf-8` }), out.name, this.renderRoot);
    this.live.say(adminMessages(this.locale.lang).catalogueReview.downloaded(out.name));
  }

  protected override updated(): void {
    const state = this.indexTask.state;
    if (state.kind === 'ready') {
      void this.taggerFor(state.index);
      void prepareSkills(state.index, this.locale.lang);
      void prepareSkills(state.index, otherLang(this.locale.lang));
    }
    const target = this.focusAfter;
    if (target == null) return;
    this.focusAfter = null;
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }
}
