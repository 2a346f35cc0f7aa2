import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import type { IndexFile } from '../../src/core/index-format/schema.js';
import { IndexFileSchema } from '../../src/core/index-format/decode-occupations.js';
import { ProgramSchema } from '../../src/core/index-format/decode-programs.js';
import { loadIndexFromDir } from '../../src/cli/read-index.js';
import { recommend } from '../../src/core/rank/rank.js';
import { run } from '../../src/cli/main.js';

import { fixtureSources } from './fixture-sources.js';
const FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../sample/', import.meta.url));

async function cli(args: string[]): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await run(args, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout, stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'microcred-cli-'));
}

function build(out: string, extra: string[] = []): ReturnType<typeof cli> {
  return cli(['build-index', '--sources', fixtureSources(), '--programs', `${FIXTURES}programs.csv`, '--out', out, '--json', ...extra]);
}

test('builds the fixture index and prints one JSON summary line', async () => {
  process.env.SOURCE_DATE_EPOCH = '1767225600';
  const out = tmp();
  const { code, stdout, stderr } = await build(out);
  assert.equal(code, 0, stderr.join('\n'));
  assert.equal(stdout.length, 1);
  const summary = JSON.parse(stdout[0]!);
  assert.deepEqual(
    { ...summary, files: summary.files.map((f: { path: string }) => f.path).sort() },
    {
      occupations: 3,
      titles: { en: 9, fr: 5 },
      skills: summary.skills,
      programs: 14,
      programsTagged: 13,
      warnings: stderr.length - 1,
      files: [
        'catalogue.txt',
        'index.json',
        'labels.en.txt',
        'labels.fr.txt',
        // The skills' other English names (ESCO's alternative labels), apart from labels.en.txt.
        'names.en.txt',
        'programs.txt',
        'summaries.en.txt',
        'summaries.fr.txt',
        'titles.en.tsv',
        'titles.fr.tsv',
      ],
    },
  );
  for (const f of summary.files) assert.equal(readFileSync(join(out, f.path)).length, f.bytes);
  // Warnings are file:line: field: reason lines; the last line lists unmapped tags.
  assert.ok(stderr.includes('programs.csv:10: region: "ER99" is not a known region code (ER00, ER35, ER3510-ER3595); left empty'));
  assert.match(stderr.at(-1)!, /^unmapped skill tags: \d+ distinct; most frequent: Basket weaving \(1\)/);
});

test('the written files match the schema and the manifest describes them exactly', async () => {
  process.env.SOURCE_DATE_EPOCH = '1767225600';
  const out = tmp();
  await build(out);
  const file = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as IndexFile;
  assert.ok(v.safeParse(IndexFileSchema, file).success);
  assert.equal(file.builtAt, '2026-01-01');
  assert.equal(file.sample, false);
  const refs = [file.files.labels.en, file.files.labels.fr, file.files.titles.en, file.files.titles.fr, file.files.programs];
  for (const ref of refs) {
    const bytes = readFileSync(join(out, ref.path));
    assert.equal(bytes.length, ref.bytes, ref.path);
    assert.equal(createHash('sha256').update(bytes).digest('hex'), ref.sha256, ref.path);
  }
  // Titles files: one line per occupation, without the official title (it is in the labels).
  const lines = readFileSync(join(out, 'titles.en.tsv'), 'utf8').trimEnd().split('\n');
  assert.equal(lines.length, file.files.titles.en.count);
  assert.deepEqual(lines[1]!.split('\t'), ['21232', 'application programmer', 'Programmer analyst', 'Software developer']);
  const fr = readFileSync(join(out, 'titles.fr.tsv'), 'utf8').split('\n')[1]!.split('\t');
  assert.deepEqual(fr, ['21232', 'Programmeur/programmeuse']);
  // What a page reads back: the loader's view of the same files.
  const index = await loadIndexFromDir(out, ['en', 'fr']);
  const manifest = index.manifest;
  assert.equal(manifest.occupations.find((o) => o.code === '21232')?.title.fr, 'Développeurs/développeuses et programmeurs/programmeuses de logiciels');
  const programs = [...index.programs];
  assert.equal(programs.length, file.files.programs.count);
  for (const p of programs) assert.ok(v.safeParse(ProgramSchema, p).success, p.id);
  // Grouped by provider, then by id.
  const key = (p: { provider: string; id: string }) => `${p.provider}\u0000${p.id}`;
  assert.deepEqual(programs.map(key), programs.map(key).sort());
  const good = programs.find((p) => p.id === 'good-1')!;
  assert.deepEqual(good.skills.map((i: number) => manifest.skills[i]!.id).sort(), ['esco:python-computer-programming', 'esco:sql']);
  const osap = programs.find((p) => p.id === 'bad-osap')!;
  assert.equal(osap.tagging, 'text');
  // Every vocabulary entry is used by an occupation or a program.
  const used = new Set<number>([...manifest.occupations.flatMap((o) => o.skills.map(([i]) => i)), ...programs.flatMap((p) => p.skills)]);
  assert.equal(used.size, manifest.skills.length);
  const nurses = manifest.occupations.find((o) => o.code === '31301')!;
  assert.equal(nurses.teer, 1);
  assert.equal(nurses.broad, 3);
  const weights = nurses.skills.map(([, w]) => w);
  assert.deepEqual(
    weights,
    [...weights].sort((a, b) => b - a),
  );
  assert.ok(weights.every((w) => w > 0 && w <= 1));
});

