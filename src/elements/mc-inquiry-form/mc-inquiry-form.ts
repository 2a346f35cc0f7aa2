import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  INQUIRY_FIELDS,
  inquiryFromDraft,
  validateInquiry,
  type FieldError,
  type InquiryDraft,
  type InquiryField,
  type InquiryVariant,
} from '../../core/inquiry/index.js';
import { setupHint, type Outbox, type OutboxChangeEvent, type RetryReason, type SendResult } from '../../core/offline/index.js';
import type { Lang, Localized, Program } from '../../core/index-format/index.js';
import { safePageUrl } from '../../core/text/index.js';
import { levelHeading } from '../shared/heading.js';
import { recipientsOf, type Recipients } from '../shared/recipients.js';
import { withMarkedNames } from '../shared/names.js';
import { McElement } from '../shared/mc-element.js';
import type { McInquireDetail } from './mc-inquiry-form.events.js';
import { earlierView, restoreEarlier, sortEarlier, type EarlierInquiries } from './earlier-inquiries.js';
import { consentField, disclosure, errorSummary, errorText, honeypot, programsView, textField, type FieldView } from './fields.js';
import { actionsView, isRefusal, pageOutbox, statusView, type Phase } from './form-status.js';
import { DraftKeeper, draftKey } from './draft-store.js';
import { ReceiptController, sameIds, type ReceiptContext } from './receipt.js';
import { consentText, contactOf, listOf, recipientsView, warnUnnamedOwner } from './recipients-view.js';
import { RefusedInquiry } from './refused.js';
import { OutboxStatus } from '../shared/outbox-status.js';
import { styles } from './mc-inquiry-form.styles.js';
import { common } from '../../i18n/en/common.js';
import { inquiry } from '../../i18n/en/inquiry.js';
import { outbox } from '../../i18n/en/outbox.js';
import { receipt } from '../../i18n/en/receipt.js';

export type { McInquireDetail } from './mc-inquiry-form.events.js';

