/**
 * Records the page's Content-Security-Policy violations of fetches from before the first
 * download, so that `blocked.ts`, loaded only once a download failed, can tell a fetch
 * the page's policy blocked from one the network lost.
 */
const violations: string[] = [];
/** `blockedURI`s of recent connect-src violations, oldest first; `blocked.ts` reads them. */
export const policyViolations: readonly string[] = violations;
const MAX_VIOLATIONS = 32;
let watching = false;

/**
 * Starts recording the page's Content-Security-Policy violations of fetches (once; a no-op
 * outside a browser). Called before the first download, so that its violation is seen.
 */
export function watchPolicyViolations(): void {
  if (watching) return;
  const scope = globalThis as { addEventListener?: typeof addEventListener };
  if (typeof scope.addEventListener !== 'function' || typeof SecurityPolicyViolationEvent === 'undefined') return;
  watching = true;
  // Fired at the document (a window) or the worker; it bubbles, so the global sees both.
  scope.addEventListener('securitypolicyviolation', (event) => {
    const { effectiveDirective, blockedURI } = event as SecurityPolicyViolationEvent;
    if (effectiveDirective !== 'connect-src' && effectiveDirective !== 'default-src') return;
    violations.push(blockedURI);
    if (violations.length > MAX_VIOLATIONS) violations.shift();
  });
}
