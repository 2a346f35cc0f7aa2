import { aTimeout, expect } from '@open-wc/testing';
import { OUTBOX_MAX_AGE_MS, Outbox, OutboxChangeEvent, type OutboxOptions, type SendResult } from '../../src/core/offline/outbox.js';
import { ENDPOINT, FakeInquiryEndpoint } from '../fixtures/browser/inquiry-endpoint.js';
import { learner as inquiry } from '../fixtures/core/inquiries.js';

let seq = 0;
let clock = 1_000_000;
const opened: Outbox[] = [];

async function outbox(server: FakeInquiryEndpoint, over: OutboxOptions & { dbName?: string } = {}): Promise<Outbox> {
  const box = await Outbox.open({
    dbName: over.dbName ?? `mc-outbox-test-${Date.now()}-${seq++}`,
    fetch: server.fetch,
    now: () => clock,
    random: () => 1,
    backoff: { baseMs: 1000, capMs: 60_000 },
    ...over,
  });
  opened.push(box);
  return box;
}

afterEach(() => {
  for (const box of opened.splice(0)) box.close();
});

describe('inquiry outbox', () => {
  it('stores the inquiry before the first send, posts it once with an Idempotency-Key, then forgets it', async () => {
    const server = new FakeInquiryEndpoint();
    const dbName = `mc-outbox-test-${seq++}`;
    const box = await outbox(server, { dbName });
    expect(box.persistent).to.equal(true);
    const seenBeforeSend: number[] = [];
    const observer = await outbox(server, { dbName });
    server.onRequest = async () => {
      seenBeforeSend.push((await observer.list()).length);
    };
    const result = await box.submit(ENDPOINT, inquiry);
    expect(result.status).to.equal('sent');
    expect(seenBeforeSend).to.deep.equal([1]);
    expect(server.requests).to.have.length(1);
    const [request] = server.requests;
    expect(request!.key).to.equal(result.id);
    expect(request!.init.redirect).to.equal('manual');
    expect(JSON.parse(request!.body)).to.deep.equal(inquiry);
    expect(await box.list(), 'nothing personal stays after delivery').to.deep.equal([]);
  });

  it('503 twice then 201: delivered exactly once, with one key on every attempt', async () => {
    const server = new FakeInquiryEndpoint();
    server.script = [503, 503];
    const box = await outbox(server);
    const first = await box.submit(ENDPOINT, inquiry);
    expect(first.status).to.equal('queued');
    if (first.status === 'queued') {
      expect(first.reason).to.equal('server');
      expect(first.retryAt).to.equal(clock + 1000);
    }
    expect(await box.flush(), 'not due yet').to.deep.equal([]);
    clock += 1000;
    const second = await box.flush();
    expect(second.map((r) => r.status)).to.deep.equal(['queued']);
    if (second[0]!.status === 'queued') expect(second[0]!.retryAt).to.equal(clock + 2000);
    clock += 2000;
    expect((await box.flush()).map((r) => r.status)).to.deep.equal(['sent']);
    expect(server.requests.map((r) => r.key)).to.deep.equal([first.id, first.id, first.id]);
    expect(server.stored.size).to.equal(1);
    expect(await box.list()).to.deep.equal([]);
  });

  it('honours Retry-After on 429', async () => {
    const server = new FakeInquiryEndpoint();
    server.script = [() => new Response(null, { status: 429, headers: { 'retry-after': '120' } })];
    const box = await outbox(server);
    const result = await box.submit(ENDPOINT, inquiry);
    expect(result).to.include({ status: 'queued', reason: 'rate-limited', retryAt: clock + 120_000 });
  });

  it('422 keeps the inquiry with field errors and no automatic resend; the edit goes out under the same key', async () => {
    const server = new FakeInquiryEndpoint();
    server.script = [422];
    const box = await outbox(server);
    const result = await box.submit(ENDPOINT, { ...inquiry, email: 'alex@' });
    expect(result.status).to.equal('invalid');
    if (result.status === 'invalid') expect(result.fieldErrors).to.deep.equal([{ field: 'email', code: 'invalid' }]);
    const kept = await box.list();
    expect(kept.map((i) => i.state)).to.deep.equal(['invalid']);
    clock += 3_600_000;
    expect(await box.flush()).to.deep.equal([]);
    const fixed = await box.submit(ENDPOINT, inquiry, result.id);
    expect(fixed.status).to.equal('sent');
    expect(server.requests.map((r) => r.key)).to.deep.equal([result.id, result.id]);
  });

  for (const status of [401, 403, 404]) {
    it(`${status} is a configuration error, kept on the device`, async () => {
      const server = new FakeInquiryEndpoint();
      server.script = [status];
      const box = await outbox(server);
      const result = await box.submit(ENDPOINT, inquiry);
      expect(result).to.include({ status: 'config', httpStatus: status, problem: 'status' });
      expect((await box.list()).map((i) => i.state)).to.deep.equal(['config']);
    });
  }

  for (const status of [403, 404, 413, 422]) {
    it(`a ${status} is never retried by itself: not on its schedule, not on load, not back online`, async () => {
      const server = new FakeInquiryEndpoint();
      server.script = [status];
      const dbName = `mc-outbox-test-${seq++}`;
      const box = await outbox(server, { dbName });
      const result = await box.submit(ENDPOINT, inquiry);
      clock += 3_600_000;
      expect(await box.flush(), 'on its schedule').to.deep.equal([]);
      expect(await box.flush(true), 'on load or online').to.deep.equal([]);
      const reloaded = await outbox(server, { dbName });
      reloaded.start();
      await aTimeout(20);
      expect(server.requests).to.have.length(1);
      expect(
        (await reloaded.list()).map((i) => i.id),
        'kept while the person decides',
      ).to.deep.equal([result.id]);
      expect((await reloaded.send(result.id)).status, 'the person can still try it').to.equal('sent');
    });
  }

  it('keeps with a refused inquiry what the person needs to fix it: field errors, the status', async () => {
    const server = new FakeInquiryEndpoint();
    server.script = [422, 403];
    const box = await outbox(server);
    const invalid = await box.submit(ENDPOINT, { ...inquiry, email: 'alex@' });
    const refused = await box.submit(ENDPOINT, inquiry);
    const byId = new Map((await box.list()).map((i) => [i.id, i]));
    expect(byId.get(invalid.id)).to.deep.include({ state: 'invalid', fieldErrors: [{ field: 'email', code: 'invalid' }] });
    expect(byId.get(refused.id)).to.deep.include({ state: 'config', httpStatus: 403 });
  });

  it('still tries a setup problem that the site may fix (a redirect, CORS) again on load', async () => {
    const server = new FakeInquiryEndpoint();
    server.script = [302];
    const box = await outbox(server);
    await box.submit(ENDPOINT, inquiry);
    expect((await box.flush(true)).map((r) => r.status)).to.deep.equal(['sent']);
  });

  it('a refused inquiry the person was told about is deleted by the next outbox to open; one not told is kept', async () => {
    const server = new FakeInquiryEndpoint();
    server.script = [403, 403];
    const dbName = `mc-outbox-test-told-${seq++}`;
    const box = await outbox(server, { dbName });
    const told = await box.submit(ENDPOINT, inquiry);
    const untold = await box.submit(ENDPOINT, inquiry);
    await box.told(told.id);
    expect(await box.list(), 'this page still has it while the person decides').to.have.length(2);
    const later = await outbox(server, { dbName });
    expect((await later.list()).map((i) => i.id)).to.deep.equal([untold.id]);
  });

  it('a discard right after `told` is not undone by it', async () => {
    const server = new FakeInquiryEndpoint();
    server.script = [403];
    const box = await outbox(server);
    const refused = await box.submit(ENDPOINT, inquiry);
    const telling = box.told(refused.id);
    await box.discard(refused.id);
    await telling;
    expect(await box.list()).to.deep.equal([]);
  });

  it('flushes only the inquiries it is told to: `flush(force, only)` and `start({ only })`', async () => {
    const server = new FakeInquiryEndpoint();
    server.offline = true;
    const box = await outbox(server);
    const other = 'https://other.example/api/inquiries';
    await box.submit(other, inquiry);
    const mine = await box.submit(ENDPOINT, inquiry);
    server.offline = false;
    const held = (item: { endpoint: string }) => item.endpoint === ENDPOINT;
    expect(await box.flush(true, held)).to.deep.equal([{ status: 'sent', id: mine.id, receipt: { id: 'receipt-1', receivedAt: '2026-01-01T00:00:00Z' } }]);
    const started = await outbox(server, { dbName: `mc-outbox-test-only-${seq++}` });
    server.offline = true;
    await started.submit(other, inquiry);
    server.offline = false;
    started.start({ only: held });
    await aTimeout(30);
    expect(server.requests.filter((r) => r.init.method === 'POST').length, 'not sent to an endpoint the page does not hold').to.equal(4);
    expect(await started.list()).to.have.length(1);
    expect((await box.list()).map((i) => i.endpoint)).to.deep.equal([other]);
  });

  it(`deletes an inquiry ${OUTBOX_MAX_AGE_MS / 86_400_000} days after it was written, whatever its state, and never sends it then`, async () => {
    const server = new FakeInquiryEndpoint();
    server.script = ['offline', 422, 403];
    const dbName = `mc-outbox-test-${seq++}`;
    const box = await outbox(server, { dbName });
    const queued = await box.submit(ENDPOINT, inquiry);
    await box.submit(ENDPOINT, inquiry);
    await box.submit(ENDPOINT, inquiry);
    expect(await box.list()).to.have.length(3);
    clock += OUTBOX_MAX_AGE_MS - 1;
    expect(await box.list(), 'not yet').to.have.length(3);
    clock += 2;
    const changes: SendResult[] = [];
    box.addEventListener('change', (e) => changes.push((e as OutboxChangeEvent).result));
    expect((await box.send(queued.id)).status, 'too old to send').to.equal('gone');
    expect(await box.list(), 'gone from the device').to.deep.equal([]);
    expect(server.requests).to.have.length(3);
    expect(changes.map((c) => c.status)).to.include('gone');
    // An outbox opened later finds nothing either.
    const later = await outbox(server, { dbName });
    expect(await later.list()).to.deep.equal([]);
  });

  it('deletes expired inquiries when it opens, before anything reads them', async () => {
    const server = new FakeInquiryEndpoint();
    server.offline = true;
    const dbName = `mc-outbox-test-${seq++}`;
    await (await outbox(server, { dbName })).submit(ENDPOINT, inquiry);
    clock += OUTBOX_MAX_AGE_MS + 1;
    await outbox(server, { dbName, now: () => clock });
    const raw = await outbox(server, { dbName, maxAgeMs: Number.POSITIVE_INFINITY });
    expect(await raw.list(), 'deleted from IndexedDB by the first outbox to open').to.deep.equal([]);
  });

  it('a redirect is not success: configuration error', async () => {
    const server = new FakeInquiryEndpoint();
    server.script = [302];
    const result = await (await outbox(server)).submit(ENDPOINT, inquiry);
    expect(result).to.include({ status: 'config', problem: 'redirect' });
    expect(server.stored.size).to.equal(0);
  });

  it('a CORS refusal (server reachable, response blocked) is a configuration error', async () => {
    const server = new FakeInquiryEndpoint();
    server.script = ['offline'];
    server.reachable = true;
    const result = await (await outbox(server)).submit(ENDPOINT, inquiry);
    expect(result).to.include({ status: 'config', problem: 'cors' });
  });

  it('a request that hangs times out and is queued', async () => {
    const server = new FakeInquiryEndpoint();
    server.script = ['hang'];
    const box = await outbox(server, { timeoutMs: 50 });
    const result = await box.submit(ENDPOINT, inquiry);
    expect(result).to.include({ status: 'queued', reason: 'timeout' });
    expect(await box.list()).to.have.length(1);
  });

  it('offline then online: queued, then delivered when the browser says it is back', async () => {
    const server = new FakeInquiryEndpoint();
    server.offline = true;
    const box = await outbox(server);
    const result = await box.submit(ENDPOINT, inquiry);
    expect(result).to.include({ status: 'queued', reason: 'network' });
    box.start();
    await aTimeout(20);
    server.offline = false;
    const delivered = new Promise<SendResult>((resolve) => box.addEventListener('change', (e) => resolve((e as OutboxChangeEvent).result)));
    clock += 1000;
    window.dispatchEvent(new Event('online'));
    expect(await delivered).to.include({ status: 'sent', id: result.id });
    expect(server.stored.size).to.equal(1);
    expect(await box.list()).to.deep.equal([]);
  });

  it('reload mid-send: a new outbox over the same database sends it again with the same key, stored once', async () => {
    const server = new FakeInquiryEndpoint();
    const dbName = `mc-outbox-test-reload-${seq++}`;
    server.script = ['hang'];
    const before = await outbox(server, { dbName, locks: null, timeoutMs: 10_000 });
    const pending = before.submit(ENDPOINT, inquiry);
    await aTimeout(20);
    // The page is gone: its attempt never finishes. The new page waits for the lease to lapse.
    const after = await outbox(server, { dbName, locks: null });
    expect((await after.flush(true)).map((r) => r.status)).to.deep.equal(['busy']);
    clock += 20_000;
    const results = await after.flush(true);
    expect(results.map((r) => r.status)).to.deep.equal(['sent']);
    expect(server.requests).to.have.length(2);
    expect(server.requests[0]!.key).to.equal(server.requests[1]!.key);
    expect(server.stored.size).to.equal(1);
    before.close();
    expect((await pending).status).to.equal('gone');
  });

  it('while another page holds the lease, a started outbox waits for it instead of spinning', async () => {
    const server = new FakeInquiryEndpoint();
    const dbName = `mc-outbox-test-spin-${seq++}`;
    server.script = ['hang'];
    const holder = await outbox(server, { dbName, locks: null, timeoutMs: 10_000 });
    void holder.submit(ENDPOINT, inquiry);
    await aTimeout(20);
    const waiting = await outbox(server, { dbName, locks: null });
    const transaction = IDBDatabase.prototype.transaction;
    let transactions = 0;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      transactions++;
      return transaction.apply(this, args);
    } as IDBDatabase['transaction'];
    try {
      waiting.start();
      await aTimeout(300);
    } finally {
      IDBDatabase.prototype.transaction = transaction;
    }
    expect(transactions, 'a few looks on start, then it waits').to.be.below(20);
    expect(server.requests).to.have.length(1);
  });

  for (const locks of ['Web Locks', 'leases'] as const) {
    it(`two tabs flushing together send one inquiry once (${locks})`, async () => {
      const server = new FakeInquiryEndpoint();
      const dbName = `mc-outbox-test-tabs-${seq++}`;
      server.script = [503];
      const opts = locks === 'leases' ? { dbName, locks: null } : { dbName };
      const a = await outbox(server, opts);
      const b = await outbox(server, opts);
      const queued = await a.submit(ENDPOINT, inquiry);
      expect(queued.status).to.equal('queued');
      server.script = [async () => (await aTimeout(30), Response.json({ id: 'r' }, { status: 201 }))];
      clock += 10_000;
      const [ra, rb] = await Promise.all([a.flush(), b.flush()]);
      expect([...ra, ...rb].map((r) => r.status).sort()).to.deep.equal(['busy', 'sent']);
      expect(server.requests).to.have.length(2);
      expect(await a.list()).to.deep.equal([]);
    });
  }

  it('a tab hears when another tab delivered its queued inquiry', async () => {
    const server = new FakeInquiryEndpoint();
    const dbName = `mc-outbox-test-bc-${seq++}`;
    server.offline = true;
    const shown = await outbox(server, { dbName });
    const other = await outbox(server, { dbName });
    const queued = await shown.submit(ENDPOINT, inquiry);
    const heard = new Promise<SendResult>((resolve) => shown.addEventListener('change', (e) => resolve((e as OutboxChangeEvent).result)));
    server.offline = false;
    await other.flush(true);
    expect(await heard).to.include({ status: 'sent', id: queued.id });
  });

  it('works in memory when IndexedDB is unavailable, and says so', async () => {
    const server = new FakeInquiryEndpoint();
    server.script = [503];
    const box = await outbox(server, { indexedDB: null });
    expect(box.persistent).to.equal(false);
    expect((await box.submit(ENDPOINT, inquiry)).status).to.equal('queued');
    clock += 1000;
    expect((await box.flush()).map((r) => r.status)).to.deep.equal(['sent']);
  });

  it('falls back to memory when storage is over quota, and still sends', async () => {
    const server = new FakeInquiryEndpoint();
    const box = await outbox(server);
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const result = await box.submit(ENDPOINT, inquiry);
      expect(result.status).to.equal('sent');
      expect(box.persistent).to.equal(false);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
  });

  it('the person can discard a queued inquiry; nothing is sent afterwards', async () => {
    const server = new FakeInquiryEndpoint();
    server.offline = true;
    const box = await outbox(server);
    const result = await box.submit(ENDPOINT, inquiry);
    await box.discard(result.id);
    server.offline = false;
    clock += 60_000;
    expect(await box.flush(true)).to.deep.equal([]);
    expect(await box.list()).to.deep.equal([]);
    expect(server.requests).to.have.length(1);
  });
});
