/**
 * The Canadian French names of ESCO skills: each sourced, each for a real ESCO skill, and none
 * a French label ESCO already has (then the table would not be needed for it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CANADIAN_FRENCH } from '../../src/cli/sources/esco-canadian-french.js';
import { ESCO_FILES, otherNames } from '../../src/cli/sources/esco.js';
import { Columns, field, readCsv } from '../../src/cli/csv.js';
import { fold } from '../../src/core/text/index.js';
import { DATA_DIR } from '../../eval/real-index.js';

test('Canadian French names: few, each with its source, one entry per ESCO skill', () => {
  assert.ok(CANADIAN_FRENCH.length > 0 && CANADIAN_FRENCH.length <= 12, `${CANADIAN_FRENCH.length} entries: keep the table short`);
  assert.equal(new Set(CANADIAN_FRENCH.map((e) => e.uri)).size, CANADIAN_FRENCH.length);
  for (const entry of CANADIAN_FRENCH) {
    assert.match(entry.uri, /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/);
    assert.ok(entry.names.length > 0 && entry.source.length > 10, entry.skill);
  }
});

test('other names: each once whatever its capitals and accents, never the label itself, one line each', () => {
  assert.deepEqual(otherNames('premiers secours', ['premiers soins', 'Premiers  soins', 'premiers secours', ' secourisme\n', 'Secourisme']), [
    'premiers soins',
    'secourisme',
  ]);
  assert.deepEqual(otherNames('', ['RCR']), ['RCR']);
});

const skillsEn = join(DATA_DIR, ESCO_FILES.skills);
test(
  'Canadian French names: each ESCO skill is in ESCO v1.1.1 as named, and no name is already one of ESCO’s French labels',
  { skip: existsSync(skillsEn) ? false : `the real data is not at ${DATA_DIR} (set MICROCRED_DATA)` },
  () => {
    const en = readCsv(skillsEn, ESCO_FILES.skills);
    const enCols = new Columns(en);
    const labelOf = new Map(en.rows.map((row) => [field(row, enCols.require('conceptUri')), field(row, enCols.require('preferredLabel'))]));
    const fr = readCsv(join(DATA_DIR, ESCO_FILES.frLabels), ESCO_FILES.frLabels);
    const frCols = new Columns(fr);
    const french = new Set<string>();
    for (const row of fr.rows) {
      french.add(fold(field(row, frCols.require('preferredLabel'))));
      for (const alt of field(row, frCols.require('altLabels')).split('|')) french.add(fold(alt));
    }
    for (const entry of CANADIAN_FRENCH) {
      assert.equal(labelOf.get(entry.uri), entry.skill, entry.uri);
      for (const name of entry.names) assert.ok(!french.has(fold(name)), `« ${name} » is already an ESCO French label`);
    }
  },
);
