import { expect } from '@open-wc/testing';
import { attachAnalytics } from '../../src/core/analytics/analytics.js';

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

  it('names the host page by origin and path, never its query or fragment, and a title once per page load', () => {
    const original = location.href;
    history.replaceState(history.state, '', `${location.pathname}?email=jane%40example.org&wtr=1#results`);
    const detach = attachAnalytics(document, { endpoint: '/api/analytics' });
    try {
      document.dispatchEvent(new CustomEvent('mc-no-match', { detail: { query: 'Quokka wrangler', lang: 'en' } }));
      window.dispatchEvent(new Event('pagehide'));
      document.dispatchEvent(new CustomEvent('mc-no-match', { detail: { query: 'quokka wrangler', lang: 'en' } }));
      document.dispatchEvent(new CustomEvent('mc-recommend', { detail: { occupation: { code: '72106' } } }));
      window.dispatchEvent(new Event('pagehide'));
    } finally {
      detach();
      history.replaceState(history.state, '', original);
    }
    const [first, second] = beacons.map((b) => JSON.parse(b.body));
    expect(first.format).to.equal('mc-analytics/2');
    expect(first.page).to.equal(`${location.origin}${location.pathname}`);
    expect(beacons[0]!.body).not.to.contain('jane');
    expect(beacons[0]!.body).not.to.contain('results');
    expect(first.noMatch).to.deep.equal([['en', 'quokka wrangler', 1]]);
    expect(second.noMatch, 'the same title later in the same page load is not sent again').to.deep.equal([]);
    expect(second.recommend).to.deep.equal([['72106', 1]]);
  });
});
