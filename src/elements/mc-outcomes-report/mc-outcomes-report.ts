import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { isAbortError } from '../../core/index-format/index.js';
import type { LoadedIndex } from '../../core/model/index.js';
import type { Outcomes } from '../../core/analytics/index.js';
import { localizeMarked } from '../../core/index-format/index.js';
import { levelHeading } from '../shared/heading.js';
import { IndexTask } from '../shared/index-task.js';
import { institutionName, markedName, occupationName, withMarkedNames, type ShownName } from '../shared/names.js';
import { dateFormat, numberFormat } from '../shared/locale.js';
import { McElement, errorBox } from '../shared/mc-element.js';
import { Announcer } from '../shared/announcer.js';
import { OutcomesError, downloadCsv, fetchOutcomes, reportUrl, type OutcomesErrorCode } from './outcomes-client.js';
import { figureHead, figureRow, weeklyChart, type ChartFormat } from './weekly-chart.js';
import { styles } from './mc-outcomes-report.styles.js';
import { adminMessages, type AdminMessages } from '../../i18n/admin.js';
import { common } from '../../i18n/en/common.js';

/** The report's "not relevant" marks; a server older than the marks sends none. */
function unrelatedOf(o: Outcomes): Outcomes['unrelated'] {
  return Array.isArray(o.unrelated) ? o.unrelated : [];
}

/**
 * The institution's outcomes report: recommendations shown, program opens, inquiries and the
 * click-through rate, in total, by week (a chart with its table), by host page, by occupation
 * and by program, and two curation lists: typed job titles that matched nothing, and programs
 * learners marked not relevant to an occupation (with what to do in the catalogue review).
 * Reads `GET /api/outcomes` of the reference server with the admin token, and downloads its CSV.
 *
 * The token is a property only, never an attribute: an attribute would show in the page's
 * markup and in anything that copies it.
 *
 * @tagname mc-outcomes-report
 * @summary Outcomes of the widgets for the institution (admin token required).
 *
 * @csspart heading - The report heading.
 * @csspart subheading - The heading of each block.
 * @csspart totals - The list of totals.
 * @csspart chart - The weekly chart's figure (SVG image, legend and table).
 * @csspart table - Each data table.
 * @csspart download - The CSV download button.
 * @csspart state - The loading, empty, sign-in and error boxes.
 * @csspart sample - The notice shown when the report is made-up sample data.
 * @csspart scope - The note saying an institution's report counts only its own programs' opens and marks.
 *
 * @cssprop [--mc-outcomes-report-shown=#1d4ed8] - Fill of the "recommendations shown" bars.
 * @cssprop [--mc-outcomes-report-opens=#047857] - Fill of the "program opens" bars.
 * @cssprop [--mc-outcomes-report-inquiries=#92400e] - Fill of the "inquiries" bars.
 * @cssprop [--mc-outcomes-report-border=#d1d5db] - Border of each block.
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
 * @fires {CustomEvent<McOutcomesErrorDetail>} mc-error - The report could not be read: `{ code, message }` (`unauthorized` when the token was refused).
 */
export class McOutcomesReport extends McElement {
  static override styles = styles;

  protected readonly locale = this.strings({ common });
  protected override readonly sourceOptional = true;

  /** The admin bearer token (property only). Without it the report asks to sign in. */
  @property({ attribute: false }) token: string | null = null;
  /** The report's URL (JSON; the CSV is the same with `.csv`); default `/api/outcomes`. */
  @property() endpoint = '/api/outcomes';
  /** First day of the report (`YYYY-MM-DD`, UTC); empty: from the first kept. */
  @property() from: string | null = null;
  /** Last day of the report (`YYYY-MM-DD`, UTC); empty: to today. */
  @property() to: string | null = null;
  /** URL of the index's `index.json` (or its folder), for occupation and program names (codes and ids without it). */
  @property() src: string | null = null;
  /** An index a parent already loaded; wins over `src`. */
  @property({ attribute: false }) index: LoadedIndex | null = null;
  /** Level (2-5) of the report heading; block headings use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** What the live region says about the CSV download. */
  @state() private downloadStatus = '';
  @state() private downloading = false;

  private readonly indexTask = new IndexTask(this, () => this.locale.lang);
  private readonly uid = 'mc-or';

  private readonly live = new Announcer(this);
  private readonly report = new Task(this, {
    args: () => [this.endpoint, this.token, this.from, this.to] as const,
    task: async ([endpoint, token, from, to], { signal }) => {
      if (!token) return null;
      try {
        return await fetchOutcomes(reportUrl(endpoint, false, from, to), token, signal);
      } catch (error) {
        if (!isAbortError(error)) this.fail(error);
        throw error;
      }
    },
  });

