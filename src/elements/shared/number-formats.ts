/**
 * The page's first `Intl.NumberFormat` builds the browser's number-formatting data for its
 * locale: one native call of 60-200 ms at 4x CPU slowdown that no slicing can split (the
 * `intl` baseline of bench/longtasks.ts). The loader made the formatters at the end of the
 * index load, which on the real index falls one to three seconds after the person clicks
 * into the job-title field: while they type. The elements that show money or counts make
 * them instead before the person types.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../core/index-format/index.js';
import { HOURS_FORMAT, numberFormat } from './locale.js';
import { whenIdle } from './idle.js';

/** Languages whose formatters exist. */
const made = new Set<Lang>();

/**
 * The next idle moment, with its deadline (a task after this one and no deadline without
 * `requestIdleCallback`: Safari before 18); rejects once `signal` aborts.
 */
function idle(signal: AbortSignal): Promise<IdleDeadline | null> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const cancel = whenIdle(resolve);
    signal.addEventListener('abort', () => (cancel(), reject(signal.reason)), { once: true });
  });
}

/** A task of its own, now or (`focus`) once the host is first focused; rejects once `signal` aborts. */
function nextTask(signal: AbortSignal, focus?: HTMLElement): Promise<null> {
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const start = () => (timer = setTimeout(() => resolve(null), 0));
    if (focus) focus.addEventListener('focusin', start, { once: true, signal });
    else start();
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/**
 * Makes the number formatters of the host's language before the person types in it: the
 * elements' own (locale.ts: plain, and hours) and core/lmi's (money, counts), each in the
 * cache it is used from later. In the first idle moment once connected; if the person
 * focuses the host before one came (the index loads from that focus, in slices that leave
 * the page no idle moment), in a task of its own right after the focus, before their
 * first key. A key before either stops it: it would land between keystrokes, and the
 * loader makes the formatters at the end of the index load, as before.
 * For the elements that show money or counts (a job search alone shows none).
 */
export class NumberFormatsWarmUp implements ReactiveController {
  private run: AbortController | null = null;
  /** Settles once the formatters are made or the warm-up gave up (for tests). */
  done: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly lang: () => Lang,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.run?.abort();
    if (made.has(this.lang())) return;
    const run = (this.run = new AbortController());
    const { signal } = run;
    this.host.addEventListener('keydown', () => run.abort(), { capture: true, signal });
    this.done = this.moment(signal)
      .then((deadline) => this.make(deadline, signal))
      .catch(() => undefined)
      .finally(() => run.abort());
  }

  hostDisconnected(): void {
    this.run?.abort();
  }

  /**
   * The first idle moment, or the task after the host is focused, whichever comes first; a
   * task now when the host has focus already (the index loads from it, leaving no idle moment).
   */
  private moment(signal: AbortSignal): Promise<IdleDeadline | null> {
    if (this.host.matches(':focus-within')) return nextTask(signal);
    const moments = [idle(signal), nextTask(signal, this.host)];
    for (const moment of moments) moment.catch(() => undefined);
    return Promise.race(moments);
  }

  private async make(deadline: IdleDeadline | null, signal: AbortSignal): Promise<void> {
    const { prepareNumberFormats } = await import('../../core/lmi/index.js');
    // With the autoloader the formatting code is a file of its own: fetched, it came after
    // the idle moment was over, so wait for the next moment.
    if (deadline && deadline.timeRemaining() === 0) await this.moment(signal);
    if (signal.aborted) return;
    const lang = this.lang();
    await prepareNumberFormats(lang, () => Promise.resolve());
    numberFormat(lang);
    numberFormat(lang, HOURS_FORMAT);
    made.add(lang);
  }
}
