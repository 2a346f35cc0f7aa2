/**
 * What an element that can send an inquiry says of those saved on this device for its
 * endpoint (see outbox-drain.ts): being sent, sent (when, to whom), not sent yet and why, or
 * refused, with "Copy your message" and "Delete it from this device". Loaded with the outbox's
 * code, when the device may hold an inquiry (outbox-status.ts holds the live region).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang, Program } from '../../core/index-format/index.js';
import { outbox as english } from '../../i18n/en/outbox.js';
import { copyByHand, copyOrSelect } from './copy-text.js';
import { dateFormat, listFormat, loadedFrench } from './locale.js';
import { recipientsOf, type Recipients } from './recipients.js';
import type { Drain, DrainEntry } from './outbox-drain.js';

export { drainOf, pageOutbox } from './outbox-drain.js';

/** What the host tells the notice at each render. */
export interface NoticeContext {
  lang: Lang;
  uid: string;
  /** Who receives the host's inquiries (see recipients.ts): its `routed`, its endpoint's owner, and the programs it knows. */
  routed: boolean;
  owner: string;
  programs: readonly Program[];
  /** Entries the host tells of itself (the form: its own inquiry, and refusals it lists). */
  skip?(entry: DrainEntry): boolean;
}

/** The lines (in the host's live region) and the buttons after it; null when there is nothing to say. */
export interface NoticeContent {
  lines: TemplateResult;
  actions: TemplateResult;
}

type Strings = typeof english;

function stringsOf(lang: Lang): Strings {
  return lang === 'fr' ? (loadedFrench()?.outbox ?? english) : english;
}

/** Where each program of a catalogue is in it, by id (its first place). */
const places = new WeakMap<readonly Program[], Map<string, number>>();

/** The programs of `catalogue` that `ids` names, in the catalogue's order. */
function programsOf(catalogue: readonly Program[], ids: readonly string[]): Program[] {
  let place = places.get(catalogue);
  if (!place) {
    place = new Map();
    for (const [i, p] of catalogue.entries()) if (!place.has(p.id)) place.set(p.id, i);
    places.set(catalogue, place);
  }
  const found = new Set<number>();
  for (const id of ids) {
    const i = place.get(id);
    if (i !== undefined) found.add(i);
  }
  return [...found].sort((a, b) => a - b).map((i) => catalogue[i]!);
}

/** A line as last worded, with what it was worded from besides its entry. */
interface Worded {
  state: DrainEntry['state'];
  t: Strings;
  lang: Lang;
  routed: boolean;
  owner: string;
  programs: readonly Program[];
  text: string;
}

/** One element's notice over the page's drain, for one endpoint. */
export class OutboxNotice {
  /** Per entry: its message was copied, or is shown to copy by hand. */
  private readonly copies = new Map<string, 'copied' | 'manual'>();
  /** Per entry: its line, worded again only when the entry's state or the host's context changed. */
  private readonly lines = new WeakMap<DrainEntry, Worded>();
  private readonly update = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    readonly drain: Drain,
    readonly endpoint: string,
  ) {
    drain.addEventListener('change', this.update);
    void drain.drain(endpoint);
  }

  /** The host left (disconnected, or holds another endpoint); `held`: another element still holds this one. */
  leave(held: boolean): void {
    this.drain.removeEventListener('change', this.update);
    if (!held) void this.drain.forgetTold(this.endpoint);
  }

  private to(t: Strings, lang: Lang, r: Recipients): string {
    return t.to(r.holder, r.passedTo.length > 0 ? listFormat(lang, 'conjunction').format(r.passedTo) : null);
  }

  private line(t: Strings, c: NoticeContext, entry: DrainEntry): string {
    const { lang, routed, owner, programs } = c;
    const last = this.lines.get(entry);
    if (last?.state === entry.state && last.t === t && last.lang === lang && last.routed === routed && last.owner === owner && last.programs === programs)
      return last.text;
    const text = this.word(t, c, entry);
    this.lines.set(entry, { state: entry.state, t, lang, routed, owner, programs, text });
    return text;
  }

  private word(t: Strings, c: NoticeContext, entry: DrainEntry): string {
    const saved = dateFormat(c.lang, { dateStyle: 'long' }).format(entry.createdAt);
    const programs = programsOf(c.programs, entry.programIds);
    const r = recipientsOf({ routed: c.routed, owner: c.owner, endpoint: this.endpoint, base: document.baseURI, programs, lang: c.lang });
    const to = this.to(t, c.lang, r);
    switch (entry.state) {
      case 'sending':
        return t.sending(saved, to);
      case 'sent':
        return t.sent(saved, to, dateFormat(c.lang, { timeStyle: 'short' }).format(entry.sentAt));
      case 'waiting':
        return t.waiting(saved, to, entry.why ?? 'no-answer');
      case 'refused':
        return `${t.refused(saved, entry.httpStatus ?? null, entry.fix === true)} ${t.copyOrDelete}`;
      case 'removed':
        return t.removed(saved);
    }
  }

  private copy(entry: DrainEntry): Promise<void> {
    return copyOrSelect(
      this.host,
      entry.message ?? '',
      (copied) => this.copies.set(entry.id, copied ? 'copied' : 'manual'),
      `textarea[data-outbox="${entry.id}"]`,
    );
  }

  private actions(t: Strings, c: NoticeContext, entry: DrainEntry): TemplateResult | typeof nothing {
    if (entry.state !== 'waiting' && entry.state !== 'refused') return nothing;
    const line = `${c.uid}-outbox-${entry.id}`;
    const manual = this.copies.get(entry.id) === 'manual';
    return html`<div class="actions">
        ${entry.state === 'refused' && entry.message ? html`<button type="button" aria-describedby=${line} @click=${() => void this.copy(entry)}>${t.copy}</button>` : nothing}
        <button type="button" class="secondary" aria-describedby=${line} @click=${() => void this.drain.remove(entry.id)}>${t.remove}</button>
      </div>
      ${manual ? copyByHand(t.message, entry.message ?? '', entry.id) : nothing}`;
  }

  /** Tells of the entries of this endpoint; a refusal shown is deleted when the person leaves. */
  render(c: NoticeContext): NoticeContent | null {
    const t = stringsOf(c.lang);
    const entries = [...this.drain.entries.values()].filter((e) => e.endpoint === this.endpoint && !c.skip?.(e));
    if (entries.length === 0) return null;
    const refused = entries.filter((e) => e.state === 'refused');
    // Rendered is shown: the person now knows it cannot be sent, and it goes when they leave.
    for (const entry of refused) this.drain.markTold(entry.id);
    const copied = refused.map((e) => this.copies.get(e.id)).filter((state) => state !== undefined);
    return {
      lines: html`${entries.map((e) => html`<p id="${c.uid}-outbox-${e.id}">${this.line(t, c, e)}</p>`)}
      ${copied.length > 0 ? html`<p>${copied.at(-1) === 'copied' ? t.copied : t.copyHere}</p>` : nothing}`,
      actions: html`${entries.map((e) => this.actions(t, c, e))}`,
    };
  }
}