test('rebuilding the same inputs gives byte-identical files', async () => {
  process.env.SOURCE_DATE_EPOCH = '1767225600';
  const a = tmp();
  const b = tmp();
  await build(a);
  await build(b);
  for (const name of ['index.json', 'labels.en.txt', 'labels.fr.txt', 'titles.en.tsv', 'titles.fr.tsv', 'programs.txt']) {
    assert.ok(readFileSync(join(a, name)).equals(readFileSync(join(b, name))), name);
  }
});

test('--strict exits 1 on row warnings and writes nothing', async () => {
  const out = join(tmp(), 'strict');
  const { code, stderr } = await build(out, ['--strict']);
  assert.equal(code, 1);
  assert.match(stderr.at(-1)!, /row warnings and --strict is set; nothing written/);
  assert.equal(existsSync(out), false);
});

test('a missing required column exits 2 naming the file and the column', async () => {
  const dir = tmp();
  cpSync(fixtureSources(), dir, { recursive: true });
  const file = join(dir, 'noc2021/noc_2021_version_1.0_-_classification_structure.csv');
  writeFileSync(file, readFileSync(file, 'utf8').replace('Class title', 'Title'));
  const { code, stderr } = await cli(['build-index', '--sources', dir, '--out', join(dir, 'out')]);
  assert.equal(code, 2);
  assert.match(
    stderr.join('\n'),
    /noc_2021_version_1\.0_-_classification_structure\.csv: required column "Class title" is missing .* Download the official file again or rename the column\./,
  );
});

test('a missing required source or bad arguments exit 2 with what to do', async () => {
  const missing = await cli(['build-index', '--sources', `${FIXTURES}nowhere`, '--out', tmp()]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr[0]!, /required NOC 2021 structure file not found .* Download/);
  assert.equal((await cli(['build-index', '--out', tmp()])).code, 2);
  assert.match((await cli(['build-index', '--sources', 'x', '--out', 'y', '--programs-format', 'xml'])).stderr[0]!, /canonical or coursera/);
  assert.match((await cli(['frobnicate'])).stderr[0]!, /unknown command "frobnicate"/);
  assert.match((await cli(['build-index', '--sources', 'x', '--out', 'y', '--programs-format', 'coursera'])).stderr[0]!, /needs --programs/);
});

