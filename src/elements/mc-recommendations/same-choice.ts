/**
 * Whether two of mc-recommendations' results keys (JSON of occupation, from, region, provider,
 * filters, language) are for the same occupation, from, region, provider and language: they
 * differ only in filters or sort. In a module of its own, not in filters.ts, which the portal
 * loads up front.
 */
export function sameChoice(a: string, b: string): boolean {
  const [ao, af, ar, ap, , al] = JSON.parse(a) as unknown[];
  const [bo, bf, br, bp, , bl] = JSON.parse(b) as unknown[];
  return ao === bo && af === bf && ar === br && ap === bp && al === bl;
}
