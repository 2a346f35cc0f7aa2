/**
 * Loads shared per object and key (an index's summaries per language, a titles index's
 * slices per occupation): each is started once and every caller gets the same promise; a
 * failed one is forgotten, so the next call starts it again (Retry, a flaky connection).
 * Keyed weakly by the object, so nothing outlives the index it belongs to.
 */
export class SharedLoads<O extends object, K, T> {
  private readonly byOwner = new WeakMap<O, Map<K, Promise<T>>>();

  /** The load of `key` for `owner`: the one under way or done, else `make()`. */
  get(owner: O, key: K, make: () => Promise<T>): Promise<T> {
    let byKey = this.byOwner.get(owner);
    if (!byKey) this.byOwner.set(owner, (byKey = new Map()));
    const known = byKey.get(key);
    if (known) return known;
    const started = make();
    byKey.set(key, started);
    started.catch(() => {
      if (byKey.get(key) === started) byKey.delete(key);
    });
    return started;
  }

  /** Records what was loaded another way (read with the rest of the index). */
  set(owner: O, key: K, value: T): void {
    let byKey = this.byOwner.get(owner);
    if (!byKey) this.byOwner.set(owner, (byKey = new Map()));
    byKey.set(key, Promise.resolve(value));
  }
}

/**
 * `promise`, or the reason of `signal` as soon as it aborts (a rejection, never a throw): a
 * caller stops waiting for a load others share, and the load goes on for them. Aborting the
 * load itself would fail theirs too: a person moving to another occupation of the same
 * category saw "could not be loaded".
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  const reason = () => signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
  if (signal.aborted) return Promise.reject(reason());
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(reason());
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
