/**
 * An element that shows an index's data, placed with neither `src` nor `index` (forgotten, or
 * misspelt: `scr="..."`), tells the developer: one console warning naming it and `mc-error`
 * `no-source`, instead of a normal-looking element that silently finds nothing.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../../src/all.js';
import '../../../src/define/mc-admin-inbox.js';
import '../../../src/define/mc-catalogue-review.js';
import '../../../src/define/mc-outcomes-report.js';
import type { McErrorDetail } from '../../../src/elements/shared/errors.js';
import { captureWarnings } from '../../fixtures/browser/warnings.js';

const SAMPLE = '/demo/data/sample/index.json';
const NEED_SOURCE = ['mc-job-search', 'mc-recommendations', 'mc-labour-market', 'mc-skill-finder', 'mc-catalogue-review', 'mc-portal'];

const warned = captureWarnings();

/** Places `<tag>` with `attributes` in a `<div lang>`; returns the `mc-error` details heard once it has rendered. */
async function place(tag: string, attributes: Record<string, string> = {}, lang = 'en'): Promise<{ el: LitElement; errors: McErrorDetail[] }> {
  const host = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const errors: McErrorDetail[] = [];
  host.addEventListener('mc-error', (e) => errors.push(e.detail));
  await customElements.whenDefined(tag);
  const el = document.createElement(tag) as LitElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  host.append(el);
  // Some elements render a task after they are added; French strings load first.
  for (let i = 0; i < 20 && !el.hasUpdated; i++) await aTimeout(10);
  await el.updateComplete;
  return { el, errors };
}

describe('an element given neither src nor index', () => {
  for (const tag of NEED_SOURCE) {
    it(`<${tag}>: warns once naming it and fires mc-error no-source`, async () => {
      const { el, errors } = await place(tag, { scr: SAMPLE });
      el.requestUpdate();
      await el.updateComplete;
      expect(warned.list.filter((w) => w.includes('neither src nor index'))).to.deep.equal([
        `<${tag}> has neither src nor index, so it has nothing to show: set its src attribute to the URL of the index (its index.json, or the folder holding it, as /data/index/ or /data/index; check the attribute's spelling), or set its index property before adding it to the page.`,
      ]);
      expect(errors.map((e) => e.code)).to.deep.equal(['no-source']);
      expect(errors[0]!.hint).to.equal(warned.list.find((w) => w.includes('neither src nor index')));
      expect(errors[0]!.message).to.equal('This widget has nothing to show: the page does not tell it where its data is. Tell the site owner.');
    });
  }

  it('says it in French on a French page', async () => {
    const { errors } = await place('mc-job-search', {}, 'fr');
    expect(errors.map((e) => e.message)).to.deep.equal([
      'Ce module n’a rien à afficher\u00a0: la page ne lui indique pas où sont ses données. Avisez le responsable du site.',
    ]);
  });

  it('is silent with src, for the elements whose src is optional, and for the elements the portal renders', async () => {
    const withSource = await place('mc-job-search', { src: SAMPLE });
    const inbox = await place('mc-admin-inbox');
    const report = await place('mc-outcomes-report');
    const portal = await place('mc-portal', { src: SAMPLE });
    // The portal's searches get their index from it, once loaded: none of their own.
    expect(portal.el.shadowRoot!.querySelectorAll('mc-job-search')).to.have.length(2);
    for (const { errors } of [withSource, inbox, report, portal]) expect(errors.filter((e) => e.code === 'no-source')).to.deep.equal([]);
    expect(warned.list.filter((w) => w.includes('neither src nor index'))).to.deep.equal([]);
  });
});
