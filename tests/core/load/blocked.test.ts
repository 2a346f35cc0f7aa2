/**
 * Telling a download the browser blocked from one the network lost, with the page's
 * globals stood in for (the CSP case, which needs a real policy, is in
 * tests/e2e/blocked-index.test.ts).
 */
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { blockedBy, fetchFailure } from '../../../src/core/load/blocked.js';
import { IndexFetchError } from '../../../src/core/index-format/errors.js';
import { describeIndexError } from '../../../src/core/messages/messages.js';

const PAGE = 'https://college.example.ca';
const INDEX = 'https://data.example.org/index/index.json';
const realFetch = globalThis.fetch;
const page = globalThis as unknown as Record<string, unknown>;

/** A browser page at PAGE, online or not, whose fetch answers `probe` (or fails). */
function browserPage(online: boolean, probe: 'answers' | 'fails', seen: Array<[string, RequestInit | undefined]> = []): void {
  Object.defineProperty(globalThis, 'navigator', { value: { onLine: online }, configurable: true, writable: true });
  page.location = { origin: PAGE };
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push([String(input), init]);
    if (probe === 'fails') throw new TypeError('Failed to fetch');
    return new Response(null, { status: 200 });
  }) as typeof fetch;
}

afterEach(() => {
  delete page.location;
  Object.defineProperty(globalThis, 'navigator', { value: undefined, configurable: true, writable: true });
  globalThis.fetch = realFetch;
});

test('online, another origin that answers a no-cors HEAD: CORS', async () => {
  const seen: Array<[string, RequestInit | undefined]> = [];
  browserPage(true, 'answers', seen);
  assert.equal(await blockedBy(INDEX, new TypeError('Failed to fetch')), 'cors');
  assert.deepEqual(seen, [[INDEX, { method: 'HEAD', mode: 'no-cors', credentials: 'omit', cache: 'no-store' }]]);
  const error = await fetchFailure(INDEX, new TypeError('Failed to fetch'));
  assert.equal(error.code, 'index-blocked');
  assert.equal(error.failure, 'blocked');
  assert.equal(error.blockedBy, 'cors');
  assert.match(error.message, /CORS, not the network/);
  assert.match(error.message, /Access-Control-Allow-Origin: https:\/\/college\.example\.ca/);
});

test('the network: offline, a server that does not answer, the same origin, or not a TypeError', async () => {
  browserPage(false, 'answers');
  assert.equal(await blockedBy(INDEX, new TypeError('Failed to fetch')), null, 'offline');
  browserPage(true, 'fails');
  assert.equal(await blockedBy(INDEX, new TypeError('Failed to fetch')), null, 'not reachable either way');
  const seen: Array<[string, RequestInit | undefined]> = [];
  browserPage(true, 'answers', seen);
  assert.equal(await blockedBy(`${PAGE}/data/index.json`, new TypeError('Failed to fetch')), null, 'same origin: no CORS');
  assert.equal(await blockedBy(INDEX, new Error('other')), null);
  assert.deepEqual(seen, [], 'no probe in either case');
  const error = await fetchFailure(INDEX, new Error('other'));
  assert.equal(error.code, 'network');
  assert.equal(error.blockedBy, null);
});

test('outside a browser nothing is probed', async () => {
  let probed = false;
  globalThis.fetch = (async () => {
    probed = true;
    return new Response(null);
  }) as typeof fetch;
  assert.equal(await blockedBy(INDEX, new TypeError('fetch failed')), null);
  assert.equal(probed, false);
});

test('a blocked index is worded for the person in both languages, and for the developer by cause', () => {
  const csp = new IndexFetchError(INDEX, 'blocked', null, { blockedBy: 'csp' });
  assert.equal(csp.code, 'index-blocked');
  assert.match(csp.message, /Content-Security-Policy.*add https:\/\/data\.example\.org to its connect-src/);
  assert.equal(
    describeIndexError(csp, 'en')!.message,
    `The training list could not be loaded on this page: the browser blocked ${INDEX}. Tell the site's administrator.`,
  );
  assert.equal(
    describeIndexError(csp, 'fr')!.message,
    `La liste des programmes n’a pas pu être chargée sur cette page\u00a0: le navigateur a bloqué ${INDEX}. Avisez le responsable du site.`,
  );
});
