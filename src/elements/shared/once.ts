/**
 * `load` run once and shared by every caller; a failure is forgotten, so the next call tries
 * again (a chunk that could not be fetched on a flaky connection, then can). For the
 * elements' dynamic imports: the French strings, the whole-index loader, what the portal
 * shows after a choice.
 */
export function onceRetrying<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}
