// The CDN bundle: one ES module with every element, lit and the core, built from tsc's
// output (dist/all.js). `npm run build` runs tsc first, then this.
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { walk } from 'estree-walker';

/** Prints the raw and gzip size of every emitted chunk, so size regressions are seen at build time. */
function reportSize() {
  return {
    name: 'report-size',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const raw = Buffer.byteLength(file.code);
        const gz = gzipSync(file.code, { level: 9 }).length;
        this.info(`${file.fileName}: ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`);
      }
    },
  };
}

/**
 * Collapses the indentation inside Lit's html``, svg`` and css`` templates of our own
 * modules. Only whitespace runs are touched, and HTML renders a run as one space anyway,
 * so the output is the same; the bundle loses the indentation bytes.
 */
function minifyTemplates() {
  const collapseHtml = (text) => text.replace(/\s*\n\s*/g, ' ');
  const collapseCss = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .replace(/([:,])\s+/g, '$1');
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/dist/') || id.includes('/node_modules/')) return null;
      if (!/\b(html|svg|css)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), {
        enter(node) {
          if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
          const kind = node.tag.name;
          if (kind !== 'html' && kind !== 'svg' && kind !== 'css') return;
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const next = kind === 'css' ? collapseCss(raw) : collapseHtml(raw);
            if (next !== raw) edits.push([quasi.start, quasi.end, next]);
          }
        },
      });
      if (edits.length === 0) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

export default {
  input: 'dist/all.js',
  output: {
    file: 'dist/cdn/microcred.js',
    format: 'es',
    inlineDynamicImports: true,
    // No map: the template minifier changes offsets and would make one misleading.
    sourcemap: false,
  },
  plugins: [
    // `production` picks lit's production build (no dev-mode warnings, smaller).
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    minifyTemplates(),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
    reportSize(),
  ],
  onwarn(warning, warn) {
    // Lit's decorators compile to `this` at module top level in some helpers; harmless.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
