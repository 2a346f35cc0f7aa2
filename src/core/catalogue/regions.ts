/**
 * The Job Bank economic regions the index covers: Canada, Ontario and Ontario's 11
 * economic regions. French names follow Statistics Canada's French region names.
 */
import type { Region } from '../index-format/index.js';

export const REGIONS: readonly Region[] = [
  { code: 'ER00', name: { en: 'Canada', fr: 'Canada' } },
  { code: 'ER35', name: { en: 'Ontario', fr: 'Ontario' } },
  { code: 'ER3510', name: { en: 'Ottawa', fr: 'Ottawa' } },
  { code: 'ER3515', name: { en: 'Kingston–Pembroke', fr: 'Kingston–Pembroke' } },
  { code: 'ER3520', name: { en: 'Muskoka–Kawarthas', fr: 'Muskoka–Kawarthas' } },
  { code: 'ER3530', name: { en: 'Toronto', fr: 'Toronto' } },
  { code: 'ER3540', name: { en: 'Kitchener–Waterloo–Barrie', fr: 'Kitchener–Waterloo–Barrie' } },
  { code: 'ER3550', name: { en: 'Hamilton–Niagara Peninsula', fr: 'Hamilton–Péninsule du Niagara' } },
  { code: 'ER3560', name: { en: 'London', fr: 'London' } },
  { code: 'ER3570', name: { en: 'Windsor–Sarnia', fr: 'Windsor–Sarnia' } },
  { code: 'ER3580', name: { en: 'Stratford–Bruce Peninsula', fr: 'Stratford–Péninsule de Bruce' } },
  { code: 'ER3590', name: { en: 'Northeast', fr: 'Nord-Est' } },
  { code: 'ER3595', name: { en: 'Northwest', fr: 'Nord-Ouest' } },
];

export const REGION_CODES: ReadonlySet<string> = new Set(REGIONS.map((r) => r.code));
