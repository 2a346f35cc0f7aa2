import { join } from 'node:path';
import license from 'rollup-plugin-license';
import { PACKAGE } from './paths.js';

export const LICENCES_FILE = 'THIRD-PARTY-LICENSES.txt';
/** Licences a bundled package may carry: all let the CDN file be served with their notices. */
const ALLOWED = '(MIT OR ISC OR BSD-2-Clause OR BSD-3-Clause OR Apache-2.0 OR 0BSD)';

/** THIRD-PARTY-LICENSES.txt: each bundled package with its licence text, which keeps its copyright notice. */
function licencesText(dependencies) {
  const { name, version } = PACKAGE;
  const sections = [...dependencies]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((d) => {
      if (!d.licenseText) throw new Error(`${d.name}: bundled, but its package has no LICENSE file to copy`);
      return [`${'-'.repeat(78)}`, `${d.name} ${d.version} (${d.license})`, '', d.licenseText.trim()].join('\n');
    });
  return [`${name} ${version} bundles the packages below. Their copyright and licence notices follow.`, ...sections, ''].join('\n\n');
}

/**
 * The licence notices of the packages a bundle carries (lit, @lit/task, idb, valibot, ...),
 * with rollup-plugin-license: their licence texts go to THIRD-PARTY-LICENSES.txt in `dir`
 * (and in `dir/<version>/` beside the versioned copy), the bundle starts with a one-line
 * comment naming them and that file, and the build fails on a package under a licence not in
 * ALLOWED or under none. Terser drops every comment, so this plugin comes after it in the
 * list: renderChunk hooks run in plugin order.
 */
export function licenceNotices({ dir, versioned = false }) {
  const { name, version, license: own } = PACKAGE;
  const files = [join(dir, LICENCES_FILE), ...(versioned ? [join(dir, version, LICENCES_FILE)] : [])];
  return license({
    banner: {
      commentStyle: 'none',
      content: [
        `/*! ${name} ${version} (${own}). Bundles `,
        "<%= _.sortBy(dependencies, 'name').map((d) => `${d.name} ${d.version} (${d.license})`).join(', ') %>",
        `: their licences are in ${LICENCES_FILE} beside this file. */`,
      ].join(''),
    },
    thirdParty: {
      allow: { test: ALLOWED, failOnUnlicensed: true, failOnViolation: true },
      output: files.map((file) => ({ file, template: licencesText })),
    },
  });
}
