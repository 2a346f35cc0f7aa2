import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { loadIndex, loadQuotes, assembleIndex, parseManifest, sha256Hex } from '../../../src/core/load/index.js';
import { hasQuotes } from '../../../src/core/load/quotes.js';
import { IndexFetchError, IndexFormatError, IndexIntegrityError, IndexVersionError } from '../../../src/core/index-format/errors.js';
import { describeIndexError } from '../../../src/core/messages/messages.js';
import { matchTitles } from '../../../src/core/titles/titles.js';
import { recommend } from '../../../src/core/rank/rank.js';
import { SCHEMA_VERSION } from '../../../src/core/index-format/schema.js';
import { PROGRAMS, indexFiles, indexTexts } from '../../fixtures/index/index.js';
import { BASE_URL, fakeFetch } from '../../fixtures/index/serve.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

function withManifest(files: Map<string, Uint8Array>, edit: (m: Record<string, unknown>) => void): Map<string, Uint8Array> {
  const manifest = JSON.parse(dec.decode(files.get('index.json')!)) as Record<string, unknown>;
  edit(manifest);
  return new Map(files).set('index.json', enc.encode(JSON.stringify(manifest)));
}

test('a good index loads: occupations, programs, titles of the asked language, ranking', async () => {
  const { files } = indexFiles();
  const log: string[] = [];
  const index = await loadIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(files, { log }) });
  assert.equal(index.occupations.size, 8);
  assert.equal(index.programs.length, PROGRAMS.length);
  assert.ok(index.titles.en);
  assert.equal(index.titles.fr, undefined);
  assert.deepEqual(log.map((u) => u.slice(BASE_URL.length)).sort(), ['index.json', 'labels.en.txt', 'programs.txt', 'titles.en.tsv']);
  assert.equal(index.manifest.occupations[0]!.title.fr, '', 'an English page does not download French labels');
  const match = matchTitles(index, 'welder', { lang: 'en' });
  assert.equal(match[0]?.code, '72106');
  assert.ok(recommend(index, { occupation: '31301', lang: 'en' }).length > 0);
});

test('the language toggle reuses the loaded index and fetches only the French titles and labels', async () => {
  const { files } = indexFiles();
  const log: string[] = [];
  const fetch = fakeFetch(files, { log });
  const en = await loadIndex(`${BASE_URL}index.json`, { lang: 'en', fetch });
  log.length = 0;
  const both = await loadIndex(`${BASE_URL}index.json`, { lang: 'fr', fetch, base: en });
  assert.deepEqual(log.sort(), [`${BASE_URL}labels.fr.txt`, `${BASE_URL}titles.fr.tsv`]);
  assert.equal(both.programs, en.programs);
  assert.equal(both.ranking, en.ranking);
  assert.ok(both.titles.en && both.titles.fr);
  assert.equal(matchTitles(both, 'soudeuse', { lang: 'fr' })[0]?.code, '72106');
  assert.equal(both.manifest.occupations.find((o) => o.code === '72106')?.title.fr.startsWith('Soudeurs'), true);
  log.length = 0;
  assert.equal(await loadIndex(`${BASE_URL}index.json`, { lang: 'en', fetch, base: both }), both);
  assert.deepEqual(log, [], 'back to English: nothing more to fetch');
});

test('a French page downloads the English labels too (ranking reads them) and no English titles', async () => {
  const { files } = indexFiles();
  const log: string[] = [];
  const index = await loadIndex(BASE_URL, { lang: 'fr', fetch: fakeFetch(files, { log }) });
  assert.deepEqual(log.map((u) => u.slice(BASE_URL.length)).sort(), ['index.json', 'labels.en.txt', 'labels.fr.txt', 'programs.txt', 'titles.fr.tsv']);
  assert.equal(index.titles.en, undefined);
  assert.equal(index.manifest.skills[0]!.label.fr, 'Soins aux patients');
});

