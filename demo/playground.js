/**
 * The playground: one element at a time, built from what the package ships about it. Its
 * attributes and events come from dist/editor/web-types.json (made from the Custom Elements
 * Manifest by `npm run build`), its starting values from demo/examples.json (the examples of
 * docs/elements/), and the properties an element takes only from script (mc-program-card's
 * program) from the example's `properties`. The page builds everything with DOM calls: the
 * demo's Content-Security-Policy requires Trusted Types, so no HTML is parsed from strings.
 */
import { VERSION } from '/dist/cdn/microcred.js';
import { onLangChange, pageLang } from './lang.js';

const SAMPLE_INDEX = '/demo/data/sample/index.json';
/** The demo's privacy notice, for `{privacy}` in an example. */
const PRIVACY = '/demo/privacy.html';
const CDN_URL = `https://cdn.example.org/microcred-widgets/dist/cdn/${VERSION}/microcred.js`;
/** Attributes kept out of the controls: older names of others (`src`, `endpoint-owner`). */
const HIDDEN = new Set(['mc-portal index', 'mc-inquiry-form institution']);
const DEFAULT_PRIMARY = '#1d4ed8';
const DEFAULT_RADIUS = '6';
const LOG_MAX = 20;

/** The page's own words; the manifest's descriptions are in English only, and marked so. */
const WORDS = {
  en: {
    default: (value) => `(default${value ? `: ${value}` : ''})`,
    attributes: (tag) => `Attributes of <${tag}>`,
    docs: (tag) => `Every attribute, property, event, part and custom property: docs/elements/${tag}.md in the package's repository.`,
    listening: (events) => `Listening for ${events.join(', ')}.`,
    noEvents: 'This element fires no events.',
    copied: 'Copied.',
    copyFailed: 'This browser did not let the page copy: select the HTML above and copy it.',
  },
  fr: {
    default: (value) => `(par défaut${value ? `\u00a0: ${value}` : ''})`,
    attributes: (tag) => `Attributs de <${tag}>`,
    docs: (tag) =>
      `Chaque attribut, propriété, événement, partie et propriété personnalisée\u00a0: docs/elements/${tag}.md dans le dépôt du paquet (en anglais).`,
    listening: (events) => `À l’écoute de ${events.join(', ')}.`,
    noEvents: 'Cet élément ne déclenche aucun événement.',
    copied: 'Copié.',
    copyFailed: 'Ce navigateur n’a pas laissé la page copier\u00a0: sélectionnez le HTML ci-dessus et copiez-le.',
  },
};
const words = () => WORDS[pageLang()];

const $ = (id) => document.getElementById(id);
const form = $('controls');
const preview = $('preview');

const [webTypes, examples] = await Promise.all([fetchJson('/dist/editor/web-types.json'), fetchJson('/demo/examples.json')]);
const elements = webTypes.contributions.html.elements.filter((e) => examples[e.name] && examples[e.name].playground !== false);

function fetchJson(url) {
  return fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
    return r.json();
  });
}

