/**
 * A fresh project that installs the packed package by name, as a consumer gets it:
 * `npm pack`, then the tarball installed beside the packages the test names (at the
 * versions this repository has, from the npm cache). Needs `npm run build` first (the
 * tarball ships `dist/`).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const run = promisify(execFile);
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The version of a package installed in this repository. */
export async function versionOf(name: string): Promise<string> {
  return (JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

export interface Consumer {
  /** The temporary folder holding the tarball and the project. */
  dir: string;
  /** The consumer project, with node_modules. */
  app: string;
  /** Removes both. */
  remove(): Promise<void>;
}

/** Packs the package and installs it in a new ES-module project with `packages` (names, at this repository's versions). */
export async function installConsumer(packages: readonly string[]): Promise<Consumer> {
  try {
    await access(join(ROOT, 'dist/index.js'));
  } catch {
    assert.fail('dist/ is missing: run `npm run build` before the package tests');
  }
  const dir = await mkdtemp(join(tmpdir(), 'mc-package-'));
  const app = join(dir, 'app');
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT });
  const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
  await run('mkdir', [app]);
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const pinned = await Promise.all(packages.map(async (name) => `${name}@${await versionOf(name)}`));
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, filename), ...pinned], { cwd: app });
  return { dir, app, remove: () => rm(dir, { recursive: true, force: true }) };
}
