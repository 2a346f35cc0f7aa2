import { aTimeout, expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RevealController } from '../../../src/elements/shared/reveal.js';

/** A connected host that counts the updates its controller asks for. */
function connectedHost(): { host: ReactiveControllerHost; updates: () => number } {
  let updates = 0;
  const host: ReactiveControllerHost = {
    addController: (c: ReactiveController) => c.hostConnected?.(),
    removeController: () => {},
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
  };
  return { host, updates: () => updates };
}

/** Past the turn of the event loop a batch waits for. */
const nextBatch = () => aTimeout(10);

describe('RevealController: a long list a few items per task', () => {
  it('shows the first 3 at once, then 3 more per task until all are shown', async () => {
    const { host, updates } = connectedHost();
    const reveal = new RevealController(host);
    expect(reveal.take(8)).to.equal(3);
    await nextBatch();
    expect(updates()).to.equal(1);
    expect(reveal.take(8)).to.equal(6);
    await nextBatch();
    expect(reveal.take(8)).to.equal(8);
    await nextBatch();
    expect(updates()).to.equal(2);
  });

  it('starts a replaced list from the first batch, even when a batch of the old one was due', async () => {
    const { host } = connectedHost();
    const reveal = new RevealController(host);
    expect(reveal.take(10)).to.equal(3);
    // The list is replaced before the old list's next batch came.
    reveal.reset();
    await nextBatch();
    expect(reveal.take(10)).to.equal(3);
    await nextBatch();
    expect(reveal.take(10)).to.equal(6);
  });
});
