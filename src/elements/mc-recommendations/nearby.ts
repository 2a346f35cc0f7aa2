/**
 * The nearby occupations a short list, or a list of partial matches only, offers: of the
 * occupations related to the one chosen (the core's `relatedOccupations`, best first), the
 * first few for which this catalogue, with the same region, institution and filters, has
 * more strong matches than the list shown, each a button that asks to show them, with how
 * many strong matches and the skills that carry over. Only strong matches count: a partial
 * one may use the work's words in another sense ("Build a mobile app with Google Sheets"
 * for sheet metal workers). One that would give no more is left out: a list of dead ends is
 * no way out of one. The candidates' quotes (a small file each) are loaded to know it.
 *
 * Each candidate is ranked as choosing it shows it (in slices, in tasks after the list has
 * shown): for the move from the same current occupation, or from the occupation shown when
 * the host makes that the move (`nearbyFrom`), so the number a button promises is the number
 * of strong matches the person then gets; over one occupation's slice of the catalogue,
 * with the candidate's own slice.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { LoadedIndex, Recommendation } from '../../core/model/index.js';
import { recommendInSlices, relatedOccupations, type RecommendOptions, type RelatedOccupation } from '../../core/rank/index.js';
import { loadQuotes } from './quotes.js';
import { coreMessages } from '../../core/messages/index.js';
import { yieldToEventLoop } from '../../core/schedule/index.js';
import type { Lang } from '../../core/index-format/index.js';
import type { Strings } from '../shared/locale.js';
import { sharedSkills } from '../shared/shared-skills.js';
import { slashBreaks } from '../shared/slash-breaks.js';
import { withMarkedNames, type ShownName } from '../shared/names.js';

/** A host for the task: its status is not rendered, so it asks for no update. */
const quietHost: ReactiveControllerHost = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };

/** How many nearby occupations the notice names at most. */
export const NEARBY_SHOWN = 3;
/** How many related occupations are ranked, at most, to find them. */
const CANDIDATES = 10;
/**
 * Least likeness (`RelatedOccupation.score`) of an occupation the notice names. Below it
 * the "related" occupation is no move at all (bookkeepers to practical nurses, on the
 * sample index at 0.01): naming it because its catalogue share is larger would be padding.
 */
const MIN_SCORE = 0.05;

export interface NearbyOccupation extends RelatedOccupation {
  /** How many strong matches this catalogue has for it, with the same options: what the notice says and what choosing it shows. */
  strong: number;
}

/** What the nearby list is worked out for: the options of the list shown, and its strong matches. */
export interface NearbyAsk {
  index: LoadedIndex;
  /** The list's options, `from` as choosing a nearby occupation would set it. */
  options: RecommendOptions;
  /** How many strong matches the chosen occupation got: a nearby one must have more. */
  strong: number;
}

export interface Nearby {
  /** Related occupations this catalogue has more strong matches for, best related first. */
  served: NearbyOccupation[];
  /** The closest related occupation, whether served or not (null: none is close enough). */
  closest: RelatedOccupation | null;
}

/**
 * What the nearby list of the list `all`, ranked with `options`, is worked out for; `from`,
 * the move choosing one shows. Null until the list's strengths are known (with its quotes):
 * until then there is no number of strong matches to beat.
 */
export function nearbyAsk(index: LoadedIndex, all: readonly Recommendation[], options: RecommendOptions, from: string | null): NearbyAsk | null {
  if (all.some((rec) => rec.strength === undefined)) return null;
  return { index, options: from ? { ...options, from } : options, strong: all.filter((rec) => rec.strength === 'strong').length };
}

