import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LoadedIndex } from '../../core/model/index.js';
import { UnknownOccupationError } from '../../core/index-format/index.js';
import { defaultWageRegion, describeMove, type LabourMarketOutlook, type MoveDescription, type SourceCitation } from '../../core/lmi/index.js';
import { levelHeading } from '../shared/heading.js';
import { IndexTask } from '../shared/index-task.js';
import { McElement, errorBox } from '../shared/mc-element.js';
import { unknownOccupationReport } from '../shared/result-errors.js';
import { styles } from './mc-labour-market.styles.js';
import { StagedRender } from '../shared/staged-render.js';
import { NumberFormatsWarmUp } from '../shared/number-formats.js';
import { common } from '../../i18n/en/common.js';
import { labourMarket } from '../../i18n/en/labour-market.js';
import { training } from '../../i18n/en/training.js';
import { RequirementsBlock } from './requirements-block.js';
import { Announcer } from '../shared/announcer.js';
import type { McRegionChangeDetail } from './mc-labour-market.events.js';
import { ScrollBox, renderWages } from './wages-block.js';
import { slashBreaks } from '../shared/slash-breaks.js';

/**
 * What the job market looks like for one occupation, in plain language first: the outlook
 * across Canada (where and when first, the figures compared in words, the official rating and
 * why it can differ from them, its meaning on demand), hourly wages where the person is (a
 * sentence, then a chart and a table of the same figures, and why any are missing; with `from`, the
 * median of the person's current occupation beside them, for the same region), openings
 * and job seekers, each figure with its source and year; then what the work requires (its
 * training level, and its official requirements, loaded when shown).
 *
 * @tagname mc-labour-market
 * @summary Plain-language labour-market facts for an occupation.
 *
 * @csspart heading - The panel heading.
 * @csspart subheading - The heading of each block (outlook, wages, openings).
 * @csspart sample - The notice shown when the figures are sample data.
 * @csspart outlook - The outlook block: the figures across Canada in words, the official rating (`.condition`) and why it can differ.
 * @csspart wages - The wages block (region choice, chart, table, why wages are missing).
 * @csspart chart - The wage chart: bars to scale with their levels and amounts (with `from`, the current occupation's median last); hidden from assistive technologies, as the table after it gives the same figures.
 * @csspart facts - The openings, job seekers and employment list.
 * @csspart requirements - What the work requires: its training level, its official requirements, the note that short programs do not replace a required diploma, licence or certificate.
 * @csspart state - The pending, empty and error boxes.
 *
 * @cssprop [--mc-labour-market-background=#ffffff] - Background of each block.
 * @cssprop [--mc-labour-market-bar=#3b82f6] - Fill of the low and high wage bars.
 * @cssprop [--mc-labour-market-bar-current=#4b5563] - Fill of the current occupation's median bar (with `from`).
 * @cssprop [--mc-labour-market-bar-median=#1e3a8a] - Fill of the median wage bar.
 * @cssprop [--mc-labour-market-border=#d1d5db] - Border of each block.
 * @cssprop [--mc-labour-market-heading-color=inherit] - Colour of headings.
 * @cssprop [--mc-labour-market-heading-size=1.125rem] - Font size of the panel heading.
 * @cssprop [--mc-labour-market-sample-border=#92400e] - Border of the sample-data notice.
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
 * @cssprop [--mc-color-primary-muted=#3b82f6] - Low and high wage bars of the chart (keep 3:1 against the surface).
 * @cssprop [--mc-color-primary-strong=#1e3a8a] - Median wage bar; chosen-skill chip text.
 * @cssprop [--mc-color-success-surface=#ecfdf5] - Background of success messages, covered skills, a shortage outlook.
 * @cssprop [--mc-color-success-text=#065f46] - Text of success messages, covered skills, a shortage outlook.
 * @cssprop [--mc-color-surface=#ffffff] - Background of inputs, cards, lists and blocks.
 * @cssprop [--mc-color-surface-hover=#eff6ff] - Background of a hovered option or secondary button; chosen-skill chips.
 * @cssprop [--mc-color-surface-muted=#f3f4f6] - Background of panels (searches, filters, states, selection bar).
 * @cssprop [--mc-color-text=#1f2937] - Body text.
 * @cssprop [--mc-color-text-muted=#4b5563] - Hints, sources, notes, placeholders.
 * @cssprop [--mc-color-warning=#92400e] - Warning borders; the sample-data notice; a skill not covered.
 * @cssprop [--mc-color-warning-surface=#fffbeb] - Background of warnings, the sample-data notice, skills not covered, a surplus outlook.
 * @cssprop [--mc-color-warning-text=#78350f] - Text of warnings, the sample-data notice, skills not covered, a surplus outlook.
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
 * @fires {CustomEvent<McRegionChangeDetail>} mc-region-change - The person picked a region in the Region select: `{ region }`. Setting `region` from code fires nothing.
 * @fires {CustomEvent<McErrorDetail>} mc-error - The index could not be loaded, the element has neither `src` nor `index` (code `no-source`, with a console warning), its `code` is not in the index (code `unknown-occupation`, once per code; the panel says the same `message`), or its `from` is not (the same code; the panel shows the occupation alone). Detail: `{ code, message, hint }`.
 */
