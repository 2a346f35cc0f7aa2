/**
 * The builder writes the skills' other English names (ESCO's alternative labels) apart from
 * `labels.en.txt`, which every page loads: `names.en.txt`, listed in `index.json` with its
 * size and SHA-256 like every file, read and verified by the Node reader; an index without
 * it (built before it was added) still loads, without them.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildIndex } from '../../src/cli/build.js';
import { writeIndex } from '../../src/cli/writer.js';
import { loadIndexFromDir } from '../../src/cli/read-index.js';
import { withBorrowedNames } from '../../src/cli/vocabulary.js';
import { hasOtherNames, loadIndex } from '../../src/core/load/index.js';
import { loadLabels } from '../../src/core/load/lazy.js';
import { suggestSkills } from '../../src/core/rank/skill-suggest.js';
import { IndexIntegrityError, type IndexFile } from '../../src/core/index-format/index.js';
import type { SkillDef } from '../../src/core/catalogue/index.js';

const SAMPLE = fileURLToPath(new URL('../../sample/', import.meta.url));
let out: string;

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'mc-names-'));
  await writeIndex(buildIndex({ sources: join(SAMPLE, 'sources'), programs: join(SAMPLE, 'programs.csv') }), out);
});

/** A copy of the built index, changed by `change` (given its folder and parsed index.json, which it may edit). */
function copy(change: (dir: string, file: IndexFile) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-names-copy-'));
  const file = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as IndexFile;
  for (const ref of [file.files.labels.en, file.files.labels.fr, file.files.titles.en, file.files.titles.fr, file.files.programs, file.files.otherNames!.en!]) {
    writeFileSync(join(dir, ref.path), readFileSync(join(out, ref.path)));
  }
  for (const ref of [file.files.summaries.en, file.files.summaries.fr, ...Object.values(file.files.requirements?.en ?? {})]) {
    writeFileSync(join(dir, ref.path), readFileSync(join(out, ref.path)));
  }
  change(dir, file);
  writeFileSync(join(dir, 'index.json'), `${JSON.stringify(file)}\n`);
  return dir;
}

test('names.en.txt holds ESCO’s English alternative labels, hashed in index.json; labels.en.txt holds none', async () => {
  const file = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as IndexFile;
  const ref = file.files.otherNames?.en;
  assert.ok(ref, 'listed under files.otherNames.en');
  assert.equal(ref.path, 'names.en.txt');
  assert.equal(file.files.otherNames?.fr, undefined, 'the French ones stay in labels.fr.txt');
  const bytes = readFileSync(join(out, ref.path));
  assert.equal(ref.bytes, bytes.length);
  assert.equal(ref.sha256, createHash('sha256').update(bytes).digest('hex'));
  assert.equal(ref.count, file.skills.ids.length);
  const lines = bytes.toString('utf8').split('\n');
  assert.equal(lines[0], `#skill.alt ${file.skills.ids.length}`);
  assert.ok(lines.includes('cardiac resuscitation\tCPR\tcardiopulmonary resuscitation'));
  const labels = readFileSync(join(out, 'labels.en.txt'), 'utf8');
  const alt = labels.slice(labels.indexOf('#skill.alt')).split('\n').slice(1, -1);
  assert.equal(alt.length, file.skills.ids.length);
  assert.ok(alt.every((line) => line === ''));
  const index = await loadIndexFromDir(out);
  const resuscitation = index.manifest.skills.find((s) => s.id === 'esco:resuscitation')!;
  assert.deepEqual(resuscitation.alt?.en, ['cardiac resuscitation', 'CPR', 'cardiopulmonary resuscitation']);
  assert.ok(hasOtherNames(index, 'en'));
  assert.equal(suggestSkills(index, 'CPR', { lang: 'en' })[0]?.id, 'esco:resuscitation');
});

test('a names file that is not the one index.json lists is refused', async () => {
  const dir = copy((d) => writeFileSync(join(d, 'names.en.txt'), readFileSync(join(d, 'names.en.txt'), 'utf8').replace('CPR', 'CPX')));
  await assert.rejects(loadIndexFromDir(dir), IndexIntegrityError);
});

test('an index without names.en.txt (built before it) still loads, and searches its labels as before', async () => {
  const dir = copy((d, file) => {
    rmSync(join(d, 'names.en.txt'));
    delete file.files.otherNames;
  });
  const index = await loadIndexFromDir(dir);
  assert.equal(index.manifest.skills.find((s) => s.id === 'esco:resuscitation')!.alt?.en, undefined);
  assert.ok(hasOtherNames(index, 'en'), 'nothing more to load');
  assert.deepEqual(suggestSkills(index, 'CPR', { lang: 'en' }), []);
  assert.equal(suggestSkills(index, 'first aid', { lang: 'en' })[0]?.id, 'esco:first-aid');
  // A page asks for them at a miss: nothing is fetched, nothing fails.
  const page = await loadIndex(pathToFileURL(`${dir}/`), { lang: 'en' });
  const asked: string[] = [];
  await loadLabels(page, 'en', {
    otherNames: true,
    fetch: async (input) => {
      asked.push(String(input));
      return new Response('');
    },
  });
  assert.deepEqual(asked, []);
});

test('an OaSIS skill ESCO names alike gets that ESCO skill’s English names when the index does not keep it', () => {
  const oasis: SkillDef = { id: 'oasis:G01a01', kind: 'knowledge', label: { en: 'Accounting', fr: 'Comptabilité' } };
  const esco: SkillDef = {
    id: 'esco:accounting',
    kind: 'detail',
    label: { en: 'accounting', fr: 'comptabilité' },
    alt: { en: ['bookkeeping'], fr: ['tenue des comptes'] },
  };
  const other: SkillDef = { id: 'oasis:G01a02', kind: 'knowledge', label: { en: 'Business administration', fr: '' } };
  assert.deepEqual(withBorrowedNames([oasis, other], [oasis, esco, other]), [{ ...oasis, alt: { en: ['bookkeeping'] } }, other]);
  // Kept, the ESCO skill brings them itself (and is one suggestion with its OaSIS twin).
  assert.deepEqual(withBorrowedNames([oasis, esco], [oasis, esco]), [oasis, esco]);
});