/** The related occupations of `ask` that this catalogue serves better, best related first. */
export async function nearbyServed(ask: NearbyAsk, signal: AbortSignal): Promise<Nearby> {
  const { index, options } = ask;
  // After the list has painted: the related occupations are a scan of every profile.
  await yieldToEventLoop();
  signal.throwIfAborted();
  const related = relatedOccupations(index, options.occupation, { lang: options.lang ?? 'en', limit: CANDIDATES }).filter(
    (r) => r.score >= MIN_SCORE && r.code !== options.from,
  );
  const found: NearbyOccupation[] = [];
  for (const r of related) {
    if (found.length >= NEARBY_SHOWN) break;
    // Over one occupation's slice (a page's first recommendations), the other's slice.
    const other = index.slice ? await import('../../core/load/lazy.js').then((m) => m.occupationIndexFor(index, r.code, { signal })) : index;
    // A card's strength needs its occupation's quotes; without them (a failed download) none counts.
    await loadQuotes(other, r.code, { signal }).catch(() => signal.throwIfAborted());
    const recs = await recommendInSlices(other, { ...options, occupation: r.code }, { signal });
    const strong = recs.filter((rec) => rec.strength === 'strong').length;
    if (strong > ask.strong) found.push({ ...r, strong });
  }
  return { served: found, closest: related[0] ?? null };
}

/**
 * The nearby list of the results shown: the element says what it wants (`want`, while
 * rendering), the work starts after that render, and a newer want aborts an older one.
 */
export class NearbyController {
  private wanted: { key: string; ask: NearbyAsk } | null = null;
  /** What the task last ran for: the options' key and the index. */
  private ran: { key: string; index: LoadedIndex } | null = null;
  private readonly task: Task<readonly [NearbyAsk], Nearby>;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
    // Started after an update: the task's own "pending" update would be one more, for nothing
    // to show; the host updates once the list is worked out.
    this.task = new Task(quietHost, {
      autoRun: false,
      task: ([ask], { signal }) => nearbyServed(ask, signal),
      onComplete: () => host.requestUpdate(),
    });
  }

  /**
   * The nearby occupations for `ask` once worked out, else null (then they are worked out
   * after this render). Null `ask`: none are wanted.
   */
  want(ask: NearbyAsk | null): Nearby | null {
    if (!ask) {
      this.wanted = null;
      return null;
    }
    const key = JSON.stringify(ask.options) + `|${ask.strong}`;
    this.wanted = { key, ask };
    const done = this.ranFor(key, ask.index) && this.task.status === TaskStatus.COMPLETE;
    return done ? (this.task.value ?? null) : null;
  }

  private ranFor(key: string, index: LoadedIndex): boolean {
    return this.ran !== null && this.ran.key === key && this.ran.index === index;
  }

  /** Waits for a running search; true if there was one (its list then shows in the host's next update). */
  async settle(): Promise<boolean> {
    if (this.task.status !== TaskStatus.PENDING) return false;
    await this.task.taskComplete.catch(() => undefined);
    return true;
  }

  hostUpdated(): void {
    const wanted = this.wanted;
    if (!wanted || this.ranFor(wanted.key, wanted.ask.index)) return;
    this.ran = { key: wanted.key, index: wanted.ask.index };
    // A failure leaves the notice without the list: it still says what the catalogue lacks.
    this.task.run([wanted.ask]).catch(() => undefined);
  }
}

export interface NearbyListOptions {
  t: Strings<'recommendations'>;
  lang: Lang;
  nearby: Nearby;
  /** How many programs the chosen occupation got. */
  count: number;
  /** The host's own institution (`provider`), by its name in the page's language: the counts are of its programs. */
  provider: ShownName | null;
  onPick: (chosen: NearbyOccupation) => void;
}

/**
 * The list of nearby occupations, labelled by its intro sentence. With none and no program,
 * a sentence saying the closest related occupation has no strong match here either: the
 * person need not look for it.
 */
export function nearbyList({ t, lang, nearby: { served, closest }, count, provider, onPick }: NearbyListOptions): TemplateResult | typeof nothing {
  const r = t.recommendations;
  if (served.length === 0) return count === 0 && closest ? html`<p>${r.nearbyNone(closest.title)}</p>` : nothing;
  const m = coreMessages(lang);
  return html`<div part="nearby" class="nearby">
    <p id="nearby-label">${withMarkedNames(r.nearbyIntro(provider?.value), provider ? [provider] : [])}</p>
    <ul aria-labelledby="nearby-label">
      ${served.map(
        (o) => html`<li>
          <button type="button" class="link" aria-label=${r.nearbyShow(o.title)} @click=${() => onPick(o)}>${slashBreaks(o.title)}</button>
          <span class="count">${r.nearbyStrongCount(o.strong)}</span>
          ${sharedSkills(m, o)}
        </li>`,
      )}
    </ul>
  </div>`;
}
