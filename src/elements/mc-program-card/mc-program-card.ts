import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { Reason, Recommendation, SkillRef } from '../../core/model/index.js';
import { localizeMarked, type Lang, type Program } from '../../core/index-format/index.js';
import { safeHttpsUrl } from '../../core/text/index.js';
import { distinctLabels } from '../../core/text/index.js';
import { formatMoney } from '../../core/lmi/index.js';
import { hoursText } from '../shared/locale.js';
import { McElement } from '../shared/mc-element.js';
import { levelHeading } from '../shared/heading.js';
import { markedName, partsHtml, providerName } from '../shared/names.js';
import { styles } from './mc-program-card.styles.js';
import type { McInquireRequestDetail } from './mc-program-card.events.js';
import { common } from '../../i18n/en/common.js';
import { card } from '../../i18n/en/card.js';

export type { McInquireRequestDetail, McProgramOpenDetail, McProgramUnrelatedDetail } from './mc-program-card.events.js';

/**
 * One micro-credential program: what it is, what it costs, why it is recommended, which
 * skills it covers and which it leaves out, and ways to act on it. Given the `occupation` it
 * was recommended for, it offers "Not relevant to this job": marked, the card folds to its
 * title, a line saying so and Undo (focus moves to the button that replaced the one pressed).
 *
 * @tagname mc-program-card
 * @summary A program with its facts, the reason it is recommended and its skill coverage.
 *
 * @csspart card - The outer box.
 * @csspart title - The program title (a heading of level `heading-level`).
 * @csspart provider - The institution line.
 * @csspart facts - The list of hours, cost, delivery, language, OSAP and credential.
 * @csspart reason - Why the program is recommended, with how strong the evidence is.
 * @csspart skills - The covered and not-covered skill lists.
 * @csspart series - The disclosure listing the other courses of the program's series.
 * @csspart link - The outbound link to the program page (only for a safe https URL).
 * @csspart actions - The row holding the link, the Inquire button and "Not relevant to this job" (or Undo).
 * @csspart url - The program's web address, shown in print only (where the link cannot be followed).
 *
 * @cssprop [--mc-program-card-accent=#1d4ed8] - Colour of the reason's side rule.
 * @cssprop [--mc-program-card-background=#ffffff] - Background.
 * @cssprop [--mc-program-card-border=#d1d5db] - Border colour.
 * @cssprop [--mc-program-card-gap-background=#fffbeb] - Background of skills not covered.
 * @cssprop [--mc-program-card-gap-border=#d97706] - Border of skills not covered.
 * @cssprop [--mc-program-card-gap-color=#78350f] - Text colour of skills not covered.
 * @cssprop [--mc-program-card-matched-background=#ecfdf5] - Background of covered skills.
 * @cssprop [--mc-program-card-matched-border=#6ee7b7] - Border of covered skills.
 * @cssprop [--mc-program-card-matched-color=#065f46] - Text colour of covered skills.
 * @cssprop [--mc-program-card-padding=1rem] - Inner spacing.
 * @cssprop [--mc-program-card-radius=0.5rem] - Corner radius.
 * @cssprop [--mc-program-card-title-color=#111827] - Title colour.
 * @cssprop [--mc-program-card-title-size=1.125em] - Title font size.
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
 * @cssprop [--mc-color-success=#6ee7b7] - Success borders; border of a covered skill.
 * @cssprop [--mc-color-success-surface=#ecfdf5] - Background of success messages, covered skills, a shortage outlook.
 * @cssprop [--mc-color-success-text=#065f46] - Text of success messages, covered skills, a shortage outlook.
 * @cssprop [--mc-color-surface=#ffffff] - Background of inputs, cards, lists and blocks.
 * @cssprop [--mc-color-surface-hover=#eff6ff] - Background of a hovered option or secondary button; chosen-skill chips.
 * @cssprop [--mc-color-surface-muted=#f3f4f6] - Background of panels (searches, filters, states, selection bar).
 * @cssprop [--mc-color-text=#1f2937] - Body text.
 * @cssprop [--mc-color-text-muted=#4b5563] - Hints, sources, notes, placeholders.
 * @cssprop [--mc-color-warning=#d97706] - Warning borders; the sample-data notice; a skill not covered.
 * @cssprop [--mc-color-warning-surface=#fffbeb] - Background of warnings, the sample-data notice, skills not covered, a surplus outlook.
 * @cssprop [--mc-color-warning-text=#78350f] - Text of warnings, the sample-data notice, skills not covered, a surplus outlook.
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
 * @fires {CustomEvent<McProgramOpenDetail>} mc-program-open - The person followed a program link (the card's, or one in its
 *   series). Detail: `{ programId }` of the program linked to.
 * @fires {CustomEvent<McInquireRequestDetail>} mc-inquire-request - The person pressed "Ask about this program"; the host opens
 *   an inquiry form. Detail: `{ programId, program }`, `program` ready for `<mc-inquiry-form>`'s `programs`. (`mc-inquire`
 *   means an inquiry was sent.)
 * @fires {CustomEvent<McProgramUnrelatedDetail>} mc-program-unrelated - The person marked the program as not relevant to
 *   `occupation`, or undid it. Detail: `{ programId, occupation, unrelated }`. Analytics count the marks, anonymously,
 *   for the institution.
 */
