// The theming surface is documented where a host developer looks: every --mc-* property
// in docs/theming.md and in its element's @cssprop tags, every part in @csspart, and the
// parts a composite element forwards agree with the inner element's documented ones.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  CARD_FORWARDED,
  INQUIRY_FORM_PARTS,
  JOB_SEARCH_PARTS,
  LABOUR_MARKET_PARTS,
  PROGRAM_CARD_PARTS,
  RECOMMENDATIONS_PARTS,
} from '../../src/elements/shared/parts.js';

const ELEMENTS = join(import.meta.dirname, '../../src/elements');
const SHARED_STYLES = join(ELEMENTS, 'shared/tokens.styles.ts');
const TAGS = readdirSync(ELEMENTS).filter((d) => d.startsWith('mc-'));

function sourcesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}
const read = (file: string) => readFileSync(file, 'utf8');
/** Source without comments, so a name in a docblock does not count as used. */
const code = (file: string) =>
  read(file)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
/** Properties read (`var(--mc-x, ...)`); a value set for an inner element is not a read. */
const propsIn = (text: string) => new Set([...text.matchAll(/var\(\s*(--mc-[a-z0-9-]+)/g)].map((m) => m[1]!));
const union = <T>(sets: Iterable<Set<T>>) => new Set([...sets].flatMap((s) => [...s]));
const sorted = (s: Iterable<string>) => [...s].sort();

/** The class docblock's tags of one kind: `@cssprop [--x=default] - ...` gives `--x`. */
function tagged(tag: string, kind: 'cssprop' | 'csspart' | 'slot'): Set<string> {
  const text = read(join(ELEMENTS, tag, `${tag}.ts`));
  const re = new RegExp(`@${kind} \\[?([a-z0-9-]+)`, 'g');
  return new Set([...text.matchAll(re)].map((m) => m[1]!));
}

/** The shared modules a file imports that render parts of their own (the outbox notice). */
const SHARED_TEMPLATES = ['outbox-status'];

/** Part names an element's own templates use: `part="a b"`, `part: 'x'` (levelHeading), and those of the shared templates it imports. */
function partsUsed(tag: string): Set<string> {
  const names = new Set<string>();
  const own = sourcesIn(join(ELEMENTS, tag));
  const shared = SHARED_TEMPLATES.filter((name) => own.some((file) => code(file).includes(`'../shared/${name}.js'`)));
  for (const file of [...own, ...shared.map((name) => join(ELEMENTS, 'shared', `${name}.ts`))]) {
    const text = code(file);
    for (const m of text.matchAll(/\bpart="([^"$]+)"/g)) m[1]!.split(/\s+/).forEach((p) => names.add(p));
    for (const m of text.matchAll(/\bpart: '([a-z-]+)'/g)) names.add(m[1]!);
  }
  return names;
}

const docRows = new Set([...read(join(import.meta.dirname, '../../docs/theming.md')).matchAll(/^\| `(--mc-[a-z0-9-]+)` \|/gm)].map((m) => m[1]!));

describe('theming: custom properties', () => {
  const used = union(sourcesIn(ELEMENTS).map((f) => propsIn(code(f))));

  it('finds the properties it checks', () => {
    assert.ok(used.size > 90, `only ${used.size} --mc-* properties found: is the pattern still right?`);
    assert.ok(used.has('--mc-color-primary') && used.has('--mc-labour-market-bar'));
  });

  it('documents every --mc-* property used in src/elements in docs/theming.md, and no other', () => {
    assert.deepEqual(sorted([...used].filter((p) => !docRows.has(p))), [], 'used but missing from docs/theming.md');
    assert.deepEqual(sorted([...docRows].filter((p) => !used.has(p))), [], 'in docs/theming.md but used nowhere');
  });

  for (const tag of TAGS) {
    it(`${tag}: @cssprop names exactly the properties it reads (its own and the shared styles')`, () => {
      const reads = union([propsIn(code(SHARED_STYLES)), ...sourcesIn(join(ELEMENTS, tag)).map((f) => propsIn(code(f)))]);
      const documented = tagged(tag, 'cssprop');
      assert.deepEqual(sorted([...reads].filter((p) => !documented.has(p))), [], 'read but no @cssprop');
      assert.deepEqual(sorted([...documented].filter((p) => !reads.has(p))), [], '@cssprop but never read');
    });
  }

  it('never declares a --mc-* property on :host (read with fallbacks, so the host page wins)', () => {
    for (const file of sourcesIn(ELEMENTS)) {
      assert.doesNotMatch(code(file), /:host[^{]*\{[^}]*--mc-[a-z0-9-]+\s*:/, file);
    }
  });
});

describe('theming: parts', () => {
  for (const tag of TAGS) {
    it(`${tag}: @csspart documents every part its templates use`, () => {
      const documented = tagged(tag, 'csspart');
      assert.deepEqual(sorted([...partsUsed(tag)].filter((p) => !documented.has(p))), []);
    });
  }

  it("the forwarding lists match the inner elements' documented parts", () => {
    assert.deepEqual(sorted(PROGRAM_CARD_PARTS), sorted(tagged('mc-program-card', 'csspart')));
    assert.deepEqual(sorted(JOB_SEARCH_PARTS), sorted(tagged('mc-job-search', 'csspart')));
    assert.deepEqual(sorted(LABOUR_MARKET_PARTS), sorted(tagged('mc-labour-market', 'csspart')));
    assert.deepEqual(sorted(INQUIRY_FORM_PARTS), sorted(tagged('mc-inquiry-form', 'csspart')));
    const ownRecommendations = [...tagged('mc-recommendations', 'csspart')].filter((p) => p !== 'card' && !p.startsWith('card-'));
    assert.deepEqual(sorted(RECOMMENDATIONS_PARTS), sorted(ownRecommendations));
  });

  it('mc-portal documents every part it forwards, and each forwarded name is one it forwards', () => {
    const forwarded = new Set([
      ...JOB_SEARCH_PARTS.map((p) => `search-${p}`),
      ...LABOUR_MARKET_PARTS.map((p) => `labour-market-${p}`),
      ...RECOMMENDATIONS_PARTS.map((p) => `recommendations-${p}`),
      ...INQUIRY_FORM_PARTS.map((p) => `inquiry-${p}`),
      'card',
      ...CARD_FORWARDED,
    ]);
    const documented = tagged('mc-portal', 'csspart');
    assert.deepEqual(sorted([...forwarded].filter((p) => !documented.has(p))), [], 'forwarded but not documented');
    const own = partsUsed('mc-portal');
    assert.deepEqual(sorted([...documented].filter((p) => !own.has(p) && !forwarded.has(p))), [], 'documented but not there');
  });

  it('mc-recommendations and mc-skill-finder document each card part they forward', () => {
    for (const tag of ['mc-recommendations', 'mc-skill-finder']) {
      const documented = tagged(tag, 'csspart');
      assert.deepEqual(
        CARD_FORWARDED.filter((p) => !documented.has(p)),
        [],
        tag,
      );
    }
  });

  it('mc-skill-finder documents each inquiry-form part it forwards', () => {
    const documented = tagged('mc-skill-finder', 'csspart');
    assert.deepEqual(
      INQUIRY_FORM_PARTS.map((p) => `inquiry-${p}`).filter((p) => !documented.has(p)),
      [],
    );
  });
});

describe('theming: slots', () => {
  for (const tag of TAGS) {
    it(`${tag}: @slot documents exactly the named slots it renders`, () => {
      const rendered = union(sourcesIn(join(ELEMENTS, tag)).map((f) => new Set([...code(f).matchAll(/<slot name="([a-z-]+)"/g)].map((m) => m[1]!))));
      assert.deepEqual(sorted(tagged(tag, 'slot')), sorted(rendered));
    });
  }
});
