import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/mc-job-search.js';
import type { McJobSearch } from '../../../src/elements/mc-job-search/mc-job-search.js';
import type { LoadedIndex, TitleMatch } from '../../../src/core/model/loaded.js';
import { loadedIndex } from '../../fixtures/index/index.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex();
});

const WELDER: TitleMatch = { code: '72106', score: 1, title: 'Welders and related machine operators', matchedTitle: 'Welder', kind: 'exact' };
const WEAVER: TitleMatch = { code: '94141', score: 1, title: 'Weavers', matchedTitle: 'Weaver', kind: 'exact' };

/** One call of a host's async matcher, answered (or failed) when the test says. */
interface PendingCall {
  query: string;
  signal: AbortSignal | undefined;
  answer: (matches: TitleMatch[]) => void;
  fail: (error: Error) => void;
}

/** A search whose matcher answers only when told to, so its answers can come out of order. */
async function searchWithHeldAnswers(): Promise<{ el: McJobSearch; calls: PendingCall[] }> {
  const el = await fixture<McJobSearch>(html`<mc-job-search></mc-job-search>`);
  const calls: PendingCall[] = [];
  el.matcher = (_index, query, opts) => new Promise<TitleMatch[]>((answer, fail) => calls.push({ query, signal: opts.signal, answer, fail }));
  el.index = index;
  await el.updateComplete;
  el.shadowRoot!.querySelector('input')!.focus();
  // "w" is too short to match; "we", then "wel" each ask the matcher.
  await sendKeys({ type: 'we' });
  await sendKeys({ type: 'l' });
  await aTimeout(0);
  expect(calls.map((c) => c.query)).to.deep.equal(['we', 'wel']);
  return { el, calls };
}

function options(el: McJobSearch): string[] {
  return [...el.shadowRoot!.querySelectorAll('[role=option]')].map((o) => o.textContent!.trim());
}

describe('mc-job-search: a superseded search', () => {
  it('aborts the older search’s signal, and its late answer never replaces the newer one', async () => {
    const { el, calls } = await searchWithHeldAnswers();
    const [older, newer] = calls as [PendingCall, PendingCall];
    // A host's matcher (a service behind fetch, say) can stop work nobody will see.
    expect(older.signal?.aborted).to.equal(true);
    expect(newer.signal?.aborted).to.equal(false);

    newer.answer([WELDER]);
    await el.updateComplete;
    expect(options(el)).to.deep.equal(['Welder']);

    older.answer([WEAVER]);
    await aTimeout(0);
    await el.updateComplete;
    expect(options(el)).to.deep.equal(['Welder']);
  });

  it('reports a failure of the latest search, never of one it superseded', async () => {
    const { el, calls } = await searchWithHeldAnswers();
    const [older, newer] = calls as [PendingCall, PendingCall];
    const codes: string[] = [];
    el.addEventListener('mc-error', (e) => codes.push(e.detail.code));

    // The newer search still runs, so only a turn of the event loop, not updateComplete.
    older.fail(new Error('superseded'));
    await aTimeout(0);
    expect(codes).to.deep.equal([]);

    newer.fail(new Error('latest'));
    await aTimeout(0);
    await el.updateComplete;
    expect(codes).to.deep.equal(['unknown']);
  });
});