export class McLabourMarket extends McElement {
  static override styles = styles;

  protected readonly locale = this.strings({ common, labourMarket, training });
  /** Money and counts show after a choice: their formatters are made before it (number-formats.ts). */
  private readonly numberFormats = new NumberFormatsWarmUp(this, () => this.locale.lang);
  protected override readonly deferFirstRender = true;

  /** NOC 2021 unit group to describe. */
  @property({ reflect: true }) code: string | null = null;
  /**
   * NOC 2021 code of the person's current occupation: its median wage shows beside this one's, for
   * the same region. A code not in the index: this occupation shows alone, and `mc-error`
   * `unknown-occupation` names the code.
   */
  @property({ reflect: true }) from: string | null = null;
  /**
   * Job Bank economic region for wages (e.g. `ER3530`); set by the host, it wins over the select.
   * A code the index does not know shows the nearest wider region's wages, with a console warning.
   */
  @property() region: string | null = null;
  /** URL of the index's `index.json`, or of the folder holding it; loaded once per page and shared. */
  @property() src: string | null = null;
  /** An index a parent already loaded; wins over `src`. */
  @property({ attribute: false }) index: LoadedIndex | null = null;
  /** Level (2-5) of the panel heading; block headings use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Region the person picked in the select; cleared whenever the host sets `region`. */
  @state() private picked: string | null = null;
  /** The `region` the developer was last warned about (not a region of the index). */
  private warnedRegion: string | null = null;
  /** Reports, once per code and index, the code not in the index the element shows an error for. */
  private readonly reportUnknown = unknownOccupationReport(this);

  /** With `src`, the titles and the occupation's slice of the catalogue: never the whole catalogue, which it does not show. */
  private readonly indexTask = new IndexTask(this, () => this.locale.lang, undefined, { occupation: () => this.code });
  private readonly uid = 'mc-lm';
  private readonly live = new Announcer(this);
  /** The wage table's box: a focusable region only while the table scrolls in it. */
  private readonly tableBox = new ScrollBox();
  /** What the work requires: the official requirements load once the occupation's index is in. */
  private readonly requirements = new RequirementsBlock(this, () => {
    const st = this.indexTask.state;
    const index = st.kind === 'ready' ? st.index : null;
    // A code not in the index is said once, by the panel's error (see `updated`).
    return [index, index?.occupations.has(this.code ?? '') ? this.code : null, this.locale.lang] as const;
  });
  private memo: { key: string; index: LoadedIndex; value: MoveDescription | null } | null = null;
  /**
   * Reading for a new occupation, region or language, worked out in its own task after
   * the pending state has painted, and rendered in the next: together with building the
   * panel it is a long task on a slow phone.
   */
  private readonly describing = new StagedRender<'outlook'>(this, () => super.getUpdateComplete());

