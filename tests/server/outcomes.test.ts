/**
 * The outcomes report (`GET /api/outcomes`, `GET /api/outcomes.csv`) from analytics batches
 * posted as the widgets post them, the same cases on the embedded store and on a real
 * PostgreSQL (a cluster started in a temporary folder on a free port).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoWeek } from '../../src/server/outcomes.js';
import { embeddedBackend, postgresBackend } from '../fixtures/server/analytics-backends.js';
import { analyticsServer } from '../fixtures/server/analytics-server.js';

const ORIGIN = 'https://college.example';
const TOKEN = 'admin-token-3f9c1b7e2a64d508';
const PAGE_A = `${ORIGIN}/programs`;
const PAGE_B = `${ORIGIN}/careers`;

type Table = Array<[string, number]>;

function batch(page: string | null, parts: { recommend?: Table; programOpen?: Table; inquire?: Table; noMatch?: Array<[string, string, number]> }) {
  return { format: 'mc-analytics/2', page, recommend: [], programOpen: [], inquire: [], noMatch: [], overflow: 0, ...parts };
}

/** What widgets released before the host page was reported send. */
function batchV1(parts: Parameters<typeof batch>[1]) {
  const { page: _, ...rest } = batch(null, parts);
  return { ...rest, format: 'mc-analytics/1' };
}

describe('ISO weeks', () => {
  it('names the week of a day by its Thursday, Monday first', () => {
    assert.deepEqual(isoWeek('2026-12-02'), { week: '2026-W49', start: '2026-11-30' });
    assert.deepEqual(isoWeek('2026-11-29'), { week: '2026-W48', start: '2026-11-23' });
    assert.deepEqual(isoWeek('2027-01-01'), { week: '2026-W53', start: '2026-12-28' });
    assert.deepEqual(isoWeek('2024-12-30'), { week: '2025-W01', start: '2024-12-30' });
  });
});

