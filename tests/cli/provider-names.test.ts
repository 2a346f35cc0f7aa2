/**
 * The builder carries an institution's French name (`provider_fr`) into the index, once per
 * institution and only when it differs from its name; the name stays what identifies it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadIndexFromDir } from '../../src/cli/read-index.js';
import { programFacets } from '../../src/core/rank/index.js';
import { run } from '../../src/cli/main.js';
import { fixtureSources } from './fixture-sources.js';

const CATALOGUE = [
  'id,title_en,provider,provider_fr,url,description_en,skills',
  'py-1,Python for Beginners,University of Ottawa,Université d’Ottawa,https://example.org/py-1,Learn Python.,Python Programming',
  'py-2,Python Next Steps,University of Ottawa,,https://example.org/py-2,More Python.,Python Programming',
  'sql-1,SQL Basics,Collège Boréal,Collège Boréal,https://example.org/sql-1,Learn SQL.,SQL',
  'sql-2,SQL Reports,Lakeshore Polytechnic,,https://example.org/sql-2,Reports in SQL.,SQL',
].join('\n');

async function built(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'microcred-provider-fr-'));
  writeFileSync(join(dir, 'programs.csv'), `${CATALOGUE}\n`);
  const stderr: string[] = [];
  const args = ['build-index', '--sources', fixtureSources(), '--programs', join(dir, 'programs.csv'), '--out', join(dir, 'out'), '--json'];
  const code = await run(args, { stdout: () => {}, stderr: (l) => stderr.push(l) });
  assert.equal(code, 0, stderr.join('\n'));
  return join(dir, 'out');
}

test('the index names each institution once, with its French name only when it differs, and the loader gives every program its names', async () => {
  const out = await built();
  const programsText = readFileSync(join(out, 'programs.txt'), 'utf8');
  const dictionary = programsText.slice(programsText.indexOf('#providers'), programsText.indexOf('#url-templates'));
  assert.deepEqual(dictionary.split('\n').slice(1, -1).sort(), ['Collège Boréal\t', 'Lakeshore Polytechnic', 'University of Ottawa\tUniversité d’Ottawa']);
  const catalogueText = readFileSync(join(out, 'catalogue.txt'), 'utf8');
  assert.ok(catalogueText.startsWith(`#providers 3\n`));
  assert.ok(catalogueText.includes('University of Ottawa\tUniversité d’Ottawa\n'));

  const index = await loadIndexFromDir(out, ['en', 'fr']);
  const names = Object.fromEntries(index.programs.map((p) => [p.id, [p.provider, p.providerFr]]));
  assert.deepEqual(names, {
    'py-1': ['University of Ottawa', 'Université d’Ottawa'],
    // A row without the French name takes its institution's.
    'py-2': ['University of Ottawa', 'Université d’Ottawa'],
    'sql-1': ['Collège Boréal', 'Collège Boréal'],
    'sql-2': ['Lakeshore Polytechnic', undefined],
  });
  const facets = programFacets(index);
  assert.deepEqual(facets.providers, ['Collège Boréal', 'Lakeshore Polytechnic', 'University of Ottawa']);
  assert.deepEqual([...facets.providerFr].sort(), [
    ['Collège Boréal', 'Collège Boréal'],
    ['University of Ottawa', 'Université d’Ottawa'],
  ]);
});
