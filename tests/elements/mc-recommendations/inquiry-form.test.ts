// A program page with no portal: <mc-recommendations> feeds a standalone <mc-inquiry-form>
// through mc-inquire-request, wired as docs/embedding.md shows.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import '../../../src/define/mc-inquiry-form.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import type { McInquiryForm } from '../../../src/elements/mc-inquiry-form/mc-inquiry-form.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import { loadedIndex } from '../../fixtures/index/index.js';
import { settled } from '../../fixtures/browser/recommendations.js';
import { accessibleNames } from '../../fixtures/browser/accessible-names.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex();
});

describe('mc-recommendations feeding a standalone mc-inquiry-form', () => {
  it('opens the form on the program whose "Ask about this program" was pressed', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <mc-recommendations occupation="72106"></mc-recommendations>
      <dialog id="ask" aria-labelledby="ask-heading">
        <mc-inquiry-form variant="learner" endpoint="/api/inquiries" endpoint-owner="Lakeshore Polytechnic" privacy-url="/privacy#inquiries" reply-within-days="5">
          <span slot="heading" id="ask-heading">Ask about this program</span>
        </mc-inquiry-form>
        <button type="button" id="ask-close">Close</button>
      </dialog>
    </div>`);
    const recommendations = page.querySelector<McRecommendations>('mc-recommendations')!;
    recommendations.index = index;
    await settled(recommendations);

    // The snippet in docs/embedding.md, as written there.
    const dialog = page.querySelector<HTMLDialogElement>('#ask')!;
    recommendations.addEventListener('mc-inquire-request', (event) => {
      dialog.querySelector<McInquiryForm>('mc-inquiry-form')!.programs = [event.detail.program];
      dialog.showModal();
    });
    page.querySelector('#ask-close')!.addEventListener('click', () => dialog.close());

    const card = recommendations.shadowRoot!.querySelectorAll<McProgramCard>('mc-program-card')[1]!;
    await card.updateComplete;
    card.shadowRoot!.querySelector<HTMLButtonElement>('button.secondary')!.click();
    await waitUntil(() => dialog.open, 'the dialog opens');
    const form = dialog.querySelector<McInquiryForm>('mc-inquiry-form')!;
    expect(form.programs).to.deep.equal([card.recommendation!.program]);
    await form.updateComplete;
    const listed = [...form.shadowRoot!.querySelectorAll('[part=programs] li')].map((li) => li.textContent);
    expect(listed).to.deep.equal([`${card.recommendation!.program.title.en} — ${card.recommendation!.program.provider}`]);
    expect(await accessibleNames('dialog')).to.deep.equal(['Ask about this program']);
    page.querySelector<HTMLButtonElement>('#ask-close')!.click();
    expect(dialog.open).to.equal(false);
  });
});
