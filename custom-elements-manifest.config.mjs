/**
 * The Custom Elements Manifest (`npm run analyze`, part of `npm run build`) and what editors
 * and frameworks read from it, each made by a published generator from the manifest:
 *
 * - dist/editor/vscode.html-custom-data.json, vscode.css-custom-data.json: VS Code
 *   (`html.customData`, `css.customData`);
 * - dist/editor/web-types.json: JetBrains IDEs (the package's `web-types` field);
 * - dist/editor/jsx.d.ts: the elements as JSX intrinsic elements (React 19, Preact, Solid);
 * - dist/editor/vue.d.ts: the elements as Vue global components, for Volar.
 */
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { readFileSync, writeFileSync } from 'node:fs';

const outdir = 'dist/editor';

/**
 * The JSX and Vue generators take an event's type for its `detail`. The manifest gives the
 * event's own type (`CustomEvent<McSelectDetail>`, as its schema says), so they get a copy
 * with the detail types alone. They import each element's event types with the element, once
 * per element, which names a detail type shared by several elements more than once: the
 * names are made unique.
 */
function frameworkTypesPlugin() {
  return {
    name: 'framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = structuredClone(customElementsManifest);
      for (const mod of manifest.modules)
        for (const declaration of mod.declarations ?? [])
          for (const event of declaration.events ?? []) {
            const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
            if (detail) event.type = { text: detail };
          }
      const options = { outdir, globalTypePath: '../index.js', hideLogs: true };
      generateJsxTypes(manifest, { ...options, fileName: 'jsx.d.ts' });
      generateVuejsTypes(manifest, { ...options, fileName: 'vue.d.ts' });
      for (const file of ['jsx.d.ts', 'vue.d.ts']) {
        const path = `${outdir}/${file}`;
        const text = readFileSync(path, 'utf8').replace(
          /import type \{([^}]*)\} from "\.\.\/index\.js";/,
          (_, names) =>
            `import type { ${[
              ...new Set(
                names
                  .split(',')
                  .map((n) => n.trim())
                  .filter(Boolean),
              ),
            ].join(', ')} } from "../index.js";`,
        );
        writeFileSync(path, text);
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['**/*.styles.ts'],
  litelement: true,
  plugins: [
    customElementVsCodePlugin({ outdir, hideLogs: true }),
    customElementJetBrainsPlugin({ outdir, packageJson: false, hideLogs: true }),
    frameworkTypesPlugin(),
  ],
};
