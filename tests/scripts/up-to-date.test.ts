import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { upToDate } from '../../scripts/up-to-date.js';

let dir: string;
const at = (...p: string[]) => join(dir, ...p);
/** Sets a file's modification time to `t` seconds after 2025-01-01. */
const age = (file: string, t: number) => utimes(file, 1735689600 + t, 1735689600 + t);

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mc-uptodate-'));
  await mkdir(at('src', 'deep'), { recursive: true });
  await mkdir(at('out'), { recursive: true });
  await writeFile(at('src', 'a.ts'), 'a');
  await writeFile(at('src', 'deep', 'b.ts'), 'b');
  await writeFile(at('out', 'a.js'), 'a');
  await writeFile(at('out', 'b.js'), 'b');
});
after(() => rm(dir, { recursive: true, force: true }));

describe('npm start: the up-to-date check', () => {
  it('skips a step whose outputs are all newer than every input, however deep', async () => {
    await age(at('src', 'a.ts'), 10);
    await age(at('src', 'deep', 'b.ts'), 20);
    await age(at('out', 'a.js'), 30);
    await age(at('out', 'b.js'), 40);
    assert.equal(upToDate([at('src')], [at('out', 'a.js'), at('out', 'b.js')]), true);
  });

  it('runs it when a file in a subfolder changed after the oldest output', async () => {
    await age(at('src', 'deep', 'b.ts'), 35);
    assert.equal(upToDate([at('src')], [at('out', 'a.js'), at('out', 'b.js')]), false);
    await age(at('src', 'deep', 'b.ts'), 20);
  });

  it('runs it when an output is missing, or none is named', () => {
    assert.equal(upToDate([at('src')], [at('out', 'a.js'), at('out', 'gone.js')]), false);
    assert.equal(upToDate([at('src')], []), false);
  });

  it('ignores dotfiles (an editor swap file is no change)', async () => {
    await writeFile(at('src', '.a.ts.swp'), 'x');
    await age(at('src', '.a.ts.swp'), 50);
    assert.equal(upToDate([at('src')], [at('out', 'a.js'), at('out', 'b.js')]), true);
  });
});
