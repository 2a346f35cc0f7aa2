/**
 * When an element starts loading its index, chosen by its `loading` attribute:
 *
 * - `eager`: at once, when the element is connected;
 * - `visible` (the default): when the element comes within 200px of the viewport;
 * - `idle`: when the browser is first idle after the element is connected (at the latest
 *   after 2 s);
 * - `focus`: when the person first focuses the element.
 *
 * Whatever the mode, focusing the element starts the load: someone about to type needs it
 * now. Once started it stays started (a load is shared and cached: see index-source.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from './idle.js';

export type LoadingMode = 'eager' | 'visible' | 'idle' | 'focus';

export const LOADING_MODES: readonly LoadingMode[] = ['eager', 'visible', 'idle', 'focus'];

/** An unknown value reads as the default, `visible`. */
export function loadingMode(value: string | null | undefined): LoadingMode {
  return (LOADING_MODES as readonly string[]).includes(value ?? '') ? (value as LoadingMode) : 'visible';
}

/** Distance from the viewport at which `visible` starts loading, so the titles are there by the time it is seen. */
const VISIBLE_MARGIN = '200px';
/** Longest wait for an idle moment in `idle` mode. */
const IDLE_TIMEOUT_MS = 2000;

export class LoadTrigger implements ReactiveController {
  private started = false;
  private watching: LoadingMode | null = null;
  private stop: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly mode: () => LoadingMode,
  ) {
    host.addController(this);
  }

  /** True once the load may start. */
  get wanted(): boolean {
    return this.started;
  }

  /** Starts the load now (the element is focused, or a value needs its title). */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.unwatch();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.onFocus);
    this.watch();
  }

  hostUpdated(): void {
    // The attribute may change before the load starts.
    if (!this.started && this.watching !== this.mode()) this.watch();
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.onFocus);
    this.unwatch();
  }

  private readonly onFocus = (): void => this.start();

  private watch(): void {
    this.unwatch();
    if (this.started) return;
    const mode = this.mode();
    this.watching = mode;
    if (mode === 'eager') {
      this.start();
    } else if (mode === 'visible') {
      if (typeof IntersectionObserver === 'undefined') return this.start();
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) this.start();
        },
        { rootMargin: VISIBLE_MARGIN },
      );
      observer.observe(this.host);
      this.stop = () => observer.disconnect();
    } else if (mode === 'idle') {
      this.stop = whenIdle(() => this.start(), { timeout: IDLE_TIMEOUT_MS, fallbackMs: 200 });
    }
    // `focus`: only the focusin listener.
  }

  private unwatch(): void {
    this.stop?.();
    this.stop = null;
    this.watching = null;
  }
}
