/**
 * The inquiry endpoints the elements on this page hold (each `endpoint` of a connected element
 * that can send an inquiry): the page's outbox sends only to these, so an inquiry goes out when
 * a page that names its endpoint is open, and that page can say so. Kept apart from the
 * outbox's code, which an element loads only when the device may hold an inquiry; with it,
 * whether that outbox is known to be on this device.
 */
const held = new Map<string, number>();

/** Holds `endpoint` until the returned function is called (once). */
export function holdEndpoint(endpoint: string): () => void {
  held.set(endpoint, (held.get(endpoint) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const count = (held.get(endpoint) ?? 1) - 1;
    if (count > 0) held.set(endpoint, count);
    else held.delete(endpoint);
  };
}

/** Some connected element holds `endpoint`. */
export function isHeld(endpoint: string): boolean {
  return held.has(endpoint);
}

/** The endpoints held now. */
export function heldEndpoints(): string[] {
  return [...held.keys()];
}

/** The outbox database is on this device: found there, or the page's outbox opened it. */
let onDevice = false;

/** The page's outbox opened on the device's database (outbox-drain.ts), or outbox-status.ts found it there. */
export function outboxOnDevice(): void {
  onDevice = true;
}

/** The outbox database is known to be on this device: not asked of IndexedDB again. */
export function knownOnDevice(): boolean {
  return onDevice;
}
