import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Files whose strings are French, or hold French beside English. */
const FILES = [
  'src/i18n/fr.ts',
  'src/i18n/fr-card.ts',
  'src/i18n/fr-outbox.ts',
  'src/i18n/fr-receipt.ts',
  'src/i18n/admin.fr.ts',
  'src/core/messages/messages.ts',
  'src/core/messages/evidence.ts',
  'src/core/messages/places.ts',
  'src/core/lmi/words.ts',
  'src/core/lmi/move-facts.ts',
  'src/core/lmi/move-pay-words.ts',
];
/** Files whose French strings are data the interface shows (a source's name and attribution, a region). */
const DATA_FILES = ['src/cli/sources-info.ts', 'src/core/catalogue/regions.ts'];
/** Files that are French throughout. */
const ALL_FRENCH = new Set(['src/i18n/fr.ts', 'src/i18n/fr-card.ts', 'src/i18n/fr-outbox.ts', 'src/i18n/fr-receipt.ts', 'src/i18n/admin.fr.ts']);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const NBSP = '\u00a0';
const NNBSP = '\u202f';
/** What an interpolation we cannot read stands for. */
const UNKNOWN = '\ue000';

/** A name that says its value is French: `fr`, `frSpan`, `claimFr`, `FR_CONDITION`, `FIELD_FR_IN_ENGLISH`, `GAP_TASKS_FR`. */
const FRENCH_NAME = /^fr$|^fr[A-Z]|[a-z]Fr$|^FR_|_FR$|_FR_/;

function nameOf(node: ts.Node): string | null {
  if ((ts.isVariableDeclaration(node) || ts.isPropertyAssignment(node) || ts.isMethodDeclaration(node) || ts.isFunctionDeclaration(node)) && node.name) {
    return ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : null;
  }
  return null;
}

function isFrench(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) if (FRENCH_NAME.test(nameOf(n) ?? '')) return true;
  return false;
}

/** A template's text, an interpolation of a space constant read as that space, any other as UNKNOWN. */
function templateText(node: ts.TemplateExpression): string {
  const space = (e: ts.Expression) => {
    const text = ts.isIdentifier(e) ? { NBSP, NNBSP }[e.text] : ts.isStringLiteral(e) ? e.text : undefined;
    return text === NBSP || text === NNBSP ? text : UNKNOWN;
  };
  return node.head.text + node.templateSpans.map((span) => space(span.expression) + span.literal.text).join('');
}

