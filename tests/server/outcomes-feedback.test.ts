/**
 * Learners' "not relevant" marks (`mc-feedback/1` batches) on the analytics endpoint and in
 * the outcomes report, the same cases on the embedded store and on a real PostgreSQL.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countRows } from '../../src/server/outcomes.js';
import { embeddedBackend, postgresBackend } from '../fixtures/server/analytics-backends.js';
import { analyticsServer } from '../fixtures/server/analytics-server.js';

const ORIGIN = 'https://college.example';
const TOKEN = 'admin-token-3f9c1b7e2a64d508';
const PAGE = `${ORIGIN}/programs`;

type Mark = [string, string, number];

function feedback(page: string | null, unrelated: Mark[]) {
  return { format: 'mc-feedback/1', page, unrelated };
}

function counts(page: string | null, recommend: Array<[string, number]>) {
  return { format: 'mc-analytics/2', page, recommend, programOpen: [], inquire: [], noMatch: [], overflow: 0 };
}

describe('count rows of a feedback batch', () => {
  it('one unrelated row per pair, keyed program then occupation, and no batches row', () => {
    const rows = countRows(
      '2026-12-02',
      feedback(PAGE, [
        ['72106', 'weld-1', 1],
        ['72106', 'weld-1', 3],
        ['21231', 'weld-1', 1],
      ]),
    );
    assert.deepEqual(rows, [
      { day: '2026-12-02', page: PAGE, kind: 'unrelated', lang: '', key: 'weld-1\t72106', count: 1 },
      { day: '2026-12-02', page: PAGE, kind: 'unrelated', lang: '', key: 'weld-1\t21231', count: 1 },
    ]);
  });
});

for (const backend of [embeddedBackend(), postgresBackend()]) {
  describe(`"not relevant" marks on the ${backend.name}`, { timeout: 120_000 }, () => {
    let clock: number;
    const http = analyticsServer(backend, { origin: ORIGIN, token: TOKEN, now: () => clock });
    const { start, post, send, admin, report } = http;

    http.eachCase(() => (clock = Date.parse('2026-12-02T09:00:00Z')));

    it('accepts a feedback batch and counts each pair once per batch, adding no page load', async () => {
      await start();
      await send(counts(PAGE, [['72106', 3]]));
      // One page load naming the same pair twice (another build of the widgets) is one mark.
      await send(
        feedback(PAGE, [
          ['72106', 'weld-1', 1],
          ['72106', 'weld-1', 4],
          ['21231', 'web-2', 1],
        ]),
      );
      await send(feedback(PAGE, [['72106', 'weld-1', 1]]));
      clock = Date.parse('2026-12-09T09:00:00Z'); // the next week
      await send(feedback(null, [['21231', 'python-basics', 1]]));
      const o = await report();
      assert.deepEqual(o.unrelated, [
        { programId: 'weld-1', code: '72106', marks: 2 },
        { programId: 'python-basics', code: '21231', marks: 1 },
        { programId: 'web-2', code: '21231', marks: 1 },
      ]);
      assert.equal(o.batches, 1, 'feedback batches are not page loads of usage counts');
      assert.deepEqual(
        o.byWeek.map((w) => w.week),
        ['2026-W49'],
        'a week with marks only has no figures',
      );
      assert.deepEqual(
        o.byPage.map((p) => p.page),
        [PAGE],
      );
      assert.equal(o.shown, 3);
      assert.deepEqual((await report('?from=2026-12-07')).unrelated, [{ programId: 'python-basics', code: '21231', marks: 1 }]);
    });

    it('refuses a pair holding a tab, an empty list or an unknown field with 422 naming the field, and keeps nothing', async () => {
      await start();
      for (const [body, field] of [
        [feedback(PAGE, [['72106', 'weld\t1', 1]]), 'unrelated.0.1'],
        [feedback(PAGE, [['72\t106', 'weld-1', 1]]), 'unrelated.0.0'],
        [feedback(PAGE, []), 'unrelated'],
        [feedback(PAGE, [['72106', '', 1]]), 'unrelated.0.1'],
        [{ ...feedback(PAGE, [['72106', 'weld-1', 1]]), recommend: [] }, 'recommend'],
        [{ format: 'mc-feedback/1', unrelated: [['72106', 'weld-1', 1]] }, 'page'],
      ] as const) {
        const res = await post(body);
        assert.equal(res.status, 422, JSON.stringify(body));
        assert.deepEqual(await res.json(), { error: 'invalid', field }, JSON.stringify(body));
      }
      assert.equal(await backend.analyticsText(), '');
      assert.deepEqual((await report()).unrelated, []);
    });

    it('keeps only origin and path of the page, and refuses a page of another origin', async () => {
      await start();
      await send(feedback(`${PAGE}?q=jane%40example.org#top`, [['72106', 'weld-1', 1]]));
      const kept = await backend.analyticsText();
      assert.match(kept, /https:\/\/college\.example\/programs/);
      assert.doesNotMatch(kept, /jane|#top|\?q=/);
      const other = await post(feedback('https://elsewhere.example/programs', [['72106', 'web-2', 1]]));
      assert.equal(other.status, 422);
      assert.equal(((await other.json()) as { field: string }).field, 'page');
      const bad = await post(feedback('javascript:alert(1)', [['72106', 'web-2', 1]]));
      assert.equal(bad.status, 422);
      assert.deepEqual((await report()).unrelated, [{ programId: 'weld-1', code: '72106', marks: 1 }]);
    });

    it('exports the marks as the unrelated section of the CSV, in columns of their own at the end', async () => {
      await start();
      await send(counts(PAGE, [['72106', 1]]));
      await send(
        feedback(PAGE, [
          ['72106', 'weld-1', 1],
          ['13110', '-calc', 1],
        ]),
      );
      await send(feedback(PAGE, [['13110', '-calc', 1]]));
      const lines = (await (await admin('/api/outcomes.csv')).text())
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean);
      assert.equal(lines[0], 'section,key,lang,shown,opens,inquiries,clickThroughRate,visits,occupation,marks');
      assert.equal(lines[1], 'total,,,1,0,0,0,,,', 'existing columns keep their place');
      assert.deepEqual(
        lines.filter((l) => l.startsWith('unrelated,')),
        ["unrelated,'-calc,,,,,,,13110,2", 'unrelated,weld-1,,,,,,,72106,1'],
      );
    });
  });
}
