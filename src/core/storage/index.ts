/**
 * `core/storage/`: opening an IndexedDB database (`openStoreDb`), shared by the device cache
 * (`load/`) and the outbox (`offline/`). Not re-exported by `core/index.ts`: see open-store.ts.
 *
 * The rest of the code imports this folder through this file only (checked by
 * tests/core/import-graph.test.ts).
 */
export { openStoreDb } from './open-store.js';
