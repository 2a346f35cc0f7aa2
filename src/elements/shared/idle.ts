/**
 * The browser's next idle moment, for the work the elements put off until nothing else
 * runs: starting an index load (`loading="idle"`, and the portal's), warming the matcher
 * and the number formatters. Safari before 18 has no `requestIdleCallback`: a timer then.
 */
type IdleWindow = typeof globalThis & {
  requestIdleCallback?: (cb: (deadline: IdleDeadline) => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

export interface IdleOptions {
  /** Longest wait for an idle moment, in ms (the browser's own `timeout`). */
  timeout?: number;
  /** Without idle callbacks, the delay before `callback`, in ms. */
  fallbackMs?: number;
}

/** Calls `callback` in the next idle moment, with its deadline (null without idle callbacks); returns what cancels it. */
export function whenIdle(callback: (deadline: IdleDeadline | null) => void, { timeout, fallbackMs = 0 }: IdleOptions = {}): () => void {
  const w = globalThis as IdleWindow;
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const handle = w.requestIdleCallback(callback, timeout === undefined ? undefined : { timeout });
    return () => w.cancelIdleCallback!(handle);
  }
  const timer = setTimeout(() => callback(null), fallbackMs);
  return () => clearTimeout(timer);
}
