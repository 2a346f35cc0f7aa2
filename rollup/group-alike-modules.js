import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { DIST } from './paths.js';

/** The CDN build's entry module, made up by groupAlikeModules. */
export const ENTRY = '\0mc:cdn-entry';
/**
 * `\0mc:turn:<n>`: a module whose top level awaits one turn of the event loop. ES modules
 * evaluate in import order and wait for an earlier import's top-level await, so each turn
 * the entry imports ends one task of the bundle's evaluation and starts the next.
 */
const TURN = '\0mc:turn:';

/** Every module of ours reachable from `file` through static relative imports (tsc's output). */
function reachableModules(parse, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const node of parse(readFileSync(file, 'utf8')).body) {
    const spec = node.source?.value;
    if (typeof spec === 'string' && spec.startsWith('.')) reachableModules(parse, resolve(dirname(file), spec), seen);
  }
  return seen;
}

/** True when a module's top level only imports, exports and declares (no bare statements). */
function declaresOnly(program) {
  const declaration = /^(Import|Export\w+|Function|Class|Variable)Declaration$/;
  return program.body.every(
    (node) => declaration.test(node.type) && (!node.type.startsWith('Export') || !node.declaration || declaration.test(node.declaration.type)),
  );
}

/**
 * The bundle's entry: dist/all.js, after importing first the modules whose text is most
 * alike (every element's styles, then the French and English strings, then the core, by
 * name, then the elements' modules other than their classes). gzip only finds repeats
 * within 32 KB, and in import order these sit up to 200 KB apart; side by side they
 * compress by about 3 KB more. Only modules all.js already reaches are moved (statically,
 * or the French table by import()), and only those whose top level just declares (css``,
 * message tables, schemas, functions, classes): running them earlier changes nothing but
 * their place. A module with a bare top-level statement keeps its place in import order.
 *
 * Before the first group, between these groups (the core in quarters), and after each
 * element module that all.js imports (in all.js's own order), the entry gives the event
 * loop a turn (see TURN): evaluating the whole bundle at once was one task of 60-90 ms at
 * 4x CPU slowdown; in pieces, none is long.
 */
export function groupAlikeModules(entry) {
  return {
    name: 'group-alike-modules',
    resolveId(id) {
      return id === ENTRY || id.startsWith(TURN) ? id : null;
    },
    load(id) {
      if (id.startsWith(TURN)) {
        return `import { yieldToEventLoop } from ${JSON.stringify(join(DIST, 'core/schedule/yield.js'))};\nawait yieldToEventLoop();\n`;
      }
      if (id !== ENTRY) return null;
      const parse = (code) => this.parse(code);
      const reached = [...reachableModules(parse, entry)].map((file) => relative(DIST, file)).sort();
      const styles = reached.filter((f) => f.endsWith('.styles.js'));
      // The French table (locale.js imports it dynamically, and this single file holds it
      // anyway), the English sections (one module per element's strings), the core's
      // messages. French first: 64 B smaller than after the English.
      const english = reached.filter((f) => f.startsWith('i18n/en/'));
      const messages = ['i18n/fr.js', ...english, ...reached.filter((f) => f === 'core/messages/messages.js')];
      const core = reached.filter((f) => f.startsWith('core/') && !messages.includes(f));
      const movable = (files) => files.map((f) => join(DIST, f)).filter((file) => declaresOnly(parse(readFileSync(file, 'utf8'))));
      const quarters = [0, 1, 2, 3].map((q) => core.slice(Math.floor((q * core.length) / 4), Math.floor(((q + 1) * core.length) / 4)));
      const groups = [
        // A turn first: the task that starts evaluating the bundle is also the parser's.
        [],
        movable([...styles.filter((f) => f.startsWith('elements/shared/')), ...styles.filter((f) => !f.startsWith('elements/shared/'))]),
        movable(messages),
        ...quarters.map(movable),
        // The elements' other modules (templates, controllers, shared helpers): 157 B smaller
        // side by side than each beside its element.
        movable(reached.filter((f) => f.startsWith('elements/') && !f.endsWith('.styles.js'))),
        // all.js's element imports, in its order: where they would run anyway, one per turn.
        ...parse(readFileSync(entry, 'utf8'))
          .body.map((node) => (node.type === 'ImportDeclaration' ? node.source.value : null))
          .filter((spec) => typeof spec === 'string' && spec.startsWith('./elements/'))
          .map((spec) => [resolve(dirname(entry), spec)]),
      ];
      const lines = [];
      groups.forEach((files, i) => {
        for (const file of files) lines.push(`import ${JSON.stringify(file)};`);
        lines.push(`import ${JSON.stringify(`${TURN}${i}`)};`);
      });
      lines.push(`export * from ${JSON.stringify(entry)};`);
      return lines.join('\n');
    },
  };
}
