/**
 * Routing: which institutions an inquiry is for, which token is whose, and where each
 * institution wants its inquiries delivered.
 *
 * - The provider of each program comes from the index the widgets use (`--index DIR`): an
 *   inquiry is routed to the providers of the programs it names. A program id the index does
 *   not know is kept in the inquiry and listed as unknown; only the operator sees an
 *   inquiry that names no known program.
 * - `--admin-tokens-file`: one line per institution, `provider<TAB>token`.
 * - `--webhooks-file`: one line per institution, `provider<TAB>url<TAB>secret`.
 *
 * In both files blank lines and lines starting with `#` are skipped; an error names the file
 * and the line, never a token or a secret.
 */
import { createHmac } from 'node:crypto';
import { loadIndexFromDir } from '../cli/read-index.js';
import { MIN_ADMIN_TOKEN_LENGTH } from './admin-handler.js';

/** Program id -> the provider (institution) offering it. */
export type ProgramProviders = ReadonlyMap<string, string>;

/** Who an inquiry goes to: the providers of its known programs, and the program ids nobody offers. */
export interface Route {
  /** Providers, each once, sorted. */
  routedTo: string[];
  /** Program ids the index does not know, as sent. */
  unknownProgramIds: string[];
}

/** The provider of every program of the index in `dir` (as written by `build-index`). */
export async function loadProgramProviders(dir: string): Promise<ProgramProviders> {
  const index = await loadIndexFromDir(dir, ['en']);
  return new Map(index.programs.map((p) => [p.id, p.provider.trim()]));
}

export function routeOf(programIds: readonly string[], providers: ProgramProviders): Route {
  const routedTo = new Set<string>();
  const unknownProgramIds: string[] = [];
  for (const id of programIds) {
    const provider = providers.get(id);
    if (provider) routedTo.add(provider);
    else unknownProgramIds.push(id);
  }
  return { routedTo: [...routedTo].sort(), unknownProgramIds };
}

/** Lines of a configuration file that say something: number (from 1) and tab-separated fields. */
function configLines(text: string): Array<{ line: number; fields: string[] }> {
  const out: Array<{ line: number; fields: string[] }> = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    out.push({ line: i + 1, fields: raw.split('\t').map((f) => f.trim()) });
  });
  return out;
}

/** A provider name on `line`: known to the index (a typo would route nothing to anyone). */
function providerAt(source: string, line: number, name: string, known: ReadonlySet<string>): string {
  if (name === '') throw new Error(`${source}:${line}: the provider name is empty`);
  if (!known.has(name)) {
    throw new Error(`${source}:${line}: "${name}" is not the provider of any program in the index (names must match exactly)`);
  }
  return name;
}

/**
 * `provider<TAB>token` lines: one token per institution, each at least 16 characters without
 * spaces, all different. `known`: the providers of the index.
 */
export function parseAdminTokens(text: string, source: string, known: ReadonlySet<string>): Map<string, string> {
  const tokens = new Map<string, string>();
  const seen = new Set<string>();
  for (const { line, fields } of configLines(text)) {
    if (fields.length !== 2) throw new Error(`${source}:${line}: expected provider<TAB>token, got ${fields.length} field(s)`);
    const provider = providerAt(source, line, fields[0]!, known);
    const token = fields[1]!;
    if (token.length < MIN_ADMIN_TOKEN_LENGTH || /\s/.test(token)) {
      throw new Error(`${source}:${line}: the token is shorter than ${MIN_ADMIN_TOKEN_LENGTH} characters or holds spaces`);
    }
    if (tokens.has(provider)) throw new Error(`${source}:${line}: "${provider}" already has a token on an earlier line`);
    if (seen.has(token)) throw new Error(`${source}:${line}: this token is already another institution's`);
    seen.add(token);
    tokens.set(provider, token);
  }
  return tokens;
}

/** Where an institution's inquiries are POSTed, and the secret their signature is made with. */
export interface Webhook {
  url: string;
  secret: string;
}

/** Shortest webhook secret: the receiver checks signatures with it. */
export const MIN_WEBHOOK_SECRET_LENGTH = 16;

/** `provider<TAB>url<TAB>secret` lines; https only, except to this machine (a local relay, tests). */
export function parseWebhooks(text: string, source: string, known: ReadonlySet<string>): Map<string, Webhook> {
  const hooks = new Map<string, Webhook>();
  for (const { line, fields } of configLines(text)) {
    if (fields.length !== 3) throw new Error(`${source}:${line}: expected provider<TAB>url<TAB>secret, got ${fields.length} field(s)`);
    const provider = providerAt(source, line, fields[0]!, known);
    let url: URL;
    try {
      url = new URL(fields[1]!);
    } catch {
      throw new Error(`${source}:${line}: the URL is not a valid absolute URL`);
    }
    const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
    if (!(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) {
      throw new Error(`${source}:${line}: the URL must be https (http only to 127.0.0.1 or localhost)`);
    }
    if (url.username || url.password) throw new Error(`${source}:${line}: the URL must not hold a user name or password`);
    const secret = fields[2]!;
    if (secret.length < MIN_WEBHOOK_SECRET_LENGTH || /\s/.test(secret)) {
      throw new Error(`${source}:${line}: the secret is shorter than ${MIN_WEBHOOK_SECRET_LENGTH} characters or holds spaces`);
    }
    if (hooks.has(provider)) throw new Error(`${source}:${line}: "${provider}" already has a webhook on an earlier line`);
    hooks.set(provider, { url: url.href, secret });
  }
  return hooks;
}

/** The `X-Microcred-Signature` of `body`: `sha256=` and the hex HMAC-SHA256 of its bytes. */
export function signature(body: string | Uint8Array, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Routing as the handler is given it. */
export interface RoutingOptions {
  /** Program id -> provider, from the index (`loadProgramProviders`). */
  providers: ProgramProviders;
  /** Provider -> that institution's admin token. */
  tokens?: ReadonlyMap<string, string>;
  /** Provider -> where its inquiries are delivered. */
  webhooks?: ReadonlyMap<string, Webhook>;
}
