/**
 * An inquiry the endpoint refused, as `<mc-inquiry-form>` shows it (phase `refused`): sending
 * it again would not help, so the person is told plainly and may copy their message to send
 * it another way, or delete it now. What they typed stays on this device only while they are
 * on the form: once told, it is deleted when they leave it (the form disconnected, the page
 * hidden for good), and, should the tab close first, by the next page to open the outbox.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Outbox } from '../../core/offline/index.js';
import type { Messages } from '../../i18n/en.js';
import { copyByHand, copyOrSelect } from '../shared/copy-text.js';

export class RefusedInquiry implements ReactiveController {
  private told: { outbox: Outbox; id: string } | null = null;
  private copied: 'copied' | 'manual' | null = null;
  private readonly onPageHide = () => void this.leave();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    void this.leave();
  }

  /** The person is being shown that `id` was refused. */
  tell(outbox: Outbox, id: string): void {
    if (this.told?.id === id) return;
    this.told = { outbox, id };
    this.copied = null;
    void outbox.told(id);
  }

  /** The form shows another inquiry, or this one was deleted or sent again: nothing to delete on leaving. */
  forget(): void {
    this.told = null;
    this.copied = null;
  }

  /** Delete what the person was told cannot be sent. */
  async leave(): Promise<void> {
    const told = this.told;
    this.forget();
    if (told) await told.outbox.discard(told.id);
  }

  private copy(message: string): Promise<void> {
    return copyOrSelect(this.host, message, (copied) => (this.copied = copied ? 'copied' : 'manual'), '.copy-by-hand textarea');
  }

  /** Copy and Delete now, and what copying came to. */
  actions(t: Pick<Messages, 'inquiry' | 'outbox'>, message: string, onDelete: () => void): TemplateResult {
    const said = this.copied === 'copied' ? t.outbox.copied : this.copied === 'manual' ? t.outbox.copyHere : '';
    return html`${message ? html`<button type="button" @click=${() => void this.copy(message)}>${t.outbox.copy}</button>` : nothing}
      <button type="button" class="secondary" @click=${onDelete}>${t.inquiry.deleteNow}</button>
      <p class="copy-result" role="status">${said}</p>
      ${this.copied === 'manual' ? copyByHand(t.outbox.message, message) : nothing}`;
  }
}