test('a wrong schemaVersion is refused before anything else, even with a broken shape', async () => {
  const files = withManifest(indexFiles().files, (m) => {
    m.schemaVersion = 99;
    delete m.occupations;
  });
  const log: string[] = [];
  await assert.rejects(loadIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(files, { log }) }), (error: unknown) => {
    assert.ok(error instanceof IndexVersionError);
    assert.equal(error.field, 'schemaVersion');
    assert.equal(error.found, 99);
    assert.equal(error.expected, SCHEMA_VERSION);
    assert.equal(error.code, 'index-version');
    assert.match(error.message, new RegExp(`schemaVersion 99.*reads schemaVersion ${SCHEMA_VERSION}`));
    return true;
  });
  assert.equal(log.length, 1, 'no other file is fetched');
});

test('a wrong normalizerVersion is refused with IndexVersionError', async () => {
  const files = withManifest(indexFiles().files, (m) => (m.normalizerVersion = 99));
  await assert.rejects(loadIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(files) }), (error: unknown) => {
    assert.ok(error instanceof IndexVersionError);
    assert.equal(error.field, 'normalizerVersion');
    assert.equal(error.found, 99);
    return true;
  });
});

test('a truncated programs file is an IndexFormatError naming the file', async () => {
  const { files } = indexFiles();
  const full = files.get('programs.txt')!;
  const cut = new Map(files).set('programs.txt', full.subarray(0, full.length - 40));
  await assert.rejects(loadIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(cut) }), (error: unknown) => {
    assert.ok(error instanceof IndexFormatError);
    assert.equal(error.problem, 'truncated');
    assert.match(error.file, /programs\.txt$/);
    return true;
  });
});

test('a truncated index.json is an IndexFormatError: not JSON', async () => {
  const { files } = indexFiles();
  const json = files.get('index.json')!;
  const cut = new Map(files).set('index.json', json.subarray(0, 200));
  await assert.rejects(loadIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(cut) }), (error: unknown) => {
    assert.ok(error instanceof IndexFormatError);
    assert.equal(error.problem, 'not-json');
    assert.match(error.message, /index\.json/);
    return true;
  });
});

test('a same-size file with other bytes fails the SHA-256 check', async () => {
  const { files } = indexFiles();
  const bytes = Uint8Array.from(files.get('titles.en.tsv')!);
  bytes[8] = bytes[8] === 0x41 ? 0x42 : 0x41;
  const tampered = new Map(files).set('titles.en.tsv', bytes);
  await assert.rejects(loadIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(tampered) }), (error: unknown) => {
    assert.ok(error instanceof IndexIntegrityError);
    assert.equal(error.check, 'sha256');
    assert.match(error.file, /titles\.en\.tsv$/);
    return true;
  });
});

test('an HTML login page instead of index.json is an IndexFetchError, not a JSON error: not-found, “tell the site’s administrator”, not “check your connection”', async () => {
  const { files } = indexFiles();
  const html = '<!DOCTYPE html><html><body>Please sign in</body></html>';
  for (const type of ['text/html; charset=utf-8', 'application/json']) {
    const fetch = fakeFetch(files, {
      override: (path) => (path === 'index.json' ? new Response(html, { status: 200, headers: { 'content-type': type } }) : undefined),
    });
    await assert.rejects(loadIndex(BASE_URL, { lang: 'en', fetch }), (error: unknown) => {
      assert.ok(error instanceof IndexFetchError, type);
      assert.equal(error.failure, 'html');
      assert.equal(error.code, 'not-found');
      assert.match(error.message, /returned an HTML page instead of index data/);
      assert.equal(describeIndexError(error, 'en')?.message, `The occupation data was not found at ${BASE_URL}index.json. Tell the site's administrator.`);
      assert.match(describeIndexError(error, 'fr')!.message, /introuvables.*Avisez le responsable du site/);
      return true;
    });
  }
});

