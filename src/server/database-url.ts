/** What an operator is told when the URL cannot be shown without risking part of its password. */
export const ENCODE_PASSWORD_HINT = "percent-encode the password's special characters (@ as %40, / as %2F, # as %23, ? as %3F, % as %25, : as %3A)";

/**
 * The URL without its password, for a start-up line. A password whose special characters
 * are not percent-encoded (`postgres://mc:p@ss/word@db/mc`) makes the URL parse with part of
 * the password as the host or the path: then nothing of the URL is shown, only what to fix.
 */
export function describeDatabaseUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `postgres (the URL does not parse as postgres://user:password@host:port/database: ${ENCODE_PASSWORD_HINT})`;
  }
  // One "@", and it ends the user part: anything else means the parts are not where they seem.
  const ats = url.split('@').length - 1;
  if (ats > 1 || (ats === 1 && u.username === '' && u.password === '')) {
    return `postgres (the URL has ${ats > 1 ? "more than one '@'" : "an '@' outside the user part"}: ${ENCODE_PASSWORD_HINT})`;
  }
  return `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}`;
}
