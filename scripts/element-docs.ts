/**
 * `npm run docs:elements`: one page per element in docs/elements/, and their index, made
 * from the Custom Elements Manifest (`custom-elements.json`, written by `npm run build`) and
 * the examples in demo/examples.json, which the demo's playground uses too. The pages are
 * committed; tests/package/manifest.test.ts fails when they differ from what this makes of
 * the current manifest.
 *
 *   npm run docs:elements            write docs/elements/
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DOCS_DIR = join(ROOT, 'docs/elements');
/** What `{index}` in an example stands for in the docs. */
const DOCS_INDEX = '/data/index.json';
/** What `{privacy}` in an example stands for in the docs: the privacy notice of whoever runs the endpoint. */
const DOCS_PRIVACY = '/privacy#inquiries';

interface Described {
  name: string;
  description?: string;
  summary?: string;
}
interface Typed extends Described {
  type?: { text: string };
  default?: string;
}
interface Member extends Typed {
  kind: 'field' | 'method';
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  inheritedFrom?: { name: string };
  parameters?: Typed[];
  return?: { type?: { text: string } };
}
interface Attribute extends Typed {
  fieldName?: string;
}
interface Declaration extends Described {
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
  events?: Typed[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Typed[];
}
export interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[] }>;
}
interface Example {
  attributes: Record<string, string>;
  script?: string;
  /** Properties the playground sets from script (mc-program-card's program); the docs show `script`. */
  properties?: Record<string, unknown>;
  playground?: boolean;
}

