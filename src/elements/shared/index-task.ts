/**
 * Gives a data element its index: the `index` property a parent set, else the shared load
 * of `src` through index-source (one download per page), re-run on Retry and swapped when
 * a background revalidation brings a newer copy. Used by mc-recommendations and
 * mc-skill-finder.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../../core/errors.js';
import type { LoadedIndex } from '../../core/loaded.js';
import type { Lang } from '../../core/schema.js';
import { onIndexUpdate, requestIndex, type IndexSnapshot } from './index-source.js';
import { fireError, type McErrorDetail } from './errors.js';

export interface IndexHost extends ReactiveControllerHost, HTMLElement {
  index: LoadedIndex | null;
  src: string | null;
}

export type IndexState =
  | { kind: 'none' }
  | { kind: 'pending' }
  | { kind: 'error'; error: McErrorDetail }
  | { kind: 'ready'; index: LoadedIndex; note: IndexSnapshot['note'] };

export class IndexTask implements ReactiveController {
  private readonly host: IndexHost;
  private readonly lang: () => Lang;
  private readonly task: Task<readonly [string | null, boolean, Lang], IndexSnapshot | null>;
  private updatedSnap: IndexSnapshot | null = null;
  private unsubscribe: (() => void) | null = null;
  private subscribedSrc: string | null = null;
  private lastError: McErrorDetail | null = null;

  /** Language the index is loaded in (its titles and labels); `lang` by default. */
  private readonly loadLang: () => Lang;

  /**
   * @param lang - the page's language, for error messages.
   * @param loadLang - the language to load the index in, when not the page's (a French
   *   load carries both languages' labels).
   */
  constructor(host: IndexHost, lang: () => Lang, loadLang: () => Lang = lang) {
    this.host = host;
    this.lang = lang;
    this.loadLang = loadLang;
    host.addController(this);
    this.task = new Task(host, {
      // With an `index` property there is nothing to load; `src` is ignored.
      args: () => [this.host.src, this.host.index != null, this.loadLang()] as const,
      task: async ([src, hasIndex, lang], { signal }) => {
        this.updatedSnap = null;
        this.lastError = null;
        if (hasIndex || !src) return null;
        return requestIndex(src, { lang, signal });
      },
      onError: (error) => {
        if (isAbortError(error)) return;
        this.lastError = fireError(this.host, error, this.lang());
      },
    });
  }

  hostUpdated(): void {
    const src = this.host.index == null ? this.host.src : null;
    if (src === this.subscribedSrc) return;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.subscribedSrc = src;
    if (src) {
      this.unsubscribe = onIndexUpdate(src, (snap) => {
        if (snap.lang !== undefined && snap.lang !== this.loadLang()) return;
        this.updatedSnap = snap;
        this.host.requestUpdate();
      });
    }
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.subscribedSrc = null;
  }

  /** What the host should render now. */
  get state(): IndexState {
    if (this.host.index) return { kind: 'ready', index: this.host.index, note: null };
    if (!this.host.src) return { kind: 'none' };
    const snap = this.updatedSnap ?? (this.task.status === TaskStatus.COMPLETE ? this.task.value : null);
    if (snap) return { kind: 'ready', index: snap.index, note: snap.note };
    if (this.task.status === TaskStatus.ERROR && this.lastError) return { kind: 'error', error: this.lastError };
    return { kind: 'pending' };
  }

  /** Loads again after a failure (the Retry button). */
  retry(): void {
    void this.task.run();
  }
}

/**
 * A failure while ranking or rendering (not while loading): classified as `unknown`, so a
 * TypeError from bad data is not mistaken for a network failure.
 */
export function renderFailure(error: unknown): Error & { code: 'unknown' } {
  return Object.assign(new Error('Programs could not be shown.', { cause: error }), { code: 'unknown' as const });
}
