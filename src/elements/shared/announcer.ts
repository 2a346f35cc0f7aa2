/**
 * The one polite live region of an element, in its shadow root from the first render: what
 * it says is a change of its text. Several screen readers skip a region inserted already
 * filled (a new role="status" box saying "Loading…"), and none says again a text set twice
 * in a row. A controller rather than part of the base element, so an element that says
 * nothing does not carry it.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export class Announcer implements ReactiveController {
  private text = '';
  /** False until the host's first update is done: the region is first rendered empty. */
  private inPage = false;
  /** What the first render held back, said in the update after it. */
  private heldBack = false;
  /** What `busy()` was told in the render under way, and what the region last said of a wait. */
  private waiting: string | null = null;
  private saidWaiting: string | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdate(): void {
    this.waiting = null;
  }

  hostUpdated(): void {
    if (this.inPage) return;
    this.inPage = true;
    // The first render put the region in the page empty; what it had to say is said now.
    if (this.heldBack) this.host.requestUpdate();
  }

  /** Says `text`, also when it is what was said last (varied invisibly). */
  say(text: string): void {
    this.text = this.text === text ? `${text}\u00a0` : text;
    // Not to be replaced by the wait under way, nor emptied when it ends.
    this.saidWaiting = this.waiting;
    this.host.requestUpdate();
  }

  /**
   * In each render that shows something loading: the region says `text` once when the wait
   * starts, and is emptied when it ends (unless something else was said since). Returns
   * `text`, for the box that shows it, which is no live region of its own.
   */
  busy(text: string): string {
    this.waiting = text;
    return text;
  }

  /** The region: in the host's template after whatever calls `busy()`, which it reads. */
  render(): TemplateResult {
    if (!this.inPage) {
      // An element that renders "Loading…" at once (a deferred first render) would insert
      // the region already filled.
      this.heldBack = this.waiting !== null || this.text !== '';
      return html`<p class="visually-hidden" role="status" aria-live="polite"></p>`;
    }
    if (this.waiting !== this.saidWaiting) {
      if (this.waiting !== null) this.text = this.waiting;
      else if (this.text === this.saidWaiting) this.text = '';
      this.saidWaiting = this.waiting;
    }
    return html`<p class="visually-hidden" role="status" aria-live="polite">${this.text}</p>`;
  }
}
