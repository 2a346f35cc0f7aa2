// The CDN bundle: one ES module with every element, lit and the core, built from tsc's
// output (dist/all.js). `npm run build` runs tsc first, then this.
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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

export default {
  input: 'dist/all.js',
  output: {
    file: 'dist/cdn/microcred.js',
    format: 'es',
    inlineDynamicImports: true,
    sourcemap: true,
  },
  plugins: [
    // `production` picks lit's production build (no dev-mode warnings, smaller).
    nodeResolve({ browser: true, exportConditions: ['production'] }),
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
