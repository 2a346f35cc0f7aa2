#!/usr/bin/env node
/**
 * `microcred build-index`: builds the index a page loads, from the official open data
 * and a program catalogue. Exit codes: 0 built (or `--help`, `--version`), 1 warnings under
 * --strict, 2 bad input (missing file or column, bad arguments, no command: the usage on
 * stderr, as command-line tools do).
 */
import { existsSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex, summarize, type BuildOptions } from './build.js';
import { BuildError, formatWarning } from '../core/catalogue/index.js';
import { writeIndex } from './writer.js';
import { VERSION } from '../version.js';

const USAGE = `Usage: microcred build-index --sources DIR [--programs FILE]
         [--programs-format canonical|coursera] --out DIR [--json] [--strict]
       microcred build-index --sample --out DIR [--json] [--strict]
       microcred --help | --version

  --sources DIR          folder laid out like the official downloads (noc2021/, oasis2023/, ...)
  --programs FILE        program catalogue (.csv or .json, see docs/program-catalogue.md)
  --sample               the package's own sample sources and catalogue (invented figures)
  --programs-format F    canonical (default) or coursera
  --out DIR              where index.json, labels.{en,fr}.txt, titles.{en,fr}.tsv, programs.txt go
  --json                 print one JSON summary line on stdout
  --strict               exit 1 when any row has a warning (nothing is written)`;

export interface CliArgs extends BuildOptions {
  out: string;
  json: boolean;
  strict: boolean;
}

/**
 * The sample data beside `dist/` in the package (and beside `src/` in a clone): the sources
 * `npm run sample-sources` writes, which the package carries, and the sample catalogue.
 */
const SAMPLE = fileURLToPath(new URL('../../sample/', import.meta.url));
export const SAMPLE_SOURCES = join(SAMPLE, 'sources');
export const SAMPLE_PROGRAMS = join(SAMPLE, 'programs.csv');

/**
 * `--sample` as the two paths it stands for; a sample sources folder that is not there (a
 * clone where `npm run sample-sources` has not run: its output is not committed) is an error
 * that says so, rather than the first of its files not found.
 */
function withSample(args: Partial<CliArgs>, sample: boolean): void {
  if (sample) {
    if (args.sources || args.programs) throw new BuildError('--sample stands for --sources and --programs: give one or the other.');
    args.sources = SAMPLE_SOURCES;
    args.programs = SAMPLE_PROGRAMS;
  }
  if (args.sources && /(^|[\\/])sample[\\/]sources[\\/]?$/.test(args.sources) && !existsSync(args.sources)) {
    throw new BuildError(
      `${args.sources}: the sample sources are not there. They are generated, not committed: in a clone of the repository, run \`npm run sample-sources\` first.`,
    );
  }
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command !== 'build-index') throw new BuildError(`unknown command "${command ?? ''}".\n${USAGE}`);
  const args: Partial<CliArgs> = { json: false, strict: false };
  let sample = false;
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    const value = (): string => {
      const next = rest[++i];
      if (next === undefined || next.startsWith('--')) throw new BuildError(`${flag} needs a value.\n${USAGE}`);
      return next;
    };
    switch (flag) {
      case '--sources':
        args.sources = value();
        break;
      case '--programs':
        args.programs = value();
        break;
      case '--programs-format': {
        const format = value();
        if (format !== 'canonical' && format !== 'coursera') {
          throw new BuildError(`--programs-format must be canonical or coursera, not "${format}".`);
        }
        args.programsFormat = format;
        break;
      }
      case '--out':
        args.out = value();
        break;
      case '--sample':
        sample = true;
        break;
      case '--json':
        args.json = true;
        break;
      case '--strict':
        args.strict = true;
        break;
      default:
        throw new BuildError(`unknown option "${flag}".\n${USAGE}`);
    }
  }
  withSample(args, sample);
  if (!args.sources) throw new BuildError(`--sources (or --sample) is required.\n${USAGE}`);
  if (!args.out) throw new BuildError(`--out is required.\n${USAGE}`);
  if (args.programsFormat && !args.programs) throw new BuildError('--programs-format needs --programs FILE.');
  return args as CliArgs;
}

interface Io {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/** Runs the CLI; returns the exit code instead of exiting, for tests. */
export async function run(
  argv: readonly string[],
  io: Io = { stdout: (l) => process.stdout.write(`${l}\n`), stderr: (l) => process.stderr.write(`${l}\n`) },
): Promise<number> {
  if (argv.some((a) => a === '--help' || a === '-h' || a === 'help')) {
    io.stdout(USAGE);
    return 0;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.stdout(VERSION);
    return 0;
  }
  if (argv.length === 0) {
    io.stderr(`microcred: error: no command given.\n${USAGE}`);
    return 2;
  }
  try {
    const args = parseArgs(argv);
    const result = buildIndex(args);
    for (const w of result.diag.warnings) io.stderr(formatWarning(w));
    if (result.unmappedTags.length > 0) {
      const top = result.unmappedTags
        .slice(0, 20)
        .map(([tag, n]) => `${tag} (${n})`)
        .join(', ');
      io.stderr(`unmapped skill tags: ${result.unmappedTags.length} distinct; most frequent: ${top}`);
    }
    const rowWarnings = result.diag.rowWarnings;
    if (args.strict && rowWarnings > 0) {
      io.stderr(`microcred: ${rowWarnings} row warnings and --strict is set; nothing written.`);
      return 1;
    }
    const files = await writeIndex(result, resolve(args.out));
    const summary = { ...summarize(result), files };
    if (args.json) io.stdout(JSON.stringify(summary));
    else {
      io.stdout(
        `Built ${summary.occupations} occupations, ${summary.titles.en} English and ${summary.titles.fr} French titles, ` +
          `${summary.skills} skills, ${summary.programs} programs (${summary.programsTagged} tagged), ` +
          `${summary.warnings} warnings -> ${args.out}`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof BuildError) {
      io.stderr(`microcred: error: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

// npm links the bin through a symlink, so compare real paths.
if (process.argv[1] && realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url))) {
  process.exitCode = await run(process.argv.slice(2));
}
