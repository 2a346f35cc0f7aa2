/**
 * Reads the outcomes report with the admin token: the token goes in `Authorization` only
 * (never a URL), no credentials (cookies) are sent, and nothing is cached.
 */
import type { Outcomes } from '../../core/analytics/index.js';
import { saveFile } from '../shared/save-file.js';

/** Why the report could not be read; each has its own sentence in `outcomes.errors`. */
export type OutcomesErrorCode = 'unauthorized' | 'rate-limited' | 'off' | 'unavailable' | 'network' | 'unknown';

export class OutcomesError extends Error {
  constructor(readonly code: OutcomesErrorCode) {
    super(`outcomes report: ${code}`);
    this.name = 'OutcomesError';
  }
}

function codeOf(status: number): OutcomesErrorCode {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 429) return 'rate-limited';
  if (status === 404) return 'off';
  if (status === 503) return 'unavailable';
  return 'unknown';
}

/** The URL of the report for days `from` to `to` (`YYYY-MM-DD`, either may be empty). */
export function reportUrl(endpoint: string, csv: boolean, from: string | null, to: string | null): string {
  const url = new URL(`${endpoint}${csv ? '.csv' : ''}`, document.baseURI);
  if (from) url.searchParams.set('from', from);
  if (to) url.searchParams.set('to', to);
  return url.href;
}

async function get(url: string, token: string, signal?: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, credentials: 'omit', cache: 'no-store', signal });
  } catch (error) {
    if ((error as { name?: string }).name === 'AbortError') throw error;
    throw new OutcomesError('network');
  }
  if (!res.ok) throw new OutcomesError(codeOf(res.status));
  return res;
}

export async function fetchOutcomes(url: string, token: string, signal?: AbortSignal): Promise<Outcomes> {
  const body = (await (await get(url, token, signal)).json()) as Outcomes;
  if (body?.format !== 'mc-outcomes/1') throw new OutcomesError('unknown');
  return body;
}

/** Fetch the CSV with the token and hand it to the browser as a download (a Blob URL). */
export async function downloadCsv(url: string, token: string): Promise<void> {
  saveFile(await (await get(url, token)).blob(), 'outcomes.csv');
}