/** Text of every string literal and template part in `file`, with its line, and whether it is French. */
function strings(file: string): Array<{ line: number; text: string; french: boolean; whole: boolean }> {
  const source = ts.createSourceFile(file, readFileSync(ROOT + file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Array<{ line: number; text: string; french: boolean; whole: boolean }> = [];
  const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const french = (node: ts.Node) => ALL_FRENCH.has(file) || isFrench(node);
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      // An import's path, or a property's name, is no text.
      if (!ts.isImportDeclaration(node.parent) && !(ts.isPropertyAssignment(node.parent) && node.parent.name === node))
        out.push({ line: line(node), text: node.text, french: french(node), whole: true });
    } else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      out.push({ line: line(node), text: node.text, french: false, whole: false });
    } else if (ts.isTemplateExpression(node)) {
      out.push({ line: line(node), text: templateText(node), french: french(node), whole: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

test('French strings keep a colon and guillemets with their words: a no-break space, never one a line can break at', () => {
  const bad: string[] = [];
  for (const file of FILES) for (const { line, text } of strings(file)) if (/ [:»]|« /.test(text)) bad.push(`${file}:${line}: ${JSON.stringify(text)}`);
  assert.deepEqual(bad, []);
});

/**
 * What a French string breaks: a narrow no-break space before ; ? ! (none, or another space,
 * is wrong), a no-break space before a colon that ends a clause and inside guillemets. A
 * semicolon quoted as a character (« ; ») is the quote's.
 */
function frenchSpacing(text: string): string | null {
  const t = text.replaceAll(`«${NBSP};${NBSP}»`, `«${NBSP}x${NBSP}»`);
  if (/(^|[^\u202f])[;?!]/.test(t)) return 'before ; ? ! a narrow no-break space (U+202F)';
  if (/(^|[^\u00a0]):(?=[\s\ue000]|$)/.test(t)) return 'before a colon a no-break space (U+00A0)';
  if (/«(?!\u00a0)|(?<!\u00a0)»/.test(t)) return 'inside « » a no-break space (U+00A0)';
  return null;
}

test('French strings of every table: a narrow no-break space before ; ? !, a no-break space before : and inside « »', () => {
  const bad: string[] = [];
  let read = 0;
  for (const file of [...FILES, ...DATA_FILES])
    for (const { line, text, french, whole } of strings(file)) {
      if (!french || !whole) continue;
      read++;
      const why = frenchSpacing(text);
      if (why) bad.push(`${file}:${line}: ${why}: ${JSON.stringify(text)}`);
    }
  assert.deepEqual(bad, []);
  assert.ok(read > 500, `read ${read} French strings`);
});

test('the rule reads each case it names', () => {
  assert.equal(frenchSpacing(`Rechargez la page${NNBSP}; si le problème persiste`), null);
  assert.match(frenchSpacing('Rechargez la page; si le problème persiste')!, /U\+202F/);
  assert.match(frenchSpacing(`Où aller ensuite${NBSP}?`)!, /U\+202F/);
  assert.match(frenchSpacing('Salaires : bas')!, /U\+00A0/);
  assert.match(frenchSpacing(`Salaires${NNBSP}: bas`)!, /U\+00A0/);
  assert.equal(frenchSpacing(`Salaires${NBSP}: bas${UNKNOWN}`), null);
  assert.equal(frenchSpacing('esco:use-spreadsheets-software, https://example.org'), null);
  assert.match(frenchSpacing(`«${UNKNOWN}${NBSP}»`)!, /« »/);
  assert.equal(frenchSpacing(`séparés par «${NBSP};${NBSP}»`), null);
});

/**
 * The text of every element a demo page marks French (its slotted text), tags left out,
 * entities read; code (`<code>?lang=fr</code>`, `<code>&lt;mc-portal&gt;</code>`) is not
 * prose, and stands as one word.
 */
function demoFrench(file: string): string[] {
  const page = readFileSync(ROOT + file, 'utf8');
  const entities: Record<string, string> = { '&#160;': NBSP, '&nbsp;': NBSP, '&#8239;': NNBSP, '&amp;': '&' };
  return [...page.matchAll(/<(\w+)\b[^>]*\blang="fr(?:-CA)?"[^>]*>([\s\S]*?)<\/\1>/g)].map(([, , inner]) =>
    inner!
      .replace(/<code\b[^>]*>[\s\S]*?<\/code>/g, 'code')
      .replace(/<[^>]*>/g, '')
      .replace(/&#?\w+;/g, (entity) => entities[entity] ?? entity)
      .replace(/\s+/g, (space) => (space === NBSP || space === NNBSP ? space : ' '))
      .trim(),
  );
}

test('the demo pages’ French text follows the same rule', () => {
  const bad: string[] = [];
  let read = 0;
  for (const file of readdirSync(ROOT + 'demo').filter((name) => name.endsWith('.html'))) {
    for (const text of demoFrench(`demo/${file}`)) {
      read++;
      const why = frenchSpacing(text);
      if (why) bad.push(`demo/${file}: ${why}: ${JSON.stringify(text)}`);
    }
  }
  assert.deepEqual(bad, []);
  assert.ok(read >= 4, `read ${read} French texts`);
});

test('the French of the sample data: the same rule, and a typographic apostrophe (’), never a straight one', async () => {
  const { parse } = await import('csv-parse/sync');
  const { OCCUPATIONS } = await import('../../sample/occupations.js');
  const programs = parse(readFileSync(ROOT + 'sample/programs.csv', 'utf8'), { columns: true }) as Array<Record<string, string>>;
  const texts = [
    ...programs.flatMap((p) => [p.title_fr!, p.description_fr!].map((text) => [`sample/programs.csv ${p.id}`, text] as const)),
    ...OCCUPATIONS.flatMap((o) => [o.fr, ...o.examplesFr].map((text) => [`sample/occupations.ts ${o.code}`, text] as const)),
  ].filter(([, text]) => text !== '');
  const bad = texts.flatMap(([where, text]) => {
    const why = /'/.test(text) ? 'a typographic apostrophe (’)' : frenchSpacing(text);
    return why ? [`${where}: ${why}: ${JSON.stringify(text)}`] : [];
  });
  assert.deepEqual(bad, []);
  assert.ok(texts.length > 100, `read ${texts.length} French texts`);
});

test('a demo widget names who receives an inquiry in French too: a French `data-fr-endpoint-owner`, unless the catalogue has the owner’s French name', async () => {
  const { parse } = await import('csv-parse/sync');
  const programs = parse(readFileSync(ROOT + 'sample/programs.csv', 'utf8'), { columns: true }) as Array<Record<string, string>>;
  // An owner that is one of the catalogue's institutions is shown by the catalogue's French name (names.ts).
  const known = new Set(programs.filter((p) => p.provider_fr).map((p) => p.provider!));
  const bad: string[] = [];
  let read = 0;
  for (const file of readdirSync(ROOT + 'demo').filter((name) => name.endsWith('.html'))) {
    for (const [tag] of readFileSync(ROOT + 'demo/' + file, 'utf8').matchAll(/<mc-[\w-]+\b[^>]*\bendpoint-owner="[^"]*"[^>]*>/g)) {
      read++;
      const owner = /\bendpoint-owner="([^"]*)"/.exec(tag)![1]!;
      const french = /\bdata-fr-endpoint-owner="([^"]*)"/.exec(tag)?.[1];
      if (known.has(owner) ? french !== undefined : !french || french === owner) bad.push(`demo/${file}: ${owner} → ${french ?? '(none)'}`);
    }
  }
  assert.deepEqual(bad, []);
  assert.ok(read >= 4, `read ${read} widgets`);
});
