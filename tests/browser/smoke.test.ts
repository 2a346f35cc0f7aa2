import { expect } from '@open-wc/testing';
import { fold } from '../../src/core/normalize.js';

describe('browser lane', () => {
  it('runs core code in Chromium', () => {
    expect(fold('Infirmière')).to.equal('infirmiere');
  });
});
