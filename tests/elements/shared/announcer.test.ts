import { expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { Announcer } from '../../../src/elements/shared/announcer.js';

/** An element loading from its first render, that records what its live region held after each update. */
class LoadingAtOnce extends LitElement {
  readonly live = new Announcer(this);
  loading = true;
  readonly said: string[] = [];

  override render() {
    return html`${this.loading ? html`<p>${this.live.busy('Loading…')}</p>` : html`<p>Done</p>`}${this.live.render()}`;
  }

  override updated() {
    this.said.push(this.shadowRoot!.querySelector('[role=status]')!.textContent!);
  }
}
customElements.define('test-loading-at-once', LoadingAtOnce);

describe('Announcer', () => {
  it('puts its region in the page empty, then says a wait that began with the first render, and empties it when it ends', async () => {
    const el = await fixture<LoadingAtOnce>(testHtml`<test-loading-at-once></test-loading-at-once>`);
    await waitUntil(() => el.said.length >= 2, 'a second update');
    // Several screen readers skip a live region inserted already filled.
    expect(el.said.slice(0, 2)).to.deep.equal(['', 'Loading…']);
    el.loading = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.said.at(-1)).to.equal('');
  });
});