  /** Read the report again (the Retry button does this). */
  refresh(): void {
    void this.report.run();
  }

  private codeOf(error: unknown): OutcomesErrorCode {
    return error instanceof OutcomesError ? error.code : 'unknown';
  }

  private fail(error: unknown): void {
    const code = this.codeOf(error);
    const detail = { code, message: adminMessages(this.locale.lang).outcomes.errors[code] };
    this.dispatchEvent(new CustomEvent('mc-error', { detail, bubbles: true, composed: true }));
  }

  private get fmt(): ChartFormat {
    const lang = this.locale.lang;
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    return {
      number: (n) => numberFormat(lang).format(n),
      percent: (n) => (n === null ? '—' : numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(n)),
      dayShort: (d) => dateFormat(lang, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(day(d)),
      day: (d) => dateFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(day(d)),
    };
  }

  override render(): TemplateResult {
    const t = adminMessages(this.locale.lang).outcomes;
    if (!this.token) return html`<div part="state" class="state">${t.noToken}</div>${this.live.render()}`;
    // The live region is there from the first render: a "Loading…" box inserted already
    // filled is skipped by several screen readers.
    const body = this.report.render({
      initial: () => html`<div part="state" class="state">${this.live.busy(t.loading)}</div>`,
      pending: () => html`<div part="state" class="state">${this.live.busy(t.loading)}</div>`,
      error: (error) => errorBox(t.errors[this.codeOf(error)], this.locale.t.common.retry, () => this.refresh()),
      complete: (o) => (o === null ? html`<div part="state" class="state">${t.noToken}</div>` : this.renderReport(o)),
    });
    return html`${body}${this.live.render()}`;
  }

  private renderReport(o: Outcomes): TemplateResult {
    const t = adminMessages(this.locale.lang).outcomes;
    const fmt = this.fmt;
    const id = this.uid;
    const sub = this.headingLevel + 1;
    const period = t.period(o.from && fmt.day(o.from), o.to && fmt.day(o.to));
    const head = html`${levelHeading(this.headingLevel, { id: `${id}-h`, part: 'heading', text: t.heading })}
      ${o.sample ? html`<p class="sample" part="sample">${this.locale.t.common.sampleData}</p>` : nothing}
      <p class="period">${period}. ${t.anonymous}</p>`;
    if (o.scope) return this.renderScoped(o, o.scope.provider, head);
    if (o.batches === 0 && unrelatedOf(o).length === 0) {
      return html`<section class="root" aria-labelledby="${id}-h">${head}
        <p part="state" class="state">${t.empty}</p>
      </section>`;
    }
    return html`<section class="root" aria-labelledby="${id}-h">
      ${head}
      ${this.renderDownload(t)}
      ${this.renderTotals(o)}
      <div class="block">
        ${levelHeading(sub, { id: `${id}-weeks`, part: 'subheading', text: t.byWeek })}
        ${o.byWeek.length > 0 ? weeklyChart(o.byWeek, t, fmt, `${id}-chart`) : html`<p class="note">${t.none}</p>`}
      </div>
      <div class="block">
        ${levelHeading(sub, { id: `${id}-pages`, part: 'subheading', text: t.byPage })}
        ${this.figuresTable(
          t.byPage,
          t.page,
          o.byPage.map((p) => ({ ...p, name: p.page ?? t.unknownPage })),
        )}
      </div>
      <div class="block">
        ${levelHeading(sub, { id: `${id}-occupations`, part: 'subheading', text: t.byOccupation })}
        ${this.countTable(
          t.byOccupation,
          t.occupation,
          t.shown,
          o.byOccupation.map((x) => [this.occupationName(x.code), x.shown]),
        )}
      </div>
      <div class="block">
        ${levelHeading(sub, { id: `${id}-programs`, part: 'subheading', text: t.byProgram })}
        ${this.countTable(
          t.byProgram,
          t.program,
          t.opens,
          o.byProgram.map((x) => [this.programName(x.programId), x.opens]),
        )}
      </div>
      ${this.renderUnmatched(o)}
      ${this.renderUnrelated(o)}
    </section>`;
  }

  /** The totals: shown, opens, inquiries (and those still queued), click-through rate. */
  private renderTotals(o: Outcomes): TemplateResult {
    const t = adminMessages(this.locale.lang).outcomes;
    const fmt = this.fmt;
    const sub = this.headingLevel + 1;
    return html`<div class="block">
        ${levelHeading(sub, { id: `${this.uid}-totals`, part: 'subheading', text: t.totals })}
        <dl part="totals" class="totals">
          <div><dt>${t.shown}</dt><dd>${fmt.number(o.shown)}</dd></div>
          <div><dt>${t.opens}</dt><dd>${fmt.number(o.opens)}</dd></div>
          <div>
            <dt>${t.inquiries}</dt>
            <dd>${fmt.number(o.inquiries)}</dd>
            ${o.inquiriesByStatus.queued > 0 ? html`<dd class="note">${t.queued(fmt.number(o.inquiriesByStatus.queued))}</dd>` : nothing}
          </div>
          <div>
            <dt>${t.clickThroughRate}</dt>
            <dd>${fmt.percent(o.clickThroughRate)}</dd>
            <dd class="note">${t.ctrHint}</dd>
          </div>
        </dl>
      </div>`;
  }

  /** What people typed that matched no occupation, typed on at least `minVisits` visits. */
  private renderUnmatched(o: Outcomes): TemplateResult {
    const t = adminMessages(this.locale.lang).outcomes;
    const fmt = this.fmt;
    const sub = this.headingLevel + 1;
    return html`<div class="block">
        ${levelHeading(sub, { id: `${this.uid}-unmatched`, part: 'subheading', text: t.unmatched })}
        <p>${t.unmatchedIntro(o.minVisits)}</p>
        ${
          o.unmatched.length === 0
            ? html`<p class="note">${t.unmatchedNone(o.minVisits)}</p>`
            : html`<div class="scroll" role="region" tabindex="0" aria-label=${t.unmatched}><table part="table" class="unmatched">
              <caption class="visually-hidden">${t.unmatched}</caption>
              <thead>
                <tr><th scope="col">${t.title}</th><th scope="col" class="text">${t.language}</th><th scope="col">${t.visits}</th></tr>
              </thead>
              <tbody>
                ${o.unmatched.map(
                  (u) => html`<tr>
                    <th scope="row" lang=${u.lang}>${u.query}</th>
                    <td class="text">${t.langName(u.lang)}</td>
                    <td>${fmt.number(u.visits)}</td>
                  </tr>`,
                )}
              </tbody>
            </table></div>`
        }
      </div>`;
  }

  /** Programs learners marked not relevant to an occupation, and how to stop recommending them there. */
  private renderUnrelated(o: Outcomes): TemplateResult {
    const t = adminMessages(this.locale.lang).outcomes;
    const rows = unrelatedOf(o);
    return html`<div class="block">
        ${levelHeading(this.headingLevel + 1, { id: `${this.uid}-unrelated`, part: 'subheading', text: t.unrelated })}
        <p>${t.unrelatedIntro}</p>
        ${
          rows.length === 0
            ? html`<p class="note">${t.unrelatedNone}</p>`
            : html`<p>${t.unrelatedHint}</p>
                <div class="scroll" role="region" tabindex="0" aria-label=${t.unrelated}><table part="table" class="unrelated">
                  <caption class="visually-hidden">${t.unrelated}</caption>
                  <thead>
                    <tr><th scope="col">${t.program}</th><th scope="col" class="text">${t.occupation}</th><th scope="col">${t.marks}</th></tr>
                  </thead>
                  <tbody>
                    ${rows.map((u) => {
                      const program = this.programName(u.programId);
                      return html`<tr>
                        <th scope="row" lang=${program.lang ?? nothing}>${program.value}</th>
                        <td class="text">${markedName(this.occupationName(u.code))}</td>
                        <td>${this.fmt.number(u.marks)}</td>
                      </tr>`;
                    })}
                  </tbody>
                </table></div>`
        }
      </div>`;
  }

  /** An institution's report: the opens of its own programs, and why nothing else is shown. */
  private renderScoped(o: Outcomes, provider: string, head: TemplateResult): TemplateResult {
    const t = adminMessages(this.locale.lang).outcomes;
    const fmt = this.fmt;
    const id = this.uid;
    const sub = this.headingLevel + 1;
    return html`<section class="root" aria-labelledby="${id}-h">
      ${head}
      <p part="scope" class="note">${this.scopeLine(t, provider)}</p>
      ${this.renderDownload(t)}
      <div class="block">
        ${levelHeading(sub, { id: `${id}-totals`, part: 'subheading', text: t.totals })}
        <dl part="totals" class="totals">
          <div><dt>${t.opens}</dt><dd>${fmt.number(o.opens)}</dd></div>
        </dl>
      </div>
      <div class="block">
        ${levelHeading(sub, { id: `${id}-programs`, part: 'subheading', text: t.byProgram })}
        ${
          o.byProgram.length === 0
            ? html`<p class="note">${t.scopedEmpty}</p>`
            : this.countTable(
                t.byProgram,
                t.program,
                t.opens,
                o.byProgram.map((x) => [this.programName(x.programId), x.opens]),
              )
        }
      </div>
      ${this.renderUnrelated(o)}
    </section>`;
  }

  private figuresTable(caption: string, first: string, rows: Array<Outcomes['byPage'][number] & { name: string }>): TemplateResult {
    const t = adminMessages(this.locale.lang).outcomes;
    if (rows.length === 0) return html`<p class="note">${t.none}</p>`;
    return html`<div class="scroll" role="region" tabindex="0" aria-label=${caption}><table part="table">
      <caption class="visually-hidden">${caption}</caption>
      <thead>
        <tr><th scope="col">${first}</th>${figureHead(t)}</tr>
      </thead>
      <tbody>
        ${rows.map((r) => html`<tr><th scope="row" class="url">${r.name}</th>${figureRow(r, this.fmt)}</tr>`)}
      </tbody>
    </table></div>`;
  }

  /** A table of names and counts; a name with a `lang` (an English program title on a French report) is marked with it. */
  private countTable(caption: string, first: string, counted: string, rows: Array<[string | { value: string; lang: string | null }, number]>): TemplateResult {
    const t = adminMessages(this.locale.lang).outcomes;
    if (rows.length === 0) return html`<p class="note">${t.none}</p>`;
    return html`<div class="scroll" role="region" tabindex="0" aria-label=${caption}><table part="table">
      <caption class="visually-hidden">${caption}</caption>
      <thead>
        <tr><th scope="col">${first}</th><th scope="col">${counted}</th></tr>
      </thead>
      <tbody>
        ${rows.map(([name, n]) => {
          const { value, lang } = typeof name === 'string' ? { value: name, lang: null } : name;
          return html`<tr><th scope="row" lang=${lang ?? nothing}>${value}</th><td>${this.fmt.number(n)}</td></tr>`;
        })}
      </tbody>
    </table></div>`;
  }

  private get loadedIndex(): LoadedIndex | null {
    const st = this.indexTask.state;
    return st.kind === 'ready' ? st.index : null;
  }

  /** An occupation's title with its code ("Welders … (NOC 72106)", as in the inbox), `lang: 'en'` when an English one stands on a French report; its code when the index lacks it. */
  private occupationName(code: string): ShownName {
    const { lang } = this.locale;
    const named = occupationName(code, this.loadedIndex?.occupations.get(code)?.title, lang, adminMessages(lang).outcomes.occupationNamed);
    return named ? { value: named.value, lang: named.names[0]!.lang } : { value: code, lang: null };
  }

  /** Whose report it is: the institution (`Program.provider`) by its name in the report's language when the index knows it. */
  private scopeLine(t: AdminMessages['outcomes'], provider: string): TemplateResult | string {
    const index = this.loadedIndex;
    const name = index ? institutionName(provider, index.ranking, this.locale.lang) : { value: provider, lang: null };
    return withMarkedNames(t.scoped(name.value), [name]);
  }

  /** A program's title, `lang: 'en'` when an English one stands on a French report; its id when the index lacks it. */
  private programName(id: string): ShownName {
    const program = this.loadedIndex?.programs.find((p) => p.id === id);
    return program ? localizeMarked(program.title, this.locale.lang) : { value: id, lang: null };
  }

  /** The CSV download button and what became of the last download. */
  private renderDownload(t: AdminMessages['outcomes']): TemplateResult {
    return html`<div class="actions">
      <button type="button" part="download" class="secondary" ?disabled=${this.downloading} @click=${this.onDownload}>${t.download}</button>
      <p class="note" role="status">${this.downloadStatus}</p>
    </div>`;
  }

  private onDownload = async (): Promise<void> => {
    const t = adminMessages(this.locale.lang).outcomes;
    if (!this.token || this.downloading) return;
    this.downloading = true;
    this.downloadStatus = t.downloading;
    try {
      await downloadCsv(reportUrl(this.endpoint, true, this.from, this.to), this.token);
      this.downloadStatus = t.downloaded;
    } catch {
      this.downloadStatus = t.downloadFailed;
    } finally {
      this.downloading = false;
    }
  };
}

/** Detail of `mc-error` from the report. */
export interface McOutcomesErrorDetail {
  code: OutcomesErrorCode;
  message: string;
}