/**
 * A form to ask an institution about one or more programs, as a learner or for an
 * employer's team. It says who receives the inquiry (whoever runs the endpoint, and the
 * institutions when the endpoint passes it on) and has the person consent to exactly those.
 * The inquiry is saved on the device before it is sent and retried until delivered (also on a
 * later visit: any element that sends to `endpoint` sends it once on the page and online, and
 * says so); once sent, a receipt shows its reference, time, recipients and content, to copy or
 * print (Print prints the receipt alone, from a frame of its own, not the page around it; a page
 * printed as a whole leaves the form's buttons out). Nothing personal is kept once sent, or once the person was told the endpoint refused
 * it and left the form. What the person typed is never lost: kept in the page's memory (never
 * on the device) when the form is removed and made again (a review step, a dialog, a language
 * change) until it is sent or the page is left.
 *
 * @tagname mc-inquiry-form
 * @summary Inquiry form with consent, field-level errors and offline-safe sending.
 *
 * @slot heading - The heading's text in place of the form's own ("Ask about this program"). A page that
 *   names a dialog around the form after its heading points `aria-labelledby` at this text, in
 *   its own tree: an id reference cannot reach the heading inside the form's shadow root.
 *
 * @csspart form - The form box.
 * @csspart heading - The form heading (a heading of level `heading-level`).
 * @csspart programs - The list of programs asked about.
 * @csspart summary - The error summary shown after a submit with problems.
 * @csspart field - Each label, hint, error and control group.
 * @csspart recipients - Who receives the inquiry: who keeps it, and the institutions it is passed on to or not sent to.
 * @csspart disclosure - What is sent with the inquiry, and the link to the privacy notice.
 * @csspart status - The message saying what happened to the inquiry.
 * @csspart receipt - Once sent: the reference, time, recipients and content of the inquiry, with Copy and Print.
 * @csspart earlier - The notice about inquiries saved earlier on this device (also part `status`).
 * @csspart refused - The notice about earlier inquiries the institution refused (also parts `status` and `earlier`).
 * @csspart outbox - The notice about other inquiries saved on this device for `endpoint`: being sent, sent (when, to whom), not sent yet.
 * @csspart actions - The row of buttons.
 * @csspart submit - The Send button.
 *
 * @cssprop [--mc-inquiry-form-background=#ffffff] - Background.
 * @cssprop [--mc-inquiry-form-border=#6b7280] - Border colour.
 * @cssprop [--mc-inquiry-form-gap=1rem] - Space between fields.
 * @cssprop [--mc-inquiry-form-heading-size=1.25rem] - Heading font size.
 * @cssprop [--mc-inquiry-form-max-width=40rem] - Widest the form grows.
 * @cssprop [--mc-inquiry-form-padding=1rem] - Inner spacing.
 * @cssprop [--mc-inquiry-form-radius=0.375rem] - Corner radius.
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
 * @cssprop [--mc-color-success=#15803d] - Success borders; border of a covered skill.
 * @cssprop [--mc-color-success-surface=#f0fdf4] - Background of success messages, covered skills, a shortage outlook.
 * @cssprop [--mc-color-success-text=#14532d] - Text of success messages, covered skills, a shortage outlook.
 * @cssprop [--mc-color-surface=#ffffff] - Background of inputs, cards, lists and blocks.
 * @cssprop [--mc-color-surface-hover=#eff6ff] - Background of a hovered option or secondary button; chosen-skill chips.
 * @cssprop [--mc-color-surface-muted=#f3f4f6] - Background of panels (searches, filters, states, selection bar).
 * @cssprop [--mc-color-text=#1f2937] - Body text.
 * @cssprop [--mc-color-text-muted=#4b5563] - Hints, sources, notes, placeholders.
 * @cssprop [--mc-color-warning=#b45309] - Warning borders; the sample-data notice; a skill not covered.
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
 * @fires {CustomEvent<McInquireDetail>} mc-inquire - The person submitted an inquiry and it was sent or saved to send later.
 *   Detail: `{ programIds, status: 'sent' | 'queued' }`; never any personal data.
 * @fires {CustomEvent<McErrorDetail>} mc-error - The person submitted an inquiry and the endpoint cannot take inquiries from
 *   this page (an HTTP 4xx status it does not retry, such as 401, 403 or 404, a redirect, its CORS headers, or this page's
 *   Content-Security-Policy not listing it in `connect-src`): `{ code: 'inquiry-setup', message, hint }`, `hint` saying what to
 *   change, in English. A refused inquiry (4xx) stays on the device until the person leaves the form; the others until sent.
 */
export class McInquiryForm extends McElement {
  static override styles = styles;

  protected readonly locale = this.strings({ common, inquiry, outbox, receipt });

  /**
   * Who is asking: a `learner` for themself, or an `employer` for a team.
   * @type {'learner' | 'employer'}
   */
  @property({ reflect: true }) variant: InquiryVariant = 'learner';
  /** URL the inquiry is POSTed to (JSON, with an Idempotency-Key header). */
  @property() endpoint = '';
  /**
   * Who runs `endpoint` (a college, a career centre, a portal): named as who receives and
   * keeps the inquiry, and in the consent. Not given: "whoever runs" and the endpoint's host,
   * with a console warning. The name of an institution of `programs` (its `provider`) is shown
   * by its French name on a French page.
   */
  @property({ attribute: 'endpoint-owner' }) endpointOwner = '';
  /** Older name of `endpoint-owner`; wins when both are set. */
  @property() institution = '';
  /**
   * The endpoint passes each inquiry on to the institutions offering its programs (the
   * reference server started with `--index`): the person is told each of them can read it.
   * Without it, the person is told the institutions do not receive it.
   */
  @property({ type: Boolean }) routed = false;
  /** The programs the inquiry is about. */
  @property({ attribute: false }) programs: Program[] = [];
  /** NOC code of the occupation the learner came from, sent with a learner inquiry. */
  @property() occupation: string | null = null;
  /** Title of `occupation` (`{ en, fr }`, as the index gives it): the receipt shows it with the code. */
  @property({ attribute: false }) occupationTitle: Localized | null = null;
  /** Address of the privacy notice of whoever runs `endpoint` (http or https), linked under the consent. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';
  /** Days within which whoever answers inquiries says it replies; shown on the receipt when set (a whole number, 1-365). */
  @property({ type: Number, attribute: 'reply-within-days' }) replyWithinDays: number | null = null;
  /** Level (2-6) of the form heading, to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** The outbox to send through; defaults to one shared by every form on the page. */
  @property({ attribute: false }) outbox: Outbox | null = null;

