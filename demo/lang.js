/**
 * Every demo page's language switch. The page's own text is written in both languages, each
 * copy marked with its `lang` and `data-i18n`, and lang.css shows only the copy in the
 * language of `<html lang>`, the way theming.html gives its slots to the portal's language.
 * The widgets follow `<html lang>` by themselves; one with a `lang` of its own (the portal
 * after its own button, or `?mc-lang=`) is given the new one. The `<title>` has its French in
 * `data-fr` (`data-own-index-fr` when the server shows your own index); an `aria-label`, in
 * `data-label-fr`; a widget's `endpoint-owner` or `privacy-url`, in `data-fr-endpoint-owner` and
 * `data-fr-privacy-url` (the widgets name and link them as given).
 *
 * `?lang=fr` opens a page in French (`?mc-lang=fr`, the portal's own address, too); the switch
 * keeps the address in step, so the address bar is a link to what the person sees.
 */
const listeners = new Set();
const button = document.querySelector('[data-lang-switch]');
const title = document.querySelector('title');
const englishTitle = title.textContent.trim();
// The server puts data-own-index's text in the title when it serves your own index.
const ownIndex = title.dataset.ownIndex !== undefined && englishTitle === title.dataset.ownIndex.trim();
const frenchTitle = (ownIndex ? title.dataset.ownIndexFr : title.dataset.fr) ?? englishTitle;

const labelled = [...document.querySelectorAll('[data-label-fr]')];
for (const el of labelled) el.dataset.labelEn = el.getAttribute('aria-label') ?? '';

/** Widget attributes a page words in each language, their English values as the page wrote them. */
const TRANSLATED = ['endpoint-owner', 'privacy-url'];
const translated = [...document.querySelectorAll(TRANSLATED.map((name) => `[data-fr-${name}]`).join(', '))].map((el) => ({
  el,
  en: Object.fromEntries(TRANSLATED.map((name) => [name, el.getAttribute(name)])),
}));

const toLang = (value) => (/^fr\b/i.test(value ?? '') ? 'fr' : 'en');
let lang = toLang(document.documentElement.lang);

/** The page's language: `en` or `fr`. */
export function pageLang() {
  return lang;
}

/** Calls `listener(lang)` after each change of the page's language. */
export function onLangChange(listener) {
  listeners.add(listener);
}

/** Said politely after the person pressed the switch (a screen reader may not re-read the renamed button). */
const status = Object.assign(document.createElement('p'), { className: 'visually-hidden' });
status.setAttribute('role', 'status');
status.dataset.langStatus = '';
button?.after(status);

function show(next, { source = null, writeUrl = true, announce = false } = {}) {
  lang = next;
  document.documentElement.lang = next;
  document.title = next === 'fr' ? frenchTitle : englishTitle;
  for (const el of labelled) el.setAttribute('aria-label', next === 'fr' ? el.dataset.labelFr : el.dataset.labelEn);
  for (const { el, en } of translated) {
    for (const name of TRANSLATED) {
      const value = next === 'fr' ? (el.getAttribute(`data-fr-${name}`) ?? en[name]) : en[name];
      if (value !== null) el.setAttribute(name, value);
    }
  }
  for (const widget of document.querySelectorAll('[lang]')) {
    if (widget !== source && widget.localName.startsWith('mc-')) widget.setAttribute('lang', next);
  }
  if (button) {
    button.textContent = next === 'fr' ? 'English' : 'Français';
    button.lang = next === 'fr' ? 'en' : 'fr';
  }
  if (writeUrl) {
    const url = new URL(location.href);
    if (next === 'fr') url.searchParams.set('lang', 'fr');
    else url.searchParams.delete('lang');
    if (url.searchParams.has('mc-lang')) url.searchParams.set('mc-lang', next);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }
  status.textContent = '';
  if (announce) {
    // After the page's language changed, so the sentence is read in its own voice.
    setTimeout(() => {
      status.lang = next;
      status.textContent = next === 'fr' ? 'Page affichée en français.' : 'Page now in English.';
    }, 100);
  }
  for (const listener of listeners) listener(next);
}

const params = new URLSearchParams(location.search);
const asked = params.get('lang') ?? params.get('mc-lang');
if (asked !== null) lang = toLang(asked);
// A portal reads mc-lang when it starts: make it say what ?lang= says.
show(lang, { writeUrl: params.has('mc-lang') && params.has('lang') });

button?.addEventListener('click', () => show(lang === 'fr' ? 'en' : 'fr', { announce: true }));
// The portal's own button (or a title typed in the other language) switched the portal: the
// page follows. The portal speaks for itself there, so the page announces nothing.
document.addEventListener('mc-lang-change', (event) => {
  if (event.detail.lang !== lang) show(event.detail.lang, { source: event.target });
});
