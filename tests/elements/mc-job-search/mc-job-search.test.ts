import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/mc-job-search.js';
import type { McJobSearch, TitleMatcher } from '../../../src/elements/mc-job-search/mc-job-search.js';
import type { McNoMatchDetail } from '../../../src/elements/mc-job-search/mc-job-search.events.js';
import type { LoadedIndex, TitleMatch } from '../../../src/core/model/loaded.js';
import { TITLES, loadedIndex } from '../../fixtures/index/index.js';
import { accessibleNodes } from '../../fixtures/browser/accessible-names.js';

let index: LoadedIndex;
before(async () => {
  index = await loadedIndex();
});

const PAUSE = 650;

async function make(template = html`<mc-job-search></mc-job-search>`): Promise<McJobSearch> {
  const el = await fixture<McJobSearch>(template);
  el.index = index;
  await el.updateComplete;
  return el;
}

function input(el: McJobSearch): HTMLInputElement {
  return el.shadowRoot!.querySelector('input')!;
}
function options(el: McJobSearch): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')];
}
function listbox(el: McJobSearch): HTMLElement {
  return el.shadowRoot!.querySelector('[role=listbox]')!;
}
function status(el: McJobSearch): string {
  return el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
}

/** Types like a person: focus, then real key presses through the browser. */
async function type(el: McJobSearch, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('mc-job-search: accessibility in every state', () => {
  it('is accessible closed', async () => {
    const el = await make();
    await expect(el).to.be.accessible();
  });

  it('is accessible open, with an active option', async () => {
    const el = await make();
    await type(el, 'nurse');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('is accessible when nothing matches', async () => {
    const el = await make();
    await type(el, 'qqqqxz');
    await aTimeout(PAUSE);
    await el.updateComplete;
    expect(status(el)).to.equal('No occupation found');
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading and after a load error, with Retry', async () => {
    const loading = await fixture<McJobSearch>(html`<mc-job-search src="/never-answers/index.json"></mc-job-search>`);
    await expect(loading).to.be.accessible();
    const failing = await fixture<McJobSearch>(html`<mc-job-search src="/does-not-exist/index.json"></mc-job-search>`);
    await oneEvent(failing, 'mc-error');
    await failing.updateComplete;
    const alert = failing.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('not found');
    expect(alert.querySelector('button')!.textContent!.trim()).to.equal('Retry');
    await expect(failing).to.be.accessible();
  });
});

describe('mc-job-search: attributes and properties', () => {
  it('labels the input by search-role', async () => {
    const el = await make(html`<mc-job-search search-role="target"></mc-job-search>`);
    const label = el.shadowRoot!.querySelector('label')!;
    expect(label.textContent!.trim()).to.equal('I want to become…');
    expect(label.htmlFor).to.equal(input(el).id);
    el.searchRole = 'current';
    await el.updateComplete;
    expect(label.textContent!.trim()).to.equal('I work as…');
  });

  it('shows the page’s hint under the label and reads it with the field, before its own', async () => {
    const el = await make(html`<mc-job-search search-role="target" hint="Optional. Leave it empty."></mc-job-search>`);
    const note = el.shadowRoot!.querySelector('label + .hint')!;
    expect(note.textContent).to.equal('Optional. Leave it empty.');
    expect(input(el).getAttribute('aria-describedby')!.split(' ')[0]).to.equal(note.id);
    const [field] = await accessibleNodes('combobox');
    expect(field!.description).to.equal('Optional. Leave it empty. Type a job title, then choose the matching occupation from the list.');
    el.hint = '';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.hint')).to.have.length(1);
    expect((await accessibleNodes('combobox'))[0]!.description).to.equal('Type a job title, then choose the matching occupation from the list.');
    await expect(el).to.be.accessible();
  });

  it('shows the official title when value is set from code, and fires nothing', async () => {
    const el = await make();
    let fired = 0;
    el.addEventListener('mc-select', () => fired++);
    el.value = '72106';
    await el.updateComplete;
    expect(input(el).value).to.equal('Welders and related machine operators');
    await aTimeout(PAUSE);
    expect(fired).to.equal(0);
  });

  it('shows the official title of a value set before the element first rendered, and fires nothing', async () => {
    let fired = 0;
    const host = await fixture<HTMLDivElement>(html`<div @mc-select=${() => fired++}></div>`);
    const el = document.createElement('mc-job-search') as McJobSearch;
    el.value = '72106';
    el.index = index;
    host.append(el);
    await el.updateComplete;
    expect(input(el).value).to.equal('Welders and related machine operators');
    const late = await make(html`<mc-job-search value="31301"></mc-job-search>`);
    expect(input(late).value).to.equal('Registered nurses and registered psychiatric nurses');
    await aTimeout(PAUSE);
    expect(fired).to.equal(0);
  });

  it('uses a host-supplied matcher, sync or async', async () => {
    const el = await make();
    const calls: string[] = [];
    const custom: TitleMatcher = async (_index, query, opts) => {
      calls.push(`${query}|${opts.lang}|${opts.limit}`);
      return [{ code: '72106', score: 1, title: 'Welders and related machine operators', matchedTitle: 'Pipe welder', kind: 'exact' }];
    };
    el.matcher = custom;
    await type(el, 'pipe');
    await aTimeout(0);
    await el.updateComplete;
    expect(calls.at(-1)).to.equal('pipe|en|8');
    expect(options(el).map((o) => o.textContent!.trim())).to.deep.equal(['Pipe welder']);
  });

  it('never calls a host-supplied matcher before anyone types (only the core matcher is warmed up)', async () => {
    const calls: string[] = [];
    const el = await fixture<McJobSearch>(html`<mc-job-search></mc-job-search>`);
    el.matcher = (_index, query) => {
      calls.push(query);
      return [];
    };
    el.index = index;
    await el.updateComplete;
    // Past the idle callback that warms the core matcher up.
    await new Promise((resolve) => requestIdleCallback(() => resolve(undefined)));
    await aTimeout(50);
    expect(calls).to.deep.equal([]);
    await type(el, 'we');
    await aTimeout(0);
    expect(calls).to.deep.equal(['we']);
  });

  it('shows each option’s official title when the best matches are close', async () => {
    const el = await make();
    const close: TitleMatch[] = [
      { code: '31301', score: 0.9, title: 'Registered nurses and registered psychiatric nurses', matchedTitle: 'Nurse', kind: 'exact' },
      { code: '32101', score: 0.86, title: 'Licensed practical nurses', matchedTitle: 'Practical nurse', kind: 'prefix' },
    ];
    el.matcher = () => close;
    await type(el, 'nurse');
    expect(options(el)[0]!.querySelector('.official')!.textContent).to.equal('Registered nurses and registered psychiatric nurses\u00a0· NOC 31301');
    el.matcher = () => [close[0]!, { ...close[1]!, score: 0.3 }];
    await sendKeys({ type: 's' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.official')).to.equal(null);
  });

  it('keeps the occupation’s code for counsellors, but last and secondary: smaller, whole on its line, last in the option’s name', async () => {
    // A phone's width: the line of the official title wraps.
    const el = await make(html`<mc-job-search style="width: 288px"></mc-job-search>`);
    el.matcher = () => [
      { code: '31301', score: 0.9, title: 'Registered nurses and registered psychiatric nurses', matchedTitle: 'Nurse', kind: 'exact' },
      { code: '32101', score: 0.86, title: 'Licensed practical nurses', matchedTitle: 'Practical nurse', kind: 'prefix' },
    ];
    await type(el, 'nurse');
    const official = options(el)[0]!.querySelector('.official')!;
    const code = official.querySelector('.code')!;
    expect(code.textContent).to.equal('NOC 31301');
    expect(parseFloat(getComputedStyle(code).fontSize)).to.be.lessThan(parseFloat(getComputedStyle(official).fontSize));
    expect(parseFloat(getComputedStyle(code).fontSize), 'still readable').to.be.at.least(12);
    // Never "(NOC" on one line and "31301)" on the next, as it was at 320 px.
    const lines = new Set([...code.getClientRects()].map((r) => Math.round(r.top)));
    expect([...lines], JSON.stringify([...code.getClientRects()])).to.have.length(1);
    // Last in the option's name (its text, in order), the separator not read.
    expect(options(el)[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Nurse Registered nurses and registered psychiatric nurses · NOC 31301$/);
    expect(official.querySelector('[aria-hidden=true]')!.textContent).to.equal('\u00a0·');
  });
});

describe('mc-job-search: matching and announcements', () => {
  it('finds a misspelled title and highlights the matched letters', async () => {
    const el = await make();
    await type(el, 'registred nurse');
    const first = options(el)[0]!;
    expect(first).to.exist;
    const marks = [...first.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks.length).to.be.greaterThan(0);
    expect(marks.join(' ').toLowerCase()).to.contain('regist');
    expect(first.innerHTML).not.to.contain('<script');
  });

  it('announces the count once typing pauses, not on every key', async () => {
    const el = await make();
    await type(el, 'nurse');
    expect(status(el)).to.equal('');
    await aTimeout(PAUSE);
    await el.updateComplete;
    expect(status(el)).to.match(/^\d+ occupations? found$/);
    expect(status(el)).to.equal(`${options(el).length} occupation${options(el).length === 1 ? '' : 's'} found`);
  });

  it('matches what was typed before the index arrived, once it does', async () => {
    const el = await fixture<McJobSearch>(html`<mc-job-search></mc-job-search>`);
    await type(el, 'welder');
    expect(options(el).length).to.equal(0);
    el.index = index;
    await el.updateComplete;
    await aTimeout(0);
    await el.updateComplete;
    expect(options(el).map((o) => o.textContent!.trim())).to.include('Welder');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
  });

  it('waits for a second letter before matching, and reports nothing for one', async () => {
    const el = await make();
    let missed = 0;
    el.addEventListener('mc-no-match', () => missed++);
    await type(el, 'w');
    await aTimeout(PAUSE);
    expect(options(el).length).to.equal(0);
    expect(status(el)).to.equal('');
    expect(missed).to.equal(0);
    await sendKeys({ type: 'e' });
    await el.updateComplete;
    expect(options(el).length).to.be.greaterThan(0);
  });

  it('offers "did you mean" from the core as a button that fills the query, and announces it', async () => {
    const el = await make();
    await type(el, 'weldr operatr');
    await aTimeout(PAUSE);
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.suggestion button');
    expect(button, 'no suggestion shown').to.exist;
    const suggestion = button!.textContent!.trim();
    expect(suggestion.toLowerCase()).to.contain('welder');
    expect(status(el)).to.contain(`Did you mean ${suggestion}?`);
    expect(el.shadowRoot!.querySelector('.suggestion')!.textContent!.trim()).to.equal(`Did you mean ${suggestion}?`);
    button!.click();
    await el.updateComplete;
    expect(input(el).value).to.equal(suggestion);
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    expect(options(el).length).to.be.greaterThan(0);
  });

  it('offers as "did you mean" only a title the index holds, never a phrase made up word by word', async () => {
    const el = await make();
    // Every title of the index: official and example titles, as titles.en.tsv holds them.
    const titles = new Set(TITLES.en.flatMap(([, names]) => names));
    const known = (s: string) => titles.has(s);
    for (const text of ['weldr', 'registred nurse', 'softwar devloper', 'psychiatric welder', 'nurse practioner']) {
      input(el).select();
      await sendKeys({ type: text });
      await el.updateComplete;
      await aTimeout(PAUSE);
      await el.updateComplete;
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.suggestion button');
      if (button) expect(known(button.textContent!.trim()), `"${text}" -> "${button.textContent!.trim()}"`).to.equal(true);
      if (text === 'weldr') expect(button?.textContent?.trim()).to.equal('Welder');
    }
  });

  it('says when the closest titles are other jobs, and offers browsing by broad category', async () => {
    const el = await make();
    let chosen: unknown = null;
    el.addEventListener('mc-select', (e) => (chosen = e.detail));
    await type(el, 'nurse educator trainer');
    await aTimeout(PAUSE);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.suggestion')).to.equal(null);
    const line = [...el.shadowRoot!.querySelectorAll('.status-line')].map((p) => p.textContent!.trim()).join(' ');
    expect(line).to.contain('No job title here matches “nurse educator trainer” closely');
    expect(status(el)).to.contain('your job may not be covered');
    const browse = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=browse] > button')!;
    expect(browse.textContent!.trim()).to.equal('Browse occupations by category');
    expect(browse.getAttribute('aria-expanded')).to.equal('false');
    browse.click();
    await el.updateComplete;
    expect(browse.getAttribute('aria-expanded')).to.equal('true');
    const categories = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.category')];
    expect(categories.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Natural and applied sciences and related occupations (2 occupations)',
      'Health occupations (4 occupations)',
      'Sales and service occupations (1 occupation)',
      'Trades, transport and equipment operators and related occupations (1 occupation)',
    ]);
    await expect(el).to.be.accessible();
    categories[1]!.click();
    await el.updateComplete;
    expect(categories[1]!.getAttribute('aria-expanded')).to.equal('true');
    const jobs = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('ul.occupations button')];
    expect(jobs.map((b) => b.textContent!.trim())).to.deep.equal([
      'General practitioners and family physicians',
      'Licensed practical nurses',
      'Nurse aides, orderlies and patient service associates',
      'Registered nurses and registered psychiatric nurses',
    ]);
    await expect(el).to.be.accessible();
    jobs[1]!.click();
    await el.updateComplete;
    expect(chosen).to.deep.equal({ code: '32101', role: 'current' });
    expect(input(el).value).to.equal('Licensed practical nurses');
    expect(el.shadowRoot!.querySelector('[part=browse]')).to.equal(null);
  });

  it('offers browsing when nothing matches at all', async () => {
    const el = await make();
    await type(el, 'xyzzy plugh');
    await aTimeout(PAUSE);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.status-line')!.textContent).to.contain('No occupation matches this title. Try fewer words');
    expect(el.shadowRoot!.querySelector('[part=browse] > button')).to.exist;
    // One word: "fewer words" would be no help.
    const one = await make();
    await type(one, 'xyzzy');
    await aTimeout(PAUSE);
    await one.updateComplete;
    expect(one.shadowRoot!.querySelector('.status-line')!.textContent).to.contain('Try another title for the same work');
  });

  it('keeps at most 8 options', async () => {
    const el = await make();
    const many: TitleMatch[] = Array.from({ length: 30 }, (_, i) => ({
      code: '21232',
      score: 1 - i / 100,
      title: 'Software developers and programmers',
      matchedTitle: `Developer ${i}`,
      kind: 'fuzzy' as const,
    }));
    el.matcher = () => many;
    await type(el, 'dev');
    expect(options(el).length).to.equal(8);
  });
});

describe('mc-job-search: events', () => {
  it('fires mc-select with code and role when the person chooses with Enter', async () => {
    const el = await make(html`<mc-job-search search-role="target"></mc-job-search>`);
    await type(el, 'welder');
    await sendKeys({ press: 'ArrowDown' });
    const event = oneEvent(el, 'mc-select');
    await sendKeys({ press: 'Enter' });
    const { detail, bubbles, composed } = await event;
    expect(detail).to.deep.equal({ code: '72106', role: 'target' });
    expect(bubbles && composed).to.equal(true);
    expect(el.value).to.equal('72106');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('fires mc-select on a click on an option', async () => {
    const el = await make();
    await type(el, 'programmer');
    const event = oneEvent(el, 'mc-select');
    options(el)[0]!.click();
    expect((await event).detail.code).to.equal('21232');
  });

  it('fires mc-no-match once, folded, when the person pauses on a title that matches nothing', async () => {
    const el = await make();
    const seen: unknown[] = [];
    el.addEventListener('mc-no-match', (e) => seen.push(e.detail));
    await type(el, 'Qqqxzw Ççç!');
    await aTimeout(PAUSE);
    expect(seen).to.deep.equal([{ query: 'qqqxzw ccc', lang: 'en', personal: false }]);
    await sendKeys({ type: ' ' });
    await aTimeout(PAUSE);
    expect(seen.length).to.equal(1);
  });

  it('says whether the text as typed looked like a name, which its folded query no longer shows', async () => {
    for (const typed of ['Ada Qqqxzw', 'ADA QQQXZW']) {
      const el = await make();
      const seen: McNoMatchDetail[] = [];
      el.addEventListener('mc-no-match', (e) => seen.push(e.detail));
      await type(el, typed);
      await aTimeout(PAUSE);
      expect(seen, typed).to.deep.equal([{ query: 'ada qqqxzw', lang: 'en', personal: true }]);
    }
  });

  it('fires no mc-no-match while typing continues, nor when the title matches', async () => {
    const el = await make();
    let fired = 0;
    el.addEventListener('mc-no-match', () => fired++);
    await type(el, 'welder');
    await aTimeout(PAUSE);
    expect(fired).to.equal(0);
  });
});

describe('mc-job-search: keyboard (APG combobox)', () => {
  it('Down opens on the first option, Up wraps to the last, activedescendant follows', async () => {
    const el = await make();
    await type(el, 'nurse');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(listbox(el).hidden).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const opts = options(el);
    expect(opts.length).to.be.greaterThan(1);
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(opts[0]!.id);
    expect(opts[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal(opts.at(-1)!.id);
  });

  it('Alt+Down opens without choosing an option', async () => {
    const el = await make();
    await type(el, 'nurse');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
  });

  it('Escape closes, then clears', async () => {
    const el = await make();
    await type(el, 'nurse');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).value).to.equal('nurse');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).value).to.equal('');
  });

  it('Home and End move the caret and return focus to the text', async () => {
    const el = await make();
    await type(el, 'nurse');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(input(el).selectionStart).to.equal(0);
    expect(input(el).hasAttribute('aria-activedescendant')).to.equal(false);
    await sendKeys({ press: 'End' });
    expect(input(el).selectionStart).to.equal(5);
  });

  it('Enter with no active option chooses nothing', async () => {
    const el = await make();
    let fired = 0;
    el.addEventListener('mc-select', () => fired++);
    await type(el, 'nurse');
    await sendKeys({ press: 'Enter' });
    expect(fired).to.equal(0);
  });
});

describe('mc-job-search: parts', () => {
  it('exposes label, input, listbox and option parts', async () => {
    const el = await make();
    await type(el, 'nurse');
    for (const part of ['label', 'input', 'listbox', 'option']) {
      expect(el.shadowRoot!.querySelector(`[part~=${part}]`), part).to.exist;
    }
  });
});

describe('mc-job-search: French', () => {
  async function makeFrench(): Promise<McJobSearch> {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr-CA"><mc-job-search></mc-job-search></div>`);
    const el = wrapper.querySelector('mc-job-search')!;
    el.index = index;
    await el.updateComplete;
    return el;
  }

  it('renders French labels and matches French titles without accents', async () => {
    const el = await makeFrench();
    expect(el.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal('Je travaille comme…');
    await type(el, 'infirmiere autorisee');
    expect(options(el)[0]!.textContent).to.contain('Infirmière autorisée');
    await aTimeout(PAUSE);
    expect(status(el)).to.match(/professions? trouvées?$/);
    await expect(el).to.be.accessible();
  });

  it('asks « Vouliez-vous dire « … » ? » with French spacing, on screen and in the announcement', async () => {
    const el = await makeFrench();
    await type(el, 'sodeur');
    await aTimeout(PAUSE);
    await el.updateComplete;
    const question = 'Vouliez-vous dire «\u00a0Soudeur\u00a0»\u202f?';
    expect(el.shadowRoot!.querySelector('.suggestion')!.textContent!.trim()).to.equal(question);
    expect(el.shadowRoot!.querySelector('.suggestion button')!.textContent).to.equal('Soudeur');
    expect(status(el)).to.match(/^\d+ professions? trouvées?\. /);
    expect(status(el)).to.contain(question);
  });

  it('browses by the French names of the broad categories', async () => {
    const el = await makeFrench();
    await type(el, 'zzqx wvk');
    await aTimeout(PAUSE);
    await el.updateComplete;
    const browse = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=browse] > button')!;
    expect(browse.textContent!.trim()).to.equal('Parcourir les professions par catégorie');
    browse.click();
    await el.updateComplete;
    const names = [...el.shadowRoot!.querySelectorAll('button.category')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(names).to.include('Secteur de la santé (4 professions)');
    await expect(el).to.be.accessible();
  });

  it('follows a lang change on an ancestor and shows the chosen occupation in the new language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><mc-job-search></mc-job-search></div>`);
    const el = wrapper.querySelector('mc-job-search')!;
    el.index = index;
    el.value = '72106';
    await el.updateComplete;
    wrapper.lang = 'fr';
    await aTimeout(0);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal('Je travaille comme…');
    expect(input(el).value).to.equal('Soudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser');
  });
});
