// With the inquiry form on the page (as in the CDN bundle), the review hands it the
// selected programs; separate file so the main tests cover the page without it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../mc-recommendations/define.js';
import '../../../src/define/mc-inquiry-form.js';
import type { McSkillFinder } from '../../../src/elements/mc-skill-finder/mc-skill-finder.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import { loadedIndex, withNursingModules } from '../../fixtures/index/index.js';

describe('mc-skill-finder with mc-inquiry-form', () => {
  it('opens an employer inquiry about exactly the selected programs, saying who receives it', async () => {
    const el = await fixture<McSkillFinder>(
      html`<mc-skill-finder endpoint="/api/inquiries" routed endpoint-owner="Lakeside Career Centre" privacy-url="https://lakeside.example/privacy"></mc-skill-finder>`,
    );
    el.index = await loadedIndex({ programs: withNursingModules() });
    el.skills = ['sample:patient-care'];
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[part=list]')?.getAttribute('aria-busy') === 'false', 'cards rendered');
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    boxes[0]!.click();
    boxes[2]!.click();
    await el.updateComplete;
    const cards = [...el.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')];
    const chosen = [cards[0]!, cards[2]!].map((c) => c.recommendation!.program);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=bar] button:not(.link)')!.click();
    await el.updateComplete;
    const form = el.shadowRoot!.querySelector('mc-inquiry-form') as HTMLElement & {
      programs: Array<{ id: string }>;
      variant: string;
      institution: string;
      routed: boolean;
      endpointOwner: string;
      privacyUrl: string;
      endpoint: string;
      shadowRoot: ShadowRoot;
      updateComplete: Promise<unknown>;
    };
    expect(form).to.not.equal(null);
    expect(form.variant).to.equal('employer');
    expect(form.endpoint).to.equal('/api/inquiries');
    expect(form.programs.map((p) => p.id)).to.deep.equal(chosen.map((p) => p.id));
    // The endpoint routes: the form is told so, and names who runs it and the institutions.
    expect(form.routed).to.equal(true);
    expect(form.endpointOwner).to.equal('Lakeside Career Centre');
    expect(form.privacyUrl).to.equal('https://lakeside.example/privacy');
    expect(form.institution).to.equal('');
    expect(el.shadowRoot!.textContent).not.to.contain('not available on this page');
    await form.updateComplete;
    // In the order of the programs, as the form lists them.
    const inOrder = [...new Set(chosen.map((p) => p.provider))];
    const names = inOrder.length === 1 ? inOrder[0] : `${inOrder[0]} and ${inOrder[1]}`;
    expect(form.shadowRoot.querySelector('.consent')!.textContent).to.contain(
      `I agree that these recipients may keep my details and contact me about this inquiry: Lakeside Career Centre, ${names}.`,
    );
    expect(form.shadowRoot.querySelector('[part=recipients]')!.textContent).to.contain('Passed on to');
    await expect(el).to.be.accessible();
  });
});
