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
 *
 * Every name is as the page shows it, in its language (`names.ts`): an institution by its
 * French name on a French page, and the owner so too when it is one of them.
 */
import type { Lang, Program } from '../../core/index-format/index.js';
import { frenchNamesOf, institutionName, type ShownName } from './names.js';

export type Recipients = (
  | /** The endpoint forwards to `institutions`; `service` runs it, when named. */
    { kind: 'routed'; service: string | null; institutions: string[] }
    /** `receiver` gets it (it may or may not be one of `institutions`). */
  | { kind: 'receiver'; receiver: string; institutions: string[] }
  /** The page's inquiry service gets it; who runs it is not said. */
  | { kind: 'service'; institutions: string[] }
) & {
  /** Who runs the endpoint, as the host names it (`endpoint-owner`), when it does. */
  owner: string | null;
  /** Every name above with its language, for `withMarkedNames` (an English one on a French page). */
  names: ShownName[];
};

/** The providers of `programs`, each once, in order of appearance. */
export function providersOf(programs: readonly Program[]): string[] {
  return [...new Set(programs.map((p) => p.provider.trim()).filter(Boolean))];
}

export function recipientsOf(opts: { routed: boolean; owner: string; programs: readonly Program[]; lang: Lang }): Recipients {
  const catalogue = { providers: providersOf(opts.programs), providerFr: frenchNamesOf(opts.programs) };
  const shown = catalogue.providers.map((p) => institutionName(p, catalogue, opts.lang));
  const institutions = shown.map((n) => n.value);
  const trimmed = opts.owner.trim();
  const owner = trimmed ? institutionName(trimmed, catalogue, opts.lang) : null;
  const common = { institutions, owner: owner?.value ?? null, names: owner ? [...shown, owner] : shown };
  if (opts.routed) return { kind: 'routed', service: common.owner, ...common };
  if (owner) return { kind: 'receiver', receiver: owner.value, ...common };
  if (institutions.length === 1) return { kind: 'receiver', receiver: institutions[0]!, ...common };
  return { kind: 'service', ...common };
}