test('--sample builds from the sample sources and catalogue beside the CLI, the same index as naming them', async () => {
  process.env.SOURCE_DATE_EPOCH = '1767225600';
  const [named, sample] = [tmp(), tmp()];
  assert.equal((await cli(['build-index', '--sources', `${SAMPLE}sources`, '--programs', `${SAMPLE}programs.csv`, '--out', named])).code, 0);
  assert.equal((await cli(['build-index', '--sample', '--out', sample])).code, 0);
  assert.ok(readFileSync(join(named, 'index.json')).equals(readFileSync(join(sample, 'index.json'))));
  const both = await cli(['build-index', '--sample', '--sources', `${SAMPLE}sources`, '--out', tmp()]);
  assert.equal(both.code, 2);
  assert.match(both.stderr[0]!, /--sample stands for --sources and --programs/);
});

test('sample sources that were never generated: the error says to run npm run sample-sources', async () => {
  const { code, stderr } = await cli(['build-index', '--sources', join(tmp(), 'sample', 'sources'), '--out', tmp()]);
  assert.equal(code, 2);
  assert.match(stderr[0]!, /sample[/\\]sources: the sample sources are not there\. .* run `npm run sample-sources` first\./);
});

test('the sample sources build a sample index whose sources say so', async () => {
  const out = tmp();
  const { code, stdout } = await cli([
    'build-index',
    '--sources',
    `${SAMPLE}sources`,
    '--programs',
    `${SAMPLE}programs.csv`,
    '--out',
    out,
    '--json',
    '--strict',
  ]);
  assert.equal(code, 0);
  const summary = JSON.parse(stdout[0]!);
  assert.ok(summary.occupations >= 30);
  assert.ok(summary.programs >= 60);
  assert.equal(summary.programsTagged, summary.programs);
  const { manifest } = await loadIndexFromDir(out, ['en', 'fr']);
  assert.equal(manifest.sample, true);
  assert.ok(manifest.sources.every((s) => /Sample data/.test(s.name.en) && /exemple/i.test(s.name.fr)));
  // The names say it in each language; the vintage of the figures' sources, shown after
  // "Source :" on French pages too, holds no English word.
  const cited = manifest.sources.filter((s) => s.id !== 'sample');
  assert.ok(cited.length >= 3);
  assert.deepEqual(
    cited.filter((s) => /sample/i.test(s.vintage)).map((s) => s.vintage),
    [],
  );
  assert.ok(manifest.occupations.every((o) => o.title.fr !== '' && o.lmi !== null));
});

test('the sample sources give every occupation a few OaSIS-style main duties', () => {
  const text = readFileSync(`${SAMPLE}sources/oasis2023/main-duties_oasis-2023_v1.0.csv`, 'utf8');
  const [header, ...rows] = text.split('\n').filter((l) => l !== '');
  assert.equal(header, '\ufeffOaSIS profile code,Main duties');
  const perUnit = new Map<string, number>();
  for (const row of rows) {
    const unit = /^(\d{5})\.\d{2},/.exec(row)?.[1];
    assert.ok(unit, row);
    perUnit.set(unit, (perUnit.get(unit) ?? 0) + 1);
  }
  assert.equal(perUnit.size, 32);
  for (const [unit, n] of perUnit) assert.ok(n >= 4 && n <= 6, `${unit}: ${n} duties`);
});

test('the sample index recommends the sample programs that plainly fit an occupation', async () => {
  const out = tmp();
  const { code, stderr } = await cli(['build-index', '--sources', `${SAMPLE}sources`, '--programs', `${SAMPLE}programs.csv`, '--out', out]);
  assert.equal(code, 0, stderr.join('\n'));
  const index = await loadIndexFromDir(out, ['en']);
  const ids = (occupation: string) => recommend(index, { occupation, lang: 'en', limit: 50 }).map((r) => r.program.id);
  const fits: Array<[string, string[]]> = [
    ['13110', ['os-admin']], // administrative assistants: the Administrative Professional Toolkit
    ['33102', ['ns-psw', 'dr-soins']], // nurse aides: the PSW bridging and upgrade courses
    ['31301', ['fc-rn-refresher', 'fc-iep', 'fc-rn-assessment']], // registered nurses: re-entry, bridging, health assessment
    ['72106', ['lp-weld-101', 'lp-weld-201', 'ns-welding-upgrade']],
    ['21232', ['rv-java', 'lp-web-dev', 'lp-python-intro']],
    ['42202', ['fc-ece-infant', 'fc-ece-inclusion', 'dr-educ']],
  ];
  for (const [occupation, programs] of fits) {
    const got = ids(occupation);
    for (const id of programs) assert.ok(got.includes(id), `${occupation} gets ${id}: ${got.join(', ')}`);
  }
  assert.equal(ids('33102')[0], 'ns-psw', 'nurse aides: the PSW course comes before the nursing ones');
});

