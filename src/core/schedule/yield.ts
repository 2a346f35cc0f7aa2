/**
 * Cooperative chunking: long loops call `slicer.tick()` and give the event loop a turn
 * once ~8 ms have passed, so loading never blocks a page for a long task.
 */

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** One macrotask turn: `scheduler.yield` where present, else setImmediate / MessageChannel / setTimeout. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  const immediate = (globalThis as { setImmediate?: (cb: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') return new Promise((resolve) => immediate(resolve));
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

export interface SlicerOptions {
  signal?: AbortSignal;
  /** Milliseconds of work before yielding. */
  budget?: number;
  /** Called with the length of every synchronous slice that ended in a yield (for benchmarks). */
  onSlice?: (ms: number) => void;
}

/** Tracks time since the last yield; `tick()` yields when the budget is spent. */
export class Slicer {
  private start = now();
  private readonly budget: number;

  constructor(private readonly opts: SlicerOptions = {}) {
    this.budget = opts.budget ?? 8;
    this.check();
  }

  /** Throws the signal's reason when aborted. */
  check(): void {
    const signal = this.opts.signal;
    if (signal?.aborted) throw signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
  }

  /** True when the current slice is over budget; callers then `await pause()`. */
  due(): boolean {
    return now() - this.start >= this.budget;
  }

  /** Ends the current slice, yields, and starts a new one. */
  async pause(): Promise<void> {
    this.opts.onSlice?.(now() - this.start);
    await yieldToEventLoop();
    this.start = now();
    this.check();
  }

  /**
   * Starts a new slice without reporting the current one: for after an `await` that
   * already gave the event loop its turn (a fetch, a digest), whose wait is no work.
   */
  resume(): void {
    this.start = now();
    this.check();
  }

  /** Yields only when the slice is over budget. */
  async tick(): Promise<void> {
    this.check();
    if (this.due()) await this.pause();
  }

  /** Reports the last slice without yielding (end of the work). */
  finish(): void {
    this.opts.onSlice?.(now() - this.start);
  }
}

/** Runs `steps` to the end in one go. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs `steps` to the end, awaiting `between()` after every step. */
export async function runStepsBetween<T>(steps: Generator<void, T>, between: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await between();
  }
}
