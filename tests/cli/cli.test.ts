import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { ManifestSchema, ProgramSchema, type IndexManifest } from '../../src/core/schema.js';
import { run } from '../../src/cli/main.js';

import { fixtureSources } from './fixture-sources.js';
const FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../sample/', import.meta.url));

function cli(args: string[]): { code: number; stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = run(args, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout, stderr };
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'microcred-cli-'));
}

function build(out: string, extra: string[] = []) {
  return cli(['build-index', '--sources', fixtureSources(), '--programs', `${FIXTURES}programs.csv`, '--out', out, '--json', ...extra]);
}

test('builds the fixture index and prints one JSON summary line', () => {
  process.env.SOURCE_DATE_EPOCH = '1767225600';
  const out = tmp();
  const { code, stdout, stderr } = build(out);
  assert.equal(code, 0, stderr.join('\n'));
  assert.equal(stdout.length, 1);
  const summary = JSON.parse(stdout[0]!);
  assert.deepEqual(
    { ...summary, files: summary.files.map((f: { path: string }) => f.path) },
    {
      occupations: 3, titles: { en: 9, fr: 5 }, skills: summary.skills, programs: 14, programsTagged: 13,
      warnings: stderr.length - 1, files: ['index.json', 'titles.en.tsv', 'titles.fr.tsv', 'programs.ndjson'],
    },
  );
  for (const f of summary.files) assert.equal(readFileSync(join(out, f.path)).length, f.bytes);
  // Warnings are file:line: field: reason lines; the last line lists unmapped tags.
  assert.ok(stderr.includes('programs.csv:10: region: "ER99" is not a known region code (ER00, ER35, ER3510-ER3595); left empty'));
  assert.match(stderr.at(-1)!, /^unmapped skill tags: \d+ distinct; most frequent: Basket weaving \(1\)/);
});

