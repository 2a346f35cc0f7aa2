/**
 * One inquiry of the inbox: who sent it and when, how to reach them, their message, the
 * programs and occupation it names, and its Delete button or the confirmation that
 * replaces it. Every value is text the sender typed: rendered as text, never as markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadedIndex } from '../../core/model/index.js';
import { localizeMarked, type Lang } from '../../core/index-format/index.js';
import { dateFormat } from '../shared/locale.js';
import { institutionName, markedName, occupationName, providerName, withMarkedNames, type ShownName } from '../shared/names.js';
import type { InboxItem } from './admin-api.js';
import type { AdminMessages } from '../../i18n/admin.js';

/** Date and time an inquiry arrived, in the person's time zone. */
export function formatReceived(iso: string, lang: Lang): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** The sender as a person reads it: the learner's name, or the contact and their organization. */
export function senderOf(item: InboxItem): string {
  const q = item.inquiry;
  return q.variant === 'employer' ? `${q.contactName} (${q.organization})` : q.name;
}

/**
 * A program's title and institution when the index knows it, each in `lang` or in English
 * (then among `names`, to be marked `lang="en"`); else its id, `known` false.
 */
export function programName(id: string, index: LoadedIndex | null, lang: Lang): { value: string; names: ShownName[]; known: boolean } {
  const program = index?.programs.find((p) => p.id === id);
  if (!program) return { value: id, names: [], known: false };
  const title = localizeMarked(program.title, lang);
  const provider = providerName(program, lang);
  return { value: `${title.value} (${provider.value})`, names: [title, provider], known: true };
}

/** The learner's occupation: its title in `lang` with its code, as their receipt shows it, when the index knows it; else the code. */
function occupationFact(code: string, { t, lang, index }: Pick<ItemContext, 't' | 'lang' | 'index'>): TemplateResult | string {
  const named = occupationName(code, index?.occupations.get(code)?.title, lang, t.occupationNamed);
  return named ? withMarkedNames(named.value, named.names) : code;
}

/** An institution the server routed to (`Program.provider`), named in `lang` when the index knows it. */
function routedName(provider: string, { index, lang }: Pick<ItemContext, 'index' | 'lang'>): ShownName {
  return index ? institutionName(provider, index.ranking, lang) : { value: provider, lang: null };
}

export interface ItemContext {
  t: AdminMessages['adminInbox'];
  lang: Lang;
  index: LoadedIndex | null;
  /** Heading level of the inquiry's heading. */
  level: number;
  confirming: boolean;
  deleting: boolean;
  /** Signed in as this institution (not the operator): its delete leaves others' copies. */
  provider: string | null;
  error: string | null;
  onDelete(): void;
  onConfirm(): void;
  onCancel(): void;
}

function heading(level: number, id: string, text: string): TemplateResult {
  // Lit cannot bind a tag name: the inquiry heading is one level below the inbox's (3 or 4).
  return level >= 4
    ? html`<h4 id=${id} class="who" part="sender" tabindex="-1">${text}</h4>`
    : html`<h3 id=${id} class="who" part="sender" tabindex="-1">${text}</h3>`;
}

/**
 * A reply link to `email`: the characters that start a mailto query or fragment, and "%",
 * written as escapes, so that an address stored before the inquiry check refused them
 * ("ada@example.org?bcc=…") cannot add a recipient, subject or body to a reply.
 */
