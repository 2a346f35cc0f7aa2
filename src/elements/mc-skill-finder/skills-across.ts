/**
 * The other language's skill names for mc-skill-finder, for a skill typed in it ("welding"
 * on the French page, "soins infirmiers" on the English one). A French page holds the
 * English labels already (ranking reads them); an English page loads `labels.fr.txt` when a
 * typed skill first finds nothing in English, once per index however many finders ask, and
 * a page where every skill was found never does. The loader comes with the folder's lazy
 * entry, which a finder that loaded its index has already.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hasLabels } from '../../core/load/index.js';
import type { LoadedIndex } from '../../core/model/index.js';
import type { Lang } from '../../core/index-format/index.js';

/**
 * `ready`: the other names can be searched; `loading`; `failed`: they could not be loaded;
 * `none`: not asked for yet, or never to be (an index given by the host from no file).
 */
export type AcrossState = 'none' | 'loading' | 'ready' | 'failed';

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
    if (hasLabels(index, otherOf(lang))) return 'ready';
    if (this.loading === index) return 'loading';
    return this.failed === index ? 'failed' : 'none';
  }

  /**
   * Loads the other language's labels of `index`, unless they are here, loading, failed
   * since the last `reset`, or have no file to come from (an index a host assembled itself).
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
    import('../../core/load/lazy.js')
      .then(({ loadLabels }) => loadLabels(index, otherOf(lang)))
      .then(
        () => settle(false),
        () => settle(true),
      );
  }

  /** Forgets a failure: the next miss tries again (called when a search starts anew). */
  reset(): void {
    this.failed = null;
  }
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