test('the written files match the schema and the manifest describes them exactly', () => {
  process.env.SOURCE_DATE_EPOCH = '1767225600';
  const out = tmp();
  build(out);
  const manifest = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as IndexManifest;
  assert.ok(v.safeParse(ManifestSchema, manifest).success);
  assert.equal(manifest.builtAt, '2026-01-01');
  assert.equal(manifest.sample, false);
  for (const ref of [manifest.files.titles.en, manifest.files.titles.fr, manifest.files.programs]) {
    const bytes = readFileSync(join(out, ref.path));
    assert.equal(bytes.length, ref.bytes, ref.path);
    assert.equal(createHash('sha256').update(bytes).digest('hex'), ref.sha256, ref.path);
    assert.equal(bytes.toString('utf8').split('\n').filter(Boolean).length, ref.count, ref.path);
  }
  const lines = readFileSync(join(out, 'titles.en.tsv'), 'utf8').trimEnd().split('\n');
  assert.deepEqual(lines[1]!.split('\t'), ['21232', 'Software developers and programmers', 'application programmer', 'Programmer analyst', 'Software developer']);
  const fr = readFileSync(join(out, 'titles.fr.tsv'), 'utf8').split('\n')[1]!.split('\t');
  assert.deepEqual(fr, ['21232', 'Développeurs/développeuses et programmeurs/programmeuses de logiciels', 'Programmeur/programmeuse']);
  const programs = readFileSync(join(out, 'programs.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
  for (const p of programs) assert.ok(v.safeParse(ProgramSchema, p).success, p.id);
  assert.deepEqual(programs.map((p) => p.id), [...programs.map((p) => p.id)].sort());
  const good = programs.find((p) => p.id === 'good-1');
  assert.deepEqual(good.skills.map((i: number) => manifest.skills[i]!.id).sort(), [
    'esco:python-computer-programming', 'esco:sql',
  ]);
  const osap = programs.find((p) => p.id === 'bad-osap');
  assert.equal(osap.tagging, 'text');
  // Every vocabulary entry is used by an occupation or a program.
  const used = new Set<number>([...manifest.occupations.flatMap((o) => o.skills.map(([i]) => i)), ...programs.flatMap((p) => p.skills)]);
  assert.equal(used.size, manifest.skills.length);
  const nurses = manifest.occupations.find((o) => o.code === '31301')!;
  assert.equal(nurses.teer, 1);
  assert.equal(nurses.broad, 3);
  const weights = nurses.skills.map(([, w]) => w);
  assert.deepEqual(weights, [...weights].sort((a, b) => b - a));
  assert.ok(weights.every((w) => w > 0 && w <= 1));
});

test('rebuilding the same inputs gives byte-identical files', () => {
  process.env.SOURCE_DATE_EPOCH = '1767225600';
  const a = tmp();
  const b = tmp();
  build(a);
  build(b);
  for (const name of ['index.json', 'titles.en.tsv', 'titles.fr.tsv', 'programs.ndjson']) {
    assert.ok(readFileSync(join(a, name)).equals(readFileSync(join(b, name))), name);
  }
});

test('--strict exits 1 on row warnings and writes nothing', () => {
  const out = join(tmp(), 'strict');
  const { code, stderr } = build(out, ['--strict']);
  assert.equal(code, 1);
  assert.match(stderr.at(-1)!, /row warnings and --strict is set; nothing written/);
  assert.equal(existsSync(out), false);
});

test('a missing required column exits 2 naming the file and the column', () => {
  const dir = tmp();
  cpSync(fixtureSources(), dir, { recursive: true });
  const file = join(dir, 'noc2021/noc_2021_version_1.0_-_classification_structure.csv');
  writeFileSync(file, readFileSync(file, 'utf8').replace('Class title', 'Title'));
  const { code, stderr } = cli(['build-index', '--sources', dir, '--out', join(dir, 'out')]);
  assert.equal(code, 2);
  assert.match(stderr.join('\n'), /noc_2021_version_1\.0_-_classification_structure\.csv: required column "Class title" is missing/);
});

test('a missing required source or bad arguments exit 2 with what to do', () => {
  const missing = cli(['build-index', '--sources', `${FIXTURES}nowhere`, '--out', tmp()]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr[0]!, /required NOC 2021 structure file not found .* Download/);
  assert.equal(cli(['build-index', '--out', tmp()]).code, 2);
  assert.match(cli(['build-index', '--sources', 'x', '--out', 'y', '--programs-format', 'xml']).stderr[0]!, /canonical or coursera/);
  assert.match(cli(['frobnicate']).stderr[0]!, /unknown command "frobnicate"/);
  assert.match(cli(['build-index', '--sources', 'x', '--out', 'y', '--programs-format', 'coursera']).stderr[0]!, /needs --programs/);
});

test('the sample sources build a sample index whose sources say so', () => {
  const out = tmp();
  const { code, stdout } = cli(['build-index', '--sources', `${SAMPLE}sources`, '--programs', `${SAMPLE}programs.csv`, '--out', out, '--json', '--strict']);
  assert.equal(code, 0);
  const summary = JSON.parse(stdout[0]!);
  assert.ok(summary.occupations >= 30);
  assert.ok(summary.programs >= 60);
  assert.equal(summary.programsTagged, summary.programs);
  const manifest = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as IndexManifest;
  assert.equal(manifest.sample, true);
  assert.ok(manifest.sources.every((s) => /Sample data/.test(s.name.en) && /exemple/i.test(s.name.fr)));
  assert.ok(manifest.occupations.every((o) => o.title.fr !== '' && o.lmi !== null));
});

test('the core loader accepts what the builder writes, titles of both languages included', async () => {
  const { loadIndexFromDir } = await import('../../src/cli/read-index.js');
  const out = tmp();
  build(out);
  const index = await loadIndexFromDir(out, ['en', 'fr']);
  assert.deepEqual([...index.occupations.keys()], ['00010', '21232', '31301']);
  assert.equal(index.programs.length, 14);
  assert.deepEqual(Object.keys(index.titles).sort(), ['en', 'fr']);
});

test('--help prints the usage on stdout and exits 0', () => {
  const { code, stdout, stderr } = cli(['--help']);
  assert.equal(code, 0);
  assert.match(stdout.join('\n'), /^Usage: microcred build-index --sources DIR/);
  assert.deepEqual(stderr, []);
});
