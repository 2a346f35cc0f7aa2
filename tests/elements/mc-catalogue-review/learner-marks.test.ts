import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/mc-catalogue-review.js';
import { sendKeys } from '@web/test-runner-commands';
import type { McCatalogueReview } from '../../../src/elements/mc-catalogue-review/mc-catalogue-review.js';
import type { CatalogueReach } from '../../../src/core/catalogue/index.js';
import { listenToLiveRegion } from '../../fixtures/browser/live-region.js';

/** The sample index `npm run sample-index` builds and the sample catalogue. */
const SAMPLE = '/demo/data/sample/index.json';
let catalogue: string;
before(async () => {
  catalogue = await (await fetch('/sample/programs.csv')).text();
});

/** The sample catalogue's programs whose ids start with `prefix`, with its header. */
const programsOf = (prefix: string) =>
  catalogue
    .split('\n')
    .filter((line, i) => i === 0 || line.startsWith(prefix))
    .join('\n');

const HEADER = 'section,key,lang,shown,opens,inquiries,clickThroughRate,visits,occupation,marks';
/**
 * The outcomes CSV as "Download CSV" saves it (BOM, CRLF, other sections around the marks):
 * 10 marks on 5 programs. lp-weld-101 is recommended first for welders (72106); no Lakeshore
 * program reaches registered nurses (31301); ns-millwright and elsewhere-1 are not Lakeshore's.
 */
const OUTCOMES = `\ufeff${[
  HEADER,
  'total,,,500,40,3,0.08,,,',
  'program,lp-excel,,,12,,,,,',
  'unmatched,drone pilot,en,,,,,4,,',
  'unrelated,lp-excel,,,,,,,31301,4',
  'unrelated,lp-sql,,,,,,,31301,2',
  'unrelated,ns-millwright,,,,,,,21232,2',
  'unrelated,lp-weld-101,,,,,,,72106,1',
  'unrelated,elsewhere-1,,,,,,,72106,1',
].join('\r\n')}\r\n`;

/** The CSV of a server older than the marks: no occupation and marks columns. */
const OLD = `\ufeff${['section,key,lang,shown,opens,inquiries,clickThroughRate,visits', 'total,,,500,40,3,0.08,', 'program,lp-excel,,,12,,,'].join('\r\n')}\r\n`;

