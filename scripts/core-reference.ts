/**
 * `npm run docs:core`: docs/core-reference.md, every export of `microcred-widgets/core`
 * (src/core/index.ts) with its kind, its signature, the first paragraph of its TSDoc and a
 * link to the file that declares it, grouped by concern as docs/core-api.md's table groups
 * them. It reads the source with the TypeScript compiler API, so it needs no build. The page
 * is committed; tests/package/manifest.test.ts fails when it differs from what this makes of
 * the current source.
 *
 *   npm run docs:core            write docs/core-reference.md
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const REFERENCE_FILE = join(ROOT, 'docs/core-reference.md');
const ENTRY = join(ROOT, 'src/core/index.ts');
const CORE_DIR = join(ROOT, 'src/core');

/**
 * The concern of each folder (or file) of src/core, in the order of docs/core-api.md's
 * table; a file's entry wins over its folder's. An export from a folder not named here goes
 * under the folder's own name.
 */
const CONCERNS: ReadonlyArray<readonly [heading: string, places: readonly string[]]> = [
  ['Index format', ['index-format']],
  ['Errors', ['index-format/errors.ts']],
  ['Loaded index', ['model']],
  ['Loading', ['load']],
  ['Job titles', ['titles']],
  ['Programs', ['rank']],
  ['Labour market', ['lmi']],
  ['Errors for people', ['messages']],
  ['Inquiries', ['inquiry', 'offline']],
  ['Analytics', ['analytics']],
  ['Catalogue review', ['catalogue']],
];

const KINDS = ['function', 'class', 'constant', 'interface', 'type'] as const;
type Kind = (typeof KINDS)[number];

/** One export, ready to print. */
export interface Entry {
  name: string;
  /** The name in its own file, when src/core/index.ts renames it on export. */
  declaredAs?: string;
  kind: Kind;
  concern: string;
  /** The declaring file, relative to the repository. */
  file: string;
  /** The first paragraph of its TSDoc (its first sentence when that paragraph is long); '' when it has none. */
  summary: string;
  /** Its signature or declaration, as TypeScript, without bodies or comments but one-line member summaries. */
  code: string;
}

/** A paragraph longer than this is cut to its first sentence. */
const MAX_SUMMARY = 320;
/** A type the checker writes out (no annotation to quote) longer than this loses its type arguments. */
const MAX_INFERRED = 160;
/** A signature longer than this gets one parameter a line. */
const MAX_SIGNATURE = 100;
/** A member's summary comment is wrapped at this width (indentation aside). */
const MAX_COMMENT = 96;

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

/** Text on one line: the source's line breaks and indentation folded to single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** The printer's node, its 4-space indentation halved to the repository's 2. */
function print(node: ts.Node): string {
  return printer
    .printNode(ts.EmitHint.Unspecified, node, node.getSourceFile())
    .replace(/^( {4})+/gm, (indent) => ' '.repeat(indent.length / 2))
    .replace(/^export (declare )?/, '');
}

