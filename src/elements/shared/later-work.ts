/**
 * Work an element does in tasks after a render rather than inside it (ranking, a
 * labour-market reading): one job per key, the latest wins, and the element's
 * `updateComplete` can wait until the job and the render that shows it are done.
 */

export class LaterWork {
  private job: { key: string; done: Promise<void> } | null = null;

  /** True while a job runs. */
  get busy(): boolean {
    return this.job !== null;
  }

  /** True while the job for `key` runs. */
  runs(key: string): boolean {
    return this.job?.key === key;
  }

  /**
   * Starts `work` for `key` (its argument tells whether it is still the latest job: check
   * it after every await) and calls `finished` when the latest job ends.
   */
  start(key: string, work: (current: () => boolean) => Promise<void>, finished: () => void): void {
    const job = { key, done: Promise.resolve() };
    const current = () => this.job === job;
    job.done = (async () => {
      await work(current);
      if (!current()) return;
      this.job = null;
      finished();
    })();
    this.job = job;
  }

  /** Waits for the running jobs, `update` after each (the element's own updateComplete). */
  async settle(update: () => Promise<boolean>): Promise<boolean> {
    let result = await update();
    while (this.job) {
      await this.job.done;
      result = await update();
    }
    return result;
  }
}
