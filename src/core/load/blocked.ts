/**
 * Tells a fetch the browser blocked from one the network lost. `fetch` rejects with the
 * same bare TypeError for both, and "check your connection" is wrong for a page whose
 * Content-Security-Policy or whose index server's CORS headers forbid the download: the
 * person can do nothing, the site's developer must change a header.
 *
 * - offline (`navigator.onLine` false): the network;
 * - a `securitypolicyviolation` of `connect-src` (or `default-src`) seen for the URL: CSP;
 * - otherwise, for a URL on another origin, a `no-cors` HEAD request to it: if the server
 *   answers that, it was reachable and only CORS kept the page from reading it;
 * - anything else (a server down, a name that does not resolve): the network.
 *
 * Only a failed download needs this module: the loader imports it then (`failedFetch` in
 * read.ts). The violations are recorded from the start by `policy-watch.ts`. The inquiry
 * outbox asks it too, after a POST that failed the same way.
 */
import { IndexFetchError, type BlockedBy } from '../index-format/index.js';
import { policyViolations } from './policy-watch.js';

/** True when a violation was recorded for `url` (or its origin). */
function violated(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  parsed.hash = '';
  // Browsers report the URL, or only its origin where the full URL would leak a redirect.
  return policyViolations.some((blocked) => blocked === parsed.href || blocked === parsed.origin);
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Why the fetch of `url` rejected with `error`: `csp` or `cors` when the browser blocked it,
 * `null` when the network is the likely cause (or outside a browser). `probe` sends the
 * `no-cors` request (the page's fetch by default).
 */
export async function blockedBy(url: string, error: unknown, probe?: typeof fetch): Promise<BlockedBy | null> {
  if (!(error instanceof TypeError)) return null;
  const {
    navigator: nav,
    location: page,
    fetch: doFetch,
  } = globalThis as {
    navigator?: { onLine?: unknown };
    location?: { origin?: string };
    fetch?: typeof fetch;
  };
  // Only in a browser: elsewhere there is no page whose policy could block anything.
  const send = probe ?? doFetch;
  if (typeof nav?.onLine !== 'boolean' || typeof page?.origin !== 'string' || !send) return null;
  if (!nav.onLine) return null;
  // The violation is reported in a task of its own, which may come after the rejection.
  await nextTask();
  if (violated(url)) return 'csp';
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  if (target.origin === page.origin || !/^https?:$/.test(target.protocol)) return null;
  try {
    // An opaque answer is enough: the server was reached. Nothing is read from it.
    await send(target.href, { method: 'HEAD', mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    return 'cors';
  } catch {
    // Blocked as well: by the policy if a violation came in meanwhile, else the network.
    await nextTask();
    return violated(url) ? 'csp' : null;
  }
}

/**
 * The error for a fetch of `url` that rejected with `error` before any response: blocked
 * by the browser (`index-blocked`) or lost by the network (`network`).
 */
export async function fetchFailure(url: string, error: unknown): Promise<IndexFetchError> {
  const by = await blockedBy(url, error);
  return by ? new IndexFetchError(url, 'blocked', null, { cause: error, blockedBy: by }) : new IndexFetchError(url, 'network', null, { cause: error });
}
