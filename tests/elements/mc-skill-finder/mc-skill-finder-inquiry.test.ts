// With the inquiry form on the page (as in the CDN bundle), the review hands it the
// selected programs; separate file so the main tests cover the page without it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../mc-recommendations/define.js';
import '../../../src/define/mc-inquiry-form.js';
import type { McSkillFinder } from '../../../src/elements/mc-skill-finder/mc-skill-finder.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import { loadedIndex, withNursingModules } from '../../fixtures/index/index.js';
import { forgetDrafts } from '../../../src/elements/mc-inquiry-form/draft-store.js';

type Form = HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<unknown> };

afterEach(() => forgetDrafts());

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

  let endpoints = 0;

  /**
   * The sample index by URL (as the demo loads it): a language switch loads it again, and the
   * review is made anew. An endpoint of its own: no draft an earlier test's form kept.
   */
  async function reviewing(): Promise<{ el: McSkillFinder; form: () => Form }> {
    const wrap = await fixture<HTMLElement>(
      html`<div lang="en">
        <mc-skill-finder src="/demo/data/sample/index.json" endpoint="/api/inquiries?test=${endpoints++}" endpoint-owner="Demo"></mc-skill-finder>
      </div>`,
    );
    const el = wrap.querySelector('mc-skill-finder')!;
    await waitUntil(() => el.shadowRoot!.querySelector('input[role=combobox]'), 'the sample index loaded', { timeout: 10_000 });
    el.shadowRoot!.querySelector<HTMLInputElement>('input[role=combobox]')!.focus();
    await sendKeys({ type: 'welding' });
    await waitUntil(() => el.shadowRoot!.querySelector('[role=option]'), 'a skill suggested');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('label.check input').length >= 2, 'programs listed');
    for (const box of [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('label.check input')].slice(0, 2)) box.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=bar] button:not(.link)')!.click();
    await el.updateComplete;
    const form = () => el.shadowRoot!.querySelector('mc-inquiry-form') as Form;
    await form().updateComplete;
    return { el, form };
  }

  const input = (form: Form, name: string) => form.shadowRoot.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  async function typeIn(form: Form, name: string, value: string): Promise<void> {
    input(form, name).value = value;
    input(form, name).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await form.updateComplete;
  }

  it('keeps what was typed, consent included, when the person goes back to the programs and returns', async () => {
    const { el, form } = await reviewing();
    await typeIn(form(), 'organization', 'Northwind Logistics');
    await typeIn(form(), 'message', 'Evening classes for 12 drivers?');
    input(form(), 'consent').click();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=review] > div > button.secondary')!.click();
    await el.updateComplete;
    expect(form()).to.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=bar] button:not(.link)')!.click();
    await el.updateComplete;
    await form().updateComplete;
    expect(input(form(), 'organization').value).to.equal('Northwind Logistics');
    expect(input(form(), 'message').value).to.equal('Evening classes for 12 drivers?');
    expect(input(form(), 'consent').checked).to.equal(true);
  });

  it('keeps what was typed, consent included, across the page’s language switch mid-form', async () => {
    const { el, form } = await reviewing();
    const before = form();
    await typeIn(before, 'organization', 'Northwind Logistics');
    await typeIn(before, 'contactName', 'Alex Tremblay');
    input(before, 'consent').click();
    el.parentElement!.setAttribute('lang', 'fr');
    await waitUntil(() => form()?.shadowRoot.querySelector('label[for$="-organization"]')?.textContent?.includes('Organisation'), 'the form in French', {
      timeout: 10_000,
    });
    await form().updateComplete;
    expect(input(form(), 'organization').value).to.equal('Northwind Logistics');
    expect(input(form(), 'contactName').value).to.equal('Alex Tremblay');
    expect(input(form(), 'consent').checked).to.equal(true);
  });
});
