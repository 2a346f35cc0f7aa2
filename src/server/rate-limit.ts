/**
 * Fixed-window request counts per client, with memory capped at `maxClients` clients.
 *
 * Windows are queued in the order they started, so the expired ones are always at the
 * front: each request drops those and, when the map is full, the oldest live one, at the
 * same cost however many clients there are. A client evicted early only gets a fresh window
 * sooner; the cap is far above the clients of one window at normal loads.
 */
import { Fifo } from './fifo.js';

export const DEFAULT_MAX_CLIENTS = 50_000;

export interface RateLimit {
  max: number;
  windowMs: number;
}

interface Window {
  client: string;
  start: number;
  count: number;
}

export class RateLimiter {
  private windows = new Map<string, Window>();
  /** Every window in `windows`, oldest first, and windows since replaced (skipped). */
  private order = new Fifo<Window>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
    private readonly maxClients = DEFAULT_MAX_CLIENTS,
  ) {}

  /** Clients currently counted. */
  get size(): number {
    return this.windows.size;
  }

  /** Count one request from `client`; 0 when allowed, else milliseconds until it would be. */
  take(client: string): number {
    const t = this.now();
    for (let w = this.order.peek(); w && t - w.start >= this.limit.windowMs; w = this.order.peek()) {
      this.drop(this.order.shift()!);
    }
    let w = this.windows.get(client);
    if (!w || t - w.start >= this.limit.windowMs) {
      while (this.windows.size >= this.maxClients) this.drop(this.order.shift()!);
      w = { client, start: t, count: 0 };
      this.windows.set(client, w);
      this.order.push(w);
    }
    if (w.count >= this.limit.max) return Math.max(1, w.start + this.limit.windowMs - t);
    w.count += 1;
    return 0;
  }

  private drop(w: Window): void {
    if (this.windows.get(w.client) === w) this.windows.delete(w.client);
  }
}

/** `MAX/SECONDS` (as in `--rate-limit 20/60`) as a limit. */
export function parseRateLimit(text: string): RateLimit {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const max = Number(match?.[1]);
  const seconds = Number(match?.[2]);
  if (!match || max < 1 || seconds < 1) {
    throw new Error(`--rate-limit: expected MAX/SECONDS with whole numbers from 1, like 20/60, got "${text}"`);
  }
  return { max, windowMs: seconds * 1000 };
}

/**
 * The client's address behind `hops` trusted reverse proxies. Each proxy appends the
 * address it received the request from to X-Forwarded-For, so the entry `hops` from the
 * right was written by the outermost trusted proxy; everything left of it came from the
 * client and can say anything. With no proxy trusted, or a header too short to have passed
 * through all of them, the connection's own address counts.
 */
export function clientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, hops: number): string {
  const remote = socketAddress || 'unknown';
  if (hops <= 0 || forwardedFor === undefined) return remote;
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',');
  if (entries.length < hops) return remote;
  return entries[entries.length - hops]!.trim() || remote;
}
