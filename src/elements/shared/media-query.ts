/**
 * Whether a media query matches, kept up to date while the host is connected: a change
 * renders it again. A media query needs no layout (unlike measuring the element), so
 * rendering stays cheap.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class MediaQueryController implements ReactiveController {
  /** Whether the query matches (false where the browser has no `matchMedia`). */
  matches = false;
  private list: MediaQueryList | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.list ??= globalThis.matchMedia?.(this.query) ?? null;
    this.list?.addEventListener('change', this.onChange);
    this.set(this.list?.matches ?? false);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onChange);
  }

  private readonly onChange = (e: MediaQueryListEvent): void => this.set(e.matches);

  private set(matches: boolean): void {
    if (matches === this.matches) return;
    this.matches = matches;
    this.host.requestUpdate();
  }
}
