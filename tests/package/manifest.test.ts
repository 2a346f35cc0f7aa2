/**
 * custom-elements.json, which editors and JSX-type generators read, describes every
 * element the package defines, with the tag name, the events the README lists and each
 * event's detail type. Needs `npm run build` first (it writes the manifest).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { coreEntries, coreReference, REFERENCE_FILE } from '../../scripts/core-reference.js';
import { DOCS_DIR, elementDocs, readInputs } from '../../scripts/element-docs.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Declaration {
  name: string;
  tagName?: string;
  events?: Array<{ name: string; type?: { text: string } }>;
}

function manifestElements(): Map<string, Declaration> {
  let text: string;
  try {
    text = readFileSync(join(ROOT, 'custom-elements.json'), 'utf8');
  } catch {
    assert.fail('custom-elements.json is missing: run `npm run build` before the package tests');
  }
  const manifest = JSON.parse(text) as { modules: Array<{ declarations?: Declaration[] }> };
  const byTag = new Map<string, Declaration>();
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (declaration.tagName) byTag.set(declaration.tagName, declaration);
  }
  return byTag;
}

/** `tag -> class name` from every `customElements.define('tag', Class)` in src/define/. */
function definedElements(): Map<string, string> {
  const defined = new Map<string, string>();
  const dir = join(ROOT, 'src/define');
  for (const file of readdirSync(dir)) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const [, tag, name] of source.matchAll(/customElements\.define\('([a-z-]+)', (\w+)\)/g)) defined.set(tag!, name!);
  }
  return defined;
}

/** `tag -> events` from the element table of docs/embedding.md ("all of the above" is every other row's, with any the cell names too). */
function documentedEvents(): Map<string, string[]> {
  const readme = readFileSync(join(ROOT, 'docs', 'embedding.md'), 'utf8');
  const rows = new Map<string, string>();
  for (const [, tag, events] of readme.matchAll(/^\| `<([a-z-]+)>` \|.*\| ([^|]*) \|$/gm)) rows.set(tag!, events!);
  const named = (cell: string) => [...cell.matchAll(/`(mc-[a-z-]+)`/g)].map((m) => m[1]!);
  // "all of the above": the events of the rows above it (the portal's children), in table order.
  const cells = [...rows.values()];
  const above = (k: number) => [...new Set(cells.slice(0, k).flatMap(named))];
  return new Map([...rows].map(([tag, cell], k) => [tag, cell.includes('all of the above') ? [...above(k), ...named(cell)] : named(cell)]));
}

describe('custom-elements.json', () => {
  const elements = manifestElements();
  const defined = definedElements();

  it('names every element src/define/ defines, with its class', () => {
    assert.equal(defined.size, 10);
    for (const [tag, name] of defined) {
      assert.equal(elements.get(tag)?.name, name, `${tag} (${name}) in the manifest`);
    }
  });

  it('lists the events docs/embedding.md lists for each element', () => {
    const readme = documentedEvents();
    assert.deepEqual([...readme.keys()].sort(), [...defined.keys()].sort(), 'the table of docs/embedding.md has a row per element');
    for (const [tag, events] of readme) {
      const inManifest = (elements.get(tag)?.events ?? []).map((e) => e.name);
      assert.deepEqual(inManifest.sort(), [...events].sort(), tag);
    }
  });

  it('gives every event its detail type, exported by the package', () => {
    const barrel = readFileSync(join(ROOT, 'src/index.ts'), 'utf8');
    for (const [tag, declaration] of elements) {
      for (const event of declaration.events ?? []) {
        const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
        assert.ok(detail, `${tag} ${event.name}: type ${event.type?.text}`);
        assert.match(barrel, new RegExp(`\\b${detail}\\b`), `${detail} is exported from microcred-widgets`);
      }
    }
  });

  it('every element has an example in demo/examples.json, whose attributes the element has', () => {
    const { examples } = readInputs();
    assert.deepEqual(
      Object.keys(examples)
        .filter((k) => !k.startsWith('$'))
        .sort(),
      [...defined.keys()].sort(),
    );
    const { manifest } = readInputs();
    const attributes = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => [d.tagName, new Set((d.attributes ?? []).map((a) => a.name))]));
    for (const [tag, example] of Object.entries(examples)) {
      if (tag.startsWith('$')) continue;
      for (const name of Object.keys(example.attributes)) assert.ok(attributes.get(tag)?.has(name), `${tag} has no attribute ${name}`);
    }
  });

  it('docs/elements/ is what npm run docs:elements makes of it and of the examples', () => {
    const { manifest, examples } = readInputs();
    const pages = elementDocs(manifest, examples);
    assert.deepEqual(readdirSync(DOCS_DIR).sort(), [...pages.keys()].sort());
    for (const [name, text] of pages) {
      assert.equal(readFileSync(join(DOCS_DIR, name), 'utf8'), text, `docs/elements/${name} is out of date: run npm run docs:elements`);
    }
  });

  it('the editor data made from it (VS Code, JetBrains) names every element', () => {
    const vscode = JSON.parse(readFileSync(join(ROOT, 'dist/editor/vscode.html-custom-data.json'), 'utf8')) as { tags: Array<{ name: string }> };
    const webTypes = JSON.parse(readFileSync(join(ROOT, 'dist/editor/web-types.json'), 'utf8')) as {
      contributions: { html: { elements: Array<{ name: string }> } };
    };
    assert.deepEqual(vscode.tags.map((t) => t.name).sort(), [...defined.keys()].sort());
    assert.deepEqual(webTypes.contributions.html.elements.map((e) => e.name).sort(), [...defined.keys()].sort());
  });
});

// Read from the source with the TypeScript compiler, so it needs no build.
describe('docs/core-reference.md', () => {
  const entries = coreEntries();

  it('is what npm run docs:core makes of the exports of src/core/index.ts and their TSDoc', () => {
    assert.equal(readFileSync(REFERENCE_FILE, 'utf8'), coreReference(entries), 'docs/core-reference.md is out of date: run npm run docs:core');
  });

  it('says what every export is: each has a TSDoc summary', () => {
    assert.ok(entries.length > 100, `${entries.length} exports read`);
    assert.deepEqual(
      entries.filter((e) => !e.summary).map((e) => `${e.name} (${e.file})`),
      [],
    );
  });
});
