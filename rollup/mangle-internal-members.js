import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from 'estree-walker';
import { DIST } from './paths.js';

/**
 * Names of TypeScript `private` members of our classes, from tsc's declarations in dist/
 * (where they survive as `private name;`), minus every name some declaration there makes
 * public, protected or part of an interface.
 */
function privateMemberNames(dir) {
  const priv = new Set();
  const other = new Set();
  const member = /^\s*((?:(?:private|protected|public|static|readonly|abstract|override|get|set|declare)\s+)*)([A-Za-z_$][\w$]*)\??\s*[(:<;]/gm;
  const visit = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.d.ts')) {
        for (const [, modifiers, name] of readFileSync(path, 'utf8').matchAll(member)) {
          (/\bprivate\b/.test(modifiers) ? priv : other).add(name);
        }
      }
    }
  };
  visit(dir);
  return [...priv].filter((name) => !other.has(name));
}

/** Names the browser or Lit call on our objects by name, whatever TypeScript says. */
const CALLED_BY_NAME = new Set(
  'constructor connectedCallback disconnectedCallback adoptedCallback attributeChangedCallback handleEvent toJSON then render update updated willUpdate firstUpdated shouldUpdate createRenderRoot scheduleUpdate performUpdate getUpdateComplete hostConnected hostDisconnected hostUpdate hostUpdated'.split(
    ' ',
  ),
);

/**
 * Lets terser shorten the names of private members that are provably internal. A name
 * qualifies only if it is declared `private` (and nowhere public), and in the whole bundle
 * it is only ever read or written as `this.name`: never on another object, never as an
 * object key, and never inside any string or template text (which rules out Lit reactive
 * properties, whose decorators and `changed.has()` name them in strings, and anything a
 * template binds). Everything else keeps its name. Sets `mangle.properties` on the options
 * object the terser plugin reads when it runs, just after this plugin's renderChunk.
 */
export function mangleInternalMembers(mangleOptions) {
  return {
    name: 'mangle-internal-members',
    renderChunk(code) {
      const candidates = new Set(privateMemberNames(DIST).filter((n) => !CALLED_BY_NAME.has(n)));
      const unsafe = new Set();
      const texts = [];
      walk(this.parse(code), {
        enter(node) {
          if (node.type === 'Literal' && typeof node.value === 'string') texts.push(node.value);
          else if (node.type === 'TemplateElement') texts.push(node.value.raw);
          else if (node.type === 'MemberExpression' && !node.computed && node.object.type !== 'ThisExpression') {
            unsafe.add(node.property.name);
          } else if (node.type === 'Property' && !node.computed && node.key.type === 'Identifier') {
            unsafe.add(node.key.name);
          }
        },
      });
      for (const word of texts.join(' ').match(/[A-Za-z_$][\w$]*/g) ?? []) unsafe.add(word);
      const names = [...candidates].filter((n) => !unsafe.has(n)).sort();
      mangleOptions.properties = names.length > 0 ? { regex: new RegExp(`^(?:${names.join('|')})$`) } : false;
      return null;
    },
  };
}