test('HTTP 5xx and 404 are IndexFetchErrors with the status', async () => {
  const { files } = indexFiles();
  const fetch = fakeFetch(files, {
    override: (path) => (path === 'programs.txt' ? new Response('oops', { status: 503 }) : undefined),
  });
  await assert.rejects(loadIndex(BASE_URL, { lang: 'en', fetch }), (error: unknown) => {
    assert.ok(error instanceof IndexFetchError);
    assert.equal(error.status, 503);
    assert.equal(error.code, 'network');
    assert.match(error.message, /HTTP 503/);
    return true;
  });
  await assert.rejects(loadIndex('https://data.example.org/elsewhere/', { lang: 'en', fetch }), (error: unknown) => {
    assert.ok(error instanceof IndexFetchError);
    assert.equal(error.status, 404);
    assert.equal(error.code, 'not-found');
    return true;
  });
});

test('a network failure is an IndexFetchError with no status', async () => {
  const fetch = (async () => {
    throw new TypeError('Failed to fetch');
  }) as typeof globalThis.fetch;
  await assert.rejects(loadIndex(BASE_URL, { lang: 'en', fetch }), (error: unknown) => {
    assert.ok(error instanceof IndexFetchError);
    assert.equal(error.status, null);
    assert.equal(error.failure, 'network');
    return true;
  });
});

test('abort before or during loading rejects with the abort reason', async () => {
  const { files } = indexFiles();
  const early = new AbortController();
  early.abort();
  await assert.rejects(loadIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(files), signal: early.signal }), { name: 'AbortError' });

  // Abort while assembling: the chunked loop notices at its next yield.
  const late = new AbortController();
  const manifest = parseManifest(JSON.parse(dec.decode(files.get('index.json')!)), 'index.json');
  const pending = assembleIndex(manifest, indexTexts(files), { signal: late.signal });
  late.abort();
  await assert.rejects(pending, { name: 'AbortError' });
});

test('a large catalogue is assembled in slices, and an abort between slices stops it', async () => {
  const many = Array.from({ length: 4000 }, (_, i) => ({ ...PROGRAMS[i % PROGRAMS.length]!, id: `p${i}` }));
  const { manifest, files } = indexFiles({ programs: many });
  const input = indexTexts(files);
  const slices: number[] = [];
  const index = await assembleIndex(manifest, input, { onSlice: (ms) => slices.push(ms) });
  assert.equal(index.programs.length, 4000);
  assert.ok(slices.length > 1, `expected several slices, got ${slices.length}`);

  const controller = new AbortController();
  let after = 0;
  const pending = assembleIndex(manifest, input, {
    signal: controller.signal,
    onSlice: () => {
      after++;
      controller.abort();
    },
  });
  await assert.rejects(pending, { name: 'AbortError' });
  assert.equal(after, 1, 'stopped at the first yield after the abort');
});

test('a bad program value names the file, the line and the field', async () => {
  const { manifest, files } = indexFiles();
  const texts = indexTexts(files, []);
  const lines = texts.programs.split('\n');
  const header = lines.indexOf(`#url ${PROGRAMS.length}`);
  assert.ok(header >= 0);
  lines[header + 3] = 'http://insecure.example.org/';
  await assert.rejects(assembleIndex(manifest, { ...texts, programs: lines.join('\n') }, { source: 'https://x.example/index.json' }), (error: unknown) => {
    assert.ok(error instanceof IndexFormatError);
    assert.equal(error.line, header + 4);
    assert.equal(error.path, 'url');
    assert.match(error.message, new RegExp(`programs\\.txt \\(line ${header + 4}, field "url"\\)`));
    return true;
  });
});

test('a skill index past the skill list, in a program or a profile, is refused', async () => {
  const { manifest, files } = indexFiles();
  const texts = indexTexts(files, []);
  const lines = texts.programs.split('\n');
  const header = lines.indexOf(`#skills ${PROGRAMS.length}`);
  lines[header + 1] = '0 99';
  await assert.rejects(assembleIndex(manifest, { ...texts, programs: lines.join('\n') }), /skill index 99 is past the 17 skills/);
  const badRef = structuredClone(manifest);
  badRef.occupations[0]!.skills.push([1, 99]);
  assert.throws(() => parseManifest(badRef, 'index.json'), /skill index 99/);
});

