/** Fixed-window request counts per client, forgotten when their window ends. */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: { max: number; windowMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Count one request from `client`; 0 when allowed, else milliseconds until it would be. */
  take(client: string): number {
    const t = this.now();
    if (this.windows.size > 10_000) this.sweep(t);
    let w = this.windows.get(client);
    if (!w || t - w.start >= this.limit.windowMs) {
      w = { start: t, count: 0 };
      this.windows.set(client, w);
    }
    if (w.count >= this.limit.max) return Math.max(1, w.start + this.limit.windowMs - t);
    w.count += 1;
    return 0;
  }

  private sweep(t: number): void {
    for (const [client, w] of this.windows) {
      if (t - w.start >= this.limit.windowMs) this.windows.delete(client);
    }
  }
}