/** The string literals of a union type (`'eager' | 'visible'`), or null for any other type. */
function literals(type) {
  const parts = (type ?? '').split('|').map((p) => p.trim());
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : null;
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** A description from the manifest (in English), its `code` spans as code. */
function described(text, props) {
  const span = el('span', { lang: 'en', ...props });
  (text ?? '').split('`').forEach((part, i) => span.append(i % 2 === 1 ? el('code', { textContent: part }) : part));
  return span;
}

/** One control per attribute: a checkbox, a choice of values, a number or text. */
function control(element, attribute, initial) {
  const id = `attr-${attribute.name}`;
  const type = attribute.value?.type ?? 'string';
  const label = el('label', { htmlFor: id }, el('code', { textContent: attribute.name }));
  const help = described(attribute.description, { className: 'hint', id: `${id}-help` });
  let input;
  if (type === 'boolean') {
    input = el('input', { type: 'checkbox', id, checked: initial !== undefined });
  } else if (literals(type)) {
    const unset = el('option', { value: '', textContent: words().default(attribute.value?.default) });
    unset.dataset.default = attribute.value?.default ?? '';
    input = el('select', { id }, unset);
    for (const value of literals(type)) input.append(el('option', { value, textContent: value }));
    input.value = initial ?? '';
  } else {
    input = el('input', { type: type === 'number' ? 'number' : 'text', id, value: initial ?? '' });
    if (attribute.value?.default && attribute.value.default !== "''" && attribute.value.default !== 'null')
      input.placeholder = attribute.value.default.replace(/^'|'$/g, '');
  }
  input.name = attribute.name;
  input.dataset.attribute = attribute.name;
  input.dataset.kind = type === 'boolean' ? 'boolean' : 'value';
  input.setAttribute('aria-describedby', help.id);
  const row = el('p', { className: type === 'boolean' ? 'check' : '' });
  if (type === 'boolean') row.append(input, ' ', label, help);
  else row.append(label, input, help);
  return row;
}

function current() {
  return elements.find((e) => e.name === form.element.value) ?? elements[0];
}

/**
 * The example's value of an attribute on a page in `lang`: the French one (`attributesFr`, who
 * runs the inquiry endpoint by its French name) on a French page, as such a page writes it.
 */
function exampleValue(example, name, lang) {
  const value = (lang === 'fr' ? example.attributesFr?.[name] : undefined) ?? example.attributes[name];
  return value?.replace('{index}', SAMPLE_INDEX).replace('{privacy}', PRIVACY);
}

/** The controls for the chosen element, filled with its example. */
function showControls() {
  const element = current();
  const example = examples[element.name];
  const fieldset = $('attributes');
  fieldset.replaceChildren(el('legend', { textContent: words().attributes(element.name) }));
  for (const attribute of element.attributes ?? []) {
    if (HIDDEN.has(`${element.name} ${attribute.name}`)) continue;
    const initial = exampleValue(example, attribute.name, pageLang());
    fieldset.append(control(element, attribute, initial));
  }
  $('element-summary').replaceChildren(described(element.description?.split('\n---')[0]));
  $('docs').textContent = words().docs(element.name);
  const url = new URL(location.href);
  url.searchParams.set('element', element.name);
  history.replaceState(null, '', url);
}

/** The attributes the controls give, in the element's order, without the empty ones. */
function chosenAttributes() {
  const out = [];
  for (const input of $('attributes').querySelectorAll('[data-attribute]')) {
    if (input.dataset.kind === 'boolean') {
      if (input.checked) out.push([input.dataset.attribute, '']);
    } else if (input.value.trim() !== '') out.push([input.dataset.attribute, input.value.trim()]);
  }
  if (form.lang.value !== 'en') out.push(['lang', form.lang.value]);
  return out;
}

function themeRules() {
  const rules = [];
  if (form.primary.value.toLowerCase() !== DEFAULT_PRIMARY) rules.push(['--mc-color-primary', form.primary.value]);
  if (form.radius.value !== '' && form.radius.value !== DEFAULT_RADIUS) rules.push(['--mc-radius', `${Number(form.radius.value)}px`]);
  return rules;
}

/** A short, readable account of an event's detail: plain values in full, the rest summed up. */
function summarize(detail) {
  if (detail === null || typeof detail !== 'object') return JSON.stringify(detail) ?? '';
  const parts = Object.entries(detail).map(([key, value]) => {
    if (Array.isArray(value)) return `${key}: [${value.length} item${value.length === 1 ? '' : 's'}]`;
    if (value !== null && typeof value === 'object') return `${key}: {…}`;
    return `${key}: ${JSON.stringify(value)}`;
  });
  return `{ ${parts.join(', ')} }`;
}

function logEvent(event) {
  const log = $('log');
  log.prepend(el('li', {}, el('code', { textContent: event.type }), ` ${summarize(event.detail)}`));
  while (log.children.length > LOG_MAX) log.lastElementChild.remove();
}

/** A value as script: an object one key a line, its values on one line each. */
function asScript(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  return `{\n${Object.entries(value)
    .map(([key, v]) => `    ${key}: ${JSON.stringify(v)},`)
    .join('\n')}\n  }`;
}

/** The example's properties as script that sets them (after the element's tag in the HTML to copy). */
function propertiesScript(tag, properties) {
  const entries = Object.entries(properties ?? {});
  if (entries.length === 0) return [];
  const lines = ['<script type="module">', `  const element = document.querySelector('${tag}');`];
  for (const [name, value] of entries) lines.push(`  element.${name} = ${asScript(value)};`);
  lines.push('</script>');
  return lines;
}

/** A new element with the chosen attributes (a fresh one, as a page that loads with them would have). */
function render() {
  const element = current();
  const attributes = chosenAttributes();
  const properties = examples[element.name].properties ?? {};
  const node = document.createElement(element.name);
  for (const [name, value] of attributes) node.setAttribute(name, value);
  // The element's language is the one chosen even when the page is in the other.
  if (!node.hasAttribute('lang')) node.setAttribute('lang', 'en');
  Object.assign(node, structuredClone(properties));
  const events = (element.events ?? []).map((e) => e.name);
  for (const name of events) node.addEventListener(name, logEvent);
  preview.replaceChildren(node);
  preview.removeAttribute('style');
  for (const [name, value] of themeRules()) preview.style.setProperty(name, value);
  $('events-listened').textContent = events.length > 0 ? words().listening(events) : words().noEvents;
  $('log').replaceChildren();

  const tag = `<${element.name}${attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value.replace(/"/g, '&quot;')}"`)).join('')}></${element.name}>`;
  const theme = themeRules();
  const lines = [`<script type="module" src="${CDN_URL}"></script>`];
  if (theme.length > 0) lines.push('<style>', `  ${element.name} {`, ...theme.map(([name, value]) => `    ${name}: ${value};`), '  }', '</style>');
  lines.push(tag, ...propertiesScript(element.name, properties));
  $('snippet').textContent = lines.join('\n');
  $('copy-status').textContent = '';
}

for (const element of elements) form.element.append(el('option', { value: element.name, textContent: `<${element.name}>` }));
const asked = new URL(location.href).searchParams.get('element') ?? 'mc-job-search';
if (elements.some((e) => e.name === asked)) form.element.value = asked;
form.lang.value = pageLang();
showControls();
render();

// The page's language switch: the page's words change, and the element follows (its own
// Language control can still set it apart).
onLangChange((lang) => {
  $('attributes').querySelector('legend').textContent = words().attributes(current().name);
  // A value still the example's follows the language; one the person typed stays.
  const example = examples[current().name];
  for (const input of $('attributes').querySelectorAll('[data-kind=value]')) {
    const name = input.dataset.attribute;
    if (input.value === (exampleValue(example, name, lang === 'fr' ? 'en' : 'fr') ?? '')) input.value = exampleValue(example, name, lang) ?? '';
  }
  for (const option of $('attributes').querySelectorAll('option[data-default]')) option.textContent = words().default(option.dataset.default);
  form.lang.value = lang;
  $('docs').textContent = words().docs(current().name);
  render();
});

form.addEventListener('change', (event) => {
  if (event.target === form.element) showControls();
  render();
});
form.addEventListener('submit', (event) => event.preventDefault());
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('snippet').textContent);
    $('copy-status').textContent = words().copied;
  } catch {
    $('copy-status').textContent = words().copyFailed;
  }
});