  /** Also waits for a reading scheduled by the last render and the render that shows it. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.describing.settle();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('region')) this.picked = null;
  }

  protected override updated(): void {
    const st = this.indexTask.state;
    if (st.kind !== 'ready' || this.memo?.index !== st.index || !this.memo.key.startsWith(`${this.code}|`)) return;
    if (!this.memo.value) this.reportUnknown(st.index, this.code!, this.locale.lang);
    else {
      this.checkRegion(st.index, this.memo.value);
      if (this.from && !st.index.occupations.has(this.from)) this.reportUnknown(st.index, this.from, this.locale.lang);
    }
  }

  /**
   * Tells the page's developer, once per value, that `region` is no region of the index (a
   * typo, another province's code), as the reading `d` found: the wages are then those of the
   * nearest wider region that has them, which the panel names; the person never reads the code.
   */
  private checkRegion(index: LoadedIndex, d: MoveDescription): void {
    const region = this.region;
    if (!region || region === this.warnedRegion || d.requestedRegion !== region || d.requestedRegionName !== null) return;
    this.warnedRegion = region;
    const codes = index.manifest.regions.map((r) => r.code).join(', ');
    console.warn(
      `<mc-labour-market> region="${region}" is not a region of its index, so it shows the wages of the nearest wider region that has them and says the region asked for is not known: set region to one of ${codes} (ER35 is Ontario), or leave it out.`,
    );
  }

  /** Region whose wages are shown. */
  get effectiveRegion(): string | null {
    return this.picked ?? this.region;
  }

  override render(): TemplateResult {
    // The live region is there from the first render: a "Loading…" box inserted already
    // filled is skipped by several screen readers.
    return html`${this.renderBody()}${this.live.render()}`;
  }

  private renderBody(): TemplateResult {
    const { t } = this.locale;
    const st = this.indexTask.state;
    if (st.kind === 'error') {
      return errorBox(st.error.message, t.common.retry, () => this.indexTask.retry());
    }
    if (!this.code) return html`<div part="state" class="state">${t.labourMarket.choose}</div>`;
    if (st.kind === 'pending') return html`<div part="state" class="state">${this.live.busy(t.common.loading)}</div>`;
    if (st.kind === 'none') return html`<div part="state" class="state">${t.labourMarket.choose}</div>`;
    const d = this.describeOrLater(st.index);
    if (d === undefined) return html`<div part="state" class="state">${this.live.busy(t.common.loading)}</div>`;
    // Worded from the errors' table, as a failed load is; no Retry: the index will not hold it later.
    if (!d) return errorBox(t.common.errors['unknown-occupation']);
    return this.renderDescription(st.index, d);
  }

  /** Region whose reading is shown, and the memo key of the reading. */
  private readingKey(index: LoadedIndex): { region: string | null; key: string } {
    // Without a region, Ontario when the index knows it (the select shows it), else Canada: the
    // related occupations' wages read the same one.
    const region = this.effectiveRegion ?? defaultWageRegion(index);
    return { region, key: `${this.code}|${region ?? ''}|${this.locale.lang}|${this.from ?? ''}` };
  }

  /**
   * The reading now, or undefined while a later task works it out. Only a new occupation
   * (or index) waits: a region the person picks in the select reads at once, so the
   * select they are using stays put.
   */
  private describeOrLater(index: LoadedIndex): MoveDescription | null | undefined {
    const { key } = this.readingKey(index);
    if (this.memo && this.memo.index === index && this.memo.key.startsWith(`${this.code}|`)) return this.describe(index);
    if (this.describing.runs(key)) return undefined;
    this.describing.start(key, async (job) => {
      if (!(await job.turn()) || this.readingKey(index).key !== key) return;
      // A throw here (a damaged index) is thrown again by the render that follows.
      try {
        this.describe(index);
      } catch {
        this.memo = null;
      }
      // The outlook first, the wages and figures in the next task: building the whole
      // panel in one render was a long task on a slow phone.
      if ((await job.turn()) && this.memo) await job.show('outlook');
    });
    return undefined;
  }

  private describe(index: LoadedIndex): MoveDescription | null {
    const lang = this.locale.lang;
    const { region, key } = this.readingKey(index);
    if (this.memo && this.memo.key === key && this.memo.index === index) return this.memo.value;
    let value: MoveDescription | null;
    try {
      // A `from` the index does not hold only leaves out the comparison (reported in `updated`).
      const from = this.from && index.occupations.has(this.from) ? this.from : null;
      value = describeMove(index, this.code!, { lang, from, ...(region ? { region } : {}) });
    } catch (error) {
      if (!(error instanceof UnknownOccupationError)) throw error;
      value = null; // rendered as the error it is, not thrown into the page
    }
    this.memo = { key, index, value };
    return value;
  }