export class McProgramCard extends McElement {
  static override styles = styles;

  protected readonly locale = this.strings({ common, card });
  protected override readonly deferFirstRender = true;

  /** The program to show; defaults to `recommendation.program`. */
  @property({ attribute: false })
  get program(): Program | null {
    return this.ownProgram ?? this.recommendation?.program ?? null;
  }
  set program(value: Program | null) {
    // Lit wraps this setter: it compares the getter before and after, and re-renders.
    this.ownProgram = value;
  }
  private ownProgram: Program | null = null;
  /** The core's recommendation for the program: reasons, strength, series, covered and missing skills. */
  @property({ attribute: false }) recommendation: Recommendation | null = null;
  /**
   * The key skills the person still needs (set by mc-recommendations): the card then says
   * which of them the program adds, instead of listing what it does not cover.
   */
  @property({ attribute: false }) needed: readonly SkillRef[] | null = null;
  /**
   * `needed` are the key skills a move from the person's current occupation still needs
   * (mc-recommendations in gap mode), not all of the occupation's: the card says "still need".
   */
  @property({ type: Boolean, attribute: 'gap-mode' }) gapMode = false;
  /**
   * In gap mode, the wanted job's key skills the person likely has already (set by
   * mc-recommendations, the plan's list): the card says which of them the program covers.
   */
  @property({ attribute: false }) had: readonly SkillRef[] | null = null;
  /** Level (2-6) of the title heading, to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** Hides the Inquire button (e.g. where programs are selected for one joint inquiry). */
  @property({ type: Boolean, attribute: 'no-inquire' }) noInquire = false;
  /**
   * The recommendation's skills are ones the person chose (as in mc-skill-finder), not an
   * occupation's key skills: the list of what it does not cover says so.
   */
  @property({ type: Boolean, attribute: 'chosen-skills' }) chosenSkills = false;
  /**
   * NOC 2021 code of the occupation the program is recommended for (set by
   * mc-recommendations): the card then offers "Not relevant to this job".
   */
  @property() occupation: string | null = null;
  /** The person marked the program as not relevant to `occupation`: the card is folded. */
  @property({ type: Boolean, reflect: true }) unrelated = false;

  @query('.title') private titleEl!: HTMLElement | null;

  private readonly uid = 'mc-program-card';

