/**
 * The institution a page names (an element's `provider`), by either name its catalogue gives
 * it: `provider`, or its French name (`provider_fr`), written exactly as the catalogue writes
 * them (filters match `provider` exactly too). Filters, routing and tokens keep `provider`:
 * this gives it back.
 */
import type { Facets } from './rank-prepare.js';

/**
 * The `provider` of the institution `name` names, null when none of `catalogue` is named so.
 * An institution's own `provider` wins over another's French name of the same spelling.
 */
export function providerNamed(name: string, catalogue: Pick<Facets, 'providers' | 'providerFr'>): string | null {
  if (catalogue.providers.includes(name)) return name;
  for (const [provider, fr] of catalogue.providerFr) if (fr === name) return provider;
  return null;
}
