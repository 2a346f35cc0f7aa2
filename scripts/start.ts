/**
 * `npm start`: builds the library and the sample index only when their inputs changed
 * since the last build (see up-to-date.ts), then serves the demo. `MC_REBUILD=1 npm start`
 * rebuilds regardless.
 */
import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { join } from 'node:path';
import { upToDate } from './up-to-date.js';

const ROOT = join(import.meta.dirname, '..');
const at = (...paths: string[]) => paths.map((p) => join(ROOT, p));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** What each step reads and the files it writes last (or that the demo needs). */
const STEPS = [
  {
    script: 'build',
    inputs: at('src', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'rollup.config.js', 'scripts/write-version.ts'),
    outputs: at('dist/server/demo-server.js', 'dist/cdn/microcred.js', 'dist/admin/inbox.js', 'dist/index.js', 'custom-elements.json'),
  },
  {
    script: 'sample-index',
    inputs: at('sample/generate.ts', 'sample/occupations.ts', 'sample/esco.ts', 'sample/programs.csv', 'src/cli', 'src/core', 'package-lock.json'),
    outputs: at(
      'demo/data/sample/index.json',
      'demo/data/sample/programs.txt',
      'demo/data/sample/titles.en.tsv',
      'demo/data/sample/titles.fr.tsv',
      'demo/data/sample/labels.en.txt',
      'demo/data/sample/labels.fr.txt',
    ),
  },
];

const force = process.env.MC_REBUILD === '1';
for (const step of STEPS) {
  if (!force && upToDate(step.inputs, step.outputs)) {
    console.log(`${step.script}: up to date (MC_REBUILD=1 npm start rebuilds anyway)`);
    continue;
  }
  const run = spawnSync(npm, ['run', step.script], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
serve();

/**
 * Run the demo server until it exits, then exit as it did (128 + the signal's number when a
 * signal ended it). Stopping this script alone (`kill <pid>`, a supervisor) must stop the
 * server too, or it keeps ./var/server.lock and the port: SIGINT and SIGTERM are passed on, and
 * SIGHUP (the terminal closed) as SIGTERM, so that the server closes its store. The server runs
 * in a process group of its own, so that Ctrl-C reaches it through this script only: npm and
 * tsx pass the same Ctrl-C on again within milliseconds, and the server takes a second signal
 * for "stop now, without closing" (signals.ts). A later one, a person insisting, is passed on.
 * On Windows the console sends Ctrl-C to the server itself, and there is no SIGTERM to pass on.
 */
function serve(): void {
  const posix = process.platform !== 'win32';
  const server = spawn(process.execPath, [join(ROOT, 'dist/server/demo-server.js')], { cwd: ROOT, stdio: 'inherit', detached: posix });
  let passedOn = -Infinity;
  const passOn = (signal: NodeJS.Signals) => {
    if (Date.now() - passedOn < 1000) return;
    passedOn = Date.now();
    server.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  };
  if (posix) for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, passOn);
  server.on('exit', (code, signal) => process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0)));
}
