/**
 * `npm start`: builds the library and the sample index only when their inputs changed
 * since the last build (see up-to-date.ts), then serves the demo. `MC_REBUILD=1 npm start`
 * rebuilds regardless.
 */
import { spawnSync } from 'node:child_process';
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
const server = spawnSync(process.execPath, [join(ROOT, 'dist/server/demo-server.js')], { cwd: ROOT, stdio: 'inherit' });
process.exit(server.status ?? 0);
