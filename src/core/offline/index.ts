/** FOLDER-DOC */
export { MemoryOutboxStore, OUTBOX_MAX_AGE_MS, Outbox, OutboxChangeEvent, newIdempotencyKey, waitsForPerson } from './outbox.js';
export type { OutboxItem, OutboxOptions, OutboxState, OutboxStore, RetryReason, SendResult } from './outbox.js';
