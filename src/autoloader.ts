/**
 * The CDN autoloader (`dist/cdn/<version>/autoloader.js`): one small script that loads each
 * element's code the first time its tag is in the page, so a page with only
 * `<mc-job-search>` downloads that element and what it needs, not every element.
 *
 * It looks for undefined `mc-*` elements in the document when it runs, then watches the
 * document for added ones (a MutationObserver on the whole subtree), and imports the
 * element's define module once. Rollup turns each `import()` below into a chunk named by
 * its content hash, next to this file: the URLs are relative to the autoloader's own, so a
 * pinned version always loads the same files. Unknown `mc-*` tags are ignored.
 *
 * Elements that render other elements in their shadow root (the portal renders the job
 * searches, the labour market, the recommendations and the inquiry form) import those
 * children's define modules statically (src/define/), so their chunk brings them along:
 * the children are always rendered, and fetching them only after the parent's first render
 * would add a round trip. So this file only has to watch the document, never a shadow root.
 * A host that puts our elements inside a shadow root of its own calls `discover(root)`.
 *
 * Loading it twice, or next to the define modules, is harmless: every define module checks
 * `customElements.get` first. Not with `microcred.js` on the same page, though: each would
 * bring its own copy of the core, and elements of two copies cannot share a loaded index.
 */
/** The version of these files, for a host that imports the autoloader as a module. */
export { VERSION } from './version.js';

/** The learner-facing elements (the same as `microcred.js` defines), by tag. */
const LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  'mc-job-search': () => import('./define/mc-job-search.js'),
  'mc-labour-market': () => import('./define/mc-labour-market.js'),
  'mc-program-card': () => import('./define/mc-program-card.js'),
  'mc-recommendations': () => import('./define/mc-recommendations.js'),
  'mc-skill-finder': () => import('./define/mc-skill-finder.js'),
  'mc-inquiry-form': () => import('./define/mc-inquiry-form.js'),
  'mc-portal': () => import('./define/mc-portal.js'),
};

/** Tags whose module is loading or loaded, so each is imported once. */
const requested = new Set<string>();

/** Imports the define module of `tag` unless it is defined, already requested or not ours. */
function load(tag: string): Promise<void> {
  const loader = Object.hasOwn(LOADERS, tag) ? LOADERS[tag] : undefined;
  if (!loader || requested.has(tag) || customElements.get(tag)) return Promise.resolve();
  requested.add(tag);
  return loader().then(
    () => undefined,
    (error: unknown) => {
      // A later appearance of the tag tries again (the chunk may have failed on a flaky
      // connection). Chromium 150 keeps a module that failed to load as failed until the page
      // reloads (Chromium 120 fetched it again), so the message says how to recover.
      requested.delete(tag);
      console.error(`microcred-widgets: could not load <${tag}> (reload the page to try again):`, error);
    },
  );
}

/**
 * Loads every undefined `mc-*` element in `root` (and `root` itself when it is one).
 * Resolves when their modules have loaded (or failed, which is logged).
 */
export function discover(root: Document | DocumentFragment | Element): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && !customElements.get(root.localName)) tags.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) {
    if (element.localName.startsWith('mc-')) tags.add(element.localName);
  }
  return Promise.all([...tags].map(load)).then(() => undefined);
}

/** Loads the elements in every subtree added to the document. */
function watch(): void {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) void discover(node);
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

// Outside a browser (a server that imports the package's files) there is nothing to watch.
if (typeof document !== 'undefined') {
  watch();
  void discover(document);
}
