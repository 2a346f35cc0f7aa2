import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Files whose strings are French, or hold French beside English. */
const FILES = ['src/i18n/fr.ts', 'src/i18n/admin.fr.ts', 'src/core/messages/messages.ts', 'src/core/messages/evidence.ts'];
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Text of every string literal and template part in `file`, with its line. */
function strings(file: string): Array<{ line: number; text: string }> {
  const source = ts.createSourceFile(file, readFileSync(ROOT + file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Array<{ line: number; text: string }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
      out.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: node.text });
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