for (const backend of [embeddedBackend(), postgresBackend()]) {
  describe(`outcomes report on the ${backend.name}`, { timeout: 120_000 }, () => {
    let clock: number;
    const http = analyticsServer(backend, { origin: ORIGIN, token: TOKEN, now: () => clock });
    const { start, post, send, admin, report } = http;

    /** Four batches over two ISO weeks and three host pages (one unknown: a format 1 batch). */
    async function sendKnownSet(): Promise<void> {
      clock = Date.parse('2026-11-25T12:00:00Z'); // Wednesday of 2026-W48
      await send(
        batch(PAGE_A, {
          recommend: [
            ['72106', 4],
            ['21231', 2],
          ],
          programOpen: [['weld-1', 1]],
          inquire: [['sent', 1]],
          noMatch: [['en', 'ghost writer', 1]],
        }),
      );
      await send(
        batch(PAGE_A, {
          recommend: [['72106', 2]],
          programOpen: [['weld-1', 2]],
          inquire: [['queued', 1]],
          noMatch: [
            ['en', 'ghost writer', 1],
            ['fr', 'soudeur sous marin', 1],
          ],
        }),
      );
      clock = Date.parse('2026-12-02T09:00:00Z'); // Wednesday of 2026-W49
      await send(
        batch(PAGE_B, {
          recommend: [['72106', 4]],
          noMatch: [
            ['en', 'ghost writer', 1],
            ['fr', 'soudeur sous marin', 1],
            ['fr', 'astronaute', 1],
          ],
        }),
      );
      // A format 1 batch counted the times typed: nine times in one visit is one visit.
      await send(
        batchV1({
          recommend: [['21231', 8]],
          programOpen: [['web-2', 2]],
          inquire: [['sent', 2]],
          noMatch: [
            ['fr', 'soudeur sous marin', 5],
            ['fr', 'astronaute', 9],
          ],
        }),
      );
    }

    http.eachCase(() => (clock = Date.parse('2026-12-02T09:00:00Z')));

    it('answers 401 without the token or with a wrong one, and 404 when the admin side is off', async () => {
      await start();
      await sendKnownSet();
      for (const path of ['/api/outcomes', '/api/outcomes.csv']) {
        for (const token of [null, 'admin-token-3f9c1b7e2a64d509', `${TOKEN}x`]) {
          const res = await admin(path, token);
          assert.equal(res.status, 401, `${path} with ${token}`);
          assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
          assert.doesNotMatch(await res.text(), /72106|ghost/);
        }
        assert.equal((await admin(`${path}?access_token=${TOKEN}`, null)).status, 401, 'never from the query string');
      }
      await http.close();
      await start({ adminToken: undefined });
      assert.equal((await admin('/api/outcomes')).status, 404);
    });

    it('sends no CORS headers on the report and answers no preflight for it', async () => {
      await start();
      for (const path of ['/api/outcomes', '/api/outcomes.csv']) {
        const res = await admin(path, TOKEN, { origin: ORIGIN });
        assert.equal(res.status, 200);
        await res.arrayBuffer();
        for (const name of res.headers.keys()) assert.doesNotMatch(name, /^access-control-/, `${path}: ${name}`);
        const preflight = await fetch(`${http.server.url}${path}`, {
          method: 'OPTIONS',
          headers: { origin: ORIGIN, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
        });
        assert.ok(preflight.status >= 400, `${path} preflight: ${preflight.status}`);
        for (const name of preflight.headers.keys()) assert.doesNotMatch(name, /^access-control-/);
      }
    });

    it('adds up a known set of batches by week, host page, occupation and program', async () => {
      await start();
      await sendKnownSet();
      const o = await report();
      assert.deepEqual(
        { shown: o.shown, opens: o.opens, inquiries: o.inquiries, ctr: o.clickThroughRate, batches: o.batches, byStatus: o.inquiriesByStatus },
        { shown: 20, opens: 5, inquiries: 4, ctr: 0.25, batches: 4, byStatus: { sent: 3, queued: 1 } },
      );
      assert.deepEqual(o.byWeek, [
        { week: '2026-W48', start: '2026-11-23', shown: 8, opens: 3, inquiries: 2, clickThroughRate: 0.375 },
        { week: '2026-W49', start: '2026-11-30', shown: 12, opens: 2, inquiries: 2, clickThroughRate: 0.1667 },
      ]);
      assert.deepEqual(o.byPage, [
        { page: null, shown: 8, opens: 2, inquiries: 2, clickThroughRate: 0.25 },
        { page: PAGE_A, shown: 8, opens: 3, inquiries: 2, clickThroughRate: 0.375 },
        { page: PAGE_B, shown: 4, opens: 0, inquiries: 0, clickThroughRate: 0 },
      ]);
      assert.deepEqual(o.byOccupation, [
        { code: '21231', shown: 10 },
        { code: '72106', shown: 10 },
      ]);
      assert.deepEqual(o.byProgram, [
        { programId: 'weld-1', opens: 3 },
        { programId: 'web-2', opens: 2 },
      ]);
      // From the Monday of the second week on.
      const later = await report('?from=2026-11-30');
      assert.equal(later.shown, 12);
      assert.equal(later.from, '2026-11-30');
      assert.deepEqual(
        later.byWeek.map((w) => w.week),
        ['2026-W49'],
      );
      const earlier = await report('?to=2026-11-29');
      assert.equal(earlier.shown, 8);
      assert.deepEqual(earlier.unmatched, [], 'two visits in that range typed "ghost writer"');
    });

    it('lists an unmatched title only once at least 3 visits typed it', async () => {
      await start();
      await sendKnownSet();
      const o = await report();
      assert.equal(o.minVisits, 3);
      assert.deepEqual(o.unmatched, [
        { lang: 'en', query: 'ghost writer', visits: 3 },
        { lang: 'fr', query: 'soudeur sous marin', visits: 3 },
      ]);
      assert.ok(!o.unmatched.some((t) => t.query === 'astronaute'), 'typed ten times in two visits: not listed');
      await send(batch(PAGE_B, { noMatch: [['fr', 'astronaute', 1]] }));
      assert.deepEqual(
        (await report()).unmatched.find((t) => t.query === 'astronaute'),
        { lang: 'fr', query: 'astronaute', visits: 3 },
      );
    });

    it('never returns a personal-looking title, whoever stored it', async () => {
      await start();
      for (let i = 0; i < 3; i++)
        await send(
          batch(PAGE_A, {
            noMatch: [
              ['en', 'jane doe gmail com', 1],
              ['en', 'call 416 555 0199', 1],
            ],
          }),
        );
      // As an older server, which did not filter, would have stored them.
      for (let i = 0; i < 3; i++) {
        await http.server.handler.store.addAnalytics({
          receivedAt: new Date(clock).toISOString(),
          batch: batch(PAGE_A, {
            noMatch: [
              ['en', 'call 416 555 0199', 1],
              ['en', 'marc k1a 0b1', 1],
              ['en', 'line cook', 1],
            ],
          }),
        });
      }
      const text = JSON.stringify(await report()) + (await (await admin('/api/outcomes.csv')).text());
      assert.match(text, /line cook/, 'the job title is listed');
      assert.doesNotMatch(text, /gmail|416|k1a/);
    });

    it('exports CSV with cells a spreadsheet would run as a formula made text', async () => {
      await start();
      for (let i = 0; i < 3; i++) {
        await send(
          batch(PAGE_A, {
            recommend: [['72106', 1]],
            // Program ids are the widgets' strings as they are; typed titles are folded by the server.
            programOpen: [
              ['=2+3 welder', 1],
              ['+cmd', 1],
              ['-calc welder', 1],
              ['soudeur, "mig"', 1],
            ],
            noMatch: [['en', '=2+3 welder', 1]],
          }),
        );
      }
      const res = await admin('/api/outcomes.csv');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
      assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="outcomes.csv"/);
      const lines = (await res.text())
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean);
      assert.equal(lines[0], 'section,key,lang,shown,opens,inquiries,clickThroughRate,visits,occupation,marks');
      assert.equal(lines[1], 'total,,,3,12,0,4,,,');
      assert.ok(lines.includes(`page,${PAGE_A},,3,12,0,4,,,`), lines.join('\n'));
      for (const dangerous of ['=2+3 welder', '+cmd', '-calc welder']) {
        assert.ok(lines.includes(`program,'${dangerous},,,3,,,,,`), `${dangerous} in\n${lines.join('\n')}`);
      }
      assert.ok(lines.includes('program,"soudeur, ""mig""",,,3,,,,,'), lines.join('\n'));
      assert.ok(lines.includes('unmatched,2 3 welder,en,,,,,3,,'), lines.join('\n'));
      for (const cell of lines.slice(1).flatMap((l) => l.split(','))) assert.doesNotMatch(cell.replace(/^"/, ''), /^[=+\-@]/, cell);
    });

    it('refuses a malformed date range, naming the parameter', async () => {
      await start();
      for (const [query, param] of [
        ['?from=2026-13-01', 'from'],
        ['?to=yesterday', 'to'],
        ['?from=2026-12-02&to=2026-12-01', 'to'],
      ]) {
        const res = await admin(`/api/outcomes${query}`);
        assert.equal(res.status, 400, query);
        assert.deepEqual({ ...((await res.json()) as object), expected: undefined }, { error: 'invalid-date', param, expected: undefined });
      }
    });

    it('keeps only origin and path of the host page, and refuses a page of another origin', async () => {
      await start();
      await send(batch(`${PAGE_A}?q=jane%40example.org#results`, { recommend: [['72106', 1]] }));
      const kept = await backend.analyticsText();
      assert.match(kept, /https:\/\/college\.example\/programs/);
      assert.doesNotMatch(kept, /jane|results|\?q=/);
      const other = await post(batch('https://elsewhere.example/programs', { recommend: [['72106', 1]] }));
      assert.equal(other.status, 422);
      assert.equal(((await other.json()) as { field: string }).field, 'page');
      const bad = await post(batch('javascript:alert(1)', {}));
      assert.equal(bad.status, 422);
      assert.deepEqual(
        (await report()).byPage.map((p) => p.page),
        [PAGE_A],
      );
    });

    it('deletes analytics past retention from storage, by day', async () => {
      await start({ retentionDays: 7 });
      clock = Date.parse('2026-11-20T23:00:00Z');
      await send(batch(PAGE_A, { recommend: [['11111', 1]], noMatch: [['en', 'old title', 1]] }));
      clock = Date.parse('2026-11-28T10:00:00Z');
      await send(batch(PAGE_A, { recommend: [['22222', 1]] }));
      assert.match(await backend.analyticsText(), /11111/);
      await http.server.handler.store.compact();
      const kept = await backend.analyticsText();
      assert.doesNotMatch(kept, /11111|old title/, 'the old batch is gone from storage');
      assert.match(kept, /22222/);
      assert.deepEqual((await report()).byOccupation, [{ code: '22222', shown: 1 }]);
      // Restarted, the store still has only the kept batch.
      await http.close();
      await start({ retentionDays: 7 });
      assert.deepEqual((await report()).byOccupation, [{ code: '22222', shown: 1 }]);
    });
  });
}
