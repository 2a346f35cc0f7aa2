/**
 * Who receives an inquiry, as the page can truthfully say it: the widgets POST to one
 * endpoint, and only its owner knows what happens next. Used by mc-inquiry-form (consent and
 * confirmation) and mc-skill-finder (its review step).
 *
 * - `routed`: the endpoint forwards each inquiry to the institutions offering its programs
 *   (the reference server with `--index`); the page says so, naming the endpoint's owner
 *   when given.
 * - Otherwise the inquiry goes to the endpoint's owner (`endpoint-owner`, or the form's older
 *   `institution`), or, when nobody is named, to the one institution offering all the
 *   programs (an institution's own page). With several institutions and no owner named, the
 *   page says only that it goes to this page's inquiry service.
 */
import type { Program } from '../../core/index-format/index.js';

export type Recipients =
  /** The endpoint forwards to `institutions`; `service` runs it, when named. */
  | { kind: 'routed'; service: string | null; institutions: string[] }
  /** `receiver` gets it (it may or may not be one of `institutions`). */
  | { kind: 'receiver'; receiver: string; institutions: string[] }
  /** The page's inquiry service gets it; who runs it is not said. */
  | { kind: 'service'; institutions: string[] };

/** The providers of `programs`, each once, in order of appearance. */
export function providersOf(programs: readonly Program[]): string[] {
  return [...new Set(programs.map((p) => p.provider.trim()).filter(Boolean))];
}

export function recipientsOf(opts: { routed: boolean; owner: string; programs: readonly Program[] }): Recipients {
  const institutions = providersOf(opts.programs);
  const owner = opts.owner.trim();
  if (opts.routed) return { kind: 'routed', service: owner || null, institutions };
  if (owner) return { kind: 'receiver', receiver: owner, institutions };
  if (institutions.length === 1) return { kind: 'receiver', receiver: institutions[0]!, institutions };
  return { kind: 'service', institutions };
}
