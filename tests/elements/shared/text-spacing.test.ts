/**
 * WCAG 1.4.12: a person's text-spacing settings (a user style sheet, the "text spacing
 * bookmarklet", a reading extension) are a style sheet outside the shadow roots, which reaches
 * the text inside only through inheritance. Letter and word spacing then reach the buttons and
 * fields as they reach the paragraphs: the controls' reset must not set them back to normal.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { baseStyles } from '../../../src/elements/shared/tokens.styles.js';

class SpacedControls extends LitElement {
  static override styles = baseStyles;
  override render() {
    return html`<p>Type a job title</p>
      <input aria-label="Job title" value="nurse" />
      <button type="button">Search</button>
      <button type="button" class="link">Registered nurses</button>`;
  }
}
customElements.define('test-spaced-controls', SpacedControls);

describe('shared styles: text spacing set outside the shadow root', () => {
  it('reaches buttons and fields as it reaches the text around them', async () => {
    // The bookmarklet's values, set on an ancestor of the host as a page-level `*` rule does.
    const box = await fixture<HTMLDivElement>(
      html`<div style="font-size: 16px; line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em">
        <test-spaced-controls></test-spaced-controls>
      </div>`,
    );
    const el = box.querySelector<SpacedControls>('test-spaced-controls')!;
    await el.updateComplete;
    for (const selector of ['p', 'input', 'button', 'button.link']) {
      const style = getComputedStyle(el.shadowRoot!.querySelector(selector)!);
      expect(style.letterSpacing, `${selector}: letter spacing 0.12em of 16px`).to.equal('1.92px');
      expect(style.wordSpacing, `${selector}: word spacing 0.16em of 16px`).to.equal('2.56px');
    }
  });
});