/** The first sentence: up to a full stop followed by a space and a capital, a backtick or a bracket. */
function firstSentence(text: string): string {
  const end = /[.!?](?=\s+[A-Z`("])/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

/** The TSDoc nearest `node` (a variable's sits on its statement), `{@link X}` as code. */
function docOf(node: ts.Node): string {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = ts.getTextOfJSDocComment(docs.at(-1)?.comment) ?? '';
  return text.replace(/\{@link(?:code|plain)?\s+([^}|\s]+)(?:[\s|][^}]*)?\}/g, '`$1`').trim();
}

/** The first paragraph of a TSDoc text on one line, or its first sentence when the paragraph is long. */
export function summaryOf(doc: string): string {
  const paragraph = oneLine(doc.split(/\n\s*\n/)[0] ?? '');
  return paragraph.length > MAX_SUMMARY ? firstSentence(paragraph) : paragraph;
}

/** Type arguments dropped (`ObjectSchema<…>`) from a long type the checker wrote out. */
export function abbreviate(text: string): string {
  if (text.length <= MAX_INFERRED) return text;
  let depth = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const arrow = c === '>' && text[i - 1] === '=';
    if (c === '<') {
      if (depth++ === 0) out += '<…';
    } else if (c === '>' && !arrow && depth > 0) {
      if (--depth === 0) out += '>';
    } else if (depth === 0) out += c;
  }
  return out;
}

/** A long object type the checker wrote on one line (`{ readonly a: 1; readonly b: 2; }`), one member a line. */
export function spreadObject(text: string): string {
  if (text.length <= MAX_INFERRED || !text.startsWith('{ ') || !text.endsWith('; }')) return text;
  const members: string[] = [];
  let depth = 0;
  let start = 2;
  for (let i = 2; i < text.length - 2; i++) {
    const c = text[i]!;
    if ('{[(<'.includes(c)) depth++;
    else if ('}])>'.includes(c) && text[i - 1] !== '=') depth--;
    else if (c === ';' && depth === 0) {
      members.push(`  ${text.slice(start, i + 1).trim()}`);
      start = i + 1;
    }
  }
  return ['{', ...members, '}'].join('\n');
}

/** Reads src/core through one program and its checker. */
class Reader {
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;

  constructor() {
    const configFile = ts.findConfigFile(ROOT, ts.sys.fileExists)!;
    const config = ts.readConfigFile(configFile, ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configFile));
    this.program = ts.createProgram([ENTRY], { ...options, noEmit: true });
    this.checker = this.program.getTypeChecker();
  }

  /** The exports of src/core/index.ts, each followed to its declaration. */
  exports(): Array<{ name: string; symbol: ts.Symbol }> {
    const source = this.program.getSourceFile(ENTRY);
    const module = source && this.checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`${ENTRY} could not be read`);
    return this.checker.getExportsOfModule(module).map((exported) => ({
      name: exported.name,
      symbol: exported.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(exported) : exported,
    }));
  }

  /** A type as written in the source, or as the checker infers it where nothing is written. */
  typeText(node: ts.TypeNode | undefined, inferred: () => ts.Type, where: ts.Node): string {
    if (node) return oneLine(node.getText());
    const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;
    return spreadObject(abbreviate(this.checker.typeToString(inferred(), where, flags).replace(/"([^"'\\]*)"/g, "'$1'")));
  }

  parameter(p: ts.ParameterDeclaration, withModifiers: boolean): string {
    const modifiers = withModifiers ? (ts.getModifiers(p) ?? []).map((m) => `${m.getText()} `).join('') : '';
    const optional = p.questionToken || p.initializer ? '?' : '';
    const type = this.typeText(p.type, () => this.checker.getTypeAtLocation(p), p);
    return `${modifiers}${p.dotDotDotToken ? '...' : ''}${oneLine(p.name.getText())}${optional}: ${type}`;
  }

  /** `name<T>(a: A, b?: B): R`, one parameter a line when long. */
  signature(d: ts.SignatureDeclaration, name: string): string {
    const typeParameters = d.typeParameters ? `<${d.typeParameters.map((t) => oneLine(t.getText())).join(', ')}>` : '';
    const params = d.parameters.map((p) => this.parameter(p, ts.isConstructorDeclaration(d)));
    const returns =
      ts.isConstructorDeclaration(d) || ts.isSetAccessor(d)
        ? ''
        : `: ${this.typeText(d.type, () => this.checker.getReturnTypeOfSignature(this.checker.getSignatureFromDeclaration(d)!), d)}`;
    const flat = `${name}${typeParameters}(${params.join(', ')})${returns}`;
    return flat.length <= MAX_SIGNATURE || params.length === 0 ? flat : `${name}${typeParameters}(\n${params.map((p) => `  ${p},`).join('\n')}\n)${returns}`;
  }
}

/** The declarations that are a function's (or method's) overloads: all but the body when there are several. */
function overloads<T extends ts.FunctionLikeDeclaration>(declarations: readonly T[]): T[] {
  return declarations.length > 1 ? declarations.filter((d) => !d.body) : [...declarations];
}

/** A member's line(s) in a class or interface block, under its one-sentence summary. */
function memberBlock(node: ts.Node, text: string): string {
  const summary = firstSentence(summaryOf(docOf(node)));
  return [...(summary ? docComment(summary) : []), ...text.split('\n')].map((line) => `  ${line}`).join('\n');
}

/** `/** text *\/`, or the text wrapped in a block comment when that line would pass MAX_COMMENT. */
function docComment(text: string): string[] {
  if (text.length + 6 <= MAX_COMMENT) return [`/** ${text} */`];
  const lines: string[] = [];
  let line = ' *';
  for (const word of text.split(' ')) {
    if (line.length > 2 && line.length + 1 + word.length > MAX_COMMENT) {
      lines.push(line);
      line = ' *';
    }
    line += ` ${word}`;
  }
  return ['/**', ...lines, line, ' */'];
}

function isPublicMember(m: ts.ClassElement): boolean {
  if (m.name && ts.isPrivateIdentifier(m.name)) return false;
  const flags = ts.getCombinedModifierFlags(m as ts.Declaration);
  return !(flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) && !ts.isClassStaticBlockDeclaration(m);
}

function classMember(reader: Reader, m: ts.ClassElement, siblings: readonly ts.ClassElement[]): string | undefined {
  const isStatic = (ts.getCombinedModifierFlags(m as ts.Declaration) & ts.ModifierFlags.Static) !== 0;
  const prefix = isStatic ? 'static ' : '';
  const name = m.name ? oneLine(m.name.getText()) : '';
  if (ts.isConstructorDeclaration(m) || ts.isMethodDeclaration(m)) {
    const same = siblings.filter((s) => s.kind === m.kind && s.name?.getText() === m.name?.getText()) as ts.FunctionLikeDeclaration[];
    if (!overloads(same).includes(m)) return undefined;
    return `${prefix}${reader.signature(m, ts.isConstructorDeclaration(m) ? 'constructor' : name)};`;
  }
  if (ts.isGetAccessor(m)) return `${prefix}get ${reader.signature(m, name).replace(/^[^(]*/, name)};`;
  if (ts.isSetAccessor(m)) return `${prefix}set ${reader.signature(m, name)};`;
  if (ts.isPropertyDeclaration(m)) {
    const readonly = (ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Readonly) !== 0 ? 'readonly ' : '';
    const type = reader.typeText(m.type, () => reader.checker.getTypeAtLocation(m), m);
    return `${prefix}${readonly}${name}${m.questionToken ? '?' : ''}: ${type};`;
  }
  return `${prefix}${oneLine(m.getText())}`;
}

function classCode(reader: Reader, d: ts.ClassDeclaration, name: string): string {
  const typeParameters = d.typeParameters ? `<${d.typeParameters.map((t) => oneLine(t.getText())).join(', ')}>` : '';
  const heritage = (d.heritageClauses ?? []).map((h) => ` ${oneLine(h.getText())}`).join('');
  const members = d.members.filter(isPublicMember).flatMap((m) => {
    const text = classMember(reader, m, d.members);
    return text ? [memberBlock(m, text)] : [];
  });
  return [`class ${name}${typeParameters}${heritage} {`, ...members, '}'].join('\n');
}

function interfaceCode(d: ts.InterfaceDeclaration, name: string): string {
  const typeParameters = d.typeParameters ? `<${d.typeParameters.map((t) => oneLine(t.getText())).join(', ')}>` : '';
  const heritage = (d.heritageClauses ?? []).map((h) => ` ${oneLine(h.getText())}`).join('');
  const members = d.members.map((m) => memberBlock(m, print(m)));
  return members.length === 0
    ? `interface ${name}${typeParameters}${heritage} {}`
    : [`interface ${name}${typeParameters}${heritage} {`, ...members, '}'].join('\n');
}

/** Kind and code of a declaration set; undefined for one this page does not know how to print. */
function describe(reader: Reader, symbol: ts.Symbol, name: string): { kind: Kind; code: string; node: ts.Declaration } | undefined {
  const declarations = symbol.declarations ?? [];
  const first = declarations[0];
  if (!first) return undefined;
  if (ts.isFunctionDeclaration(first)) {
    const all = overloads(declarations.filter(ts.isFunctionDeclaration));
    return { kind: 'function', node: all[0]!, code: all.map((d) => `function ${reader.signature(d, name)};`).join('\n') };
  }
  if (ts.isClassDeclaration(first)) return { kind: 'class', node: first, code: classCode(reader, first, name) };
  if (ts.isInterfaceDeclaration(first)) return { kind: 'interface', node: first, code: interfaceCode(first, name) };
  if (ts.isTypeAliasDeclaration(first)) return { kind: 'type', node: first, code: print(first) };
  if (ts.isVariableDeclaration(first)) {
    const type = reader.typeText(first.type, () => reader.checker.getTypeOfSymbol(symbol), first);
    return { kind: 'constant', node: first, code: `const ${name}: ${type};` };
  }
  return undefined;
}

function concernOf(file: string): string {
  const inCore = relative(CORE_DIR, file).split(sep).join('/');
  const byFile = CONCERNS.find(([, places]) => places.includes(inCore));
  const folder = inCore.split('/')[0]!;
  const byFolder = CONCERNS.find(([, places]) => places.includes(folder));
  return (byFile ?? byFolder)?.[0] ?? `src/core/${folder}`;
}

/** Every export of src/core/index.ts, by concern (in CONCERNS' order), then kind, then name. */
export function coreEntries(reader = new Reader()): Entry[] {
  const entries: Entry[] = [];
  for (const { name, symbol } of reader.exports()) {
    const described = describe(reader, symbol, name);
    if (!described) throw new Error(`core-reference: cannot print the export ${name} (${ts.SymbolFlags[symbol.flags]})`);
    const file = described.node.getSourceFile().fileName;
    const declaredName = ts.getNameOfDeclaration(described.node)?.getText();
    entries.push({
      name,
      ...(declaredName && declaredName !== name ? { declaredAs: declaredName } : {}),
      kind: described.kind,
      concern: concernOf(file),
      file: relative(ROOT, file).split(sep).join('/'),
      summary: summaryOf((symbol.declarations ?? []).map(docOf).find((doc) => doc !== '') ?? ''),
      code: described.code,
    });
  }
  const order = (concern: string) => {
    const at = CONCERNS.findIndex(([heading]) => heading === concern);
    return at === -1 ? CONCERNS.length : at;
  };
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return entries.sort(
    (a, b) =>
      order(a.concern) - order(b.concern) ||
      compare(a.concern, b.concern) ||
      KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
      compare(a.name.toLowerCase(), b.name.toLowerCase()) ||
      compare(a.name, b.name),
  );
}

/** The heading of an entry; with its kind, so `pathway` and `Pathway` get different ids. */
function heading(e: Entry): string {
  return `\`${e.name}\` (${e.kind})`;
}

/** GitHub's id for that heading. */
function anchor(e: Entry): string {
  return `${e.name.toLowerCase()}-${e.kind}`;
}

function entrySection(e: Entry): string[] {
  const source = `[${e.file}](../${e.file})`;
  const declared = e.declaredAs ? `, declared as \`${e.declaredAs}\`` : '';
  const lines = [`### ${heading(e)}`, '', `${e.kind[0]!.toUpperCase()}${e.kind.slice(1)} in ${source}${declared}.`, ''];
  if (e.summary) lines.push(e.summary, '');
  lines.push('```ts', e.code, '```', '');
  return lines;
}

/** The whole page. */
export function coreReference(entries: readonly Entry[] = coreEntries()): string {
  const concerns = [...new Set(entries.map((e) => e.concern))];
  const lines = [
    '# `microcred-widgets/core` reference',
    '',
    '<!-- Made by npm run docs:core from src/core/index.ts and the TSDoc of what it exports: edit those, not this page. -->',
    '',
    `Every export of \`microcred-widgets/core\` (${entries.length}), by concern: its kind, its signature (each overload), what its TSDoc says first and the file that declares it. Signatures are as written in the source, without bodies; an option left out takes the default its TSDoc names. What the core is, its folders and the rules they follow: [core-api.md](core-api.md).`,
    '',
    '| Concern | Exports |',
    '| --- | --- |',
    ...concerns.map(
      (c) =>
        `| [${c}](#${c
          .toLowerCase()
          .replace(/[^\p{L}\p{N}_\- ]/gu, '')
          .replace(/ /g, '-')}) | ${entries
          .filter((e) => e.concern === c)
          .map((e) => `[\`${e.name}\`](#${anchor(e)})`)
          .join(', ')} |`,
    ),
    '',
  ];
  for (const concern of concerns) {
    lines.push(`## ${concern}`, '');
    for (const e of entries.filter((x) => x.concern === concern)) lines.push(...entrySection(e));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const entries = coreEntries();
  writeFileSync(REFERENCE_FILE, coreReference(entries));
  const undocumented = entries.filter((e) => !e.summary).map((e) => e.name);
  console.log(`docs/core-reference.md: ${entries.length} exports`);
  if (undocumented.length > 0) console.warn(`without a TSDoc summary (${undocumented.length}): ${undocumented.join(', ')}`);
}
