// The host page's glue: a person's choice in the job search drives the recommendations,
// and "Ask about this program" opens the college's inquiry form in a dialog.
import './lang.js';

const search = document.querySelector('mc-job-search');
const recommendations = document.querySelector('mc-recommendations');
const dialog = document.getElementById('inquiry');
const form = dialog.querySelector('mc-inquiry-form');

search.addEventListener('mc-select', async (event) => {
  // choose() (not a property set) because the person chose: it fires mc-recommend.
  recommendations.choose(event.detail.code);
  await recommendations.updateComplete;
  recommendations.focus();
});

// A related occupation the recommendations offered: they show its programs themselves;
// the search shows its title, so the page says one thing.
recommendations.addEventListener('mc-select', (event) => {
  search.value = event.detail.code;
});

recommendations.addEventListener('mc-inquire-request', (event) => {
  const card = event.composedPath()[0];
  const program = card.program ?? card.recommendation?.program;
  if (!program) return;
  form.programs = [program];
  dialog.showModal();
});

document.getElementById('inquiry-close').addEventListener('click', () => dialog.close());

// Over an index of your own, this fictional college has no program and every job would show
// none: the page says so, plainly, and shows every institution's programs instead. The
// element says which institutions its index has once it has loaded it (the sample's, or the
// one MC_INDEX_DIR names); when it cannot load it, it says so in its own error box.
const provider = recommendations.getAttribute('provider');
const note = document.getElementById('index-note');
customElements
  .whenDefined('mc-recommendations')
  .then(() => recommendations.catalogueProviders())
  .then((providers) => {
    if (!providers || providers.includes(provider)) return;
    recommendations.removeAttribute('provider');
    for (const el of note.querySelectorAll('[data-provider]')) el.textContent = provider;
    if (providers.length > 0) {
      for (const el of note.querySelectorAll('[data-provider-sample]')) el.textContent = providers[0];
      for (const el of note.querySelectorAll('[data-provider-example]')) el.hidden = false;
    }
    note.hidden = false;
  });
