/**
 * The portal's `url-state`: restores the view a shared link describes when the portal
 * connects, mirrors every later change into the URL with `history.replaceState` (no new
 * history entry per click), and renders "Copy link" with a polite status message.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/en.js';
import { readUrlState, writeUrlState, type PortalUrlState } from './url-state.js';

interface UrlStateHost extends ReactiveControllerHost, HTMLElement {
  urlState: boolean;
}

export class UrlStateController implements ReactiveController {
  private restored = false;
  private status: 'copied' | 'failed' | null = null;
  private lastHref = '';

  constructor(
    private readonly host: UrlStateHost,
    private readonly view: { get(): PortalUrlState; set(state: PortalUrlState): void },
  ) {
    host.addController(this);
  }

  /** Before the first render, so the shared view is what shows first. */
  hostConnected(): void {
    if (!this.host.urlState || this.restored) return;
    this.restored = true;
    this.view.set(readUrlState(location.search));
  }

  hostUpdated(): void {
    // A portal taken out of the page may still update (its index arriving): the URL is no
    // longer its to write.
    if (!this.host.urlState || !this.host.isConnected) return;
    this.restored = true;
    const href = this.write();
    // A new view: an earlier "Link copied" no longer describes it.
    if (href !== this.lastHref && this.status) {
      this.status = null;
      this.host.requestUpdate();
    }
    this.lastHref = href;
  }

  /** The link to the view as it is: what "Copy link" copies. */
  href(): string {
    return writeUrlState(location.href, this.view.get());
  }

  private write(): string {
    const href = this.href();
    if (href !== location.href) history.replaceState(history.state, '', href);
    return href;
  }

  private copy = async (): Promise<void> => {
    const href = this.write();
    try {
      await navigator.clipboard.writeText(href);
      this.status = 'copied';
    } catch {
      // No clipboard (an insecure page, a refused permission): say where the link is.
      this.status = 'failed';
    }
    this.host.requestUpdate();
  };

  render(p: Messages['portal']): TemplateResult {
    const text = this.status === 'copied' ? p.linkCopied : this.status === 'failed' ? p.linkNotCopied : '';
    return html`<div class="share" part="share">
      <button type="button" class="secondary" @click=${this.copy}>${p.copyLink}</button>
      <p class="share-status" role="status">${text}</p>
    </div>`;
  }
}
