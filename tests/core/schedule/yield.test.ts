// One turn of the event loop, and a scheduler.yield whose continuation never runs: the work
// still resumes (yield.ts says where that was seen).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { yieldToEventLoop } from '../../../src/core/schedule/index.js';

test('a scheduler.yield that never resumes does not stall the work: a MessageChannel turn resumes it', async (t) => {
  const g = globalThis as { scheduler?: unknown };
  const before = g.scheduler;
  t.after(() => {
    g.scheduler = before;
  });
  let asked = 0;
  g.scheduler = {
    yield: () => {
      asked++;
      return new Promise<void>(() => undefined);
    },
  };
  const resumed = await Promise.race([yieldToEventLoop().then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 500))]);
  assert.equal(asked, 1, 'scheduler.yield is asked first');
  assert.equal(resumed, true);
});

test('a scheduler.yield that resumes is enough', async (t) => {
  const g = globalThis as { scheduler?: unknown };
  const before = g.scheduler;
  t.after(() => {
    g.scheduler = before;
  });
  g.scheduler = { yield: () => Promise.resolve() };
  await yieldToEventLoop();
});
