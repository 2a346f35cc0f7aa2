const DECORATE_HELPER = '\0mc:decorate-helper';

/**
 * tsc writes its `__decorate` helper into every module that uses a decorator (fourteen
 * copies, far enough apart in the bundle for gzip to pay for most of each). This swaps
 * each copy for an import of one shared copy of the same function. At module top level
 * `this` is undefined in ES modules, so `(this && this.__decorate) || function ...` was
 * always the function.
 */
export function shareDecorateHelper() {
  const helper = /^var __decorate = \(this && this\.__decorate\) \|\| (function \(decorators, target, key, desc\) \{\n[\s\S]*?\n\});\n/m;
  let body = null;
  return {
    name: 'share-decorate-helper',
    resolveId(id) {
      return id === DECORATE_HELPER ? id : null;
    },
    load(id) {
      if (id !== DECORATE_HELPER) return null;
      if (body === null) this.error('the __decorate helper was asked for before any module declared it');
      return `export const __decorate = ${body};\n`;
    },
    transform(code, id) {
      if (!id.includes('/dist/') || id.includes('/node_modules/')) return null;
      const match = helper.exec(code);
      if (!match) return null;
      if (body === null) body = match[1];
      else if (body !== match[1]) this.error(`${id}: its __decorate helper differs from the others`);
      return { code: code.replace(helper, `import { __decorate } from '${DECORATE_HELPER}';\n`), map: null };
    },
  };
}
