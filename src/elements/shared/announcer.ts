/**
 * The one polite live region of an element, in its shadow root from the first render: what
 * it says is a change of its text. Several screen readers skip a region inserted already
 * filled (a new role="status" box saying "Loading…"), and none says again a text set twice
 * in a row. Chromium sends the accessibility tree's changes once per frame, so the region
 * stays empty until a frame has shown it: filled in the frame that inserted it, it was one
 * inserted filled (an element a host inserts at a choice, and whose results show at once).
 * A controller rather than part of the base element, so an element that says nothing does
 * not carry it.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export class Announcer implements ReactiveController {
  private text = '';
  /** False until a frame has shown the region, first rendered empty. */
  private inPage = false;
  /** The first update is done: the region is in the page, waiting for its frame. */
  private inserted = false;
  /** What the renders before then held back, said in the update after it. */
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
    if (this.inserted) return;
    this.inserted = true;
    afterFrame(() => {
      this.inPage = true;
      // The region has been in the page, empty, for a frame; what it had to say is said now.
      if (this.heldBack) this.host.requestUpdate();
    });
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
      this.heldBack ||= this.waiting !== null || this.text !== '';
      return region('');
    }
    if (this.waiting !== this.saidWaiting) {
      if (this.waiting !== null) this.text = this.waiting;
      else if (this.text === this.saidWaiting) this.text = '';
      this.saidWaiting = this.waiting;
    }
    return region(this.text);
  }
}

/** One template, empty or not: Lit keeps the same element when its text changes (two templates replaced it). */
function region(text: string): TemplateResult {
  return html`<p class="visually-hidden" role="status" aria-live="polite">${text}</p>`;
}

/**
 * Calls `done` once after the next frame was rendered (a task after its animation frame), or
 * after 100 ms where no frame comes (a tab in the background).
 */
function afterFrame(done: () => void): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    done();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}
