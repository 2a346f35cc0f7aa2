import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/mc-catalogue-review.js';
import type { McCatalogueReview } from '../../../src/elements/mc-catalogue-review/mc-catalogue-review.js';
import type { CatalogueReach } from '../../../src/core/catalogue/index.js';
import { accessibleNames } from '../../fixtures/browser/accessible-names.js';
import { listenToLiveRegion } from '../../fixtures/browser/live-region.js';

/** The sample index `npm run sample-index` builds (its vocabulary) and the sample catalogue. */
const SAMPLE = '/demo/data/sample/index.json';
let catalogue: string;
before(async () => {
  catalogue = await (await fetch('/sample/programs.csv')).text();
});

/** A catalogue with problems: a bad id (line 3), an unknown language (line 4), a program with no suggestion. */
const HOSTILE = [
  'id,title_en,title_fr,provider,url,description_en,description_fr,skills,hours,cost_cad,delivery,language,region,osap_eligible,credential',
  'h-1,Welding Basics,,College,https://example.org/h1,MIG welding.,,use welding equipment,10,,online,en,,,',
  'bad id!,Broken,,College,,,,,,,,,,,',
  'h-2,Guitar for All,,College,,Strumming.,,,,,online,klingon,,,',
].join('\n');

/** The sample catalogue's own programs (Lakeshore's, ids `lp-`), with its header. */
const lakeshore = () =>
  catalogue
    .split('\n')
    .filter((line, i) => i === 0 || line.startsWith('lp-'))
    .join('\n');

const $ = (el: McCatalogueReview, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: McCatalogueReview, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const live = (el: McCatalogueReview) => $(el, 'p[role=status]')!.textContent!.trim();
const program = (el: McCatalogueReview, id: string) => $(el, `[data-program="${id}"]`)!;
/** A button's name, its own words (visually hidden, so a title in English keeps its lang), and what it shows. */
const said = (button: Element) => button.querySelector('.visually-hidden')!.textContent;
const shows = (button: Element) => button.querySelector('[aria-hidden=true]')!.textContent!.trim();
const input = (el: McCatalogueReview) => $(el, 'input[role=combobox]') as HTMLInputElement;

async function make(template = html`<mc-catalogue-review src=${SAMPLE}></mc-catalogue-review>`): Promise<McCatalogueReview> {
  const el = await fixture<McCatalogueReview>(template);
  await waitUntil(() => $(el, 'input[type=file]'), 'index loaded', { timeout: 8000 });
  return el;
}

/** Chooses a file the way the file field does: its `files` set, then `change`. */
async function choose(el: McCatalogueReview, text: string, name = 'programs.csv'): Promise<void> {
  const field = $(el, 'input[type=file]') as HTMLInputElement;
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'text/csv' }));
  field.files = files.files;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => $(el, '[part=coverage]') || $(el, '.state.error'), 'file read', { timeout: 8000 });
  await el.updateComplete;
}

