import { expect } from '@open-wc/testing';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import type { Skill } from '../../../src/core/index-format/schema.js';
import { suggestSkills } from '../../../src/core/rank/skill-suggest.js';

/** The few fields the skill search reads: the vocabulary, which skills programs teach, and the files (none written apart). */
function vocabulary(labels: string[]): LoadedIndex {
  const skills: Skill[] = labels.map((label) => ({
    id: label === 'use spreadsheets software' ? 'esco:use-spreadsheets-software' : `x:${label}`,
    kind: 'detail',
    label: { en: label, fr: '' },
  }));
  // Every skill taught by one program.
  const postingStart = Array.from({ length: skills.length + 1 }, (_, i) => i);
  return { manifest: { skills, files: {} }, ranking: { postingStart } } as unknown as LoadedIndex;
}

const labels = (index: LoadedIndex, query: string) => suggestSkills(index, query, { lang: 'en' }).map((s) => s.label);

describe('skill search: words, not letters', () => {
  const index = vocabulary([
    'pursue excellence in the creation of food products',
    'use spreadsheets software',
    'Accounting',
    'accounting',
    'communication',
    'nursing care',
    'manage budgets',
  ]);

  it('offers the spreadsheet skill for "excel", not "excellence"', () => {
    expect(labels(index, 'excel')).to.deep.equal(['use spreadsheets software']);
    expect(labels(index, 'Excel ')).to.deep.equal(['use spreadsheets software']);
  });

  it('still completes a word being typed', () => {
    expect(labels(index, 'comm')).to.deep.equal(['communication']);
    expect(labels(index, 'nurs')).to.deep.equal(['nursing care']);
    expect(labels(index, 'excellen')).to.deep.equal(['pursue excellence in the creation of food products']);
  });

  it('offers a label once, whatever its capitals', () => {
    expect(labels(index, 'accounting')).to.deep.equal(['Accounting']);
  });
});

describe('skill search: other names', () => {
  /** French labels, each with its other French names; every skill taught. */
  function french(entries: Array<[string, string[]]>): LoadedIndex {
    const skills: Skill[] = entries.map(([label, alt], i) => ({ id: `x:${i}`, kind: 'detail', label: { en: `skill ${i}`, fr: label }, alt: { fr: alt } }));
    const postingStart = Array.from({ length: skills.length + 1 }, (_, i) => i);
    return { manifest: { skills, files: {} }, ranking: { postingStart } } as unknown as LoadedIndex;
  }
  const index = french([
    ['premiers secours', ['premiers soins', 'secourisme']],
    ['prodiguer les premiers soins', []],
    ['réanimation', ['soins intensifs', 'premiers gestes']],
  ]);
  const fr = (query: string) => suggestSkills(index, query, { lang: 'fr' }).map((s) => s.label);

  it('finds a skill by one of its other names, accents and capitals aside, and shows its label', () => {
    expect(fr('secourisme')).to.deep.equal(['premiers secours']);
    expect(fr('Sécourisme')).to.deep.equal(['premiers secours']);
    expect(fr('secour')).to.deep.equal(['premiers secours']);
  });

  it('offers the labels that hold the words before the skills only another name holds', () => {
    expect(fr('premiers soins')).to.deep.equal(['prodiguer les premiers soins', 'premiers secours']);
  });

  it('never adds two names up to a match', () => {
    expect(fr('soins gestes')).to.deep.equal([]);
  });

  it('reads the other names of the page’s language only', () => {
    expect(suggestSkills(index, 'secourisme', { lang: 'en' })).to.deep.equal([]);
  });
});
