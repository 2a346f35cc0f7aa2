/**
 * The receipt `<mc-inquiry-form>` shows once an inquiry is sent: the reference and time the
 * endpoint gave (`{ id, receivedAt }`), who received it, what was sent, when a reply is expected
 * (only when the page says: `reply-within-days`), the privacy notice, and how to withdraw the
 * inquiry. The page shows it and the Copy button copies it from the same rows, so both say the
 * same. It is held in the page's memory only (see draft-store.ts).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { INQUIRY_FIELDS, type Inquiry } from '../../core/inquiry/index.js';
import { localizeMarked, type Lang, type Localized, type Program } from '../../core/index-format/index.js';
import type { Messages } from '../../i18n/en.js';
import { copyText } from '../shared/copy-text.js';
import { levelHeading } from '../shared/heading.js';
import { dateFormat, numberFormat } from '../shared/locale.js';
import { occupationName, providerName, withMarkedNames, type ShownName } from '../shared/names.js';
import type { Recipients } from '../shared/recipients.js';
import { recipientRows, rowsView, type ListOf, type Row } from './recipients-view.js';
import { printAlone } from './print-alone.js';
import { factsStyles } from './facts.styles.js';
import { receiptPaperStyles, receiptStyles } from './receipt.styles.js';

export interface Receipt {
  /** The endpoint's id for the inquiry; null when its answer had none. */
  reference: string | null;
  /** When the endpoint received it (ISO 8601), else when the page got the answer. */
  receivedAt: string;
  recipients: Recipients;
  /** The inquiry as sent: validated and trimmed. */
  inquiry: Inquiry;
  programs: readonly Program[];
  /** The title of the learner's occupation (`inquiry.occupation`), when the page gave it. */
  occupationTitle?: Localized | null;
}

/** Whether `programs` are those of `ids`, in order. */
export function sameIds(programs: ReadonlyArray<{ id: string }>, ids: readonly string[]): boolean {
  return programs.length === ids.length && programs.every((p, i) => p.id === ids[i]);
}

/** A reference worth showing: printable ASCII, as the reference server's UUIDs are. */
const REFERENCE = /^[\x21-\x7e]{1,200}$/;

/** The receipt of `sent`, from the endpoint's answer (anything: a foreign endpoint may send no JSON). */
export function receiptOf(answer: unknown, sent: Sent, now = new Date()): Receipt {
  const a = (typeof answer === 'object' && answer !== null ? answer : {}) as { id?: unknown; receivedAt?: unknown };
  const reference = typeof a.id === 'string' && REFERENCE.test(a.id) ? a.id : null;
  const at = typeof a.receivedAt === 'string' ? Date.parse(a.receivedAt) : NaN;
  return { ...sent, reference, receivedAt: new Date(Number.isNaN(at) ? now.getTime() : at).toISOString() };
}

/** What the receipt is made of, besides the endpoint's answer. */
export type Sent = Omit<Receipt, 'reference' | 'receivedAt'>;

/** What the receipt is worded and laid out with. */
export interface ReceiptContext {
  t: Messages['inquiry'];
  r: Messages['receipt'];
  lang: Lang;
  uid: string;
  /** The receipt's heading level; "What you sent" is one below. */
  level: number;
  /** Shown when a whole number of days, 1 to 365. */
  replyWithinDays: number | null;
  privacy: { href: string | null; owner: string | null; names: readonly ShownName[] };
  listOf: ListOf;
}

export interface ReceiptView extends ReceiptContext {
  /** What the last Copy came to, or a Print the browser would not do. */
  copied: 'copied' | 'failed' | 'print-failed' | null;
  onCopy(): void;
  onPrint(event: Event): void;
}

function facts(rec: Receipt, v: ReceiptContext): Row[] {
  const { r, lang } = v;
  // « 9 h 55 » stays on one line.
  const when = dateFormat(lang, { dateStyle: 'long', timeStyle: 'short' })
    .format(new Date(rec.receivedAt))
    .replace(/(\d) h (\d)/, '$1\u00a0h\u00a0$2');
  const rows: Row[] = [];
  if (rec.reference) rows.push({ label: r.reference, value: rec.reference, kind: 'reference' });
  rows.push({ label: r.received, value: when }, ...recipientRows(v.t, rec.recipients, v.listOf));
  const days = Number(v.replyWithinDays);
  if (v.replyWithinDays !== null && Number.isInteger(days) && days >= 1 && days <= 365) rows.push({ label: r.replyExpected, value: r.replyWithin(days) });
  return rows;
}

function sentRows(rec: Receipt, v: ReceiptContext): Row[] {
  const { t, r, lang } = v;
  const inquiry = rec.inquiry as unknown as Record<string, unknown>;
  const rows: Row[] = [];
  for (const field of INQUIRY_FIELDS[rec.inquiry.variant]) {
    const value = inquiry[field];
    if (field === 'consent' || value === undefined || value === '') continue;
    rows.push({ label: t[field as 'name'], value: typeof value === 'number' ? numberFormat(lang).format(value) : String(value) });
  }
  // Each title and institution in the page's language, an English one marked so.
  const shown = rec.programs.map((p) => [localizeMarked(p.title, lang), p.provider ? providerName(p, lang) : null] as const);
  const programs = shown.map(([title, at]) => `${title.value}${at ? ` — ${at.value}` : ''}`);
  const names = shown.flatMap(([title, at]) => (at ? [title, at] : [title]));
  rows.push({ label: r.programs(programs.length), value: programs, names });
  if (rec.inquiry.variant === 'learner' && rec.inquiry.occupation) rows.push(occupationRow(rec.inquiry.occupation, rec.occupationTitle, v));
  return rows;
}

