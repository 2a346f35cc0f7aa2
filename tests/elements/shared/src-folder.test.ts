/**
 * `src` may name the folder holding `index.json`, with or without its trailing slash, as the
 * `no-source` warning and docs/embedding.md say: `/data/index` loads `/data/index/index.json`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/mc-labour-market.js';
import type { McLabourMarket } from '../../../src/elements/mc-labour-market/mc-labour-market.js';
import type { McErrorDetail } from '../../../src/elements/shared/errors.js';
import { requestIndex } from '../../../src/elements/shared/index-source.js';
import { manifestUrlOf } from '../../../src/core/load/index.js';

const FOLDER = '/demo/data/sample';

describe('src naming a folder', () => {
  for (const src of [FOLDER, `${FOLDER}/`]) {
    it(`src="${src}" loads the index.json in it`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors: McErrorDetail[] = [];
      host.addEventListener('mc-error', (e) => errors.push(e.detail));
      host.innerHTML = `<mc-labour-market code="72106" src="${src}"></mc-labour-market>`;
      const el = host.querySelector<McLabourMarket>('mc-labour-market')!;
      await waitUntil(() => el.shadowRoot?.querySelector('[part=heading]') || errors.length > 0, 'loaded or failed', { timeout: 8000 });
      expect(errors).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.contain('Welders');
    });
  }

  it('shares one load with the same index named by its index.json', async () => {
    expect(manifestUrlOf(FOLDER)).to.equal(new URL(`${FOLDER}/index.json`, location.href).href);
    const [a, b] = await Promise.all([requestIndex(FOLDER, { lang: 'en' }), requestIndex(`${FOLDER}/index.json`, { lang: 'en' })]);
    expect(a.index).to.equal(b.index);
  });

  it('leaves a URL ending in .json, and one that is not http(s), as it is', () => {
    expect(manifestUrlOf('/data/v2.json?build=3')).to.equal(new URL('/data/v2.json?build=3', location.href).href);
    expect(manifestUrlOf('/data/INDEX.JSON')).to.equal(new URL('/data/INDEX.JSON', location.href).href);
    expect(manifestUrlOf('blob:https://example.org/0f4c')).to.equal('blob:https://example.org/0f4c');
  });
});
