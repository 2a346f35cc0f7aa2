/** What an operator is told when the URL cannot be shown without risking part of its password. */
export const ENCODE_PASSWORD_HINT = "percent-encode the password's special characters (@ as %40, / as %2F, # as %23, ? as %3F, % as %25, : as %3A)";

/**
 * The URL without its password, for a start-up line. A password whose special characters
 * are not percent-encoded (`postgres://mc:p@ss/word@db/mc`) makes the URL parse with part of
 * the password as the host or the path: then nothing of the URL is shown, only what to fix.
 */
export function describeDatabaseUrl(url: string): string {
  const u = parsed(url);
  if (typeof u === 'string') return `postgres (${u}: ${ENCODE_PASSWORD_HINT})`;
  return `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}`;
}

/** The URL, or why it cannot be trusted to have its parts where they seem. */
function parsed(url: string): URL | string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'the URL does not parse as postgres://user:password@host:port/database';
  }
  // One "@", and it ends the user part: anything else means the parts are not where they seem.
  const ats = url.split('@').length - 1;
  if (ats > 1) return "the URL has more than one '@'";
  if (ats === 1 && u.username === '' && u.password === '') return "the URL has an '@' outside the user part";
  return u;
}

/**
 * A few words on what a start-up failure's SQLSTATE or network code means, for an operator
 * who may not know them by heart; undefined for a code without one.
 */
export function startFailureHint(code: string, url: string): string | undefined {
  const u = parsed(url);
  const at = typeof u === 'string' ? 'the host and port of the URL' : `${u.hostname || 'localhost'}:${u.port || '5432'}`;
  const hints: Record<string, string> = {
    '28000': 'the server refused this role: it does not exist, or pg_hba.conf does not let it in from here',
    '28P01': 'authentication failed: a wrong password, or a role that does not exist',
    '3D000': 'the database does not exist: create it, or fix its name at the end of the URL',
    '42501': 'the role lacks a privilege it needs: make it the owner of the database',
    ECONNREFUSED: `nothing is listening at ${at}`,
    ENOTFOUND: 'the host name is not found',
    'connect timeout': `no answer from ${at} (a firewall, or a wrong host)`,
  };
  return hints[code];
}
