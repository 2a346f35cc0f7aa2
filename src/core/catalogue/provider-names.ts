/**
 * An institution's French name belongs to the institution, not to one row: a catalogue may
 * give it on every row of the institution or on one. Pages filter and route by `provider`
 * (its English name), so a page must never name one institution two ways.
 */
import type { Diagnostics } from './diagnostics.js';

/** What of a catalogue entry (`RawProgram`) its institution's names are read from. */
interface Named {
  line: number;
  provider: string;
  providerFr?: string;
}

/**
 * Gives every program of an institution (the same `provider`) the first French name the
 * catalogue gives it; a different one on a later row is a warning naming that row, and the
 * first is kept.
 */
export function shareProviderNames(programs: readonly Named[], file: string, diag: Diagnostics): void {
  const first = new Map<string, { name: string; line: number }>();
  for (const p of programs) {
    if (p.providerFr === undefined) continue;
    const given = first.get(p.provider);
    if (!given) first.set(p.provider, { name: p.providerFr, line: p.line });
    else if (given.name !== p.providerFr) {
      const value = p.providerFr.slice(0, 80);
      const kept = given.name.slice(0, 80);
      diag.warn(file, p.line, 'provider_fr', `"${value}" is not the French name line ${given.line} gives this provider ("${kept}"); that one is kept`, {
        code: 'provider-fr-differs',
        params: { value, kept, line: given.line },
      });
    }
  }
  for (const p of programs) {
    const given = first.get(p.provider);
    if (given) p.providerFr = given.name;
  }
}
