/**
 * Gives a data element its index: the `index` property a parent set, else the shared load
 * of `src` through index-source (one download per page), re-run on Retry and swapped when
 * a background revalidation brings a newer copy. Used by mc-recommendations and
 * mc-skill-finder.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../../core/index-format/index.js';
import type { LoadedIndex } from '../../core/model/index.js';
import type { TitlesIndex } from '../../core/load/index.js';
import type { Lang } from '../../core/index-format/index.js';
import {
  onIndexUpdate,
  onLabelsIndexUpdate,
  onTitlesIndexUpdate,
  requestIndex,
  requestLabelsIndex,
  requestOccupationIndex,
  requestTitlesIndex,
  type IndexSnapshot,
} from './index-source.js';
import { fireError, type McErrorDetail } from './errors.js';

export interface IndexHost extends ReactiveControllerHost, HTMLElement {
  /** A whole index for `IndexTask<LoadedIndex>`'s hosts, or the titles alone for `IndexTask<TitlesIndex>`'s. */
  index: TitlesIndex | null;
  src: string | null;
}

export type IndexState<T extends TitlesIndex = LoadedIndex> =
  { kind: 'none' } | { kind: 'pending' } | { kind: 'error'; error: McErrorDetail } | { kind: 'ready'; index: T; note: IndexSnapshot['note'] };

export interface IndexTaskOptions {
  /** True while only the job titles are needed (`requestTitlesIndex`); false by default. */
  titlesOnly?: () => boolean;
  /** False until the load may start (see `LoadTrigger`); true by default. */
  wanted?: () => boolean;
  /**
   * The one occupation whose programs the host shows: the labels (no job titles), then that
   * occupation's slice of the catalogue (`requestOccupationIndex`), not the whole index; the
   * whole index when it is null or not in the index.
   */
  occupation?: () => string | null;
}

/** `T` is `TitlesIndex` for a host that passes `titlesOnly` (it may get the titles alone). */
export class IndexTask<T extends TitlesIndex = LoadedIndex> implements ReactiveController {
  private readonly host: IndexHost;
  private readonly lang: () => Lang;
  private readonly task: Task<readonly [string | null, boolean, Lang, boolean, boolean, string | null], IndexSnapshot<T> | null>;
  private updatedSnap: IndexSnapshot<T> | null = null;
  private unsubscribe: (() => void) | null = null;
  private subscribedSrc: string | null = null;
  private lastError: McErrorDetail | null = null;

  /** Loads one occupation's slice (`IndexTaskOptions.occupation`). */
  private readonly sliced: boolean;
  /** Language the index is loaded in (its titles and labels); `lang` by default. */
  private readonly loadLang: () => Lang;
  private readonly titlesOnly: () => boolean;

  /**
   * @param lang - the page's language, for error messages.
   * @param loadLang - the language to load the index in, when not the page's (a French
   *   load carries both languages' labels).
   */
  constructor(host: IndexHost, lang: () => Lang, loadLang: () => Lang = lang, opts: IndexTaskOptions = {}) {
    this.host = host;
    this.lang = lang;
    this.loadLang = loadLang;
    this.titlesOnly = opts.titlesOnly ?? (() => false);
    host.addController(this);
    const wanted = opts.wanted ?? (() => true);
    this.sliced = opts.occupation !== undefined;
    const occupation = opts.occupation ?? (() => null);
    this.task = new Task(host, {
      // With an `index` property there is nothing to load; `src` is ignored.
      args: () => [this.host.src, this.host.index != null, this.loadLang(), this.titlesOnly(), wanted(), occupation()] as const,
      task: async ([src, hasIndex, lang, titlesOnly, wanted, code], { signal }) => {
        this.updatedSnap = null;
        this.lastError = null;
        if (hasIndex || !src || !wanted) return null;
        if (code) {
          const titles = await requestLabelsIndex(src, { lang, signal });
          // A whole index's host (`T` is LoadedIndex) is the one that asks for a slice.
          if (titles.index.occupations.has(code))
            return { ...titles, index: await requestOccupationIndex(titles.index, code, signal) } as unknown as IndexSnapshot<T>;
        }
        // The caller asked for the titles alone only when a TitlesIndex will do (T).
        const load = titlesOnly ? requestTitlesIndex(src, { lang, signal }) : requestIndex(src, { lang, signal });
        return load as Promise<IndexSnapshot<T>>;
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
      const listen = (snap: IndexSnapshot<TitlesIndex>) => {
        if (snap.lang !== undefined && snap.lang !== this.loadLang()) return;
        // Newer titles: their slice is loaded anew.
        if (this.sliced) return void this.task.run();
        // The same kind of index as this task loads (see the task).
        this.updatedSnap = snap as IndexSnapshot<T>;
        this.host.requestUpdate();
      };
      // The titles loaded alone are updated by their own revalidation, a whole index by its;
      // a slice stands on the labels, or on the titles when a job search loaded them first.
      if (this.sliced) {
        const off = [onLabelsIndexUpdate(src, listen), onTitlesIndexUpdate(src, listen)];
        this.unsubscribe = () => off.forEach((f) => f());
      } else this.unsubscribe = this.titlesOnly() ? onTitlesIndexUpdate(src, listen) : onIndexUpdate(src, listen);
    }
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.subscribedSrc = null;
  }

  /** What the host should render now. */
  get state(): IndexState<T> {
    // The host's index is of the kind it declares (see IndexHost).
    if (this.host.index) return { kind: 'ready', index: this.host.index as T, note: null };
    if (!this.host.src) return { kind: 'none' };
    const snap = this.updatedSnap ?? (this.task.status === TaskStatus.COMPLETE ? this.task.value : null);
    if (snap) return { kind: 'ready', index: snap.index, note: snap.note };
    if (this.task.status === TaskStatus.ERROR && this.lastError) return { kind: 'error', error: this.lastError };
    return { kind: 'pending' };
  }

  /** Resolves once the load under way (if any: a new occupation's slice) has ended, however. */
  async settled(): Promise<void> {
    await this.host.updateComplete;
    await this.task.taskComplete.catch(() => undefined);
    await this.host.updateComplete;
  }

  /** The state once no load is under way: the index, its error, or none (no `src`, or a load given up). */
  async loaded(): Promise<IndexState<T>> {
    do await this.settled();
    while (this.task.status === TaskStatus.PENDING);
    return this.state;
  }

  /** Loads again after a failure (the Retry button). */
  retry(): void {
    void this.task.run();
  }
}
