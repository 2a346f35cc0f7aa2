/**
 * The CLI as someone who installed the package runs it: `microcred build-index --sample`
 * builds the sample index from the sample sources and catalogue the tarball carries, with
 * no clone and no tsx. Needs `npm run build` first (the tarball ships `dist/`).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { installConsumer, run, type Consumer } from './consumer.js';

let consumer: Consumer;

before(async () => {
  consumer = await installConsumer([]);
});

after(async () => {
  await consumer?.remove();
});

describe('the installed CLI', () => {
  it('builds the sample index with --sample, marked as sample data', async () => {
    const out = join(consumer.dir, 'sample-index');
    const { stdout } = await run(join(consumer.app, 'node_modules/.bin/microcred'), ['build-index', '--sample', '--out', out, '--json'], {
      cwd: consumer.app,
    });
    const summary = JSON.parse(stdout) as { occupations: number; programs: number };
    assert.ok(summary.occupations >= 30, `${summary.occupations} occupations`);
    assert.equal(summary.programs, 70);
    const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as { sample?: boolean };
    assert.equal(index.sample, true);
  });
});