  @state() private draft: InquiryDraft = {};
  @state() private errors: FieldError[] = [];
  @state() private phase: Phase = 'editing';
  @state() private reason: RetryReason = 'network';
  @state() private persistent = true;
  @state() private earlier: EarlierInquiries = { waiting: [] };
  /** What the live region says of an outcome that came by itself (`sayStatus`); "Sending…" while sending. */
  @state() private said = '';
  /** The HTTP status of a refusal (`refused`), null when the endpoint named none. */
  @state() private httpStatus: number | null = null;

  private readonly uid = 'mc-inquiry-form';
  /** Earlier inquiries for `endpoint`: sent as soon as the form is on the page, and said above it. */
  private readonly saved = new OutboxStatus(this, { programs: () => this.programs, outbox: () => this.outbox });
  private readonly refusal = new RefusedInquiry(this);
  private readonly kept = new DraftKeeper();
  private readonly receipts = new ReceiptController(this, () => this.receiptContext());

  /** Who receives the inquiry: worked out in `willUpdate` when what it depends on changes. */
  private recipients!: Recipients;
  private recipientsLang: Lang | null = null;

  private trap = '';
  /** "Try sending now" or "Discard" is under way: its outcome takes the focus. */
  private acting = false;
  private pendingId: string | null = null;
  /** The inquiry the form shows as sent: the notice of other saved inquiries does not say it again. */
  private sentId: string | null = null;
  private listening: Outbox | null = null;
  private readonly onChange = (event: Event) => {
    const result = (event as OutboxChangeEvent).result;
    if (result.id === this.pendingId && result.status !== 'busy') {
      // What answers the person's own Send takes the focus (focusStatus); what comes on its own is said.
      const theirs = this.phase === 'sending' || this.acting;
      this.apply(result, false);
      if (!theirs) void this.sayStatus();
    }
    // While sending, the result belongs to this form's own submission: onSubmit applies it.
    else if (this.phase !== 'sending') void this.countEarlier();
  };

