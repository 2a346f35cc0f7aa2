/**
 * Occupation titles in their inclusive forms hold words longer than a phone's line
 * (« contremaîtres/contremaîtresses », « Omnipraticiens/omnipraticiennes »). In a heading or a
 * link-like button (a related occupation, a nearby one), such a word breaks instead of widening
 * the page (WCAG 1.4.10): on the French career-centre page a related occupation's button made
 * the page scroll sideways to 326 px at 320 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { baseStyles } from '../../../src/elements/shared/tokens.styles.js';
import { slashBreaks } from '../../../src/elements/shared/slash-breaks.js';
import { splitWords } from '../../fixtures/browser/split-words.js';

const BUTTON = 'Entrepreneurs/entrepreneuses et contremaîtres/contremaîtresses en mécanique';
const HEADING = 'Marché du travail\u00a0: Omnipraticiens/omnipraticiennes et médecins en médecine familiale';

/** A related occupation as the portal lists it: a grid item holding a `.link` button, under a heading. */
class LongWords extends LitElement {
  static override styles = baseStyles;
  override render() {
    return html`<h2>${HEADING}</h2>
      <ul style="display: grid; padding: 0; list-style: none">
        <li style="display: grid">
          <button type="button" class="link" style="justify-self: start; text-align: left; font-weight: 600">${BUTTON}</button>
        </li>
        <li style="display: grid">
          <button type="button" class="link forms" style="justify-self: start; text-align: left; font-weight: 600">${slashBreaks(BUTTON)}</button>
        </li>
      </ul>`;
  }
}
customElements.define('test-long-words', LongWords);

describe('shared styles: a word longer than the line', () => {
  for (const width of [160, 200]) {
    it(`breaks in a link button and a heading rather than widen a ${width} px box`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div lang="fr" style="width: ${width}px; font-size: 16px"><test-long-words></test-long-words></div>`);
      const el = box.querySelector<LongWords>('test-long-words')!;
      await el.updateComplete;
      const right = box.getBoundingClientRect().right;
      for (const selector of ['h2', 'button']) {
        const part = el.shadowRoot!.querySelector(selector)!;
        expect(part.getBoundingClientRect().right, `${selector} ends inside the box`).to.be.at.most(right + 0.5);
        expect(part.scrollWidth, `${selector}'s text fits it`).to.be.at.most(part.clientWidth + 1);
      }
      expect(el.scrollWidth, 'nothing wider than the box').to.be.at.most(width);
      // Still whole words where they fit: the button's text wraps onto several lines, not one letter a line.
      const button = el.shadowRoot!.querySelector('button')!;
      expect(button.getBoundingClientRect().height).to.be.lessThan(16 * 1.5 * 8);
    });
  }

  it('breaks a title between its forms, after a slash, where slashBreaks marks them (the related and nearby occupations’ buttons)', async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="fr" style="width: 200px; font-size: 16px"><test-long-words></test-long-words></div>`);
    const el = box.querySelector<LongWords>('test-long-words')!;
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector('button.forms')!;
    expect(button.textContent, 'the text read is the title').to.equal(BUTTON);
    expect(splitWords(button)).to.deep.equal([]);
  });
});