test('the core loader accepts what the builder writes, titles of both languages included', async () => {
  const out = tmp();
  await build(out);
  const index = await loadIndexFromDir(out, ['en', 'fr']);
  assert.deepEqual([...index.occupations.keys()], ['00010', '21232', '31301']);
  assert.equal(index.programs.length, 14);
  assert.deepEqual(Object.keys(index.titles).sort(), ['en', 'fr']);
});

test('building again into a folder removes the quote files this build has none for, and nothing else', async () => {
  const out = tmp();
  writeFileSync(join(out, 'quotes.72106.txt'), '0\tfrom an earlier build\n');
  writeFileSync(join(out, 'notes.txt'), 'kept\n');
  const { code, stderr } = await build(out);
  assert.equal(code, 0, stderr.join('\n'));
  assert.ok(!existsSync(join(out, 'quotes.72106.txt')));
  assert.equal(readFileSync(join(out, 'notes.txt'), 'utf8'), 'kept\n');
  const index = await loadIndexFromDir(out, ['en']);
  assert.equal(index.programs.length, 14);
});

test('with no arguments, prints the usage on stderr and exits 2', async () => {
  const { code, stdout, stderr } = await cli([]);
  assert.equal(code, 2);
  assert.deepEqual(stdout, []);
  assert.match(stderr.join('\n'), /^microcred: error: no command given\.\nUsage: microcred build-index --sources DIR/);
});

test('--version prints the package version and exits 0', async () => {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  for (const flag of ['--version', '-v']) {
    const { code, stdout, stderr } = await cli([flag]);
    assert.equal(code, 0, flag);
    assert.deepEqual(stdout, [version]);
    assert.deepEqual(stderr, []);
  }
});

test('a program catalogue missing its required columns is told, in one error on line 1, to add them to the catalogue', async () => {
  const dir = tmp();
  const catalogue = join(dir, 'programs.csv');
  writeFileSync(catalogue, readFileSync(`${FIXTURES}programs.csv`, 'utf8').replace('id,title_en,title_fr', 'code,title,titre'));
  const { code, stderr } = await cli(['build-index', '--sources', fixtureSources(), '--programs', catalogue, '--out', join(dir, 'out')]);
  assert.equal(code, 2);
  const message = stderr.join('\n');
  assert.match(
    message,
    /programs\.csv:1: id, title_en: required columns "id" and "title_en" or "title_fr" are missing \(header has: code, title, titre, .*\); add them to your catalogue, or rename the columns that hold them \(docs\/program-catalogue\.md lists the columns\)/,
  );
  assert.doesNotMatch(message, /official/);
  assert.equal(existsSync(join(dir, 'out')), false);
});

test('a catalogue with only the columns the docs require builds, the others read as empty', async () => {
  const dir = tmp();
  const catalogue = join(dir, 'programs.csv');
  writeFileSync(catalogue, 'id,title_en,url,hours\nweld-101,Welding Fundamentals,https://example.org/weld,120\n');
  const args = ['build-index', '--sources', fixtureSources(), '--programs', catalogue, '--out', join(dir, 'out'), '--json'];
  const { code, stdout, stderr } = await cli(args);
  assert.equal(code, 0, stderr.join('\n'));
  assert.equal((JSON.parse(stdout[0]!) as { programs: number }).programs, 1);
  assert.deepEqual(
    stderr.filter((line) => line.includes('programs.csv')),
    [],
  );
});

test('--help prints the usage on stdout and exits 0', async () => {
  const { code, stdout, stderr } = await cli(['--help']);
  assert.equal(code, 0);
  assert.match(stdout.join('\n'), /^Usage: microcred build-index --sources DIR/);
  assert.deepEqual(stderr, []);
});