  private heading(level: number, id: string, part: 'heading' | 'subheading', text: string): TemplateResult {
    return levelHeading(level, { id, part, text: slashBreaks(text) });
  }

  private renderDescription(index: LoadedIndex, d: MoveDescription): TemplateResult {
    const { t } = this.locale;
    const lm = t.labourMarket;
    const sub = this.headingLevel + 1;
    const id = this.uid;
    return html`<section class="root" aria-labelledby="${id}-h">
      ${this.heading(this.headingLevel, `${id}-h`, 'heading', lm.heading(d.title))}
      ${d.sample ? html`<p class="sample" part="sample">${t.common.sampleData}</p>` : nothing}
      ${!d.outlook && !d.wages && d.facts.length === 0 ? html`<p>${lm.noFigures}</p>` : nothing}
      ${d.outlook ? this.renderOutlook(d.outlook, d.caveat, sub) : nothing}
      ${this.describing.stage ? nothing : this.renderWages(index, d, sub)}
      ${
        !this.describing.stage && d.facts.length > 0
          ? html`<div class="block" part="facts">
            ${this.heading(sub, `${id}-facts`, 'subheading', lm.facts)}
            <ul class="facts">
              ${d.facts.map((f) => html`<li>${f.sentence}</li>`)}
            </ul>
            ${this.renderSource(d.facts[0]!.source, d.facts[0]!.period)}
          </div>`
          : nothing
      }
      ${this.renderRequirements(index, sub)}
    </section>`;
  }

  private renderRequirements(index: LoadedIndex, level: number): TemplateResult | typeof nothing {
    const occupation = this.code ? index.occupations.get(this.code) : undefined;
    if (this.describing.stage || !occupation) return nothing;
    return this.requirements.render(index, occupation, this.locale.lang, this.locale.t, level, `${this.uid}-requirements`);
  }

  /**
   * Where and when first, the figures compared in words; then the official rating, labelled as
   * Canada's, and why it reads otherwise when it does (which names the recent rating), else the
   * recent rating; the meaning of the terms on demand.
   */
  private renderOutlook(o: LabourMarketOutlook, caveat: string, level: number): TemplateResult {
    const lm = this.locale.t.labourMarket;
    const tone = !o.rated ? '' : o.condition.endsWith('shortage') ? 'shortage' : o.condition === 'balance' ? 'balance' : 'surplus';
    return html`<div class="block" part="outlook">
      ${this.heading(level, `${this.uid}-outlook`, 'subheading', lm.outlook(o.period))}
      <p class="lead">${slashBreaks(o.sentence)}</p>
      ${o.rated ? html`<p class="rating">${lm.ratingScope} <span class="condition ${tone}">${o.label}</span></p>` : nothing}
      ${o.note ? html`<p>${o.note}</p>` : nothing} ${o.rated && !o.note && o.recent ? html`<p>${o.recent.sentence}</p>` : nothing}
      <details>
        <summary>${lm.explain}</summary>
        <p>${o.explanation}</p>
        <p>${caveat}</p>
      </details>
      ${this.renderSource(o.source, o.source?.vintage ?? o.period)}
    </div>`;
  }

  private renderWages(index: LoadedIndex, d: MoveDescription, level: number): TemplateResult {
    const w = d.wages;
    return renderWages({
      index,
      d,
      lang: this.locale.lang,
      lm: this.locale.t.labourMarket,
      uid: this.uid,
      level,
      picked: this.picked,
      region: this.region,
      onRegion: this.onRegion,
      scrollBox: this.tableBox.ref,
      source: w ? this.renderSource(w.source, String(w.year)) : nothing,
    });
  }

  private onRegion = async (event: Event): Promise<void> => {
    this.picked = (event.target as HTMLSelectElement).value;
    // Told to the host, which may keep it (the portal's link carries it as `mc-region`).
    const detail: McRegionChangeDetail = { region: this.picked };
    this.emit('mc-region-change', detail);
    await this.updateComplete;
    // Figures of a wider region than the one picked: said, not only shown under the select.
    const notice = this.memo?.value?.wages?.notice;
    if (notice) this.live.say(notice);
  };

  private renderSource(source: SourceCitation | null, when: string): TemplateResult | typeof nothing {
    if (!source) return nothing;
    return html`<p class="source">${this.locale.t.labourMarket.source(source.name, when)}</p>`;
  }
}
