// The README links into docs/ and docs/ links to each other, to screenshots and to source
// files. Every relative link in them must reach a file, and a `#fragment` a heading of the
// file it names (as GitHub makes heading ids), so moving a section breaks no link silently.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(import.meta.dirname, '../..');
const DOCS = [
  'README.md',
  'CHANGELOG.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...readdirSync(join(ROOT, 'docs/elements'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/elements/${f}`),
];

/** Markdown without fenced code, where `](...)` is code and not a link. */
const prose = (file: string) => readFileSync(file, 'utf8').replace(/^ *```[\s\S]*?^ *```/gm, '');

/** GitHub's heading id: lower case, punctuation dropped except `-`, spaces to `-`. */
function headingId(heading: string): string {
  return heading
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\- ]/gu, '')
    .replace(/ /g, '-');
}

function headingIds(file: string): Set<string> {
  return new Set([...prose(file).matchAll(/^#+ (.+)$/gm)].map((m) => headingId(m[1]!)));
}

/** Relative link targets in a file: `[text](target)`, not http(s) or mailto. */
function relativeLinks(file: string): string[] {
  return [...prose(file).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^(https?|mailto):/.test(t));
}

describe('documentation links', () => {
  it('makes heading ids as GitHub does', () => {
    assert.equal(headingId("The institution's inbox"), 'the-institutions-inbox');
    assert.equal(headingId('Routing: each institution gets its own inquiries'), 'routing-each-institution-gets-its-own-inquiries');
    assert.equal(headingId('`<mc-portal>` and Trusted Types'), 'mc-portal-and-trusted-types');
  });

  it('finds the links it checks', () => {
    const readme = relativeLinks(join(ROOT, 'README.md'));
    assert.ok(readme.includes('docs/performance.md'), 'the README links docs/performance.md');
    assert.ok(readme.includes('docs/design.md'), 'the README links docs/design.md');
  });

  for (const doc of DOCS) {
    it(`${doc}: every relative link reaches a file, and a heading when it names one`, () => {
      const file = join(ROOT, doc);
      const broken: string[] = [];
      for (const link of relativeLinks(file)) {
        const [path, fragment] = link.split('#', 2) as [string, string | undefined];
        const target = path ? join(dirname(file), decodeURI(path)) : file;
        if (!existsSync(target)) broken.push(`${link} (no ${relative(ROOT, target)})`);
        else if (fragment && target.endsWith('.md') && !headingIds(target).has(fragment)) broken.push(`${link} (no such heading)`);
      }
      assert.deepEqual(broken, []);
    });
  }
});
