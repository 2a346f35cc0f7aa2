// The French strings load only when an element shows French: an English page never
// downloads them, and a French element never shows English while they load.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/mc-job-search.js';
import type { McJobSearch } from '../../src/elements/mc-job-search/mc-job-search.js';

const frenchRequested = () => performance.getEntriesByType('resource').some((e) => /\/src\/i18n\/fr\.(ts|js)/.test(e.name));

describe('French strings on demand', () => {
  it('an English element does not load them', async () => {
    const el = await fixture<McJobSearch>(html`<div lang="en"><mc-job-search></mc-job-search></div>`);
    const search = el.querySelector<McJobSearch>('mc-job-search')!;
    await search.updateComplete;
    expect(search.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal('I work as…');
    expect(frenchRequested()).to.equal(false);
  });

  it('a French element loads them and renders in French from its first render', async () => {
    const wrap = document.createElement('div');
    wrap.lang = 'fr';
    const search = document.createElement('mc-job-search') as McJobSearch;
    wrap.append(search);
    document.body.append(wrap);
    // Connected, not yet rendered: record every label text the element ever shows.
    expect(search.shadowRoot!.querySelector('label')).to.equal(null);
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const label = search.shadowRoot!.querySelector('label')?.textContent?.trim();
      if (label) seen.push(label);
    });
    observer.observe(search.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await search.updateComplete;
    observer.disconnect();
    wrap.remove();
    const label = search.shadowRoot!.querySelector('label')!.textContent!.trim();
    expect(label).to.equal('Je travaille comme…');
    expect(seen.length).to.be.greaterThan(0);
    expect(
      seen.every((t) => t === label),
      seen.join(' | '),
    ).to.equal(true);
    expect(frenchRequested()).to.equal(true);
  });

  it('switching an English element to French re-renders it in French once they are here', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en"><mc-job-search></mc-job-search></div>`);
    const search = wrap.querySelector<McJobSearch>('mc-job-search')!;
    await search.updateComplete;
    wrap.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r));
    await search.updateComplete;
    expect(search.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal('Je travaille comme…');
  });
});
