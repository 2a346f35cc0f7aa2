// A page's `provider` names its institution by either catalogue name, exactly: the English
// `provider` or the French `provider_fr`; filters keep the `provider` it gives back.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { providerNamed } from '../../../src/core/rank/index.js';

const catalogue = {
  providers: ['Lakeshore Polytechnic', 'Other University', 'Sample College', 'Collège Boréal'],
  providerFr: new Map([
    ['Lakeshore Polytechnic', 'Polytechnique Lakeshore'],
    ['Other University', 'Université Autre'],
    // The same in both languages (`name<TAB>` in the index).
    ['Collège Boréal', 'Collège Boréal'],
  ]),
};

describe('providerNamed', () => {
  it('gives back the provider a French name names, and a provider itself', () => {
    assert.equal(providerNamed('Université Autre', catalogue), 'Other University');
    assert.equal(providerNamed('Polytechnique Lakeshore', catalogue), 'Lakeshore Polytechnic');
    assert.equal(providerNamed('Other University', catalogue), 'Other University');
    assert.equal(providerNamed('Sample College', catalogue), 'Sample College');
    assert.equal(providerNamed('Collège Boréal', catalogue), 'Collège Boréal');
  });

  it('matches exactly, as the filters do: another spelling names none', () => {
    for (const name of ['Universite Autre', 'université autre', ' Université Autre', 'Université', ''])
      assert.equal(providerNamed(name, catalogue), null, name);
  });

  it('an institution’s own name wins over another’s French name spelled the same', () => {
    const crossed = { providers: ['A', 'B'], providerFr: new Map([['B', 'A']]) };
    assert.equal(providerNamed('A', crossed), 'A');
  });
});