const $ = (el: McCatalogueReview, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: McCatalogueReview, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const live = (el: McCatalogueReview) => $(el, 'p[role=status][aria-live]')!.textContent!.trim();
const program = (el: McCatalogueReview, id: string) => $(el, `[data-program="${id}"]`)!;
const shownIds = (el: McCatalogueReview) => $$(el, '[part=program]').map((p) => p.dataset.program);
/** The list item of an occupation on a program's card (the one holding its toggle). */
const placement = (el: McCatalogueReview, id: string, code: string) =>
  program(el, id).querySelector<HTMLButtonElement>(`[data-action=not-for][data-occupation="${code}"]`)?.closest('li') ?? null;
const badge = (li: Element | null) => li?.querySelector('.learner-marks')?.textContent?.trim() ?? null;

async function make(lang = 'en'): Promise<McCatalogueReview> {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang}><mc-catalogue-review src=${SAMPLE}></mc-catalogue-review></div>`);
  const el = wrap.querySelector('mc-catalogue-review') as McCatalogueReview;
  await waitUntil(() => $(el, 'input[type=file]'), 'index loaded', { timeout: 8000 });
  return el;
}

function give(field: HTMLInputElement, text: string, name: string, type: string): void {
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type }));
  field.files = files.files;
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Chooses a catalogue in the first file field and waits until where its programs come is worked out. */
async function chooseCatalogue(el: McCatalogueReview, text: string): Promise<void> {
  give($(el, '#mc-catalogue-review-file') as HTMLInputElement, text, 'programs.csv', 'text/csv');
  // The file being read takes the place of the last one's blocks (gaps included).
  await el.updateComplete;
  await waitUntil(() => $(el, '[part=gaps]'), 'reach worked out', { timeout: 10000 });
  await el.updateComplete;
}

/** Chooses a file in the learners' marks field and waits until it is read or refused. */
async function chooseMarks(el: McCatalogueReview, text: string, name = 'outcomes.csv'): Promise<void> {
  const type = name.endsWith('.json') ? 'application/json' : 'text/csv';
  give($(el, '#mc-catalogue-review-marks') as HTMLInputElement, text, name, type);
  await el.updateComplete;
  await waitUntil(() => !$(el, '[part=marks] .state:not(.error)') && $(el, '[part=marks]')!.textContent!.includes(name), 'marks read', { timeout: 8000 });
  await el.updateComplete;
}

describe('mc-catalogue-review: learners’ marks', () => {
  it('offers the optional marks field only once a catalogue is read', async () => {
    const el = await make();
    expect($(el, '[part=marks]')).to.equal(null);
    await chooseCatalogue(el, programsOf('lp-'));
    const field = $(el, '#mc-catalogue-review-marks') as HTMLInputElement;
    expect(el.shadowRoot!.querySelector(`label[for=${field.id}]`)!.textContent).to.equal('Learners’ marks (optional)');
    expect($(el, `#${field.getAttribute('aria-describedby')}`)!.textContent).to.contain('programs learners marked “Not relevant to this job”');
    expect($$(el, 'select option').map((o) => o.getAttribute('value'))).to.deep.equal(['all', 'uncovered'], 'no marks, no marks filter');
    await expect(el).to.be.accessible();
  });

  it('keeps focus on the marks field while its file is read (aria-disabled, no file picker), and after', async () => {
    const el = await make();
    await chooseCatalogue(el, programsOf('lp-'));
    const field = $(el, '#mc-catalogue-review-marks') as HTMLInputElement;
    field.focus();
    give(field, OUTCOMES, 'outcomes.csv', 'text/csv');
    await el.updateComplete;
    expect($(el, '[part=marks] .state')!.textContent).to.contain('outcomes.csv');
    expect(field.getAttribute('aria-disabled')).to.equal('true');
    const click = new MouseEvent('click', { cancelable: true });
    field.dispatchEvent(click);
    expect(click.defaultPrevented, 'no file picker while reading').to.equal(true);
    expect(el.shadowRoot!.activeElement === field, 'focus on the field while reading').to.equal(true);
    await waitUntil(() => $(el, '[part=marks] .note'), 'marks read', { timeout: 8000 });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === field, 'focus on the field once read').to.equal(true);
    expect(field.hasAttribute('aria-disabled')).to.equal(false);
  });

  it('says "Reading outcomes.csv…" in the element’s one live region, then what was read', async () => {
    const el = await make();
    await chooseCatalogue(el, programsOf('lp-'));
    const live = listenToLiveRegion(el);
    await chooseMarks(el, OUTCOMES);
    live.stop();
    expect(live.said[0]).to.equal('Reading outcomes.csv…');
    expect(live.said[live.said.length - 1]).to.match(/^Read 10 marks on 5 programs from outcomes\.csv\./);
    expect(live.insertedFilled, 'no live region inserted already filled').to.deep.equal([]);
    expect(live.kept()).to.equal(true);
  });

  it('shows how many learners marked each placement, adds a marked occupation to the list, announces the file and counts marks on other programs', async () => {
    const el = await make();
    await chooseCatalogue(el, programsOf('lp-'));
    await chooseMarks(el, OUTCOMES);
    const said = 'Read 10 marks on 5 programs from outcomes.csv. 3 marks are on 2 programs that are not in this catalogue file.';
    expect(live(el)).to.equal(said);
    expect($(el, '[part=marks] .note')!.textContent).to.equal(said, 'said on the page too');

    // A placement the program has: its rank, and the badge.
    const welders = placement(el, 'lp-weld-101', '72106');
    expect(welders!.querySelector('.label')!.textContent).to.match(/\(#1\)$/);
    expect(badge(welders)).to.equal('Marked not relevant by 1 learner');
    // An occupation it does not reach: added to its list, with its toggle and no rank.
    const nurses = placement(el, 'lp-excel', '31301');
    expect(nurses, 'the marked occupation is listed').to.not.equal(null);
    expect(nurses!.querySelector('.label')!.textContent).to.not.contain('(#');
    expect(badge(nurses)).to.equal('Marked not relevant by 4 learners');
    expect(placement(el, 'lp-excel', '72106'), 'an occupation nobody marked is not added').to.equal(null);
    expect(badge(placement(el, 'lp-weld-201', '72106'))).to.equal(null, 'no badge where there are no marks');
    await expect(el).to.be.accessible();

    // Marking it "Not for this occupation" from there is exported like any other.
    const toggle = nurses!.querySelector<HTMLButtonElement>('[data-action=not-for]')!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const rows = el.exportCatalogue()!.text.trimEnd().split('\n');
    expect(rows.find((r) => r.startsWith('lp-excel,'))).to.match(/,31301$/);
  });

  it('a marked occupation among those past the first five is listed with them, with its rank; "Show more" counts the rest', async () => {
    const el = await make();
    await chooseCatalogue(el, programsOf('lp-'));
    // The sample's programs reach three occupations at most: this one is given eight.
    const state = el as unknown as { reach: CatalogueReach };
    const codes = state.reach.gaps.slice(0, 8).map((o) => o.code);
    state.reach = {
      ...state.reach,
      byProgram: new Map([...state.reach.byProgram, ['lp-weld-101', codes.map((code, i) => ({ code, rank: i + 1, words: [] }))]]),
    };
    await chooseMarks(el, [HEADER, `unrelated,lp-weld-101,,,,,,,${codes[5]},3`].join('\n'));
    const card = () => program(el, 'lp-weld-101');
    const listed = () => [...card().querySelectorAll<HTMLElement>('[data-action=not-for]')].map((b) => b.dataset.occupation);
    expect(listed()).to.deep.equal(codes.slice(0, 6));
    expect(placement(el, 'lp-weld-101', codes[5]!)!.querySelector('.label')!.textContent).to.match(/\(#6\)$/);
    expect(badge(placement(el, 'lp-weld-101', codes[5]!))).to.equal('Marked not relevant by 3 learners');
    const more = card().querySelector<HTMLButtonElement>('[data-action=more-placements]')!;
    expect(more.textContent!.trim()).to.equal('Show 2 more occupations');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(listed()).to.deep.equal(codes);
    expect(el.shadowRoot!.activeElement).to.equal(
      card().querySelector(`[data-occupation="${codes[6]}"]`),
      'focus on the first one revealed, not on the marked one',
    );
  });

  it('the Show filter lists only the programs learners marked, most marks first', async () => {
    const el = await make();
    await chooseCatalogue(el, programsOf('lp-'));
    expect(shownIds(el).indexOf('lp-weld-101')).to.be.lessThan(shownIds(el).indexOf('lp-excel'), 'file order at first');
    await chooseMarks(el, OUTCOMES);
    const filter = $(el, 'select') as HTMLSelectElement;
    const option = filter.querySelector('option[value=marked]')!;
    expect(option.textContent).to.equal('Programs learners marked not relevant');
    filter.value = 'marked';
    filter.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['lp-excel', 'lp-sql', 'lp-weld-101']);
    expect($(el, '.filter .note')!.textContent).to.equal('Showing 3 of 3.');
    await expect(el).to.be.accessible();
    filter.value = 'all';
    filter.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(14);
  });

  it('another catalogue file keeps the marks; another marks file replaces them (JSON too)', async () => {
    const el = await make();
    await chooseCatalogue(el, programsOf('lp-'));
    await chooseMarks(el, OUTCOMES);
    await chooseCatalogue(el, programsOf('lp-weld-101,'));
    expect(badge(placement(el, 'lp-weld-101', '72106'))).to.equal('Marked not relevant by 1 learner');
    expect($(el, '[part=marks] .note')!.textContent).to.equal(
      'Read 10 marks on 5 programs from outcomes.csv. 9 marks are on 4 programs that are not in this catalogue file.',
    );

    await chooseCatalogue(el, programsOf('lp-'));
    const report = { format: 'mc-outcomes/1', from: null, to: null, unrelated: [{ programId: 'lp-sql', code: '31301', marks: 5 }] };
    await chooseMarks(el, JSON.stringify(report), 'outcomes.json');
    expect(live(el)).to.equal('Read 5 marks on 1 program from outcomes.json.');
    expect(badge(placement(el, 'lp-sql', '31301'))).to.equal('Marked not relevant by 5 learners');
    expect(placement(el, 'lp-excel', '31301')).to.equal(null, 'the marks of the first file are gone');
    expect(badge(placement(el, 'lp-weld-101', '72106'))).to.equal(null);
  });

  it('a report from a server older than the marks: an error box naming file, line and field; the marks before are gone and the review goes on', async () => {
    const el = await make();
    await chooseCatalogue(el, programsOf('lp-'));
    await chooseMarks(el, OUTCOMES);
    await chooseMarks(el, OLD, 'old.csv');
    const box = $(el, '[part=marks] [role=alert]')!;
    expect(box.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      "old.csv cannot be read as learners’ marks. Line 1, occupation: no occupation and marks columns: this report comes from a server older than learners' marks; update the inquiry server, then download the report again",
    );
    expect(badge(placement(el, 'lp-excel', '31301'))).to.equal(null);
    expect($(el, 'select option[value=marked]')).to.equal(null);
    await expect(el).to.be.accessible();
    // Still usable: a decision is taken and announced.
    const reject = program(el, 'lp-weld-101').querySelector<HTMLButtonElement>('[data-action=reject]')!;
    reject.click();
    await el.updateComplete;
    expect(reject.getAttribute('aria-pressed')).to.equal('true');
    expect(live(el)).to.match(/ rejected\. Coverage: \d+ of 14\.$/);
  });

  it('a mark that cannot be read is listed by line and field; the others are shown', async () => {
    const el = await make();
    await chooseCatalogue(el, programsOf('lp-'));
    const text = [HEADER, 'unrelated,lp-excel,,,,,,,31301,4', 'unrelated,lp-sql,,,,,,,3130,2'].join('\n');
    await chooseMarks(el, text, 'edited.csv');
    expect(live(el)).to.equal('Read 4 marks on 1 program from edited.csv. 1 problem in the file, listed below the field.');
    expect($(el, '[part=marks] .reach-label')!.textContent).to.equal('Problems in the marks file (1)');
    const problems = $$(el, '[part=marks] [part=problems] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(problems).to.deep.equal(['Line 3, occupation: "3130" is not a NOC 2021 code (five digits, like 21330); mark skipped']);
    expect(badge(placement(el, 'lp-excel', '31301'))).to.equal('Marked not relevant by 4 learners');
    await expect(el).to.be.accessible();
  });

  it('in French: the field, the announcement, the badges, the filter and the error box', async () => {
    const el = await make('fr');
    await chooseCatalogue(el, programsOf('lp-'));
    expect($(el, 'label[for=mc-catalogue-review-marks]')!.textContent).to.equal('Signalements des personnes apprenantes (facultatif)');
    await chooseMarks(el, OUTCOMES);
    expect(live(el)).to.equal(
      '10\u00a0signalements sur 5\u00a0programmes lus dans outcomes.csv. 3\u00a0signalements portent sur 2\u00a0programmes absents de ce fichier de catalogue.',
    );
    expect(badge(placement(el, 'lp-excel', '31301'))).to.equal('Signalé sans rapport par 4\u00a0personnes apprenantes');
    expect(badge(placement(el, 'lp-weld-101', '72106'))).to.equal('Signalé sans rapport par 1\u00a0personne apprenante');
    expect($(el, 'select option[value=marked]')!.textContent).to.equal('Les programmes que des personnes apprenantes ont signalés sans rapport');
    await expect(el).to.be.accessible();
    await chooseMarks(el, OLD, 'old.csv');
    const box = $(el, '[part=marks] [role=alert]')!;
    expect(box.querySelector('.where')!.textContent).to.equal('Ligne 1, occupation\u00a0:');
    expect(box.textContent!.replace(/[ \n]+/g, ' ').trim()).to.equal(
      'old.csv ne peut pas être lu comme fichier de signalements. Ligne 1, occupation\u00a0: les colonnes occupation et marks manquent\u00a0: ce rapport vient d’un serveur antérieur aux signalements des personnes apprenantes\u202f; mettez à jour le serveur de demandes, puis téléchargez de nouveau le rapport',
    );
    expect(box.querySelector('[lang=en]')).to.equal(null, 'nothing left in English');
    await expect(el).to.be.accessible();
  });
});
