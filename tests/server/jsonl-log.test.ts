import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { forEachLine } from '../../src/server/jsonl-log.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mc-lines-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The lines of `bytes` as split in one piece: text, byte offset, whether a newline ended it. */
function reference(bytes: Buffer, maxLine: number) {
  const lines: Array<[string | null, number, boolean]> = [];
  let start = 0;
  while (start < bytes.length) {
    const nl = bytes.indexOf(10, start);
    const end = nl === -1 ? bytes.length : nl;
    lines.push([end - start > maxLine ? null : bytes.subarray(start, end).toString('latin1'), start, nl !== -1]);
    start = end + 1;
  }
  return lines;
}

describe('forEachLine', () => {
  it('yields every line with its byte offset, whatever the read chunks, and too-long ones as null (property)', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constant(''), fc.string({ minLength: 40, maxLength: 90 })), { maxLength: 30 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 64 }),
        async (lines, endsWithNewline, chunk) => {
          const text = lines.map((l) => l.replace(/\n/g, ' ')).join('\n') + (endsWithNewline && lines.length > 0 ? '\n' : '');
          const bytes = Buffer.from(text, 'latin1');
          const path = join(dir, `lines-${run++}`);
          await writeFile(path, bytes);
          const seen: Array<[string | null, number, boolean]> = [];
          const numbers: number[] = [];
          await forEachLine(
            path,
            bytes.length,
            (b, at, complete) => {
              seen.push([b && b.toString('latin1'), at.offset, complete]);
              numbers.push(at.line);
            },
            50,
            chunk,
          );
          assert.deepEqual(seen, reference(bytes, 50));
          assert.deepEqual(
            numbers,
            seen.map((_, i) => i + 1),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('numbers lines from 1, counting blank ones', async () => {
    const path = join(dir, 'numbered');
    await writeFile(path, 'a\n\nbb\n');
    const seen: string[] = [];
    await forEachLine(path, 6, (b, at) => void seen.push(`${at.line}@${at.offset}:${b}`));
    assert.deepEqual(seen, ['1@0:a', '2@2:', '3@3:bb']);
  });
});