async function press(el: McCatalogueReview, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('mc-catalogue-review', () => {
  describe('accessibility in every state', () => {
    it('empty: the file field only', async () => {
      const el = await make();
      expect($(el, 'label')!.textContent).to.contain('Catalogue file');
      expect($(el, '[part=programs]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
    it('loaded, with row problems by line', async () => {
      const el = await make();
      await choose(el, HOSTILE);
      const problems = $$(el, '[part=problems] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(problems[0]).to.match(/^Line 3, id: .*not a valid id/);
      expect(problems[1]).to.match(/^Line 4, language: "klingon" is not one of/);
      expect($$(el, '[part=program]').map((p) => p.dataset.program)).to.deep.equal(['h-1', 'h-2']);
      expect(program(el, 'h-2').textContent).to.contain('No skill suggested');
      await expect(el).to.be.accessible();
    });
    it('add-skill open, with suggestions', async () => {
      const el = await make();
      await choose(el, HOSTILE);
      (program(el, 'h-2').querySelector('[data-action=add]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      await sendKeys({ type: 'weld' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      await press(el, 'ArrowDown');
      await expect(el).to.be.accessible();
    });
    it('an index that cannot be loaded: the error in the page’s language, with Retry', async () => {
      const el = await fixture<McCatalogueReview>(
        html`<mc-catalogue-review src="/tests/elements/mc-catalogue-review/missing/index.json"></mc-catalogue-review>`,
      );
      await waitUntil(() => $(el, '.state.error'), 'error state', { timeout: 8000 });
      expect($(el, '.state.error')!.textContent).to.contain('not found at its address');
      expect($(el, '.state.error button')!.textContent).to.contain('Retry');
      await expect(el).to.be.accessible();
    });
    it('a file that cannot be read says why: every missing required column at once', async () => {
      const el = await make();
      await choose(el, 'code,name\nx,Y\n');
      expect($(el, '.state.error')!.textContent).to.contain('Line 1, id, title_en: required columns "id" and "title_en" or "title_fr" are missing');
      await expect(el).to.be.accessible();
    });
    it('a file with only the required columns is read', async () => {
      const el = await make();
      await choose(el, 'id,title_en\nx,Welding Basics\n');
      expect($(el, '.state.error')).to.equal(null);
      expect($(el, '[part=coverage]')).to.exist;
    });
    it('a French page says which columns are missing in French', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="fr"><mc-catalogue-review src=${SAMPLE}></mc-catalogue-review></div>`);
      const el = wrap.querySelector('mc-catalogue-review') as McCatalogueReview;
      await waitUntil(() => $(el, 'input[type=file]'), 'index loaded', { timeout: 8000 });
      await choose(el, 'id,url\nx,\n');
      const text = $(el, '.state.error')!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Ligne 1, title_en : la colonne obligatoire « title_en » ou « title_fr » manque');
      expect($(el, '.state.error [lang=en]')).to.equal(null);
    });
  });

  it('keeps focus on the file field while the file is read: aria-disabled, no file picker, then the same field', async () => {
    const el = await make();
    const field = $(el, 'input[type=file]') as HTMLInputElement;
    field.focus();
    const files = new DataTransfer();
    files.items.add(new File([catalogue], 'programs.csv', { type: 'text/csv' }));
    field.files = files.files;
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect($(el, '.state')!.textContent).to.match(/Reading programs\.csv|Tagging/);
    expect(field.getAttribute('aria-disabled')).to.equal('true');
    const click = new MouseEvent('click', { cancelable: true });
    field.dispatchEvent(click);
    expect(click.defaultPrevented, 'no file picker while reading').to.equal(true);
    expect(el.shadowRoot!.activeElement === field, 'focus on the field while reading').to.equal(true);
    // A file dropped on the field meanwhile is ignored.
    const dropped = new DataTransfer();
    dropped.items.add(new File([HOSTILE], 'other.csv', { type: 'text/csv' }));
    field.files = dropped.files;
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => $(el, '[part=coverage]'), 'file read', { timeout: 8000 });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === field, 'focus on the field once read').to.equal(true);
    expect(document.activeElement).to.equal(el);
    expect(field.hasAttribute('aria-disabled')).to.equal(false);
    expect(live(el)).to.equal('programs.csv: 70 programs read, 0 problems.');
    expect($$(el, '[part=program]')).to.have.length(20);
  });

  it('says "Reading programs.csv…" in its one live region, then what was read', async () => {
    const el = await make();
    const live = listenToLiveRegion(el);
    await choose(el, catalogue);
    live.stop();
    expect(live.said).to.deep.equal(['Reading programs.csv…', 'programs.csv: 70 programs read, 0 problems.']);
    expect(live.insertedFilled, 'no live region inserted already filled').to.deep.equal([]);
    expect(live.kept()).to.equal(true);
  });

  it('shows each suggestion with the phrase behind it and its strength', async () => {
    const el = await make();
    await choose(el, catalogue);
    const weld = program(el, 'lp-weld-101');
    const first = weld.querySelector('.skill')!;
    expect(first.querySelector('.label')!.textContent).to.equal('use welding equipment');
    expect(first.querySelector('.strength')!.textContent!.trim()).to.equal('Strength: Strong');
    expect(first.querySelector('.why')!.textContent).to.equal('Your tag: “use welding equipment”');
    expect($(el, '.coverage')!.textContent).to.match(/^\d+ of 70 programs \(\d+%\) have reviewed or strong tags\.$/);
    expect($$(el, '[part=program]').length).to.equal(20, 'a page of programs at a time');
  });

  it('shows where each program is recommended and the occupations none reaches', async () => {
    const el = await make();
    await choose(el, lakeshore());
    await waitUntil(() => $(el, '[part=gaps]'), 'reach worked out', { timeout: 10000 });
    expect(program(el, 'lp-weld-101').querySelector('.reach')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(
      /^Recommended first for: Welders and related machine operators \(#1\)/,
    );
    const gaps = $$(el, '[part=gaps] li').map((li) => li.textContent!);
    expect(gaps.some((g) => g.includes('Registered nurses'))).to.equal(true, gaps.join(' | '));
    await expect(el).to.be.accessible();
  });

  it('marks an occupation a program does not train for: a toggle on each placement, announced, exported and read back', async () => {
    const el = await make();
    await choose(el, lakeshore());
    await waitUntil(() => $(el, '[part=gaps]'), 'reach worked out', { timeout: 10000 });
    const toggle = () => program(el, 'lp-weld-101').querySelector<HTMLButtonElement>('[data-action=not-for][data-occupation="72106"]')!;
    expect(toggle().getAttribute('aria-pressed')).to.equal('false');
    expect(said(toggle())).to.equal('Not for this occupation: Welders and related machine operators (Welding Fundamentals: MIG and TIG)');
    // The program's words that brought it there, for the reviewer to check their sense.
    const welders = toggle().closest('.placement')!;
    expect(welders.querySelector('.words')!.textContent).to.equal('from its words “welding” and “metal”');
    expect(el.exportCatalogue()!.text).to.not.contain('not_for_occupations', 'no column until something is marked');
    toggle().focus();
    await press(el, 'Enter');
    expect(toggle().getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(toggle(), 'focus stays on the toggle');
    expect(live(el)).to.match(/^Welding Fundamentals: MIG and TIG marked as not for Welders and related machine operators\. /);
    expect(program(el, 'lp-weld-101').querySelector('.placement.not-for')!.textContent).to.contain('Marked: not recommended for it after the next build.');
    await expect(el).to.be.accessible();

    const out = el.exportCatalogue()!;
    const [header, ...rows] = out.text.trimEnd().split('\n');
    expect(header).to.match(/,not_for_occupations$/);
    expect(rows.find((row) => row.startsWith('lp-weld-101,'))).to.match(/,72106$/);
    expect(rows.filter((row) => row.endsWith(',72106'))).to.have.length(1, 'only the program marked');

    await choose(el, out.text, out.name);
    await waitUntil(() => $(el, '[data-program="lp-weld-101"] [data-action=not-for]'), 'reach worked out again', { timeout: 10000 });
    expect(toggle().getAttribute('aria-pressed')).to.equal('true', 'the file’s marks come back');
    toggle().click();
    await el.updateComplete;
    expect(live(el)).to.equal('Welding Fundamentals: MIG and TIG may be recommended for Welders and related machine operators again.');
    const cleared = el.exportCatalogue()!.text.trimEnd().split('\n');
    expect(cleared.find((row) => row.startsWith('lp-weld-101,'))).to.match(/,$/, 'unmarked: the field emptied, not left as it was');
  });

  it('a program recommended for many occupations: the first five have a toggle, the rest one press away', async () => {
    const el = await make();
    await choose(el, lakeshore());
    await waitUntil(() => $(el, '[part=gaps]'), 'reach worked out', { timeout: 10000 });
    // The sample's programs reach three occupations at most: this one is given eight.
    const state = el as unknown as { reach: CatalogueReach };
    const codes = state.reach.gaps.slice(0, 8).map((o) => o.code);
    expect(codes).to.have.length(8);
    state.reach = {
      ...state.reach,
      byProgram: new Map([...state.reach.byProgram, ['lp-weld-101', codes.map((code, i) => ({ code, rank: i + 1, words: [] }))]]),
    };
    await el.updateComplete;
    const card = () => program(el, 'lp-weld-101');
    expect(card().querySelectorAll('[data-action=not-for]')).to.have.length(5);
    const more = card().querySelector<HTMLButtonElement>('[data-action=more-placements]')!;
    expect(more.textContent!.trim()).to.equal('Show 3 more occupations');
    await expect(el).to.be.accessible();
    more.focus();
    await press(el, 'Enter');
    expect(card().querySelectorAll('[data-action=not-for]')).to.have.length(8);
    expect(card().querySelector('[data-action=more-placements]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(card().querySelector(`[data-occupation="${codes[5]}"]`), 'focus on the first one revealed');
  });

  it('the toggle in French: its name starts with what it shows, axe clean', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="fr"><mc-catalogue-review src=${SAMPLE}></mc-catalogue-review></div>`);
    const el = wrap.querySelector('mc-catalogue-review') as McCatalogueReview;
    await waitUntil(() => $(el, 'input[type=file]'), 'index loaded', { timeout: 8000 });
    await choose(
      el,
      catalogue
        .split('\n')
        .filter((line, i) => i === 0 || line.startsWith('lp-weld-101,'))
        .join('\n'),
    );
    await waitUntil(() => $(el, '[data-action=not-for]'), 'reach worked out', { timeout: 10000 });
    const toggle = $(el, '[data-action=not-for]') as HTMLButtonElement;
    expect(shows(toggle)).to.equal('Pas pour cette profession');
    expect(toggle.closest('.placement')!.querySelector('.words')!.textContent).to.equal('d’après ses mots «\u00a0welding\u00a0» et «\u00a0metal\u00a0»');
    expect(said(toggle)).to.match(/^Pas pour cette profession\u00a0: Soudeurs/);
    toggle.click();
    await el.updateComplete;
    expect($(el, '.placement.not-for .note')!.textContent).to.equal(
      'Profession marquée\u00a0: le programme ne sera plus recommandé pour elle après la prochaine construction de l’index.',
    );
    expect(live(el)).to.match(/^Soudage\u00a0: notions de base MIG et TIG est marqué comme ne préparant pas à la profession «\u00a0Soudeurs/);
    await expect(el).to.be.accessible();
  });

  it('names the program on each button, so two programs’ Accept, Reject and Remove for one skill differ (en, fr)', async () => {
    const header = HOSTILE.split('\n')[0]!;
    const twins = [
      header,
      'w-1,Welding Basics,Soudage de base,College,,MIG welding.,,use welding equipment,10,,online,en,,,',
      'w-2,Pipe Welding,Soudage de tuyaux,College,,TIG welding.,,use welding equipment,10,,online,en,,,',
    ].join('\n');
    const names = async (el: McCatalogueReview, start: RegExp) => {
      await el.updateComplete;
      return (await accessibleNames('button')).filter((name) => start.test(name));
    };
    const el = await make();
    await choose(el, twins);
    for (const id of ['w-1', 'w-2']) program(el, id).querySelector<HTMLButtonElement>('[data-action=accept]')!.click();
    await el.updateComplete;
    program(el, 'w-1').querySelector<HTMLButtonElement>('[data-action=add]')!.click();
    await el.updateComplete;
    await sendKeys({ type: 'blueprint' });
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    const added = program(el, 'w-1').querySelector('.skill.added .label')!.textContent;
    expect(await names(el, /^(Accept|Reject|Remove) /)).to.deep.equal([
      'Accept use welding equipment for Welding Basics',
      'Reject use welding equipment for Welding Basics',
      `Remove ${added} from Welding Basics`,
      'Accept use welding equipment for Pipe Welding',
      'Reject use welding equipment for Pipe Welding',
    ]);

    const wrap = await fixture<HTMLElement>(html`<div lang="fr"><mc-catalogue-review src=${SAMPLE}></mc-catalogue-review></div>`);
    const fr = wrap.querySelector('mc-catalogue-review') as McCatalogueReview;
    await waitUntil(() => $(fr, 'input[type=file]'), 'index loaded', { timeout: 8000 });
    await choose(fr, twins);
    expect(await names(fr, /^(Accepter|Rejeter) /)).to.deep.equal([
      'Accepter utiliser du matériel de soudure pour le programme «\u00a0Soudage de base\u00a0»',
      'Rejeter utiliser du matériel de soudure pour le programme «\u00a0Soudage de base\u00a0»',
      'Accepter utiliser du matériel de soudure pour le programme «\u00a0Soudage de tuyaux\u00a0»',
      'Rejeter utiliser du matériel de soudure pour le programme «\u00a0Soudage de tuyaux\u00a0»',
    ]);
  });

  it('says when a program is not in the index the page uses', async () => {
    const el = await make();
    await choose(el, HOSTILE);
    await waitUntil(() => $(el, '.reach'), 'reach worked out', { timeout: 10000 });
    expect(program(el, 'h-1').querySelector('.reach')!.textContent).to.contain('Not in the index this page uses');
  });

  it('keyboard: accept and reject with Enter and Space, add through the typeahead; coverage follows; export carries it', async () => {
    const el = await make();
    await choose(el, HOSTILE);
    const before = $(el, '.coverage')!.textContent;
    expect(before).to.contain('1 of 2 programs (50%) has reviewed');

    // Reject h-1's only (strong) suggestion: coverage drops.
    const reject = program(el, 'h-1').querySelector<HTMLButtonElement>('[data-action=reject]')!;
    reject.focus();
    await press(el, 'Enter');
    expect(reject.getAttribute('aria-pressed')).to.equal('true');
    expect(live(el)).to.equal('use welding equipment rejected. Coverage: 0 of 2.');
    // Accept it instead, with Space.
    const accept = program(el, 'h-1').querySelector<HTMLButtonElement>('[data-action=accept]')!;
    accept.focus();
    await press(el, 'Space');
    expect(accept.getAttribute('aria-pressed')).to.equal('true');
    expect(reject.getAttribute('aria-pressed')).to.equal('false');

    // Add a skill to h-2 through the combobox: Down, Enter.
    program(el, 'h-2').querySelector<HTMLButtonElement>('[data-action=add]')!.focus();
    await press(el, 'Enter');
    await sendKeys({ type: 'blueprint' });
    await el.updateComplete;
    await press(el, 'ArrowDown');
    const active = $(el, '[role=option][aria-selected=true]')!.textContent!.trim();
    await press(el, 'Enter');
    expect(live(el)).to.equal(`${active} added. Coverage: 2 of 2.`);
    expect(el.shadowRoot!.activeElement).to.equal(input(el), 'focus stays in the field for another skill');
    await press(el, 'Escape');
    expect(el.shadowRoot!.activeElement).to.equal(program(el, 'h-2').querySelector('[data-action=add]'), 'Escape on an empty field closes it');
    expect(program(el, 'h-2').querySelector('.skill.added .label')!.textContent).to.equal(active);
    expect($(el, '.coverage')!.textContent).to.contain('2 of 2 programs (100%)');

    const out = el.exportCatalogue()!;
    expect(out.name).to.equal('programs-reviewed.csv');
    const rows = out.text.trimEnd().split('\n');
    expect(rows).to.have.length(4, 'every row, the broken one too');
    expect(rows[1]).to.match(/,esco:use-welding-equipment$/);
    expect(rows[2]).to.match(/^bad id!,/);
    expect(rows[3]).to.match(/,esco:read-standard-blueprints$|,[a-z]+:[^,]+$/);
  });

  it('the download button saves the reviewed catalogue as a file', async () => {
    const el = await make();
    await choose(el, HOSTILE);
    const made: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      made.push(blob);
      return create.call(URL, blob);
    };
    try {
      $(el, '[part=coverage] button')!.click();
    } finally {
      URL.createObjectURL = create;
    }
    expect(made).to.have.length(1);
    expect(made[0]!.type).to.equal('text/csv;charset=utf-8');
    expect(await made[0]!.text()).to.equal(el.exportCatalogue()!.text);
    expect(live(el)).to.equal('programs-reviewed.csv downloaded.');
  });

  it('the typeahead says, once typing pauses, how many skills it suggests or that none matches, as the skill finder does (en, fr)', async () => {
    const el = await make();
    await choose(el, HOSTILE);
    program(el, 'h-2').querySelector<HTMLButtonElement>('[data-action=add]')!.click();
    await el.updateComplete;
    const before = live(el);
    await sendKeys({ type: 'weld' });
    await el.updateComplete;
    expect(live(el), 'nothing while typing').to.equal(before);
    await waitUntil(() => live(el) !== before, 'said after the pause', { timeout: 2000 });
    expect(live(el)).to.equal(`${$$(el, '[role=option]').length} skills found.`);
    input(el).select();
    await sendKeys({ type: 'qqzz' });
    await waitUntil(() => live(el).startsWith('No skill'), 'said after the pause', { timeout: 2000 });
    expect(live(el)).to.equal('No skill matches “qqzz”. Try a shorter or more general word.');
    // Escape empties the field, then closes it, before the pause: nothing is said for it.
    await sendKeys({ type: 'x' });
    await press(el, 'Escape');
    await press(el, 'Escape');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(live(el)).to.equal('No skill matches “qqzz”. Try a shorter or more general word.');

    const wrap = await fixture<HTMLElement>(html`<div lang="fr"><mc-catalogue-review src=${SAMPLE}></mc-catalogue-review></div>`);
    const fr = wrap.querySelector('mc-catalogue-review') as McCatalogueReview;
    await waitUntil(() => $(fr, 'input[type=file]'), 'index loaded', { timeout: 8000 });
    await choose(fr, HOSTILE);
    program(fr, 'h-2').querySelector<HTMLButtonElement>('[data-action=add]')!.click();
    await fr.updateComplete;
    await sendKeys({ type: 'qqzz' });
    await waitUntil(() => live(fr).startsWith('Aucune'), 'said after the pause', { timeout: 2000 });
    expect(live(fr)).to.equal('Aucune compétence ne correspond à «\u00a0qqzz\u00a0». Essayez un mot plus court ou plus général.');
  });

  it('the typeahead matches French labels on an English page', async () => {
    const el = await make();
    await choose(el, HOSTILE);
    program(el, 'h-2').querySelector<HTMLButtonElement>('[data-action=add]')!.click();
    await el.updateComplete;
    await sendKeys({ type: 'soudure' });
    await el.updateComplete;
    const options = $$(el, '[role=option]').map((o) => o.textContent!.trim());
    expect(options.length).to.be.greaterThan(0);
    expect(options.some((o) => /weld/i.test(o))).to.equal(true, options.join(' | '));
  });

  it('shows only the programs without reviewed or strong tags when asked', async () => {
    const el = await make();
    await choose(el, HOSTILE);
    const filter = $(el, 'select') as HTMLSelectElement;
    filter.value = 'uncovered';
    filter.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, '[part=program]').map((p) => p.dataset.program)).to.deep.equal(['h-2']);
    // Adding a skill covers it, yet it stays in the list (and the field keeps focus) until the filter is chosen again.
    program(el, 'h-2').querySelector<HTMLButtonElement>('[data-action=add]')!.click();
    await el.updateComplete;
    await sendKeys({ type: 'weld' });
    await el.updateComplete;
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect($$(el, '[part=program]').map((p) => p.dataset.program)).to.deep.equal(['h-2']);
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });

  it('in French', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="fr"><mc-catalogue-review src=${SAMPLE}></mc-catalogue-review></div>`);
    const el = wrap.querySelector('mc-catalogue-review') as McCatalogueReview;
    await waitUntil(() => $(el, 'input[type=file]'), 'index loaded', { timeout: 8000 });
    expect($(el, '[part=heading]')!.textContent).to.equal('Vérifier les compétences de votre catalogue');
    await choose(el, HOSTILE);
    expect($(el, '.coverage')!.textContent).to.equal('1 programme sur 2 (50\u00a0%) a des compétences vérifiées ou fortes.');
    const problems = $$(el, '[part=problems] li');
    expect(problems[0]!.querySelector('.where')!.textContent).to.equal('Ligne 3, id\u00a0:');
    expect(problems[0]!.textContent!.replace(/[ \n]+/g, ' ')).to.match(/: «\u00a0bad id!\u00a0» n’est pas un identifiant valide .*\u202f; programme ignoré$/);
    expect(problems[1]!.textContent!.replace(/[ \n]+/g, ' ')).to.contain(
      '«\u00a0klingon\u00a0» n’est pas une des valeurs permises (en, fr, bilingual, other)\u202f; champ laissé vide',
    );
    expect($(el, '[part=problems] [lang=en]')).to.equal(null, 'every problem is in French');
    expect($(el, '.note')?.textContent ?? '').to.not.contain('anglais');
    const weld = program(el, 'h-1').querySelector('.skill')!;
    expect(weld.querySelector('.why')!.textContent).to.equal('Votre étiquette\u00a0: «\u00a0use welding equipment\u00a0»');
    // The program's own English words are read with an English voice: its title (it has no French one) and the tag quoted.
    expect(program(el, 'h-1').querySelector('[part=program-title]')!.getAttribute('lang')).to.equal('en');
    expect(weld.querySelector('.why [lang=en]')!.textContent).to.equal('use welding equipment');
    expect(weld.querySelector('.label')!.hasAttribute('lang')).to.equal(false, 'the skill has a French label');
    expect(said(weld.querySelector('[data-action=accept]')!)).to.match(/^Accepter /);
    await expect(el).to.be.accessible();
  });

  describe('problems in French', () => {
    async function french(text: string, name: string): Promise<McCatalogueReview> {
      const wrap = await fixture<HTMLElement>(html`<div lang="fr"><mc-catalogue-review src=${SAMPLE}></mc-catalogue-review></div>`);
      const el = wrap.querySelector('mc-catalogue-review') as McCatalogueReview;
      await waitUntil(() => $(el, 'input[type=file]'), 'index loaded', { timeout: 8000 });
      await choose(el, text, name);
      return el;
    }
    // Collapses ordinary white space only: the French no-break spaces are part of what is checked.
    const texts = (el: McCatalogueReview) => $$(el, '[part=problems] li').map((li) => li.textContent!.replace(/[ \n\t]+/g, ' ').trim());

    it('quoting mistakes and whole rows are named in French, axe clean', async () => {
      const header = HOSTILE.split('\n')[0]!;
      const el = await french([header, 'q-1,"Never closed,,College,,,,,,,,,,,', 'q-2,Too short', 'q-3,Fine,,College,,,,,,,,,,,'].join('\n'), 'quotes.csv');
      expect(texts(el)).to.deep.equal([
        'Ligne 2, title_en\u00a0: le guillemet ouvert ici n’est jamais fermé\u202f; la ligne a été lue sans ce guillemet, vérifiez les guillemets',
        'Ligne 3\u00a0: 2\u00a0champs, alors que l’en-tête en a 15\u202f; vérifiez les guillemets',
      ]);
      await expect(el).to.be.accessible();
    });

    it('JSON items and non-text values, in French', async () => {
      const el = await french(JSON.stringify([1, { id: 'j1', title_en: 'T', provider: ['a'] }]), 'list.json');
      expect(texts(el)).to.deep.equal([
        'Ligne 1\u00a0: cet élément n’est pas un objet\u202f; il est ignoré',
        'Ligne 2, provider\u00a0: du texte était attendu, mais c’est une liste\u202f; champ laissé vide',
      ]);
    });

    it('names each program’s institution by its French name (provider_fr), else by its name marked lang="en"; a second French name is a problem of its line', async () => {
      const header = 'id,title_en,provider,provider_fr,skills';
      const el = await french(
        [
          header,
          'a-1,Welding,Lakeshore Polytechnic,Polytechnique Lakeshore,use welding equipment',
          'a-2,Blueprints,Lakeshore Polytechnic,Poly Lakeshore,',
          'b-1,CNC,Rideau Institute,,',
        ].join('\n'),
        'names.csv',
      );
      const meta = (id: string) => program(el, id).querySelector('.meta')!;
      expect(meta('a-1').textContent).to.contain('· Polytechnique Lakeshore');
      expect(meta('a-1').querySelector('[lang]')).to.equal(null);
      expect(meta('a-2').textContent).to.contain('· Polytechnique Lakeshore');
      expect([...meta('b-1').querySelectorAll('[lang]')].map((n) => [n.getAttribute('lang'), n.textContent])).to.deep.equal([['en', 'Rideau Institute']]);
      expect(texts(el)).to.deep.equal([
        'Ligne 3, provider_fr\u00a0: «\u00a0Poly Lakeshore\u00a0» n’est pas le nom français que la ligne 2 donne à cet établissement («\u00a0Polytechnique Lakeshore\u00a0»)\u202f; celui-ci est gardé',
      ]);
      await expect(el).to.be.accessible();
    });

    it('a problem code from a newer builder: its English reason, marked lang="en", with a note saying why', async () => {
      const el = await french(HOSTILE, 'programs.csv');
      // The reader of this page knows every code it emits: a newer builder's code can only be simulated.
      const review = (el as unknown as { review: { warnings: object[] } }).review;
      review.warnings.unshift({
        file: 'programs.csv',
        line: 2,
        field: 'skills',
        reason: 'a problem from the future',
        code: 'from-a-newer-builder',
        params: {},
      });
      el.requestUpdate();
      await el.updateComplete;
      const first = $(el, '[part=problems] li')!;
      expect(first.querySelector('.where')!.textContent).to.equal('Ligne 2, skills\u00a0:');
      expect(first.querySelector('[lang=en]')!.textContent).to.equal('a problem from the future');
      expect(
        $$(el, '.note')
          .map((n) => n.textContent)
          .join(' '),
      ).to.contain('décrits en anglais');
      expect($$(el, '[part=problems] [lang=en]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });
});
