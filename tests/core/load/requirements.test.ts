import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRequirements, loadTitlesIndex, requirementLangs } from '../../../src/core/load/index.js';
import { encodeIndex, IndexFormatError, IndexIntegrityError, requirementSteps, UnknownOccupationError } from '../../../src/core/index-format/index.js';
import { runSteps } from '../../../src/core/schedule/index.js';
import { indexFiles, indexParts, REQUIREMENTS } from '../../fixtures/index/index.js';
import { BASE_URL, fakeFetch } from '../../fixtures/index/serve.js';

test('the requirements load on demand, once, and read back as written', async () => {
  const log: string[] = [];
  const fetch = fakeFetch(indexFiles({ requirements: REQUIREMENTS }).files, { log });
  const titles = await loadTitlesIndex(BASE_URL, { lang: 'en', fetch });
  assert.ok(!log.some((url) => url.includes('requirements.')), 'not with the titles');
  assert.deepEqual(requirementLangs(titles.manifest), ['en']);
  const nurses = await loadRequirements(titles, '31301', 'en', { fetch });
  assert.deepEqual(nurses, { lang: 'en', groups: REQUIREMENTS.en!.get('31301') });
  const none = await loadRequirements(titles, '21232', 'en', { fetch });
  assert.deepEqual(none, { lang: 'en', groups: [] }, 'an occupation whose profile states none');
  assert.deepEqual(
    log.filter((url) => url.includes('requirements.')).map((url) => url.slice(url.lastIndexOf('/') + 1)),
    ['requirements.en.3.txt', 'requirements.en.2.txt'],
    'each broad category’s file once, only when asked',
  );
  await loadRequirements(titles, '31102', 'en', { fetch });
  assert.equal(log.filter((url) => url.endsWith('/requirements.en.3.txt')).length, 1, 'family physicians are in the nurses’ file');
  await assert.rejects(loadRequirements(titles, '99999', 'en', { fetch }), UnknownOccupationError);
});

test('a French page gets the English requirements, said to be English; an index without any gets null', async () => {
  const fetch = fakeFetch(indexFiles({ requirements: REQUIREMENTS }).files);
  const titles = await loadTitlesIndex(BASE_URL, { lang: 'fr', fetch });
  const welders = await loadRequirements(titles, '72106', 'fr', { fetch });
  assert.equal(welders?.lang, 'en');
  assert.equal(welders?.groups[0]!.items.length, 2);
  const plain = fakeFetch(indexFiles().files);
  const older = await loadTitlesIndex(BASE_URL, { lang: 'en', fetch: plain });
  assert.equal(await loadRequirements(older, '72106', 'en', { fetch: plain }), null);
});

test('a requirements file that does not match index.json is refused, and can be tried again', async () => {
  const files = indexFiles({ requirements: REQUIREMENTS }).files;
  const changed = files.get('requirements.en.3.txt')!.slice();
  changed[changed.length - 3]! ^= 1;
  const bad = new Map(files).set('requirements.en.3.txt', changed);
  const titles = await loadTitlesIndex(BASE_URL, { lang: 'en', fetch: fakeFetch(bad) });
  await assert.rejects(loadRequirements(titles, '31301', 'en', { fetch: fakeFetch(bad) }), (error: unknown) => {
    assert.ok(error instanceof IndexIntegrityError, String(error));
    assert.match(error.message, /requirements\.en\.3\.txt/);
    return true;
  });
  const again = await loadRequirements(titles, '31301', 'en', { fetch: fakeFetch(files) });
  assert.equal(again?.groups.length, 3);
});

test('a malformed requirement line names the file, the line and the occupation', () => {
  const manifest = { occupations: [{ code: '31301' }, { code: '72106' }] } as Parameters<typeof requirementSteps>[1];
  const read = (text: string) => runSteps(requirementSteps(text, manifest, 'requirements.en.txt'));
  assert.deepEqual(read('#occupation.requirements 2\n\n-A|B\tOne.\\n+C\tTwo.\n').get('72106'), [
    { except: ['A', 'B'], items: ['One.'] },
    { only: ['C'], items: ['Two.'] },
  ]);
  for (const [value, why] of [
    ['\tOne.\t', 'an empty sentence'],
    ['+\tOne.', 'a scope naming no profile'],
    ['?A\tOne.', 'a scope that is neither + nor -'],
    ['+A', 'no sentence'],
  ]) {
    assert.throws(
      () => read(`#occupation.requirements 2\n\n${value}\n`),
      (error: unknown) => error instanceof IndexFormatError && error.line === 3 && /occupation 72106/.test(error.message),
      why,
    );
  }
});

test('the writer refuses a requirement it could not read back', () => {
  const bad = (group: { only?: string[]; except?: string[]; items: string[] }) => ({ en: new Map([['31301', [group]]]) });
  for (const group of [
    { items: [] },
    { items: ['a\tb'] },
    { only: ['A|B'], items: ['One.'] },
    { only: [], items: ['One.'] },
    { only: ['A'], except: ['B'], items: ['One.'] },
  ]) {
    assert.throws(() => encodeIndex({ ...indexParts(), requirements: bad(group) }), /Occupation 31301: a requirement group/, JSON.stringify(group));
  }
});

test('an index assembled from its parts has its requirements without a fetch', async () => {
  const { assembleParts } = await import('../../../src/core/load/index.js');
  const index = await assembleParts(indexParts({ requirements: REQUIREMENTS }));
  const refuse = (() => Promise.reject(new Error('no fetch'))) as typeof fetch;
  assert.equal((await loadRequirements(index, '31301', 'fr', { fetch: refuse }))?.groups.length, 3);
});

test('a caller that stops waiting does not fail another that shares the load', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const serve = fakeFetch(indexFiles({ requirements: REQUIREMENTS }).files);
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input).includes('requirements.')) await gate;
    return serve(input, init);
  }) as typeof globalThis.fetch;
  const titles = await loadTitlesIndex(BASE_URL, { lang: 'en', fetch });
  const first = new AbortController();
  // A person chooses nurses, then family physicians (the same category) before the file is in.
  const nurses = loadRequirements(titles, '31301', 'en', { fetch, signal: first.signal });
  const physicians = loadRequirements(titles, '31102', 'en', { fetch });
  first.abort(new DOMException('moved on', 'AbortError'));
  await assert.rejects(nurses, { name: 'AbortError' });
  release();
  assert.deepEqual(await physicians, { lang: 'en', groups: [] });
});

test('an index that lists no requirements file for an occupation’s category is refused, naming the field', async () => {
  const { manifest, files } = indexFiles({ requirements: REQUIREMENTS });
  delete manifest.files.requirements!.en!['7'];
  const served = new Map(files).set('index.json', new TextEncoder().encode(JSON.stringify(manifest)));
  const fetch = fakeFetch(served);
  const titles = await loadTitlesIndex(BASE_URL, { lang: 'en', fetch });
  await assert.rejects(loadRequirements(titles, '72106', 'en', { fetch }), (error: unknown) => {
    assert.ok(error instanceof IndexFormatError, String(error));
    assert.equal(error.path, 'files.requirements.en');
    assert.match(error.message, /broad category 7/);
    return true;
  });
});