export function mailto(email: string): string {
  return `mailto:${email.replace(/[%?#&]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

function fact(label: string, value: unknown): TemplateResult {
  return html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
}

export function renderItem(item: InboxItem, ctx: ItemContext): TemplateResult {
  const { t, lang, index } = ctx;
  const q = item.inquiry;
  const who = senderOf(item);
  const when = formatReceived(item.receivedAt, lang);
  const hid = `h-${item.id}`;
  const occupation = q.variant === 'learner' && q.occupation ? occupationFact(q.occupation, ctx) : null;
  return html`<li class="item" part="item" data-id=${item.id}>
    <article aria-labelledby=${hid}>
      ${heading(ctx.level, hid, who)}
      <dl class="facts">
        ${fact(t.received, html`<time datetime=${item.receivedAt}>${when}</time>`)}
        ${fact(t.variant, q.variant === 'employer' ? t.employer : t.learner)}
        ${q.variant === 'employer' ? fact(t.contact, q.contactName) : nothing}
        ${fact(t.email, html`<a href=${mailto(q.email)}>${q.email}</a>`)}
        ${fact(t.phone, q.phone ? q.phone : t.notGiven)}
        ${q.variant === 'employer' ? fact(t.employees, String(q.employees)) : nothing}
        ${fact(
          t.programs,
          html`<ul class="programs">
            ${q.programIds.map((id) => {
              const named = programName(id, index, lang);
              return html`<li>${withMarkedNames(named.value, named.names)}${named.known ? html` <span class="id">${id}</span>` : nothing}</li>`;
            })}
          </ul>`,
        )}
        ${item.routedTo ? fact(t.routedTo, item.routedTo.length > 0 ? item.routedTo.map((p, i) => html`${i > 0 ? ', ' : ''}${markedName(routedName(p, ctx))}`) : t.routedToNone) : nothing}
        ${item.unknownProgramIds && item.unknownProgramIds.length > 0 ? fact(t.unknownPrograms, item.unknownProgramIds.join(', ')) : nothing}
        ${occupation ? fact(t.occupation, occupation) : nothing}
        ${fact(t.language, t.languages[q.lang] ?? q.lang)}
        <div class="fact wide"><dt>${t.message}</dt><dd class="message" part="message">${q.message}</dd></div>
      </dl>
      ${
        ctx.confirming
          ? renderConfirm(item, who, when, ctx)
          : html`<div class="actions" part="actions">
            <button type="button" class="secondary delete" aria-label=${t.delete(who)} @click=${ctx.onDelete}>
              ${t.deleteShort}
            </button>
          </div>`
      }
    </article>
  </li>`;
}

/**
 * What deleting does, truthfully, and its button: for an institution, an inquiry others also
 * received (or that names programs nobody offers) leaves its inbox but stays for them.
 */
function confirmText(item: InboxItem, who: string, when: string, ctx: ItemContext): [string | TemplateResult, string] {
  const { t, provider } = ctx;
  if (provider === null) return [t.confirmQuestion(who, when), t.confirmDelete];
  const others = (item.routedTo ?? []).filter((p) => p !== provider).map((p) => routedName(p, ctx));
  if (others.length > 0) {
    const shared = t.confirmShared(who, when, others.map((n) => n.value).join(', '), others.length);
    return [withMarkedNames(shared, others), t.confirmRemove];
  }
  if ((item.unknownProgramIds ?? []).length > 0) return [t.confirmOperatorKeeps(who, when), t.confirmRemove];
  return [t.confirmQuestion(who, when), t.confirmDelete];
}

function renderConfirm(item: InboxItem, who: string, when: string, ctx: ItemContext): TemplateResult {
  const { t } = ctx;
  const qid = `q-${item.id}`;
  const [question, button] = confirmText(item, who, when, ctx);
  return html`<div
    class="confirm"
    part="confirm"
    role="group"
    aria-labelledby=${qid}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape' && !ctx.deleting) {
        e.stopPropagation();
        ctx.onCancel();
      }
    }}
  >
    <p id=${qid}>${question}</p>
    ${ctx.error ? html`<p class="error-text" role="alert">${ctx.error}</p>` : nothing}
    <div class="actions">
      <button type="button" class="danger confirm-delete" @click=${() => !ctx.deleting && ctx.onConfirm()}>
        ${ctx.deleting ? t.deleting : button}
      </button>
      <button type="button" class="secondary cancel" @click=${() => !ctx.deleting && ctx.onCancel()}>${t.cancel}</button>
    </div>
  </div>`;
}
