/**
 * Cooperative chunking: long loops call `slicer.tick()` and give the event loop a turn
 * once ~8 ms have passed, so loading never blocks a page for a long task.
 */

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * One macrotask turn: `scheduler.yield` where present, raced with a MessageChannel turn; else
 * setImmediate / MessageChannel / setTimeout. The race because in Debian's Chromium a yield's
 * continuation sometimes never ran while the page's other tasks did: a recommendations list stayed
 * busy with no cards, its staged render waiting on that yield (about 1 run in 10 of
 * tests/elements/mc-portal/offline-return.test.ts). The work now resumes at whichever comes first.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  const channel = typeof MessageChannel === 'function';
  if (scheduler && typeof scheduler.yield === 'function') return channel ? Promise.race([scheduler.yield(), channelTurn()]) : scheduler.yield();
  const immediate = (globalThis as { setImmediate?: (cb: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') return new Promise((resolve) => immediate(resolve));
  if (channel) return channelTurn();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A macrotask through a MessageChannel: not clamped as nested timers are. */
function channelTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
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

/**
 * A step generator: long work written as a generator that `yield`s (no value) where it may
 * pause. It holds no scheduling of its own: `runSteps` runs it to the end now, and
 * `runInSlices` runs it giving the event loop a turn once a slice's budget is spent.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end in one go (Node, tests, or work already known to be short). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How `runInSlices` slices: a `Slicer` shared with the work around it, or options for a new one. */
export type Slicing = Slicer | SlicerOptions;

/**
 * Runs `steps` to the end, checking the slice budget after every step: once it is spent
 * (8 ms by default) the event loop gets a turn. Throws the signal's reason when aborted.
 */
export async function runInSlices<T>(steps: Steps<T>, slicing: Slicing = {}): Promise<T> {
  const slicer = slicing instanceof Slicer ? slicing : new Slicer(slicing);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slicer.tick();
  }
}

/**
 * True when `done` items make a whole number of steps of `per` items: the one way a step
 * generator says "every `per` items, a step". At the end of a loop body over `i`:
 * `if (stepDone(i + 1, PER_STEP)) yield;`; at its top, before item `i`: `stepDone(i, PER_STEP)`
 * (which also pauses before the first item). Use a power of two for `per` in hot loops.
 */
export function stepDone(done: number, per: number): boolean {
  return done % per === 0;
}
