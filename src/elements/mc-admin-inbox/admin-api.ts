/**
 * The inbox's client of the server's admin side (GET /api/inquiries, GET
 * /api/inquiries.csv, DELETE /api/inquiries/{id}): every request carries the token in
 * `Authorization`, never in the URL, and every failure becomes an `AdminApiError` whose
 * `kind` the element words for a person.
 */
import type { Inquiry } from '../../core/inquiry/index.js';

/** One inquiry as the server lists it. */
export interface InboxItem {
  id: string;
  receivedAt: string;
  inquiry: Inquiry;
  /** When the server routes: the institutions it went to, and program ids no institution offers. */
  routedTo?: string[];
  unknownProgramIds?: string[];
}

/** One page of the inbox, newest first; `next` is the cursor of the following page. */
export interface InboxPage {
  inquiries: InboxItem[];
  next: string | null;
  /** Signed in with an institution's token: which one (its deletes leave others' copies). */
  scope?: { provider: string };
}

export type AdminErrorKind = 'unauthorized' | 'network' | 'server' | 'rate-limited' | 'not-found' | 'unknown';

export class AdminApiError extends Error {
  override name = 'AdminApiError';
  constructor(
    readonly kind: AdminErrorKind,
    readonly status?: number,
  ) {
    super(`admin request failed: ${kind}${status ? ` (${status})` : ''}`);
  }
}

/** Inquiries per page: enough to scan, small enough to read quickly on a slow connection. */
export const PAGE_SIZE = 25;

export interface AdminApiOptions {
  /** URL of the inquiry endpoint (`/api/inquiries`, or absolute on another origin the page is on). */
  endpoint: string;
  token: string;
  fetch: typeof fetch;
  signal?: AbortSignal;
}

function kindOf(status: number): AdminErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'unknown';
}

async function request(opts: AdminApiOptions, url: string, init: RequestInit = {}): Promise<Response> {
  let res: Response;
  try {
    res = await opts.fetch(url, {
      ...init,
      headers: { authorization: `Bearer ${opts.token}`, ...(init.headers as Record<string, string> | undefined) },
      // The token is all the authentication there is: no cookie is needed or sent.
      credentials: 'omit',
      cache: 'no-store',
      signal: opts.signal,
    });
  } catch (error) {
    if ((error as { name?: string }).name === 'AbortError') throw error;
    throw new AdminApiError('network');
  }
  if (!res.ok) throw new AdminApiError(kindOf(res.status), res.status);
  return res;
}

function isItem(value: unknown): value is InboxItem {
  const v = value as Partial<InboxItem> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.id === 'string' &&
    typeof v.receivedAt === 'string' &&
    typeof v.inquiry === 'object' &&
    v.inquiry !== null &&
    Array.isArray(v.inquiry.programIds)
  );
}

/** A page of inquiries after `cursor` (the first page without one). */
export async function listInquiries(opts: AdminApiOptions, cursor: string | null): Promise<InboxPage> {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (cursor) params.set('cursor', cursor);
  const res = await request(opts, `${opts.endpoint}?${params}`, { headers: { accept: 'application/json' } });
  let body: Partial<InboxPage>;
  try {
    body = (await res.json()) as Partial<InboxPage>;
  } catch {
    throw new AdminApiError('unknown', res.status);
  }
  if (!Array.isArray(body.inquiries) || !body.inquiries.every(isItem)) throw new AdminApiError('unknown', res.status);
  const provider = (body.scope as { provider?: unknown } | undefined)?.provider;
  return {
    inquiries: body.inquiries,
    next: typeof body.next === 'string' ? body.next : null,
    ...(typeof provider === 'string' ? { scope: { provider } } : {}),
  };
}

/** Every inquiry as one CSV file. */
export async function exportInquiries(opts: AdminApiOptions): Promise<Blob> {
  const res = await request(opts, `${opts.endpoint}.csv`, { headers: { accept: 'text/csv' } });
  try {
    return await res.blob();
  } catch {
    // The server cuts the response short when storage fails midway: not a complete file.
    throw new AdminApiError('network');
  }
}

/** Delete inquiry `id`; one already gone (404) counts as deleted. */
export async function deleteInquiry(opts: AdminApiOptions, id: string): Promise<void> {
  try {
    await request(opts, `${opts.endpoint}/${encodeURIComponent(id)}`, { method: 'DELETE' });
  } catch (error) {
    if (error instanceof AdminApiError && error.kind === 'not-found') return;
    throw error;
  }
}

/** `YYYY-MM-DD` of `date` in the person's time zone, for file names. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
