import './mc-admin-inbox.events.js';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError } from '../../core/index-format/index.js';
import type { LoadedIndex } from '../../core/model/index.js';
import { compareText } from '../../core/rank/index.js';
import { levelHeading } from '../shared/heading.js';
import { IndexTask } from '../shared/index-task.js';
import { McElement } from '../shared/mc-element.js';
import {
  AdminApiError,
  deleteInquiry,
  exportInquiries,
  listInquiries,
  localDate,
  type AdminApiOptions,
  type AdminErrorKind,
  type InboxItem,
} from './admin-api.js';
import { programName, renderItem, senderOf } from './inquiry-item.js';
import { styles } from './mc-admin-inbox.styles.js';
import { saveFile } from '../shared/save-file.js';
import { adminMessages, type AdminMessages } from '../../i18n/admin.js';
import { common } from '../../i18n/en/common.js';

type T = AdminMessages['adminInbox'];
/** Why the token field is marked invalid. */
type TokenProblem = 'required' | 'rejected' | 'expired';
type LoadErrorKind = Exclude<AdminErrorKind, 'unauthorized'>;

type Phase = { kind: 'signed-out' } | { kind: 'loading' } | { kind: 'error'; error: LoadErrorKind } | { kind: 'ready' };

function loadErrorOf(error: unknown): LoadErrorKind {
  return error instanceof AdminApiError && error.kind !== 'unauthorized' ? error.kind : 'unknown';
}

/**
 * The institution's inbox: sign in with the server's admin token, then read the inquiries
 * people sent (newest first, a page at a time), filter them by program, export them all
 * as CSV and delete each one once handled, after a confirmation that names it.
 *
 * The token lives in this element's memory only: not in an attribute, not in
 * localStorage, not in sessionStorage. Any script on the page could read sessionStorage,
 * and a token there would outlive the person's intent to sign out if they forget to; the
 * price is signing in again after a reload, which is a paste.
 *
 * @tagname mc-admin-inbox
 * @summary An institution's inbox of inquiries: read, filter, export, delete.
 *
 * @csspart heading - The inbox heading (and the sign-in heading).
 * @csspart sign-in - The sign-in form.
 * @csspart toolbar - The program filter, export and sign-out controls.
 * @csspart list - The list of inquiries.
 * @csspart item - One inquiry.
 * @csspart sender - The heading of an inquiry: who sent it.
 * @csspart message - The message of an inquiry.
 * @csspart actions - The Delete button of an inquiry.
 * @csspart confirm - The confirmation that replaces the Delete button.
 * @csspart more - The Load more button and what it says.
 * @csspart state - The loading, empty and error boxes.
 *
 * @cssprop [--mc-admin-inbox-item-border=1px solid #d1d5db] - Border of each inquiry.
 * @cssprop [--mc-admin-inbox-item-background=#ffffff] - Background of each inquiry.
 * @cssprop [--mc-admin-inbox-danger=#b91c1c] - Colour of the button that deletes for good.
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
 * @fires {CustomEvent<McSignInDetail>} mc-sign-in - The server accepted the token typed: `{ token }`, for the admin page's other views.
 * @fires {CustomEvent<McSignOutDetail>} mc-sign-out - The token is forgotten (Sign out, or the server stopped accepting it).
 * @fires {CustomEvent<McErrorDetail>} mc-error - The index (for program titles) could not be loaded: `{ code, message }`.
 */
export class McAdminInbox extends McElement {
  static override styles = styles;

  protected readonly locale = this.strings({ common });
  protected override readonly sourceOptional = true;

  /** URL of the server's inquiry endpoint; the admin side answers under it. Default: same origin. */
  @property() endpoint = '/api/inquiries';
  /** URL of an index's `index.json` (or its folder), to show program and occupation titles; ids without one. */
  @property() src: string | null = null;
  /** An index a parent already loaded; wins over `src`. */
  @property({ attribute: false }) index: LoadedIndex | null = null;
  /** Level (2-5) of the inbox heading; each inquiry's is the next. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** The `fetch` requests go through (a test's fake, or a host's own client). */
  @property({ attribute: false }) fetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

