import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/define/mc-program-card.js';
import '../../src/define/mc-job-search.js';
import { MemoryIndexCache } from '../../src/core/load/index-cache.js';
import { loadIndexCached } from '../../src/core/load/lazy.js';
import type { LoadedIndex } from '../../src/core/model/loaded.js';
import { matchTitles } from '../../src/core/titles/titles.js';
import type { McProgramCard } from '../../src/elements/mc-program-card/mc-program-card.js';
import type { McJobSearch } from '../../src/elements/mc-job-search/mc-job-search.js';
import { sampleProgram, servedFiles } from '../fixtures/index/index.js';
import { FakeIndexServer, INDEX_URL } from '../fixtures/index/serve.js';

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '  javascript:alert(1)',
  '\tjava\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  ' VBScript:msgbox(1) ',
  'http://example.org/plain-http',
  '//evil.example/protocol-relative',
  'https:/\\evil.example',
];

async function card(program: ReturnType<typeof sampleProgram>): Promise<McProgramCard> {
  const el = await fixture<McProgramCard>(html`<mc-program-card .program=${program}></mc-program-card>`);
  await el.updateComplete;
  return el;
}

function links(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
}

describe('hostile data', () => {
  for (const url of HOSTILE_URLS) {
    it(`a program URL ${JSON.stringify(url)} never becomes a link`, async () => {
      const el = await card(sampleProgram('hostile', { url }));
      expect(links(el).filter((href) => !href.startsWith('https://'))).to.deep.equal([]);
      expect(links(el)).to.not.include(url);
    });
  }

  it('a safe https URL still becomes a link (the filter is not just dropping everything)', async () => {
    const el = await card(sampleProgram('safe', { url: 'https://example.org/programs/safe' }));
    expect(links(el)).to.include('https://example.org/programs/safe');
  });

  it('HTML in titles, providers and descriptions renders as text', async () => {
    const payload = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><b>bold</b>';
    const el = await card(
      sampleProgram('html', {
        title: { en: payload, fr: payload },
        provider: payload,
        description: { en: payload, fr: payload },
        credential: payload,
      }),
    );
    await aTimeout(50);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('img, script, b').length).to.equal(0);
    expect(root.textContent).to.contain('<img src=x onerror="window.pwned=1">');
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('__proto__ keys in index files do not pollute prototypes', async () => {
    // A program called "__proto__", and __proto__ / constructor keys inside index.json
    // (the one file without a hash in the manifest).
    const files = servedFiles({ programs: [sampleProgram('__proto__')] });
    const hostile = '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"code"';
    files.set('index.json', files.get('index.json')!.replace('{"code"', hostile));
    expect(files.get('index.json')).to.contain('"__proto__":{"polluted":true}');
    const server = new FakeIndexServer(files);
    const loaded = await loadIndexCached(INDEX_URL, { lang: 'en', cache: new MemoryIndexCache(), fetch: server.fetch });
    expect(loaded.index.programs.map((p) => p.id)).to.deep.equal(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
  });

  describe('extreme queries', () => {
    let index: LoadedIndex;
    before(async () => {
      const server = new FakeIndexServer(servedFiles());
      index = (await loadIndexCached(INDEX_URL, { lang: 'en', cache: new MemoryIndexCache(), fetch: server.fetch })).index;
    });

    it('a 10,000-character query returns a list, without throwing', () => {
      for (const q of ['a'.repeat(10_000), 'welder '.repeat(1_500), 'é'.repeat(10_000), ' '.repeat(10_000)]) {
        expect(Array.isArray(matchTitles(index, q, { lang: 'en', limit: 8 }))).to.equal(true);
      }
    });

    it('emoji and symbols around a title still find it', () => {
      const codes = matchTitles(index, '👩‍🔧 welder 🔥', { lang: 'en', limit: 8 }).map((m) => m.code);
      expect(codes).to.include('72106');
      for (const q of ['🔥🔥🔥', '\u0000\u0001', '\uD800', '<script>', '%00', '🏳️‍🌈'.repeat(500)]) {
        expect(Array.isArray(matchTitles(index, q, { lang: 'en', limit: 8 }))).to.equal(true);
      }
    });

    it('the job search element survives a 10,000-character pasted query', async () => {
      const el = await fixture<McJobSearch>(html`<mc-job-search .index=${index}></mc-job-search>`);
      const input = el.shadowRoot!.querySelector('input')!;
      input.value = 'welder'.repeat(2000);
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await aTimeout(300);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('input')).to.exist;
      await expect(el).to.be.accessible();
    });
  });
});