  /** Empties the form for a new inquiry (what was typed, and the receipt, are dropped). */
  clear(): void {
    void this.refusal.leave();
    this.draft = {};
    this.errors = [];
    this.phase = 'editing';
    this.pendingId = null;
    this.receipts.show(null);
    this.kept.forget();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.connectOutbox();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listening?.removeEventListener('change', this.onChange);
    this.listening = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('outbox') && this.isConnected) void this.connectOutbox();
    if (changed.has('variant') && this.variant !== 'employer') this.variant = 'learner';
    const lang = this.locale.lang;
    if (this.recipientsLang !== lang || (['routed', 'institution', 'endpointOwner', 'endpoint', 'programs'] as const).some((p) => changed.has(p))) {
      const owner = this.institution || this.endpointOwner;
      this.recipients = recipientsOf({ routed: this.routed, owner, endpoint: this.endpoint, base: document.baseURI, programs: this.programs, lang });
      this.recipientsLang = lang;
    }
    // What was typed outlives this element (see draft-store.ts); a receipt lasts while the programs do.
    const r = this.recipients;
    const ids = this.programs.map((p) => p.id);
    if (this.receipts.receipt && !sameIds(this.receipts.receipt.programs, ids)) this.clear();
    const key = draftKey(this.variant, this.endpoint, document.baseURI);
    const shown = this.kept.sync({ phase: this.phase, draft: this.draft, receipt: this.receipts.receipt }, { key, recipients: r.key, programIds: ids });
    [this.draft, this.phase] = [shown.draft, shown.phase];
    if (shown.receipt !== this.receipts.receipt) this.receipts.show(shown.receipt);
    if (!r.holder && this.endpoint) warnUnnamedOwner(this.endpoint, r.host);
  }

  private async getOutbox(): Promise<Outbox> {
    return this.outbox ?? pageOutbox();
  }

  private async connectOutbox(): Promise<void> {
    const outbox = await this.getOutbox();
    if (!this.isConnected || outbox === this.listening) return;
    this.listening?.removeEventListener('change', this.onChange);
    outbox.addEventListener('change', this.onChange);
    this.listening = outbox;
    this.persistent = outbox.persistent;
    await this.countEarlier();
  }

  private async countEarlier(): Promise<void> {
    const outbox = this.listening;
    if (!outbox) return;
    const items = await outbox.list();
    this.earlier = sortEarlier(items, { endpoint: this.endpoint, variant: this.variant, pendingId: this.pendingId });
  }

  private get fields(): readonly InquiryField[] {
    return INQUIRY_FIELDS[this.variant];
  }

  /** Who to contact directly when the form cannot send. */
  private institutions(): string {
    return contactOf(this.locale.t.inquiry, this.recipients, this.programs, listOf(this.locale.lang));
  }

  private fieldId(field: string): string {
    return `${this.uid}-${field}`;
  }

  private errorText(error: FieldError): string {
    return errorText(this.locale.t.inquiry, this.locale.lang, error);
  }

  private set(field: InquiryField, value: string): void {
    this.draft = { ...this.draft, [field]: value };
    if (field === 'consent') this.kept.ticked(value === 'true', this.recipients.key);
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.phase === 'sending') return;
    if (this.trap !== '') {
      // Only a robot fills a field no person can see or reach: pretend, send nothing.
      this.phase = 'sent';
      return;
    }
    const programIds = this.programs.map((p) => p.id);
    const payload = inquiryFromDraft(this.variant, this.draft, {
      programIds,
      lang: this.locale.lang,
      occupation: this.variant === 'learner' ? this.occupation : null,
    });
    const result = validateInquiry(payload);
    if (!result.ok) {
      this.errors = result.errors;
      this.phase = 'editing';
      await this.focusSummary();
      return;
    }
    this.errors = [];
    if (!this.endpoint) {
      this.phase = 'no-endpoint';
      await this.focusStatus();
      return;
    }
    this.phase = 'sending';
    const occupationTitle = result.value.variant === 'learner' && result.value.occupation ? this.occupationTitle : null;
    this.receipts.submitting({ inquiry: result.value, programs: this.programs, recipients: this.recipients, occupationTitle });
    try {
      const outbox = await this.getOutbox();
      const sent = await outbox.submit(this.endpoint, result.value, this.pendingId ?? undefined);
      this.persistent = outbox.persistent;
      this.apply(sent, true);
      void this.countEarlier();
    } catch {
      this.phase = 'rejected';
    }
    // With field errors, focus already went to their summary. (`apply` changed
    // the phase; the cast stops TypeScript narrowing it to the value set above.)
    if ((this.phase as Phase) !== 'editing') await this.focusStatus();
  }

  /** Show what happened to the inquiry; `byPerson` when it answers the person's own action. */
  private apply(result: SendResult, byPerson: boolean): void {
    const fire = (status: McInquireDetail['status']) => {
      if (!byPerson) return;
      const detail: McInquireDetail = { programIds: this.programs.map((p) => p.id), status };
      this.emit('mc-inquire', detail);
    };
    switch (result.status) {
      case 'sent':
        this.draft = {};
        this.receipts.sent(result.receipt);
        [this.sentId, this.pendingId] = [result.id, null];
        this.phase = 'sent';
        fire('sent');
        break;
      case 'queued':
      case 'busy':
        this.pendingId = result.id;
        this.reason = result.status === 'queued' ? result.reason : 'network';
        this.phase = 'queued';
        fire('queued');
        break;
      case 'invalid': {
        this.pendingId = result.id;
        const known = result.fieldErrors.filter((e) => this.fields.includes(e.field) || e.field === 'programIds');
        this.errors = known;
        this.phase = 'editing';
        if (known.length > 0) void this.focusSummary();
        else void this.showRefused(result.id, null);
        break;
      }
      case 'config': {
        this.pendingId = result.id;
        const refused = result.problem === 'status' && isRefusal(result.httpStatus);
        if (refused) void this.showRefused(result.id, result.httpStatus);
        else this.phase = 'config';
        // The person is told the form cannot send it; the developer learns what to change.
        const message = refused ? this.locale.t.inquiry.refused(result.httpStatus) : this.locale.t.inquiry.config(this.institutions());
        if (byPerson) this.emit('mc-error', { code: 'inquiry-setup', message, hint: setupHint(this.endpoint, result) });
        break;
      }
      case 'gone':
        this.pendingId = null;
        this.phase = 'discarded';
        break;
    }
  }

  /** Show that the endpoint refused `id`: it is deleted once the person leaves the form. */
  private async showRefused(id: string, status: number | null): Promise<void> {
    this.phase = 'refused';
    this.httpStatus = status;
    this.refusal.tell(await this.getOutbox(), id);
  }

  private async discard(): Promise<void> {
    const outbox = await this.getOutbox();
    if (this.pendingId) await this.act(outbox.discard(this.pendingId));
    this.refusal.forget();
    this.pendingId = null;
    this.phase = 'discarded';
    await this.focusStatus();
  }

  /** The outbox's answer to what the person did (its `change` event is theirs, not news). */
  private act<T>(work: Promise<T>): Promise<T> {
    this.acting = true;
    return work.finally(() => (this.acting = false));
  }

  private async discardOne(id: string): Promise<void> {
    await (await this.getOutbox()).discard(id);
    await this.countEarlier();
    await this.updateComplete;
    // Focus stays in the list when more are left, else goes to the form.
    this.renderRoot.querySelector<HTMLElement>('[part~="refused"] button, input, textarea')?.focus();
  }

  /** Show a refused earlier inquiry again: what was typed and what to fix, or why it was refused. */
  private async reopen(id: string): Promise<void> {
    const found = restoreEarlier(await (await this.getOutbox()).list(), id, this.variant);
    if (!found) return this.countEarlier();
    const { item, draft } = found;
    this.draft = draft;
    this.pendingId = id;
    this.errors = (item.fieldErrors ?? []).filter((e) => this.fields.includes(e.field) || e.field === 'programIds');
    if (this.errors.length > 0) this.phase = 'editing';
    else if (item.state === 'config' && !isRefusal(item.httpStatus)) this.phase = 'config';
    else await this.showRefused(id, item.httpStatus ?? null);
    await this.countEarlier();
    if (this.phase === 'editing') await this.focusSummary();
    else await this.focusStatus();
  }

  private async sendNow(): Promise<void> {
    if (!this.pendingId) return;
    const outbox = await this.getOutbox();
    this.apply(await this.act(outbox.send(this.pendingId)), false);
    if (this.phase !== 'editing') await this.focusStatus();
  }

  private async another(): Promise<void> {
    this.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input, textarea')?.focus();
  }

  /** After a submit with problems: their summary, each a link to its field (see `errorSummary`). */
  private async focusSummary(): Promise<void> {
    this.said = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
  }

  /**
   * The outcome of what the person did: focus goes to the message, which is no live region, so
   * it is said once (a live region that also took the focus would be said twice).
   */
  private async focusStatus(): Promise<void> {
    this.said = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="status"]')?.focus();
  }

  /** An outcome that came by itself (sent once back online, from another tab): said, the focus left where it is. */
  private async sayStatus(): Promise<void> {
    await this.updateComplete;
    const text = this.renderRoot.querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) this.said = text;
  }

  private focusField(event: Event, field: InquiryField): void {
    event.preventDefault();
    const id = this.fields.includes(field) ? this.fieldId(field) : `${this.uid}-programs`;
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  override render(): TemplateResult {
    const t = this.locale.t.inquiry;
    const heading = this.variant === 'employer' ? t.headingEmployer : t.headingLearner(this.programs.length);
    const done = this.phase === 'sent' || this.phase === 'queued' || this.phase === 'config' || this.phase === 'refused';
    return html`
      <form class="form" part="form" novalidate aria-labelledby="${this.uid}-heading" @submit=${this.onSubmit}>
        ${levelHeading(this.headingLevel, { id: `${this.uid}-heading`, part: 'heading', text: html`<slot name="heading">${heading}</slot>` })}
        ${this.renderSummary()}
        ${programsView(
          this.view(),
          `${this.uid}-programs`,
          this.programs,
          this.errors.find((e) => e.field === 'programIds'),
        )}
        ${this.saved.render(this.locale.lang, this.uid, (e) => e.id === this.pendingId || e.id === this.sentId || e.state === 'refused')}
        ${
          done
            ? nothing
            : earlierView(t, this.locale.lang, this.uid, this.earlier, {
                open: (id) => void this.reopen(id),
                discard: (id) => void this.discardOne(id),
              })
        }
        ${done ? nothing : this.renderFields()} ${this.renderStatus()} ${this.phase === 'sent' ? this.receipts.render() : nothing}
        <div class="actions" part="actions">${this.renderActions()}</div>
      </form>
    `;
  }

  /** What the field templates read from the form and how they write back to it. */
  private view(): FieldView {
    return {
      t: this.locale.t.inquiry,
      lang: this.locale.lang,
      id: (field) => this.fieldId(field),
      value: (field) => this.draft[field] ?? '',
      error: (field) => this.errors.find((e) => e.field === field),
      errorText: (error) => this.errorText(error),
      set: (field, value) => this.set(field, value),
    };
  }

  private renderSummary(): TemplateResult | typeof nothing {
    if (this.errors.length === 0 || this.phase !== 'editing') return nothing;
    const [level, errors] = [this.headingLevel + 1, this.errors];
    const href = (field: InquiryField) => (this.fields.includes(field) ? this.fieldId(field) : `${this.uid}-programs`);
    return errorSummary(this.view(), { id: `${this.uid}-summary`, level, errors, href, onLink: (ev, field) => this.focusField(ev, field) });
  }

  private renderFields(): TemplateResult {
    const r = this.recipients;
    const view = this.view();
    return html`
      ${this.fields.filter((f) => f !== 'consent').map((f) => textField(view, f))}
      ${recipientsView(view.t, r, listOf(view.lang), { id: `${this.uid}-recipients`, level: this.headingLevel + 1 })}
      ${consentField(view, consentText(view.t, r, listOf(view.lang)), r.names, this.kept.reset)}
      ${disclosure(
        view,
        { occupation: this.variant === 'learner' && !!this.occupation, programs: this.programs.length },
        { href: safePageUrl(this.privacyUrl, document.baseURI), owner: r.holder, names: r.names },
      )}
      ${honeypot(view, `${this.uid}-website`, (value) => (this.trap = value))}
    `;
  }

  private renderStatus(): TemplateResult {
    const { kind, lines } = statusView(this.locale.t.inquiry, {
      phase: this.phase,
      reason: this.reason,
      persistent: this.persistent,
      institutions: this.institutions(),
      sent: this.locale.t.inquiry.sent(this.receipts.receipt !== null, this.receipts.receipt?.reference != null),
      httpStatus: this.httpStatus,
    });
    const { names } = this.recipients;
    // The box is no live region, as focus goes to it (focusStatus); "Sending…" is said by the region, in the page (empty) from the start.
    return html`<div class="status ${kind}" part="status" tabindex="-1">${lines.map((l) => html`<p>${withMarkedNames(l, names)}</p>`)}</div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.phase === 'sending' ? lines[0] : this.said}</p>`;
  }

  private receiptContext(): ReceiptContext {
    const { lang, t } = this.locale;
    const r = this.recipients;
    const privacy = { href: safePageUrl(this.privacyUrl, document.baseURI), owner: r.holder, names: r.names };
    const level = this.headingLevel + 1;
    return { t: t.inquiry, r: t.receipt, lang, uid: this.uid, level, replyWithinDays: this.replyWithinDays, privacy, listOf: listOf(lang) };
  }

  private renderActions(): TemplateResult {
    const refused = () => this.refusal.actions(this.locale.t, this.draft.message ?? '', () => void this.discard());
    const on = { another: () => void this.another(), sendNow: () => void this.sendNow(), discard: () => void this.discard(), refused };
    return actionsView(this.locale.t.inquiry, this.phase, this.pendingId !== null, on);
  }
}
