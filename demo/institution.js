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

/**
 * The institutions of a programs file: its first section (`#providers N`, then N names, one a
 * line; see src/core/index-format/sections.ts), read only that far.
 */
async function providersIn(url) {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  for (;;) {
    const lines = text.split('\n');
    const count = Number(/^#providers (\d+)$/.exec(lines[0])?.[1] ?? NaN);
    if (Number.isNaN(count) && lines.length > 1) throw new Error(`${url}: no #providers section first`);
    if (lines.length > count + 1) {
      void reader.cancel();
      return lines.slice(1, count + 1).map((name) => name.replace(/\\\\/g, '\\'));
    }
    const { done, value } = await reader.read();
    if (done) throw new Error(`${url}: ends inside #providers`);
    text += value;
  }
}

/**
 * Whether the page's institution has programs in the index the server gives (the sample, or
 * the one MC_INDEX_DIR names), and some of the institutions it does have. When the programs
 * file cannot be read, an index that is not the sample is taken to lack it.
 */
async function providerCheck(indexUrl, provider) {
  const manifest = await fetch(indexUrl).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${indexUrl}: HTTP ${r.status}`))));
  const providers = await providersIn(new URL(manifest.files.programs.path, new URL(indexUrl, location.href))).catch(() => null);
  return { has: providers ? providers.includes(provider) : manifest.sample === true, others: providers ?? [] };
}

// Over an index of your own, this fictional college has no program and every job would show
// none: the page says so, plainly, and shows every institution's programs instead.
const provider = recommendations.getAttribute('provider');
const note = document.getElementById('index-note');
providerCheck(recommendations.getAttribute('src'), provider)
  .then(({ has, others }) => {
    if (has) return;
    recommendations.removeAttribute('provider');
    for (const el of note.querySelectorAll('[data-provider]')) el.textContent = provider;
    if (others.length > 0) {
      for (const el of note.querySelectorAll('[data-provider-sample]')) el.textContent = others[0];
      for (const el of note.querySelectorAll('[data-provider-example]')) el.hidden = false;
    }
    note.hidden = false;
  })
  // The index itself cannot be read: the element says so in its own error box.
  .catch(() => undefined);
