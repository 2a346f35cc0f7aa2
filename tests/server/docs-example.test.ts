/**
 * The inquiry docs/institution-server.md shows is one the server accepts, naming a program of
 * the sample catalogue, so an operator who copies it gets 201 on the demo.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateInquiry } from '../../src/core/inquiry/index.js';

const ROOT = join(import.meta.dirname, '../..');

describe('docs/institution-server.md: the example inquiry', () => {
  it('validates, and names programs of sample/programs.csv', () => {
    const doc = readFileSync(join(ROOT, 'docs/institution-server.md'), 'utf8');
    const block = /```http\nPOST \/api\/inquiries\n[^]*?\n\n(\{[^]*?\})\n```/.exec(doc);
    assert.ok(block, 'the POST example is in the docs');
    const result = validateInquiry(JSON.parse(block[1]!));
    assert.ok(result.ok, JSON.stringify(result));
    const sampleIds = new Set(
      readFileSync(join(ROOT, 'sample/programs.csv'), 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]),
    );
    for (const id of result.value.programIds) assert.ok(sampleIds.has(id), `${id} is a sample program`);
  });
});
