import { expect } from '@open-wc/testing';
import { attachAnalytics } from '../../src/core/analytics.js';

describe('analytics in the page', () => {
  let beacons: Array<{ url: string; body: string }>;
  let realBeacon: typeof navigator.sendBeacon;

  beforeEach(() => {
    beacons = [];
    realBeacon = navigator.sendBeacon;
    navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
      beacons.push({ url: String(url), body: String(data) });
      return true;
    };
  });
  afterEach(() => {
    navigator.sendBeacon = realBeacon;
  });

  it('hears composed events from inside shadow roots and sends one beacon on pagehide', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    document.body.append(host);
    const detach = attachAnalytics(document, { endpoint: '/api/analytics' });
    try {
      inner.dispatchEvent(new CustomEvent('mc-no-match', { detail: { query: 'ZZYZX operator', lang: 'fr' }, bubbles: true, composed: true }));
      inner.dispatchEvent(new CustomEvent('mc-program-open', { detail: { programId: 'welding-1' }, bubbles: true, composed: true }));
      expect(beacons).to.have.length(0);
      window.dispatchEvent(new Event('pagehide'));
      expect(beacons).to.have.length(1);
      const batch = JSON.parse(beacons[0]!.body);
      expect(batch.noMatch).to.deep.equal([['fr', 'zzyzx operator', 1]]);
      expect(batch.programOpen).to.deep.equal([['welding-1', 1]]);
      window.dispatchEvent(new Event('pagehide'));
      expect(beacons, 'nothing new, nothing sent').to.have.length(1);
    } finally {
      detach();
      host.remove();
    }
  });

  it('keeps nothing on the device: no cookie, no storage written', () => {
    const cookies = document.cookie;
    const local = localStorage.length;
    const session = sessionStorage.length;
    const detach = attachAnalytics(document, { endpoint: '/api/analytics' });
    document.dispatchEvent(new CustomEvent('mc-inquire', { detail: { programIds: ['a'], status: 'sent' } }));
    detach();
    expect(beacons).to.have.length(1);
    expect(document.cookie).to.equal(cookies);
    expect(localStorage.length).to.equal(local);
    expect(sessionStorage.length).to.equal(session);
  });
});
