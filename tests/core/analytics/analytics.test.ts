import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import {
  ANALYTICS_MAX_KEYS,
  AnalyticsBatchSchema,
  AnalyticsCounter,
  attachAnalytics,
  FeedbackBatchSchema,
  hostPage,
  MAX_COUNT,
  MAX_MARKS,
} from '../../../src/core/analytics/analytics.js';

/** Runs `run` with `fetch` answering 204 to every request, which it records; then puts `fetch` back. */
async function withFetch(run: (sent: Array<{ url: string; body: string }>) => Promise<void>): Promise<void> {
  const sent: Array<{ url: string; body: string }> = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, body: String(init.body) });
    return new Response(null, { status: 204 });
  }) as typeof fetch;
  try {
    await run(sent);
  } finally {
    globalThis.fetch = realFetch;
  }
}

describe('analytics counter', () => {
  it('counts the four mc-* events into an anonymous batch the endpoint accepts', () => {
    const c = new AnalyticsCounter('https://college.example/programs', new Set());
    c.count('mc-recommend', { occupation: { code: '72106' }, count: 4 });
    c.count('mc-recommend', { occupation: '72106' });
    c.count('mc-program-open', { programId: 'welding-1' });
    c.count('mc-inquire', { programIds: ['welding-1'], status: 'queued' });
    c.count('mc-no-match', { query: 'Chief  Vibes Officer!', lang: 'en' });
    c.count('mc-select', { code: '72106' });
    const batch = c.take();
    assert.deepEqual(batch, {
      format: 'mc-analytics/2',
      page: 'https://college.example/programs',
      recommend: [['72106', 2]],
      programOpen: [['welding-1', 1]],
      inquire: [['queued', 1]],
      noMatch: [['en', 'chief vibes officer', 1]],
      overflow: 0,
    });
    assert.equal(v.safeParse(AnalyticsBatchSchema, batch).success, true);
    assert.equal(c.empty, true);
  });

  it('ignores events with an unexpected shape and keeps no more than the folded query', () => {
    const c = new AnalyticsCounter(null, new Set());
    c.count('mc-inquire', { status: 'sent', email: 'a@b.ca' });
    c.count('mc-inquire', { status: 'lost' });
    c.count('mc-program-open', { programId: 42 });
    c.count('mc-no-match', { query: 'x'.repeat(500), lang: 'fr' });
    const batch = c.take();
    assert.deepEqual(batch.inquire, [['sent', 1]]);
    assert.deepEqual(batch.programOpen, []);
    assert.equal(batch.noMatch[0]![1].length, 80);
    assert.doesNotMatch(JSON.stringify(batch), /a@b\.ca/);
  });

  it('never reports a title the job search says looked personal as typed (a name, before folding took its capitals)', () => {
    const c = new AnalyticsCounter(null, new Set());
    c.count('mc-no-match', { query: 'ada lovelace', lang: 'en', personal: true });
    c.count('mc-no-match', { query: 'ghost writer', lang: 'en', personal: false });
    assert.deepEqual(c.take().noMatch, [['en', 'ghost writer', 1]]);
  });

  it('reports an unmatched title at most once per page load, across batches and counters', () => {
    const pageLoad = new Set<string>();
    const c = new AnalyticsCounter(null, pageLoad);
    c.count('mc-no-match', { query: 'Ghost Writer!', lang: 'en' });
    c.count('mc-no-match', { query: 'ghost writer', lang: 'en' });
    c.count('mc-no-match', { query: 'ghost writer', lang: 'fr' });
    assert.deepEqual(c.take().noMatch, [
      ['en', 'ghost writer', 1],
      ['fr', 'ghost writer', 1],
    ]);
    c.count('mc-no-match', { query: 'ghost writer', lang: 'en' });
    assert.equal(c.empty, true, 'the next batch of the same page load does not carry it again');
    const other = new AnalyticsCounter(null, pageLoad);
    other.count('mc-no-match', { query: 'ghost writer', lang: 'en' });
    assert.equal(other.empty, true, 'nor does another counter in the same page');
    const nextPageLoad = new AnalyticsCounter(null, new Set());
    nextPageLoad.count('mc-no-match', { query: 'ghost writer', lang: 'en' });
    assert.deepEqual(nextPageLoad.take().noMatch, [['en', 'ghost writer', 1]]);
  });

  it('reports the host page as origin and path only, never query, fragment or a personal-looking path', () => {
    assert.equal(hostPage('https://college.example/programs/welding?q=jane%40x.ca&utm=1#top'), 'https://college.example/programs/welding');
    assert.equal(hostPage('http://localhost:8000/demo/'), 'http://localhost:8000/demo/');
    assert.equal(hostPage('https://college.example/users/jane.doe@gmail.com/'), 'https://college.example/');
    assert.equal(hostPage('https://college.example/account/4165550199'), 'https://college.example/');
    assert.equal(hostPage(`https://college.example/${'a'.repeat(400)}`), 'https://college.example/');
    assert.equal(hostPage('file:///home/me/page.html'), null);
    assert.equal(hostPage('not a url'), null);
  });

  it('still accepts format 1 batches (no page) and refuses a page in them', () => {
    const v1 = { format: 'mc-analytics/1', recommend: [['72106', 1]], programOpen: [], inquire: [], noMatch: [], overflow: 0 };
    assert.equal(v.safeParse(AnalyticsBatchSchema, v1).success, true);
    assert.equal(v.safeParse(AnalyticsBatchSchema, { ...v1, page: 'https://college.example/' }).success, false);
    assert.equal(v.safeParse(AnalyticsBatchSchema, { ...v1, format: 'mc-analytics/2' }).success, false, 'format 2 needs its page (or null)');
  });

  it('keys like __proto__ are plain keys, and tables are bounded', () => {
    const c = new AnalyticsCounter();
    c.count('mc-program-open', { programId: '__proto__' });
    for (let i = 0; i < ANALYTICS_MAX_KEYS + 5; i++) c.count('mc-program-open', { programId: `p${i}` });
    const batch = c.take();
    assert.deepEqual(batch.programOpen[0], ['__proto__', 1]);
    assert.equal(batch.programOpen.length, ANALYTICS_MAX_KEYS);
    assert.equal(batch.overflow, 6);
    assert.equal(({} as Record<string, unknown>).programId, undefined);
  });

  it('counts a key up to MAX_COUNT a batch and the rest as overflow, which stops there too', () => {
    const c = new AnalyticsCounter(null, new Set());
    for (let i = 0; i < MAX_COUNT + 3; i++) c.count('mc-recommend', { occupation: '72106' });
    const batch = c.take();
    assert.deepEqual(batch.recommend, [['72106', MAX_COUNT]]);
    assert.equal(batch.overflow, 3);
    assert.equal(v.safeParse(AnalyticsBatchSchema, batch).success, true);
    // A batch put back after a failed send, then more counts: still one the endpoint accepts.
    c.restore(batch);
    c.restore({ ...batch, overflow: MAX_COUNT });
    c.count('mc-recommend', { occupation: '72106' });
    const again = c.take();
    assert.deepEqual(again.recommend, [['72106', MAX_COUNT]]);
    assert.equal(again.overflow, MAX_COUNT);
    assert.equal(v.safeParse(AnalyticsBatchSchema, again).success, true);
  });

  it('the endpoint refuses counts no page load sends: past MAX_COUNT, not whole, or beyond safe integers', () => {
    const batch = { format: 'mc-analytics/2', page: null, recommend: [], programOpen: [], inquire: [], noMatch: [], overflow: 0 };
    for (const n of [1e308, Infinity, MAX_COUNT + 1, 9223372036854775000, 1.5, 0]) {
      assert.equal(v.safeParse(AnalyticsBatchSchema, { ...batch, recommend: [['72106', n]] }).success, false, `count ${n}`);
      assert.equal(v.safeParse(AnalyticsBatchSchema, { ...batch, inquire: [['sent', n]] }).success, false, `inquiries ${n}`);
    }
    assert.equal(v.safeParse(AnalyticsBatchSchema, { ...batch, overflow: MAX_COUNT + 1 }).success, false);
    assert.equal(v.safeParse(AnalyticsBatchSchema, { ...batch, recommend: [['72106', MAX_COUNT]], overflow: MAX_COUNT }).success, true);
  });

  it('attachAnalytics sends the counts when detached and stops listening', async () => {
    await withFetch(async (sent) => {
      const target = new EventTarget();
      const detach = attachAnalytics(target, { endpoint: 'https://college.example/api/analytics', flushMs: 60_000 });
      target.dispatchEvent(new CustomEvent('mc-program-open', { detail: { programId: 'welding-1' } }));
      detach();
      target.dispatchEvent(new CustomEvent('mc-program-open', { detail: { programId: 'welding-1' } }));
      assert.equal(sent.length, 1);
      assert.equal(sent[0]!.url, 'https://college.example/api/analytics');
      assert.deepEqual(JSON.parse(sent[0]!.body).programOpen, [['welding-1', 1]]);
    });
  });

  it('sends a "not relevant" mark once per page load, and not at all when undone before it is sent', () => {
    const marked = new Set<string>();
    const c = new AnalyticsCounter('https://college.example/', new Set(), marked);
    const mark = (programId: string, unrelated: boolean) => c.count('mc-program-unrelated', { occupation: '72106', programId, unrelated });
    mark('welding-1', true);
    mark('welding-1', true);
    mark('music-1', true);
    mark('music-1', false);
    c.count('mc-program-unrelated', { occupation: '72106', programId: 'tab\there', unrelated: true });
    c.count('mc-program-unrelated', { programId: 'no-occupation', unrelated: true });
    assert.equal(c.empty, true, 'marks are not part of the counts batch');
    const batch = c.takeFeedback();
    assert.deepEqual(batch, { format: 'mc-feedback/1', page: 'https://college.example/', unrelated: [['72106', 'welding-1', 1]] });
    assert.equal(v.safeParse(FeedbackBatchSchema, batch).success, true);
    assert.equal(c.takeFeedback(), null);
    // Marked again in the same page load (undone and redone after it was sent): not sent twice.
    mark('welding-1', false);
    mark('welding-1', true);
    assert.equal(c.takeFeedback(), null);
    // Nor by a second counter of the same page (a portal re-attached).
    const other = new AnalyticsCounter(null, new Set(), marked);
    other.count('mc-program-unrelated', { occupation: '72106', programId: 'welding-1', unrelated: true });
    assert.equal(other.hasFeedback, false);
  });

  it('puts back marks that could not be sent, and the endpoint refuses malformed marks', () => {
    const c = new AnalyticsCounter(null, new Set(), new Set());
    c.count('mc-program-unrelated', { occupation: '31301', programId: 'p1', unrelated: true });
    const batch = c.takeFeedback()!;
    c.restoreFeedback(batch);
    assert.deepEqual(c.takeFeedback()?.unrelated, [['31301', 'p1', 1]]);
    const bad = (unrelated: unknown) => v.safeParse(FeedbackBatchSchema, { format: 'mc-feedback/1', page: null, unrelated }).success;
    assert.equal(bad([]), false);
    assert.equal(bad([['31301', 'a\tb', 1]]), false);
    assert.equal(bad([['31301', 'p1', 0]]), false);
    assert.equal(bad([['31301', 'p1', 1]]), true);
    assert.equal(bad(Array.from({ length: MAX_MARKS + 1 }, (_, i) => ['31301', `p${i}`, 1])), false);
  });

  it('sends at most MAX_MARKS marks a page load, and counts the rest as overflow', () => {
    const c = new AnalyticsCounter(null, new Set(), new Set());
    for (let i = 0; i < MAX_MARKS + 3; i++) c.count('mc-program-unrelated', { occupation: '31301', programId: `p${i}`, unrelated: true });
    const feedback = c.takeFeedback()!;
    assert.equal(feedback.unrelated.length, MAX_MARKS);
    assert.ok(JSON.stringify({ ...feedback, unrelated: feedback.unrelated.map(([o]) => [o, 'x'.repeat(100), 1]) }).length < 16 * 1024);
    assert.equal(c.take().overflow, 3);
  });

  it('attachAnalytics holds marks until the page is left, and sends them in a batch of their own', async () => {
    await withFetch(async (sent) => {
      const target = new EventTarget();
      const detach = attachAnalytics(target, { endpoint: 'https://college.example/api/analytics', flushMs: 20 });
      target.dispatchEvent(new CustomEvent('mc-program-open', { detail: { programId: 'p1' } }));
      target.dispatchEvent(new CustomEvent('mc-program-unrelated', { detail: { occupation: '31301', programId: 'p2', unrelated: true } }));
      await new Promise((resolve) => setTimeout(resolve, 60));
      assert.deepEqual(
        sent.map((b) => JSON.parse(b.body).format),
        ['mc-analytics/2'],
        'the timer sends the counts, not the marks',
      );
      detach();
      assert.equal(sent.length, 2);
      assert.deepEqual(JSON.parse(sent[1]!.body).unrelated, [['31301', 'p2', 1]]);
    });
  });
});
