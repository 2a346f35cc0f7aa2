/**
 * The demo server routes each inquiry by the index its pages show, as the reference server
 * does with `--index`: the sample under demo/data/sample, or the index MC_INDEX_DIR names. Its
 * pages say "Passed on to" those institutions (`routed`), so the stored inquiry must say so too.
 */
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run } from '../../src/cli/main.js';
import { startDemoServer } from '../../src/server/demo-server.js';
import { employer } from '../fixtures/core/inquiries.js';
import { PROGRAMS, indexFiles } from '../fixtures/index/index.js';

let root: string;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'mc-demo-routing-'));
  const sample = join(root, 'demo', 'data', 'sample');
  await mkdir(sample, { recursive: true });
  const quiet = () => {};
  const code = await run(['build-index', '--sample', '--out', sample], { stdout: quiet, stderr: quiet });
  assert.equal(code, 0, 'the sample index builds (npm run sample-sources first)');
});

after(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Starts a demo server on `root`, sends `programIds` from its own origin, and returns the stored line. */
async function sendThrough(opts: { indexDir?: string }, programIds: string[]): Promise<{ routedTo?: string[]; unknownProgramIds?: string[] }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mc-demo-routing-var-'));
  const warnings: string[] = [];
  const demo = await startDemoServer({ port: 0, root, dataDir, warn: (m) => warnings.push(m), ...opts });
  try {
    const res = await fetch(`${demo.url}/api/inquiries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: demo.url, 'idempotency-key': `demo-routing-${programIds.join('-')}` },
      body: JSON.stringify({ ...employer, programIds }),
    });
    assert.equal(res.status, 201, await res.text());
    assert.deepEqual(warnings, []);
    const lines = (await readFile(join(dataDir, 'inquiries.jsonl'), 'utf8')).trim().split('\n');
    return JSON.parse(lines.at(-1)!) as { routedTo?: string[]; unknownProgramIds?: string[] };
  } finally {
    await demo.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

describe('demo server: routing', () => {
  it('routes an inquiry to the sample providers of its programs, as the employer page says', async () => {
    const stored = await sendThrough({}, ['lp-weld-101', 'ns-welding-upgrade']);
    assert.deepEqual(stored.routedTo, ['Lakeshore Polytechnic (fictional)', 'Northern Shield College (fictional)']);
    assert.deepEqual(stored.unknownProgramIds, []);
  });

  it('routes by the index MC_INDEX_DIR names when there is one, not by the sample', async () => {
    const own = await mkdtemp(join(tmpdir(), 'mc-demo-routing-own-'));
    try {
      const programs = PROGRAMS.map((p) => ({ ...p, provider: p.id === 'welding-1' ? 'Your College' : 'Your Institute' }));
      for (const [name, bytes] of indexFiles({ programs }).files) await writeFile(join(own, name), bytes);
      const stored = await sendThrough({ indexDir: own }, ['welding-1', 'blueprint-reading', 'lp-weld-101']);
      assert.deepEqual(stored.routedTo, ['Your College', 'Your Institute']);
      assert.deepEqual(stored.unknownProgramIds, ['lp-weld-101']);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });

  it('an index that cannot be read: the demo still starts, routes nothing, and says why', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'mc-demo-routing-broken-'));
    const dataDir = join(broken, 'var');
    await cp(join(root, 'demo', 'data', 'sample', 'index.json'), join(broken, 'index.json'));
    await writeFile(join(broken, 'programs.txt'), 'not programs');
    const warnings: string[] = [];
    const demo = await startDemoServer({ port: 0, root, dataDir, indexDir: broken, warn: (m) => warnings.push(m) });
    try {
      assert.equal(demo.routing, undefined);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0]!, /inquiries are not routed to institutions, the index cannot be read/);
    } finally {
      await demo.close();
      await rm(broken, { recursive: true, force: true });
    }
  });
});