  /** Moves focus to the program title (used after "Show more"). */
  override focus(options?: FocusOptions): void {
    if (this.titleEl) this.titleEl.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) {
      const level = Math.round(Number(this.headingLevel));
      this.headingLevel = Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : 3;
    }
  }

  override render(): TemplateResult {
    const program = this.program;
    const { t } = this.locale;
    if (!program) {
      return html`<div part="card" class="card state"><p>${t.card.missing}</p></div>`;
    }
    const lang = this.locale.lang;
    const title = localizeMarked(program.title, lang);
    const description = localizeMarked(program.description, lang);
    const rec = this.recommendation && this.recommendation.program.id === program.id ? this.recommendation : null;
    const offerUnrelated = rec !== null && !!this.occupation;
    if (offerUnrelated && this.unrelated) return this.folded(program, title);
    const link = this.link(program, 'link', html`${t.card.link}${hiddenTitle(t.card.ofTitle, title, ` ${t.card.newTab}`)}`);
    return html`
      <article part="card" class="card" aria-labelledby="${this.uid}-title">
        <div class="head">
          ${levelHeading(this.headingLevel, { id: `${this.uid}-title`, part: 'title', text: title.value, lang: title.lang })}
          <p part="provider" class="provider">
            <span class="visually-hidden">${t.card.provider}</span> ${markedName(providerName(program, lang))}
          </p>
        </div>
        ${description.value ? html`<p class="description" lang=${description.lang ?? nothing}>${description.value}</p>` : nothing}
        ${this.facts(program, lang)}
        ${
          rec && (rec.reasons.length > 0 || rec.strength)
            ? html`<div part="reason" class="reason">
              <p class="visually-hidden">${t.card.why}</p>
              ${rec.strength ? html`<p class="strength">${(this.gapMode ? t.card.strengthGap : t.card.strength)[rec.strength]}</p>` : nothing}
              ${rec.reasons.map((reason) => html`<p>${reasonText(reason)}</p>`)}
            </div>`
            : nothing
        }
        ${rec ? (this.needed ? this.adds(rec, this.needed) : this.skills(rec.matchedSkills, rec.gapSkills)) : nothing}
        ${rec?.series?.length ? this.series(rec.series, lang) : nothing}
        ${link ? html`<p part="url" class="url print-only">${t.card.webAddress(safeHttpsUrl(program.url)!)}</p>` : nothing}
        ${
          link || !this.noInquire || offerUnrelated
            ? html`<div part="actions" class="actions">
              ${link ?? nothing}
              ${
                this.noInquire
                  ? nothing
                  : html`<button type="button" class="secondary" @click=${this.onInquire}>
                    ${t.card.inquire}${hiddenTitle(t.card.ofTitle, title)}
                  </button>`
              }
              ${
                offerUnrelated
                  ? html`<button type="button" class="link unrelated" @click=${this.onUnrelated}>
                    ${t.card.unrelated}${hiddenTitle(t.card.ofTitle, title)}
                  </button>`
                  : nothing
              }
            </div>`
            : nothing
        }
      </article>
    `;
  }

  /** The card of a program the person marked as not relevant: its title, a line saying so, and Undo. */
  private folded(program: Program, title: { value: string; lang: string | null }): TemplateResult {
    const { t } = this.locale;
    return html`<article part="card" class="card folded" aria-labelledby="${this.uid}-title">
      <div class="head">
        ${levelHeading(this.headingLevel, { id: `${this.uid}-title`, part: 'title', text: title.value, lang: title.lang })}
        <p part="provider" class="provider"><span class="visually-hidden">${t.card.provider}</span> ${markedName(providerName(program, this.locale.lang))}</p>
      </div>
      <p class="note" id="${this.uid}-unrelated">${t.card.unrelatedDone}</p>
      <div part="actions" class="actions">
        <button type="button" class="link unrelated" aria-describedby="${this.uid}-unrelated" @click=${this.onUnrelated}>
          ${t.card.undo}${hiddenTitle(t.card.ofTitle, title)}
        </button>
      </div>
    </article>`;
  }

  private facts(program: Program, lang: Lang): TemplateResult {
    const { t } = this.locale;
    const c = t.card;
    const hours = program.hours == null ? c.hoursUnknown : hoursText(program.hours, lang, c.hours);
    const cost = program.costCad == null ? c.costUnknown : program.costCad === 0 ? c.free : formatMoney(program.costCad, lang, false);
    const delivery = program.delivery ? c.delivery[program.delivery] : c.notListed;
    const language = program.language ? c.language[program.language] : c.languageNotListed;
    const osap = program.osapEligible == null ? c.notListed : program.osapEligible ? c.osapYes : c.osapNo;
    const rows: Array<[string, string]> = [
      [c.hoursLabel, hours],
      [c.costLabel, cost],
      [c.deliveryLabel, delivery],
      [c.languageLabel, language],
      [c.osapLabel, osap],
    ];
    if (program.credential) rows.push([c.credentialLabel, c.credentials[program.credential.toLowerCase()] ?? program.credential]);
    return html`<dl part="facts" class="facts" aria-label=${c.facts}>
      ${rows.map(
        ([label, value]) =>
          // A long value ("Microcertification", "Attestation de réussite") takes the whole row, not half of it cut mid-word.
          html`<div class=${value.length > 14 ? 'fact wide' : 'fact'}><dt>${label}</dt><dd>${value}</dd></div>`,
      )}
    </dl>`;
  }

  private skills(allMatched: readonly SkillRef[], allGap: readonly SkillRef[]): TemplateResult | typeof nothing {
    // A skill filed twice in the vocabulary ("Accounting", "accounting") is listed once.
    const matched = distinctLabels(allMatched);
    const gap = distinctLabels(allGap, matched);
    if (matched.length === 0 && gap.length === 0) return nothing;
    const { t } = this.locale;
    const list = (kind: 'matched' | 'gap', label: string, skills: readonly SkillRef[]) =>
      skills.length === 0
        ? nothing
        : html`<p class="label" id="${this.uid}-${kind}">${label}</p>
            <ul class=${kind} aria-labelledby="${this.uid}-${kind}">
              ${skills.map((skill) => html`<li lang=${skill.labelLang ?? nothing}>${skill.label}</li>`)}
            </ul>`;
    return html`<div part="skills" class="skills">
      ${list('matched', t.card.matched, matched)} ${list('gap', this.chosenSkills ? t.card.gapChosen : t.card.gap, gap)}
    </div>`;
  }

  /**
   * Which of the person's needed skills the program adds; in gap mode, which of the key skills
   * it covers the person likely has already (`had`); then the other skills it covers.
   */
  private adds(rec: Recommendation, needed: readonly SkillRef[]): TemplateResult {
    const { t } = this.locale;
    const taught = new Set(rec.program.skills);
    for (const s of rec.matchedSkills) taught.add(s.index);
    const adds = distinctLabels(needed.filter((s) => taught.has(s.index)));
    const had = this.gapMode && this.had ? distinctLabels(this.had.filter((s) => taught.has(s.index))) : [];
    const listed = new Set([...needed, ...had].map((s) => s.index));
    const also = distinctLabels(
      rec.matchedSkills.filter((s) => !listed.has(s.index)),
      [...adds, ...had],
    );
    const list = (kind: 'matched' | 'had' | 'also', label: string, skills: readonly SkillRef[]) =>
      html`<p class="label" id="${this.uid}-${kind}">${label}</p>
        <ul class=${kind === 'matched' ? 'matched adds' : `matched ${kind}`} aria-labelledby="${this.uid}-${kind}">
          ${skills.map((skill) => html`<li lang=${skill.labelLang ?? nothing}>${skill.label}</li>`)}
        </ul>`;
    return html`<div part="skills" class="skills">
      ${
        adds.length > 0
          ? list('matched', this.gapMode ? t.card.addsGap : t.card.adds, adds)
          : html`<p class="label">${this.gapMode ? t.card.addsNoneGap : t.card.addsNone}</p>`
      }
      ${had.length > 0 ? list('had', t.card.hadGap, had) : nothing} ${also.length > 0 ? list('also', t.card.also, also) : nothing}
    </div>`;
  }

  /** The other parts of the program's series, folded away: they are not the recommendation. */
  private series(programs: readonly Program[], lang: Lang): TemplateResult {
    const { t } = this.locale;
    return html`<details part="series" class="series">
      <summary>${t.card.series(programs.length)}</summary>
      <ul>
        ${programs.map((program) => {
          const title = localizeMarked(program.title, lang);
          const label = html`<span lang=${title.lang ?? nothing}>${title.value}</span>`;
          return html`<li>
            ${this.link(program, nothing, html`${label}<span class="visually-hidden"> ${t.card.newTab}</span>`) ?? label}
          </li>`;
        })}
      </ul>
    </details>`;
  }

  /**
   * A new-tab link to `program`'s page, or null unless its URL is safe https: the index
   * refuses other URLs, but a card is also handed programs directly.
   */
  private link(program: Program, part: string | typeof nothing, content: TemplateResult): TemplateResult | null {
    const url = safeHttpsUrl(program.url);
    if (!url) return null;
    return html`<a
      part=${part}
      href=${url}
      target="_blank"
      rel="noopener noreferrer"
      data-program=${program.id}
      @click=${this.onOpen}
      >${content}</a
    >`;
  }

  private onOpen(e: Event): void {
    const id = (e.currentTarget as HTMLElement).dataset.program;
    if (id) this.emit('mc-program-open', { programId: id });
  }

  /** Marks or unmarks the program, then focuses the button that took the pressed one's place. */
  private async onUnrelated(): Promise<void> {
    const program = this.program;
    if (!program || !this.occupation) return;
    this.unrelated = !this.unrelated;
    this.emit('mc-program-unrelated', { programId: program.id, occupation: this.occupation, unrelated: this.unrelated });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('button.unrelated')?.focus();
  }

  private onInquire(): void {
    const program = this.program;
    if (program) this.emit('mc-inquire-request', { programId: program.id, program } satisfies McInquireRequestDetail);
  }
}

/** A reason's sentence, the program's words in the other language in spans with their `lang` (screen readers switch voice). */
function reasonText(reason: Reason): TemplateResult | string {
  return reason.parts ? partsHtml(reason.parts) : reason.text;
}

/** The title a link or button is about, heard only, after the language's `separator`: an English title on a French page keeps its `lang`. */
function hiddenTitle(separator: string, title: { value: string; lang: string | null }, after = ''): TemplateResult {
  return html`<span class="visually-hidden">${separator}<span lang=${title.lang ?? nothing}>${title.value}</span>${after}</span>`;
}
