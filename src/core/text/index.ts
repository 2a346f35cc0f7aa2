/** FOLDER-DOC */
export { distinctLabels } from './distinct.js';
export { NORMALIZER_VERSION, STOPWORDS, fold, labelSlug, stem, termKey, terms, tokenize } from './normalize.js';
export { foldedLooksPersonal, looksPersonal } from './personal.js';
export { SOFTWARE_PRODUCTS } from './products.js';
export { safeHttpsUrl } from './url.js';