  @state() private phase: Phase = { kind: 'signed-out' };
  @state() private tokenProblem: TokenProblem | null = null;
  @state() private signingIn = false;
  @state() private items: InboxItem[] = [];
  @state() private next: string | null = null;
  @state() private more: 'idle' | 'loading' | LoadErrorKind = 'idle';
  @state() private program = '';
  @state() private confirming: string | null = null;
  /** The institution signed in, when it is one (not the operator). */
  @state() private provider: string | null = null;
  @state() private deleting = false;
  @state() private deleteError: LoadErrorKind | null = null;
  @state() private exporting: 'idle' | 'busy' | 'failed' = 'idle';
  /** What the polite live region says; a function, so a language switch rewords it. */
  @state() private live: ((t: T) => string) | null = null;

  /** Kept here only (see the class comment). */
  private token: string | null = null;
  /**
   * Aborted on sign-out, so an answer for the old session never lands in the new one. The
   * requests are not `@lit/task`s: a page appends to the list, a deletion edits it, and
   * none is "the latest result" of changed arguments.
   */
  private session = new AbortController();

  private readonly indexTask = new IndexTask(this, () => this.locale.lang);

  private get t(): T {
    return adminMessages(this.locale.lang).adminInbox;
  }

  private api(): AdminApiOptions {
    return { endpoint: this.endpoint, token: this.token!, fetch: this.fetch, signal: this.session.signal };
  }

  private async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  private say(message: (t: T) => string): void {
    this.live = message;
  }

  /** The server no longer takes the token: back to the sign-in form, saying why. */
  private expire(): void {
    this.reset();
    this.tokenProblem = 'expired';
    void this.focusAfterRender('#token');
  }

  /** Forgets the token and everything read with it, as the Sign out button does. */
  signOut(): void {
    this.reset();
    this.say((t) => t.signedOut);
    void this.focusAfterRender('#token');
  }

  private reset(): void {
    if (this.token !== null && this.phase.kind !== 'signed-out') this.emit('mc-sign-out', {});
    this.session.abort();
    this.session = new AbortController();
    this.token = null;
    this.phase = { kind: 'signed-out' };
    this.items = [];
    this.next = null;
    this.more = 'idle';
    this.program = '';
    this.confirming = null;
    this.deleting = false;
    this.deleteError = null;
    this.exporting = 'idle';
    this.signingIn = false;
    this.tokenProblem = null;
  }

