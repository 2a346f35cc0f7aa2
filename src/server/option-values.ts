/**
 * Values an operator types (flags, environment variables, handler options), checked the same
 * way by every entry point: the inquiry server's command line, the demo server and
 * `createInquiryHandler`. Errors name where the value came from.
 */

/** `text` as a whole number from `min` to `max`; throws naming `name` (`--retention-days`, `$PORT`). */
export function wholeNumber(name: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new Error(`${name}: expected a whole number from ${min}, got "${text}"`);
  return n;
}

/** The port to listen on: `flag` (`--port`) when given, else $PORT when set, else `fallback`. */
export function listenPort(flag: string | undefined, env: Record<string, string | undefined>, fallback: number): number {
  if (flag !== undefined) return wholeNumber('--port', flag, 0, 65535);
  // The project's servers honour $PORT (a platform's, or `PORT=9000 npm start`).
  return env.PORT ? wholeNumber('$PORT', env.PORT, 0, 65535) : fallback;
}

/**
 * An allowed page origin as a browser sends it in `Origin`: `scheme://host[:port]`, the host in
 * lower case, a trailing slash dropped (`https://College.example/` is `https://college.example`).
 * Origins are compared exactly, so one given another way would silently refuse every inquiry.
 * @throws Error naming `name` (`--allow-origin`, `MC_ALLOW_ORIGIN`, `allowOrigins`) and the form expected.
 */
export function normalizeOrigin(name: string, text: string): string {
  const bare = text.endsWith('/') ? text.slice(0, -1) : text;
  let url: URL | undefined;
  try {
    url = new URL(bare);
  } catch {
    // answered below
  }
  const bareOrigin = url && /^https?:$/.test(url.protocol) && url.pathname === '/' && !/[/?#]$/.test(bare) && !url.search && !url.hash && !url.username;
  if (!url || !bareOrigin) {
    throw new Error(`${name}: "${text}" is not an origin; expected scheme://host[:port] with no path, like https://college.example`);
  }
  return url.origin;
}