/** The learner's occupation: its title in the page's language (an English one marked so) with its code, else the code. */
function occupationRow(code: string, title: Localized | null | undefined, { r, lang }: ReceiptContext): Row {
  const named = occupationName(code, title, lang, r.named);
  return named ? { label: r.occupationNamed, ...named } : { label: r.occupation, value: code };
}

function privacyText(v: ReceiptContext): string {
  return v.privacy.owner ? v.t.privacy(v.privacy.owner) : v.t.privacyFallback;
}

/** What to do to take the inquiry back, as sentences. */
function withdrawal(rec: Receipt, v: ReceiptContext): string[] {
  return [v.r.withdraw(rec.reference, v.t.keptBy), ...(rec.recipients.passedTo.length > 0 ? [v.r.withdrawCopies] : [])];
}

/** The receipt as plain text, for the clipboard. */
export function receiptText(rec: Receipt, v: ReceiptContext): string {
  const line = (row: Row) => `${row.label}${v.r.colon}${(typeof row.value === 'string' ? row.value.split('\n') : row.value).join('\n  ')}`;
  return [
    v.r.heading,
    ...facts(rec, v).map(line),
    '',
    v.r.sentFields,
    ...sentRows(rec, v).map(line),
    '',
    ...(v.privacy.href ? [`${privacyText(v)}${v.r.colon}${v.privacy.href}`] : []),
    ...withdrawal(rec, v),
  ].join('\n');
}

export function receiptView(rec: Receipt, v: ReceiptView): TemplateResult {
  const id = `${v.uid}-receipt`;
  const copied = v.copied ? { copied: v.r.copied, failed: v.r.copyFailed, 'print-failed': v.r.printFailed }[v.copied] : '';
  return html`<section class="receipt" part="receipt" aria-labelledby=${id}>
    ${levelHeading(v.level, { id, text: v.r.heading })} ${rowsView(facts(rec, v))}
    ${levelHeading(v.level + 1, { id: `${id}-sent`, text: v.r.sentFields })} ${rowsView(sentRows(rec, v))}
    ${v.privacy.href ? html`<p><a href=${v.privacy.href}>${withMarkedNames(privacyText(v), v.privacy.names)}</a></p>` : nothing}
    ${withdrawal(rec, v).map((text) => html`<p>${text}</p>`)}
    <div class="receipt-tools">
      <button type="button" class="secondary" @click=${v.onCopy}>${v.r.copy}</button>
      <button type="button" class="secondary" @click=${v.onPrint}>${v.r.print}</button>
      <span class="hint copied" role="status">${copied}</span>
    </div>
  </section>`;
}

/** The receipt of a form's inquiry: what was submitted, the endpoint's answer, and Copy. */
export class ReceiptController {
  /** Shown once the inquiry is sent. */
  receipt: Receipt | null = null;
  private copied: ReceiptView['copied'] = null;
  private submitted: Sent | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly view: () => ReceiptContext,
  ) {}

  /** What is being sent, for its receipt. */
  submitting(sent: Sent): void {
    this.submitted = sent;
  }

  /** The endpoint accepted what was submitted, answering `answer`. */
  sent(answer: unknown): void {
    this.show(this.submitted && receiptOf(answer, this.submitted));
  }

  show(receipt: Receipt | null): void {
    this.receipt = receipt;
    this.copied = null;
    this.host.requestUpdate();
  }

  render(): TemplateResult | typeof nothing {
    if (!this.receipt) return nothing;
    return receiptView(this.receipt, { ...this.view(), copied: this.copied, onCopy: () => void this.copy(), onPrint: (e) => this.print(e) });
  }

  /** Prints the receipt alone, not the page around it; the receipt stays on screen, with Copy. */
  private print(event: Event): void {
    const part = (event.currentTarget as Element).closest<HTMLElement>('.receipt');
    if (!this.receipt || !part) return;
    const v = this.view();
    const received = dateFormat(v.lang, { dateStyle: 'long' }).format(new Date(this.receipt.receivedAt));
    const title = v.r.printTitle(this.receipt.reference ?? received);
    const styles = [factsStyles, receiptStyles, receiptPaperStyles];
    const printed = printAlone(part, { title, lang: v.lang, styles, leaveOut: '.receipt-tools' });
    this.copied = printed ? null : 'print-failed';
    this.host.requestUpdate();
  }

  private async copy(): Promise<void> {
    if (!this.receipt) return;
    // Emptied first, so that copying twice is said twice.
    this.copied = null;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.copied = (await copyText(receiptText(this.receipt, this.view()))) ? 'copied' : 'failed';
    this.host.requestUpdate();
  }
}