test('labels missing or of the wrong length are refused, naming the file', async () => {
  const { manifest, files } = indexFiles();
  const texts = indexTexts(files);
  await assert.rejects(assembleIndex(manifest, { ...texts, labels: { fr: texts.labels.fr } }), /labels\.en\.txt.*English labels/);
  const short = texts.labels.en!.replace('#skill.label 17', '#skill.label 16');
  await assert.rejects(assembleIndex(manifest, { ...texts, labels: { en: short } }), (error: unknown) => {
    assert.ok(error instanceof IndexFormatError);
    assert.match(error.message, /labels\.en\.txt/);
    assert.match(error.message, /16 values but index\.json lists 17/);
    return true;
  });
});

test('a schema violation in index.json names the path', () => {
  const { manifest } = indexFiles();
  const broken = structuredClone(manifest) as unknown as { occupations: Array<{ teer: unknown }> };
  broken.occupations[2]!.teer = 'three';
  assert.throws(
    () => parseManifest(broken, 'index.json'),
    (error: unknown) => {
      assert.ok(error instanceof IndexFormatError);
      assert.equal(error.path, 'occupations.2.teer');
      return true;
    },
  );
});

test('__proto__ keys in index data do not pollute objects', async () => {
  const { files } = indexFiles();
  const polluted = withManifest(files, (m) => {
    Object.defineProperty(m, '__proto__', { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
  });
  const text = dec.decode(polluted.get('index.json')!);
  assert.match(text, /"__proto__"/);
  const index = await loadIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(polluted) });
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal((index.manifest as unknown as Record<string, unknown>).polluted, undefined);
  // A program whose id is "__proto__" is just a program.
  const { files: f2 } = indexFiles({ programs: [{ ...PROGRAMS[0]!, id: '__proto__' }, ...PROGRAMS.slice(1)] });
  const index2 = await loadIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(f2) });
  assert.equal(index2.programs[0]!.id, '__proto__');
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('errors read in French too', () => {
  const error = new IndexIntegrityError('https://x.example/titles.fr.tsv', 'sha256', 'a'.repeat(64), 'b'.repeat(64));
  const fr = describeIndexError(error, 'fr');
  assert.equal(fr?.code, 'index-integrity');
  assert.match(fr!.message, /incomplètes/);
  assert.equal(describeIndexError(new DOMException('x', 'AbortError'), 'en'), null);
});

test('SHA-256 through Web Crypto agrees with node:crypto; without Web Crypto the hash is skipped, sizes still checked', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
      assert.equal(await sha256Hex(bytes), createHash('sha256').update(bytes).digest('hex'));
    }),
    { numRuns: 50 },
  );
  const { files } = indexFiles();
  const tampered = Uint8Array.from(files.get('titles.en.tsv')!);
  tampered[8] = tampered[8] === 0x41 ? 0x42 : 0x41;
  const cut = files.get('programs.txt')!.subarray(0, 100);
  // As on a plain-http page: no crypto.subtle (an own property hiding the prototype's getter).
  Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined, configurable: true });
  try {
    assert.equal(await sha256Hex(new Uint8Array([1])), null);
    const index = await loadIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(new Map(files).set('titles.en.tsv', tampered)) });
    assert.ok(index.titles.en, 'same size, other bytes: loads on a plain-http page');
    await assert.rejects(loadIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(new Map(files).set('programs.txt', cut)) }), /truncated|bytes/);
  } finally {
    delete (globalThis.crypto as { subtle?: unknown }).subtle;
  }
});