/** A table cell: one line, pipes escaped. */
function cell(text: string | undefined): string {
  return (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function code(text: string | undefined): string {
  return text ? `\`${text.replace(/\|/g, '\\|')}\`` : '';
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}

/** The element's tag in HTML with the example's attributes, as a page writes it (a boolean one, `""`, bare). */
function exampleHtml(tag: string, example: Example): string {
  const attributes = Object.entries(example.attributes).map(([name, value]) =>
    value === '' ? ` ${name}` : ` ${name}="${value.replace('{index}', DOCS_INDEX).replace('{privacy}', DOCS_PRIVACY)}"`,
  );
  return `<${tag}${attributes.join('')}></${tag}>`;
}

/** Public API members: neither private, protected, static, nor Lit's own lifecycle. */
function isPublic(m: Member): boolean {
  return (m.privacy === undefined || m.privacy === 'public') && !m.static && m.description !== undefined;
}

/** Where a page gets each element besides `define/<tag>.js` and `all.js`. */
const BUNDLES: Record<string, string> = {
  'mc-admin-inbox': "the reference server's `/admin/` page (`dist/admin/inbox.js`)",
  'mc-outcomes-report': "the reference server's `/admin/` page (`dist/admin/inbox.js`)",
  'mc-catalogue-review': 'its own browser file, `dist/cdn/catalogue-review.js`',
};
const CDN = 'the CDN file `dist/cdn/<version>/microcred.js` and the autoloader';

/** A CSS custom property of this element alone (`--mc-job-search-border`), not a theme token. */
function isOwnProperty(tag: string, p: Typed): boolean {
  return p.name.startsWith(`--${tag}-`);
}

export function elementPage(d: Declaration, path: string, example: Example | undefined): string {
  const tag = d.tagName!;
  const lines = [
    `# \`<${tag}>\``,
    '',
    `<!-- Made by npm run docs:elements from custom-elements.json and demo/examples.json: edit those, not this page. -->`,
    '',
  ];
  lines.push(`${d.summary ? `**${d.summary}** ` : ''}${(d.description ?? '').trim()}`, '');
  lines.push(
    `Class \`${d.name}\` in \`${path}\`. Defined by \`microcred-widgets/define/${tag}.js\`, \`microcred-widgets/all.js\` and ${BUNDLES[tag] ?? CDN}.`,
    '',
  );
  if (example) {
    lines.push('## Example', '', '```html', exampleHtml(tag, example), '```', '');
    if (example.script) lines.push('```js', example.script, '```', '');
    if (example.playground !== false)
      lines.push(`Try it with the sample data: \`npm start\`, then [the playground](http://localhost:8000/demo/playground.html?element=${tag}).`, '');
  }
  const attributes = d.attributes ?? [];
  if (attributes.length > 0) {
    lines.push('## Attributes', '', 'Every element also follows the page or its own `lang` (`en` or `fr`).', '');
    lines.push(
      ...table(
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]),
      ),
    );
  }
  const members = (d.members ?? []).filter(isPublic);
  const fields = members.filter((m) => m.kind === 'field' && !m.attribute);
  if (fields.length > 0) {
    lines.push('## Properties', '', 'Set from script only (no attribute).', '');
    lines.push(
      ...table(
        ['Property', 'Type', 'Description'],
        fields.map((m) => [`${code(m.name)}${m.readonly ? ' (read only)' : ''}`, code(m.type?.text), cell(m.description)]),
      ),
    );
  }
  const methods = members.filter((m) => m.kind === 'method');
  if (methods.length > 0) {
    lines.push('## Methods', '');
    lines.push(
      ...table(
        ['Method', 'Description'],
        methods.map((m) => [
          code(`${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.type ? `: ${p.type.text}` : ''}`).join(', ')})`),
          cell(m.description),
        ]),
      ),
    );
  }
  if ((d.events ?? []).length > 0) {
    lines.push('## Events', '', 'Each bubbles and crosses shadow roots (`composed`); the detail types are exported by `microcred-widgets`.', '');
    lines.push(
      ...table(
        ['Event', 'Type', 'Description'],
        d.events!.map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
      ),
    );
  }
  if ((d.slots ?? []).length > 0)
    lines.push(
      '## Slots',
      '',
      ...table(
        ['Slot', 'Description'],
        d.slots!.map((s) => [code(s.name || '(default)'), cell(s.description)]),
      ),
    );
  if ((d.cssParts ?? []).length > 0)
    lines.push(
      '## CSS parts',
      '',
      ...table(
        ['Part', 'Description'],
        d.cssParts!.map((p) => [code(p.name), cell(p.description)]),
      ),
    );
  const own = (d.cssProperties ?? []).filter((p) => isOwnProperty(tag, p));
  const tokens = (d.cssProperties ?? []).filter((p) => !isOwnProperty(tag, p));
  if (own.length + tokens.length > 0) {
    lines.push('## CSS custom properties', '');
    if (own.length > 0)
      lines.push(
        ...table(
          ['Property', 'Default', 'Description'],
          own.map((p) => [code(p.name), code(p.default), cell(p.description)]),
        ),
      );
    if (tokens.length > 0)
      lines.push(
        `It also reads these theme tokens, shared by every element (defaults and descriptions in [theming.md](../theming.md#custom-properties)): ${tokens.map((p) => code(p.name)).join(', ')}.`,
        '',
      );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function indexPage(elements: Array<{ tag: string; d: Declaration }>): string {
  const lines = [
    '# The elements',
    '',
    '<!-- Made by npm run docs:elements from custom-elements.json: edit the elements, not this page. -->',
    '',
    'One page per element: attributes, properties, methods, events with their `detail` type, slots, CSS parts and custom properties, and an example. How to use them from React, Vue or Angular: [frameworks.md](../frameworks.md); theming: [theming.md](../theming.md).',
    '',
  ];
  lines.push(
    ...table(
      ['Element', 'What it is'],
      elements.map(({ tag, d }) => [`[\`<${tag}>\`](${tag}.md)`, cell(d.summary ?? d.description?.split('\n\n')[0])]),
    ),
  );
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Every page, by file name, from a manifest and the examples. */
export function elementDocs(manifest: Manifest, examples: Record<string, Example>): Map<string, string> {
  const elements = manifest.modules
    .flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ tag: d.tagName!, d, path: m.path })))
    .sort((a, b) => a.tag.localeCompare(b.tag));
  const pages = new Map<string, string>([['README.md', indexPage(elements)]]);
  for (const { tag, d, path } of elements) pages.set(`${tag}.md`, elementPage(d, path, examples[tag]));
  return pages;
}

export function readInputs(): { manifest: Manifest; examples: Record<string, Example> } {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')) as Manifest;
  } catch (error) {
    throw new Error(`custom-elements.json could not be read (${(error as Error).message}): run npm run build first`, { cause: error });
  }
  const examples = JSON.parse(readFileSync(join(ROOT, 'demo/examples.json'), 'utf8')) as Record<string, Example>;
  return { manifest, examples };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { manifest, examples } = readInputs();
  mkdirSync(DOCS_DIR, { recursive: true });
  const pages = elementDocs(manifest, examples);
  for (const [name, text] of pages) writeFileSync(join(DOCS_DIR, name), text);
  console.log(`docs/elements: ${pages.size} pages`);
}
