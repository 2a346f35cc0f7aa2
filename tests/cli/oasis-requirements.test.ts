import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceContext } from '../../src/cli/context.js';
import { Diagnostics, formatWarning } from '../../src/core/catalogue/diagnostics.js';
import { readOasis } from '../../src/cli/sources/oasis.js';
import { GluedWords, groupRequirements } from '../../src/cli/sources/oasis-requirements.js';

const UNITS = new Set(['31301', '62200', '72106']);

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function sources(files: Record<string, string[]>): SourceContext {
  const dir = mkdtempSync(join(tmpdir(), 'mc-requirements-'));
  made.push(dir);
  mkdirSync(join(dir, 'oasis2023'));
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, 'oasis2023', name), `${lines.join('\n')}\n`);
  return { dir, diag: new Diagnostics() };
}

test('words run together where the published file lost a line break are read apart; real words are not', () => {
  const texts = [
    'A college program orprevious clerical experience is required.',
    'Previous experience ora college program.',
    'An organization or order of the ordinary.',
    'Graduation, a degree orGraduation; a deal or an ordeal.',
  ];
  const glued = new GluedWords(texts, ['Duties: deal with an ordeal.']);
  assert.equal(glued.repair(texts[0]!, 2), 'A college program or previous clerical experience is required.');
  assert.equal(glued.repair(texts[1]!, 3), 'Previous experience or a college program.');
  assert.equal(glued.repair(texts[2]!, 4), texts[2], '"organization", "order" and "ordinary": no word follows "or"');
  assert.equal(
    glued.repair(texts[3]!, 5),
    'Graduation, a degree or Graduation; a deal or an ordeal.',
    'a capital after "or"; "ordeal" is a word of the other texts',
  );
  const diag = new Diagnostics();
  glued.report({ dir: '', diag }, 'oasis2023/x.csv', 'Employment requirement');
  assert.deepEqual(diag.warnings.map(formatWarning), [
    'oasis2023/x.csv:2: Employment requirement: "orprevious" read as two words (and 2 more words run together)',
  ]);
});

test('a sentence every profile states holds for the occupation; others say whom they hold for, or not', () => {
  const names = new Map([
    ['31301.01', 'General duty registered nurses'],
    ['31301.02', 'Occupational health nurses'],
    ['31301.03', 'Registered psychiatric nurses'],
  ]);
  const line = (profile: string, text: string, n: number) => ({ profile, text, line: n });
  const heard: string[] = [];
  const groups = groupRequirements(
    [
      line('31301.01', 'A nursing program.', 2),
      line('31301.01', 'Registration in all provinces.', 3),
      line('31301.02', 'A nursing program.', 4),
      line('31301.02', 'Registration in all provinces.', 5),
      line('31301.02', 'Registration in all provinces.', 6),
      line('31301.03', 'A nursing program.', 7),
      line('31301.03', 'Registration in five provinces.', 8),
      line('72106.01', 'Secondary school.', 9),
      line('62200.07', 'Red Seal.', 10),
    ],
    names,
    (profile, at) => heard.push(`${profile}@${at}`),
  );
  assert.deepEqual(groups.get('31301'), [
    { items: ['A nursing program.'] },
    { except: ['Registered psychiatric nurses'], items: ['Registration in all provinces.'] },
    { only: ['Registered psychiatric nurses'], items: ['Registration in five provinces.'] },
  ]);
  assert.deepEqual(groups.get('72106'), [{ items: ['Secondary school.'] }], 'one profile: the whole occupation');
  assert.deepEqual(groups.get('62200'), [{ items: ['Red Seal.'] }]);
  assert.deepEqual(heard, [], 'a unit with one profile names none');
});

test('a profile the names file lists with no sentence keeps the others from holding for the whole occupation', () => {
  const names = new Map([
    ['72106.01', 'Welders'],
    ['72106.02', 'Welding machine operators'],
  ]);
  const heard: string[] = [];
  const groups = groupRequirements([{ profile: '72106.01', text: 'Trade certification.', line: 2 }], names, (p, at) => heard.push(`${p}@${at}`));
  assert.deepEqual(groups.get('72106'), [{ only: ['Welders'], items: ['Trade certification.'] }]);
  const unnamed = groupRequirements(
    [
      { profile: '72106.01', text: 'Trade certification.', line: 2 },
      { profile: '72106.02', text: 'On-the-job training.', line: 3 },
      { profile: '72106.03', text: 'On-the-job training.', line: 4 },
    ],
    new Map(),
    (p, at) => heard.push(`${p}@${at}`),
  );
  assert.deepEqual(unnamed.get('72106'), [
    { only: ['72106.01'], items: ['Trade certification.'] },
    { except: ['72106.01'], items: ['On-the-job training.'] },
  ]);
  assert.deepEqual(heard, ['72106.01@2'], 'an unnamed profile told once, at its first line, though named twice');
});

test('readOasis reads the requirements with the profiles’ names, and names a bad row by file, line and field', () => {
  const ctx = sources({
    'labels_oasis_2023_v1.0.csv': ['\uFEFFOaSIS profile code,Label', '31301.01,General duty registered nurses', '31301.02,"Registered  psychiatric nurses"'],
    'employment-requirements_oasis_2023_v1.0.csv': [
      '\uFEFFOaSIS profile code,Employment requirement',
      '31301.01,A nursing program orprevious experience.',
      '31301.02,Previous experience in psychiatry.',
      '31301.02,',
      '99999.00,Nothing.',
    ],
  });
  const oasis = readOasis(ctx, UNITS);
  assert.deepEqual(oasis.requirements.get('31301'), [
    { only: ['General duty registered nurses'], items: ['A nursing program or previous experience.'] },
    { only: ['Registered psychiatric nurses'], items: ['Previous experience in psychiatry.'] },
  ]);
  const m = ctx.diag.warnings.map(formatWarning);
  const file = 'oasis2023/employment-requirements_oasis_2023_v1.0.csv';
  assert.ok(m.includes(`${file}:4: Employment requirement: empty requirement ignored`), m.join('\n'));
  assert.ok(
    m.some((w) => w.startsWith(`${file}:5: OaSIS profile code: "99999.00"`)),
    m.join('\n'),
  );
  assert.ok(m.includes(`${file}:2: Employment requirement: "orprevious" read as two words`), m.join('\n'));
});
