/**
 * Opening an IndexedDB database, for the device cache (load/index-cache.ts) and the outbox
 * (offline/outbox-store.ts). A folder of its own, which the public API does not re-export:
 * its declarations are idb's and the DOM's, which a Node program compiling against
 * `microcred-widgets/core` without the DOM library must never meet.
 */
import { wrap, type IDBPDatabase } from 'idb';

/**
 * Open a database through `factory` at `version` (default 1), creating `stores` and
 * deleting `obsolete` ones on upgrade. A newer version opened in another tab makes this
 * connection close rather than block it.
 */
export async function openStoreDb(
  factory: { open(name: string, version?: number): object },
  name: string,
  stores: readonly string[],
  timeoutMs: number,
  upgrade: { version?: number; obsolete?: readonly string[] } = {},
): Promise<IDBPDatabase> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // An IDBFactory, typed by its shape where the caller's declarations name it (load/index-cache.ts).
  const request = factory.open(name, upgrade.version ?? 1) as IDBOpenDBRequest;
  request.onupgradeneeded = () => {
    const db = request.result;
    for (const store of upgrade.obsolete ?? []) {
      if (db.objectStoreNames.contains(store)) db.deleteObjectStore(store);
    }
    for (const store of stores) {
      if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
    }
  };
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`IndexedDB "${name}" did not open (blocked?)`)), timeoutMs);
  });
  try {
    const db = await Promise.race([wrap(request) as Promise<IDBPDatabase>, timeout]);
    db.addEventListener('versionchange', () => db.close());
    return db;
  } finally {
    clearTimeout(timer);
  }
}
