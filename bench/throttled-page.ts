/**
 * A page opened as the download benchmarks open it: a fresh browser context (empty caches),
 * Slow 4G (1.6 Mbps down, 750 kbps up, 150 ms round trip) and a 4x slower CPU, with every
 * request it sends recorded with the bytes it took on the wire (gzip as served).
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
export const CPU_SLOWDOWN = 4;
/** How the benchmarks' reports name these conditions. */
export const CONDITIONS = { network: 'Slow 4G: 1.6 Mbps down, 750 kbps up, 150 ms RTT', cpuSlowdown: CPU_SLOWDOWN };

export interface ThrottledPage {
  context: BrowserContext;
  tab: Page;
  cdp: CDPSession;
  /** Every request sent so far, by id: its URL, resource type and encoded bytes once finished. */
  sent: Map<string, { url: string; type: string; bytes: number }>;
}

export async function throttledPage(browser: Browser): Promise<ThrottledPage> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const sent = new Map<string, { url: string; type: string; bytes: number }>();
  cdp.on('Network.requestWillBeSent', (e) => sent.set(e.requestId, { url: e.request.url, type: e.type ?? '', bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => {
    const request = sent.get(e.requestId);
    if (request) request.bytes = e.encodedDataLength;
  });
  return { context, tab, cdp, sent };
}

/**
 * What the requests `ids` took, counted whole once the page is idle: JavaScript, and the
 * fetched (index) files with their names.
 */
export async function transferred(page: ThrottledPage, ids: ReadonlySet<string>): Promise<{ jsBytes: number; dataBytes: number; files: string[] }> {
  await page.tab.waitForLoadState('networkidle');
  await page.tab.waitForTimeout(500);
  let jsBytes = 0;
  let dataBytes = 0;
  const files: string[] = [];
  for (const id of ids) {
    const { url, type, bytes } = page.sent.get(id)!;
    if (type === 'Script') jsBytes += bytes;
    else if (type === 'Fetch' || type === 'XHR') {
      dataBytes += bytes;
      files.push(url.slice(url.lastIndexOf('/') + 1));
    }
  }
  return { jsBytes, dataBytes, files: files.sort() };
}
