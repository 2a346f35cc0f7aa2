import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { highlightRanges, highlightSegments } from '../../../src/core/text/highlight.js';
import { comboAction } from '../../../src/elements/mc-job-search/combobox-keys.js';

describe('highlight ranges', () => {
  it('marks whole words, accent- and case-insensitively, and the common start of a misspelled word', () => {
    const marked = (label: string, query: string) =>
      highlightSegments(label, query)
        .filter((s) => s.mark)
        .map((s) => s.text);
    expect(marked('Infirmière autorisée', 'INFIRMIERE')).to.deep.equal(['Infirmière']);
    expect(marked('Registered nurse', 'registred nurs')).to.deep.equal(['Regist', 'nurs']);
    expect(marked('Chef de cœur', 'coeur')).to.deep.equal(['cœur']);
    expect(marked('Welder-fitter', 'fit')).to.deep.equal(['fit']);
    expect(marked('Welder', 'elder')).to.deep.equal([]);
  });

  it('never loses or reorders text, and ranges are sorted, disjoint and in bounds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 20 }), (label, query) => {
        const segments = highlightSegments(label, query);
        expect(segments.map((s) => s.text).join('')).to.equal(label);
        let last = 0;
        for (const [a, b] of highlightRanges(label, query)) {
          expect(a).to.be.at.least(last);
          expect(b).to.be.greaterThan(a);
          expect(b).to.be.at.most(label.length);
          last = b;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('combobox keyboard model', () => {
  const key = (k: string, alt = false) => ({ key: k, altKey: alt, ctrlKey: false, metaKey: false, shiftKey: false });
  it('follows the APG combobox rules', () => {
    expect(comboAction(key('ArrowDown'), false, false)).to.deep.equal({ type: 'open', move: 'first' });
    expect(comboAction(key('ArrowUp'), false, false)).to.deep.equal({ type: 'open', move: 'last' });
    expect(comboAction(key('ArrowDown', true), false, false)).to.deep.equal({ type: 'open', move: 'none' });
    expect(comboAction(key('ArrowUp', true), true, true)).to.deep.equal({ type: 'close' });
    expect(comboAction(key('ArrowDown'), true, true)).to.deep.equal({ type: 'move', by: 1 });
    expect(comboAction(key('Enter'), true, true)).to.deep.equal({ type: 'select' });
    expect(comboAction(key('Enter'), true, false)).to.deep.equal({ type: 'none' });
    expect(comboAction(key('Escape'), true, false)).to.deep.equal({ type: 'close' });
    expect(comboAction(key('Escape'), false, false)).to.deep.equal({ type: 'clear' });
    expect(comboAction(key('Home'), true, true)).to.deep.equal({ type: 'caret' });
    expect(comboAction(key('a'), true, true)).to.deep.equal({ type: 'none' });
  });
});