test('quotes: a page loads one occupation’s quote file when it is shown; reasons quote the program once it is in', async () => {
  const { files } = indexFiles();
  const log: string[] = [];
  const fetch = fakeFetch(files, { log });
  const index = await loadIndex(BASE_URL, { lang: 'en', fetch });
  assert.ok(!log.some((u) => u.includes('quotes.')), 'no quote file before the first recommendations');
  const before = recommend(index, { occupation: '31301', lang: 'en' });
  assert.ok(before.length > 0);
  assert.equal(hasQuotes(index, '31301'), false);
  for (const r of before) {
    assert.ok(r.evidence!.every((item) => item.quote === undefined));
    // Its own words named, no quote yet; and until the quotes say what it covers, it only "mentions" them.
    assert.ok(!/[“”]/.test(r.reasons[0]!.text.replace(/^Mentions “[^”]*”( and “[^”]*”)?/, '')), r.reasons[0]!.text);
  }
  await Promise.all([loadQuotes(index, '31301', { fetch }), loadQuotes(index, '31301', { fetch })]);
  assert.deepEqual(
    log.filter((u) => u.includes('quotes.')).map((u) => u.slice(BASE_URL.length)),
    ['quotes.31301.txt'],
    'one download, shared',
  );
  assert.equal(hasQuotes(index, '31301'), true);
  const after = recommend(index, { occupation: '31301', lang: 'en' });
  assert.deepEqual(
    after.map((r) => r.program.id),
    before.map((r) => r.program.id),
    'the same results',
  );
  for (const r of after) {
    const quote = r.evidence![0]!.quote;
    assert.ok(quote && r.reasons[0]!.text.includes(`“${quote}”`), r.reasons[0]!.text);
  }
  await loadQuotes(index, '31301', { fetch });
  assert.equal(log.filter((u) => u.includes('quotes.')).length, 1, 'never twice');
});

test('quotes: a changed quote file is refused by name, leaves no quote in, and can be tried again', async () => {
  const { files } = indexFiles();
  const good = files.get('quotes.31301.txt')!;
  let serveBad = true;
  const fetch = fakeFetch(files, {
    override: (path) => (path === 'quotes.31301.txt' && serveBad ? new Response(dec.decode(good).replace(/\t[^\t\n]/, '\tX')) : undefined),
  });
  const index = await loadIndex(BASE_URL, { lang: 'en', fetch });
  await assert.rejects(loadQuotes(index, '31301', { fetch }), (error: unknown) => {
    assert.ok(error instanceof IndexIntegrityError);
    assert.match(error.message, /quotes\.31301\.txt/);
    return true;
  });
  assert.equal(hasQuotes(index, '31301'), false);
  assert.ok(recommend(index, { occupation: '31301', lang: 'en' }).every((r) => r.evidence!.every((item) => item.quote === undefined)));
  serveBad = false;
  await loadQuotes(index, '31301', { fetch });
  assert.ok(recommend(index, { occupation: '31301', lang: 'en' }).every((r) => r.evidence![0]!.quote));
});

test('quotes: a file whose lines do not follow programs.txt is refused naming its line', async () => {
  const { manifest, files } = indexFiles();
  const texts = indexTexts(files);
  const quotes = { ...texts.quotes! };
  const code = Object.keys(quotes)[0]!;
  quotes[code] = quotes[code]!.split('\n').slice(1).join('\n');
  // The hash is checked first: with one that matches, the structure still is.
  const hex = createHash('sha256').update(quotes[code]!).digest('hex').slice(0, 16);
  const lines = texts.programs.split('\n');
  const at = lines.indexOf('#quote-files ' + manifest.occupations.length) + 1 + manifest.occupations.findIndex((o) => o.code === code);
  lines[at] = hex;
  await assert.rejects(assembleIndex(manifest, { ...texts, programs: lines.join('\n'), quotes }), (error: unknown) => {
    assert.ok(error instanceof IndexFormatError);
    assert.match(error.message, new RegExp(`quotes\\.${code}\\.txt`));
    return true;
  });
});
