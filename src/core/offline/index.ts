/**
 * `core/offline/`: the outbox: inquiries stored on the device before they are sent, with one
 * idempotency key and classified retries, and its stores (IndexedDB, memory).
 *
 * The rest of the code imports this folder through this file only (checked by
 * tests/core/import-graph.test.ts); what hosts may use is re-exported by `core/index.ts`.
 */
export { MemoryOutboxStore, OUTBOX_MAX_AGE_MS, Outbox, OutboxChangeEvent, newIdempotencyKey, waitsForPerson } from './outbox.js';
export type { OutboxFilter, OutboxItem, OutboxLocks, OutboxOptions, OutboxState, OutboxStore, RetryReason, SendResult, SetupProblem } from './outbox.js';
export { setupHint } from './setup-hint.js';
