/**
 * What a miss of mc-skill-finder loads: the other language's skill names, for a skill typed
 * in it ("welding" on the French page, "soins infirmiers" on the English one), and the
 * skills' other English names written apart from their labels ("CPR" of "resuscitation",
 * `names.en.txt`), for a skill typed by one of them on either page. A French page holds the
 * English labels already (ranking reads them). Both load when a typed skill first finds
 * nothing, once per index however many finders ask, and a page where every skill was found
 * never loads them. They load through index-source, as the index did: through the host's
 * fetch, if it gave one, and the device cache, so a returning visitor offline finds them
 * there. The loader comes with the folder's lazy entry, which a finder that loaded its
 * index has already.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hasLabels, hasOtherNames } from '../../core/load/index.js';
import type { LoadedIndex } from '../../core/model/index.js';
import { LANGS, type Lang } from '../../core/index-format/index.js';
import { through } from '../shared/index-source.js';

/**
 * `ready`: everything a miss loads is here; `loading`; `failed`: some of it could not be
 * loaded; `none`: not asked for yet, or never to be (an index given by the host from no file).
 */
export type AcrossState = 'none' | 'loading' | 'ready' | 'failed';

/** What a miss loads and is not here yet: the other language's `labels`, the other English `names`. */
export interface AcrossMissing {
  labels: boolean;
  names: boolean;
}

export class SkillsAcross implements ReactiveController {
  private loading: LoadedIndex | null = null;
  private failed: LoadedIndex | null = null;

  /** `onSettled`: the load ended, well or not (the host says what it then finds). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onSettled: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  state(index: LoadedIndex, lang: Lang): AcrossState {
    const { labels, names } = missing(index, lang);
    if (!labels && !names) return 'ready';
    if (this.loading === index) return 'loading';
    return this.failed === index ? 'failed' : 'none';
  }

  /** Whether the other language's labels are here, to search them (`suggestSkillsAcross`). */
  searchesOther(index: LoadedIndex, lang: Lang): boolean {
    return hasLabels(index, otherOf(lang));
  }

  /** What a miss loads that is still missing (loading, or failed). */
  missing(index: LoadedIndex, lang: Lang): AcrossMissing {
    return missing(index, lang);
  }

  /**
   * Loads what a miss loads of `index` and is not here, unless it is loading, failed since
   * the last `reset`, or has no file to come from (an index a host assembled itself).
   */
  want(index: LoadedIndex, lang: Lang): void {
    if (this.state(index, lang) !== 'none' || !isUrl(index.source)) return;
    this.loading = index;
    this.host.requestUpdate();
    const settle = (failed: boolean) => {
      if (this.loading !== index) return;
      this.loading = null;
      this.failed = failed ? index : null;
      this.host.requestUpdate();
      this.onSettled();
    };
    // Settled when every load has ended, so what failed is told from what loaded.
    // Through the host's fetch and the device cache, as the index came (`through`); `loadLabels`
    // shares one load per index and file however many finders ask, and forgets a failed one.
    const load = (l: Lang) => import('../../core/load/lazy.js').then(async (m) => m.loadLabels(index, l, { otherNames: true, ...(await through()) }));
    void Promise.allSettled(LANGS.map(load)).then((loads) => settle(loads.some((load) => load.status === 'rejected')));
  }

  /** Forgets a failure: the next miss tries again (called when a search starts anew). */
  reset(): void {
    this.failed = null;
  }
}

function missing(index: LoadedIndex, lang: Lang): AcrossMissing {
  return { labels: !hasLabels(index, otherOf(lang)), names: LANGS.some((l) => !hasOtherNames(index, l)) };
}

/** True for an absolute URL (not `URL.canParse`, which Safari before 17 lacks). */
function isUrl(source: string): boolean {
  try {
    new URL(source);
    return true;
  } catch {
    return false;
  }
}

function otherOf(lang: Lang): Lang {
  return lang === 'en' ? 'fr' : 'en';
}
