/**
 * `loadIndex` and `loadQuotes` in Node, from disk: a file path (absolute or relative to the
 * working directory), a `file:` URL, or the directory holding `index.json`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadIndex, loadLabelsIndex, loadOccupationIndex, loadQuotes, loadTitles, loadTitlesIndex } from '../../../src/core/load/index.js';
import { hasQuotes } from '../../../src/core/load/quotes.js';
import { IndexFetchError, IndexIntegrityError } from '../../../src/core/index-format/errors.js';
import { matchTitles } from '../../../src/core/titles/titles.js';
import { recommend } from '../../../src/core/rank/rank.js';
import type { Lang } from '../../../src/core/index-format/index.js';
import { indexFiles } from '../../fixtures/index/index.js';

let root: string;
/** The tiny index, in a directory whose name needs escaping in a URL. */
let dir: string;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'mc-load-files-'));
  dir = join(root, 'my index #1');
  await mkdir(dir);
  for (const [name, bytes] of indexFiles().files) await writeFile(join(dir, name), bytes);
});

after(async () => {
  await rm(root, { recursive: true, force: true });
});

test('Node loads an index from a path to index.json, a relative path, a file: URL and a directory', async () => {
  const expected = pathToFileURL(join(dir, 'index.json')).href;
  for (const where of [
    join(dir, 'index.json'),
    relative(process.cwd(), join(dir, 'index.json')),
    pathToFileURL(join(dir, 'index.json')),
    pathToFileURL(join(dir, 'index.json')).href,
    dir,
    `${dir}/`,
    pathToFileURL(dir).href,
  ]) {
    const index = await loadIndex(where, { lang: 'en' });
    assert.equal(index.source, expected, String(where));
    assert.equal(index.occupations.size, 8);
    assert.equal(matchTitles(index, 'welder', { lang: 'en' })[0]?.code, '72106');
  }
});

test('from disk: the other language, its titles alone, and the quotes of an occupation', async () => {
  const en = await loadIndex(dir, { lang: 'en' });
  const both = await loadIndex(dir, { lang: 'fr', base: en });
  assert.equal(matchTitles(both, 'soudeuse', { lang: 'fr' })[0]?.code, '72106');
  assert.equal(en.titles.fr, undefined);
  const fr = await loadTitles(dir, en, 'fr');
  assert.equal(fr.lang, 'fr');

  assert.equal(hasQuotes(en, '31301'), false);
  await loadQuotes(en, '31301');
  assert.equal(hasQuotes(en, '31301'), true);
  const [first] = recommend(en, { occupation: '31301', lang: 'en' });
  const quote = first!.evidence![0]!.quote;
  assert.ok(quote && first!.reasons[0]!.text.includes(`“${quote}”`), first!.reasons[0]!.text);
});

test('from disk: a missing file is not-found, naming the file; a changed one is refused as over HTTP', async () => {
  await assert.rejects(loadIndex(join(root, 'nowhere'), { lang: 'en' }), (error: unknown) => {
    assert.ok(error instanceof IndexFetchError);
    assert.equal(error.code, 'not-found');
    assert.equal(error.failure, 'file');
    assert.equal(error.url, pathToFileURL(join(root, 'nowhere')).href);
    assert.match(error.message, /could not be read: ENOENT.*check the path/);
    assert.doesNotMatch(error.message, /connection/);
    return true;
  });

  const broken = join(root, 'broken');
  await mkdir(broken);
  for (const [name, bytes] of indexFiles().files) {
    if (name !== 'labels.en.txt') await writeFile(join(broken, name), bytes);
  }
  await assert.rejects(loadIndex(broken, { lang: 'en' }), (error: unknown) => {
    assert.ok(error instanceof IndexFetchError);
    assert.equal(error.code, 'not-found');
    assert.match(error.message, /broken\/labels\.en\.txt could not be read/);
    return true;
  });

  const index = await loadIndex(dir, { lang: 'en' });
  const changed = join(root, 'changed');
  await mkdir(changed);
  for (const [name, bytes] of indexFiles().files) await writeFile(join(changed, name), bytes);
  const quotes = join(changed, 'quotes.31301.txt');
  const text = await readFile(quotes, 'utf8');
  await writeFile(quotes, text.replace(/\t[^\t\n]/, '\tX'));
  const other = await loadIndex(changed, { lang: 'en' });
  await assert.rejects(loadQuotes(other, '31301'), IndexIntegrityError);
  assert.equal(hasQuotes(other, '31301'), false);
  assert.equal(hasQuotes(index, '31301'), false, 'indexes loaded from two directories share nothing');
});

test('with no options, as the README shows: the English titles, reasons in English, a missing file is not-found', async () => {
  const index = await loadIndex(dir);
  assert.deepEqual(Object.keys(index.titles), ['en']);
  assert.equal(matchTitles(index, 'welder', { lang: 'en' })[0]?.code, '72106');
  await loadQuotes(index, '31301');
  const reasons = (lang?: Lang) => recommend(index, { occupation: '31301', lang }).map((r) => r.reasons.map((reason) => reason.text));
  assert.ok(reasons()[0]!.length > 0);
  assert.deepEqual(reasons(), reasons('en'));

  assert.deepEqual(Object.keys((await loadTitlesIndex(dir)).titles), ['en']);
  assert.deepEqual(Object.keys((await loadLabelsIndex(dir)).titles), []);
  assert.ok(recommend(await loadOccupationIndex(dir, '31301'), { occupation: '31301' }).length > 0);

  await assert.rejects(loadIndex(join(root, 'nowhere')), (error: unknown) => error instanceof IndexFetchError && error.code === 'not-found');
  await assert.rejects(loadIndex(dir, { lang: 'de' as Lang }), { name: 'TypeError', message: `loadIndex: lang must be 'en' or 'fr', not "de"` });
});

test('an aborted load from disk rejects with the signal’s reason', async () => {
  const controller = new AbortController();
  const reason = new Error('stop');
  controller.abort(reason);
  await assert.rejects(loadIndex(dir, { lang: 'en', signal: controller.signal }), (error) => error === reason);
});

test('an https URL is still fetched, not read from disk', async () => {
  const seen: string[] = [];
  const fetch = notFoundFetch(seen);
  await assert.rejects(loadIndex('https://data.example.org/index/', { lang: 'en', fetch }), (error: unknown) => {
    assert.ok(error instanceof IndexFetchError);
    assert.equal(error.failure, 'status');
    return true;
  });
  assert.deepEqual(seen, ['https://data.example.org/index/index.json']);
});

test('an https URL that does not end in .json is a folder, with or without its slash, as a directory path is', async () => {
  const seen: string[] = [];
  const fetch = notFoundFetch(seen);
  for (const url of ['https://data.example.org/index', 'https://data.example.org/index?build=3', 'https://data.example.org/v2.json']) {
    await assert.rejects(loadIndex(url, { lang: 'en', fetch }), IndexFetchError);
  }
  assert.deepEqual(seen, [
    'https://data.example.org/index/index.json',
    'https://data.example.org/index/index.json?build=3',
    'https://data.example.org/v2.json',
  ]);
});

/** A fetch that answers 404 to everything, noting each URL asked for in `seen`. */
function notFoundFetch(seen: string[]): typeof globalThis.fetch {
  return (async (input: RequestInfo | URL) => {
    seen.push(String(input));
    return new Response('no', { status: 404 });
  }) as typeof globalThis.fetch;
}