  private async onSignIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.signingIn) return;
    const input = this.shadowRoot!.querySelector<HTMLInputElement>('#token')!;
    const token = input.value.trim();
    if (!token) {
      this.tokenProblem = 'required';
      input.focus();
      return;
    }
    this.signingIn = true;
    this.token = token;
    const ok = await this.loadFirst();
    this.signingIn = false;
    if (ok === 'ok' || ok === 'failed') this.emit('mc-sign-in', { token });
    if (ok !== 'unauthorized') input.value = '';
  }

  /** Load the first page; the Retry of the error state too. */
  private async loadFirst(): Promise<'ok' | 'failed' | 'unauthorized' | 'aborted'> {
    const signal = this.session.signal;
    if (this.phase.kind !== 'signed-out') {
      this.phase = { kind: 'loading' };
      this.say((t) => t.loading);
    }
    try {
      const page = await listInquiries(this.api(), null);
      this.items = page.inquiries;
      this.provider = page.scope?.provider ?? null;
      this.next = page.next;
      this.more = 'idle';
      this.phase = { kind: 'ready' };
      this.tokenProblem = null;
      this.say((t) => (this.items.length === 0 ? t.empty : t.loaded(this.items.length, this.next !== null)));
      void this.focusAfterRender('#inbox-h');
      return 'ok';
    } catch (error) {
      if (isAbortError(error) || signal.aborted) return 'aborted';
      if (error instanceof AdminApiError && error.kind === 'unauthorized') {
        const wasIn = this.phase.kind !== 'signed-out';
        this.reset();
        this.tokenProblem = wasIn ? 'expired' : 'rejected';
        void this.focusAfterRender('#token');
        return 'unauthorized';
      }
      // The token may be right: keep it, and offer Retry rather than asking for it again.
      this.phase = { kind: 'error', error: loadErrorOf(error) };
      this.tokenProblem = null;
      void this.focusAfterRender('#retry');
      return 'failed';
    }
  }

  private async loadMore(): Promise<void> {
    if (this.more === 'loading' || this.next === null) return;
    const signal = this.session.signal;
    const before = this.items.length;
    this.more = 'loading';
    try {
      const page = await listInquiries(this.api(), this.next);
      const known = new Set(this.items.map((i) => i.id));
      // A deletion between pages moves nothing: the cursor is a position, not an offset.
      this.items = [...this.items, ...page.inquiries.filter((i) => !known.has(i.id))];
      this.next = page.next;
      this.more = 'idle';
      this.say((t) => t.loaded(this.items.length, this.next !== null));
      const first = this.items.slice(before).find((i) => this.shown(i));
      if (first) void this.focusAfterRender(`[id="h-${first.id}"]`);
      else if (this.next === null) void this.focusAfterRender('#inbox-h');
    } catch (error) {
      if (isAbortError(error) || signal.aborted) return;
      if (error instanceof AdminApiError && error.kind === 'unauthorized') return this.expire();
      this.more = loadErrorOf(error);
    }
  }

  private shown(item: InboxItem): boolean {
    return this.program === '' || item.inquiry.programIds.includes(this.program);
  }

  private askDelete(id: string): void {
    this.confirming = id;
    this.deleteError = null;
    void this.focusAfterRender('.confirm .cancel');
  }

  private cancelDelete(id: string): void {
    this.confirming = null;
    this.deleteError = null;
    void this.focusAfterRender(`[data-id="${id}"] .delete`);
  }

  private async confirmDelete(item: InboxItem): Promise<void> {
    const signal = this.session.signal;
    this.deleting = true;
    this.deleteError = null;
    try {
      await deleteInquiry(this.api(), item.id);
    } catch (error) {
      if (isAbortError(error) || signal.aborted) return;
      this.deleting = false;
      if (error instanceof AdminApiError && error.kind === 'unauthorized') return this.expire();
      this.deleteError = loadErrorOf(error);
      void this.focusAfterRender('.confirm .confirm-delete');
      return;
    }
    // Focus goes to the next inquiry shown, else the one before, else the inbox heading.
    const visible = this.items.filter((i) => this.shown(i));
    const at = visible.findIndex((i) => i.id === item.id);
    const target = visible[at + 1] ?? visible[at - 1];
    this.items = this.items.filter((i) => i.id !== item.id);
    this.confirming = null;
    this.deleting = false;
    const who = senderOf(item);
    this.say((t) => t.deleted(who));
    void this.focusAfterRender(target ? `[id="h-${target.id}"]` : '#inbox-h');
  }

  private async exportCsv(): Promise<void> {
    if (this.exporting === 'busy') return;
    const signal = this.session.signal;
    this.exporting = 'busy';
    this.say((t) => t.exporting);
    try {
      const blob = await exportInquiries(this.api());
      const name = this.t.fileName(localDate(new Date()));
      saveFile(blob, name, this.renderRoot);
      this.exporting = 'idle';
      this.say((t) => t.exported(t.fileName(localDate(new Date()))));
    } catch (error) {
      if (isAbortError(error) || signal.aborted) return;
      if (error instanceof AdminApiError && error.kind === 'unauthorized') return this.expire();
      this.exporting = 'failed';
      this.live = null;
    }
  }

  override render(): TemplateResult {
    return html`${this.phase.kind === 'signed-out' ? this.renderSignIn() : this.renderInbox()}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.live?.(this.t) ?? ''}</p>`;
  }

  private renderSignIn(): TemplateResult {
    const t = this.t;
    const problem = this.tokenProblem;
    const message = problem === 'required' ? t.tokenRequired : problem === 'rejected' ? t.tokenRejected : problem === 'expired' ? t.tokenExpired : null;
    return html`<section class="root" aria-labelledby="signin-h">
      ${levelHeading(this.headingLevel, { id: 'signin-h', part: 'heading', text: t.signInHeading })}
      <p>${t.signInIntro}</p>
      <form class="sign-in" part="sign-in" novalidate @submit=${this.onSignIn}>
        <label for="token">${t.tokenLabel}</label>
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="current-password"
          spellcheck="false"
          aria-invalid=${message ? 'true' : 'false'}
          aria-describedby=${message ? 'token-error' : nothing}
          @input=${() => {
            if (this.tokenProblem === 'required') this.tokenProblem = null;
          }}
        />
        ${message ? html`<p id="token-error" class="error-text">${message}</p>` : nothing}
        <div><button type="submit">${this.signingIn ? t.signingIn : t.signIn}</button></div>
      </form>
    </section>`;
  }

  private renderInbox(): TemplateResult {
    const t = this.t;
    return html`<section class="root" aria-labelledby="inbox-h">
      <div class="bar">
        ${levelHeading(this.headingLevel, { id: 'inbox-h', part: 'heading', text: t.heading })}
        <button type="button" class="secondary sign-out" @click=${() => this.signOut()}>${t.signOut}</button>
      </div>
      ${
        this.phase.kind === 'loading'
          ? html`<p part="state" class="state">${t.loading}</p>`
          : this.phase.kind === 'error'
            ? html`<div part="state" class="state error" role="alert">
              <p>${t.errors[this.phase.error]}</p>
              <button type="button" id="retry" @click=${() => void this.loadFirst()}>${this.locale.t.common.retry}</button>
            </div>`
            : this.renderList()
      }
    </section>`;
  }

  private renderList(): TemplateResult {
    const t = this.t;
    const lang = this.locale.lang;
    const st = this.indexTask.state;
    const index = st.kind === 'ready' ? st.index : null;
    const ids = [...new Set(this.items.flatMap((i) => i.inquiry.programIds))];
    if (this.program && !ids.includes(this.program)) ids.push(this.program);
    const options = ids.map((id) => ({ id, ...programName(id, index, lang) })).sort((a, b) => compareText(a.value, b.value));
    const visible = this.items.filter((i) => this.shown(i));
    const level = Math.min(6, Math.max(2, this.headingLevel) + 1);
    return html`${st.kind === 'error' ? html`<p class="note">${t.namesUnavailable}</p>` : nothing}
      <div class="toolbar" part="toolbar">
        <div class="filter">
          <label for="program">${t.filterLabel}</label>
          <select
            id="program"
            @change=${(e: Event) => {
              this.program = (e.target as HTMLSelectElement).value;
              this.confirming = null;
            }}
          >
            <option value="" ?selected=${this.program === ''}>${t.filterAll}</option>
            ${options.map(
              // An option holds text only: it carries the language of the title, what tells programs apart.
              (o) => html`<option value=${o.id} lang=${o.names[0]?.lang ?? nothing} ?selected=${o.id === this.program}>${o.value}</option>`,
            )}
          </select>
        </div>
        <button type="button" class="secondary export" @click=${() => void this.exportCsv()}>
          ${this.exporting === 'busy' ? t.exporting : t.exportCsv}
        </button>
      </div>
      ${this.exporting === 'failed' ? html`<p class="error-text" role="alert">${t.exportFailed}</p>` : nothing}
      ${this.program ? html`<p class="note">${t.filterNote(visible.length, this.items.length)}</p>` : nothing}
      ${
        visible.length === 0
          ? html`<p part="state" class="state">${this.program ? t.emptyFilter : t.empty}</p>`
          : html`<ul class="list" part="list">
            ${visible.map((item) =>
              renderItem(item, {
                t,
                lang,
                index,
                level,
                confirming: this.confirming === item.id,
                provider: this.provider,
                deleting: this.deleting && this.confirming === item.id,
                error: this.confirming === item.id && this.deleteError ? this.deleteMessage(this.deleteError) : null,
                onDelete: () => this.askDelete(item.id),
                onConfirm: () => void this.confirmDelete(item),
                onCancel: () => this.cancelDelete(item.id),
              }),
            )}
          </ul>`
      }
      ${this.renderMore()}`;
  }

  private deleteMessage(kind: LoadErrorKind): string {
    return kind === 'network' || kind === 'rate-limited' ? this.t.errors[kind] : this.t.deleteFailed;
  }

  private renderMore(): TemplateResult | typeof nothing {
    const t = this.t;
    if (this.next === null) return this.items.length > 0 ? html`<p class="more" part="more">${t.allLoaded}</p>` : nothing;
    const failed = this.more !== 'idle' && this.more !== 'loading';
    return html`<div class="more" part="more">
      ${failed ? html`<p class="error-text" role="alert">${t.errors[this.more as LoadErrorKind]}</p>` : nothing}
      <button type="button" class="load-more" @click=${() => void this.loadMore()}>
        ${this.more === 'loading' ? t.loadingMore : failed ? this.locale.t.common.retry : t.loadMore}
      </button>
    </div>`;
  }
}
