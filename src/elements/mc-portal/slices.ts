/**
 * The portal's first recommendations for a choice, before the whole index: the chosen
 * occupation's slice of the catalogue (`requestOccupationIndex`, a few KB), whose results
 * are the whole index's. The whole index loads once the first recommendations have shown
 * (or at once when a slice cannot be had), so a page downloads under 300 KB of index before
 * its first recommendations instead of about 470 (docs/performance.md#download).
 */
import type { ReactiveControllerHost } from 'lit';
import type { LoadedIndex } from '../../core/model/index.js';
import type { TitlesIndex } from '../../core/load/index.js';
import { yieldToEventLoop } from '../../core/schedule/index.js';
import { requestOccupationIndex } from '../shared/index-source.js';

/** Occupations whose slice is kept: the results trail a new choice by a task. */
const SLICES_KEPT = 3;

export class OccupationSlices {
  private readonly slices = new Map<string, LoadedIndex>();
  private release: () => void = () => undefined;
  /** Resolves once the whole index may load. */
  readonly wholeWanted = new Promise<void>((resolve) => (this.release = resolve));

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The slice of `code` read with `titles` (another language's titles are another manifest), or null. */
  get(code: string | null, titles: TitlesIndex | null): LoadedIndex | null {
    const slice = code ? this.slices.get(code) : undefined;
    return slice && titles && slice.manifest === titles.manifest ? slice : null;
  }

  /** Loads the slice of `code` beside `titles`; the host updates when it is here. */
  want(code: string, titles: TitlesIndex, current: () => TitlesIndex | null): void {
    requestOccupationIndex(titles, code).then(
      (slice) => {
        if (current() !== titles) return;
        this.slices.set(code, slice);
        if (this.slices.size > SLICES_KEPT) this.slices.delete(this.slices.keys().next().value!);
        this.host.requestUpdate();
        // The whole index once these first recommendations have shown.
        void this.host.updateComplete.then(() => yieldToEventLoop()).then(() => this.release());
      },
      () => this.release(),
    );
  }
}
