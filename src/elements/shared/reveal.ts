/**
 * Renders a long list a few items per task: building a program card (shadow root, styles,
 * a dozen nodes) costs a few milliseconds, so a page of ten in one go is a long task on a
 * slow phone. The first batch shows at once; the rest follow in later macrotasks.
 * Not a staged job (StagedRender): the list's own count, which "Show more" and filter
 * changes extend too. Used by mc-recommendations and mc-skill-finder.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { yieldToEventLoop } from '../../core/schedule/index.js';

export class RevealController implements ReactiveController {
  private count: number;
  /** The next batch, due after a turn of the event loop; `reset` aborts it. */
  private due: AbortController | null = null;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly first = 3,
    private readonly step = 3,
  ) {
    this.count = first;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
  }

  /** Start again from the first batch (the list was replaced): a batch of the old list no longer comes. */
  reset(): void {
    this.due?.abort();
    this.due = null;
    this.count = this.first;
  }

  /** How many of `total` items to render now; schedules the next batch when some remain. */
  take(total: number): number {
    const n = Math.min(total, this.count);
    if (n < total && !this.due) {
      const { signal } = (this.due = new AbortController());
      void yieldToEventLoop().then(() => {
        if (signal.aborted) return;
        this.due = null;
        if (!this.connected) return;
        this.count += this.step;
        this.host.requestUpdate();
      });
    }
    return n;
  }
}
