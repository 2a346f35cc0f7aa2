/**
 * The portal's view in the page URL (opt-in `url-state`): what a shared link needs to
 * show the same thing, and nothing about the person. Parameters carry an `mc-` prefix so
 * the host page's own stay untouched; a value that is not well formed is dropped on read,
 * so a hand-edited link shows the default view rather than an error.
 */
import type { Delivery, Lang, ProgramLanguage } from '../../core/index-format/index.js';
import { EMPTY_FILTERS, type FilterState, type SortOrder } from '../mc-recommendations/filter-state.js';

export interface PortalUrlState {
  current: string | null;
  target: string | null;
  region: string | null;
  lang: Lang | null;
  filters: FilterState;
}

const DELIVERIES: readonly Delivery[] = ['online', 'in-person', 'hybrid'];
const LANGUAGES: readonly ProgramLanguage[] = ['en', 'fr', 'bilingual', 'other'];
const SORTS: readonly SortOrder[] = ['fit', 'hours', 'cost'];
const CODE = /^\d{5}$/;
const REGION = /^[A-Za-z0-9]{2,8}$/;
/** Institution names are free text; only their length is bounded. */
const PROVIDER_MAX = 200;

/** Every parameter the portal owns; the rest of the URL belongs to the host page. */
export const URL_KEYS = [
  'mc-current',
  'mc-target',
  'mc-region',
  'mc-lang',
  'mc-delivery',
  'mc-language',
  'mc-hours',
  'mc-cost',
  'mc-osap',
  'mc-provider',
  'mc-sort',
] as const;

function list<V extends string>(raw: string | null, allowed: readonly V[]): V[] {
  if (!raw) return [];
  return [...new Set(raw.split(','))].filter((v): v is V => (allowed as readonly string[]).includes(v));
}

function limit(raw: string | null): number | null {
  if (raw === null || !/^\d{1,6}$/.test(raw)) return null;
  return Number(raw);
}

/** The view a URL's query describes. */
export function readUrlState(search: string): PortalUrlState {
  const q = new URLSearchParams(search);
  const pick = (key: string, re: RegExp) => {
    const v = q.get(key);
    return v !== null && re.test(v) ? v : null;
  };
  const lang = q.get('mc-lang');
  const sort = q.get('mc-sort') as SortOrder | null;
  const provider = q.get('mc-provider') ?? '';
  return {
    current: pick('mc-current', CODE),
    target: pick('mc-target', CODE),
    region: pick('mc-region', REGION),
    lang: lang === 'en' || lang === 'fr' ? lang : null,
    filters: {
      delivery: list(q.get('mc-delivery'), DELIVERIES),
      language: list(q.get('mc-language'), LANGUAGES),
      maxHours: limit(q.get('mc-hours')),
      maxCost: limit(q.get('mc-cost')),
      osapOnly: q.get('mc-osap') === '1',
      provider: provider.length <= PROVIDER_MAX ? provider : '',
      sort: sort && SORTS.includes(sort) ? sort : EMPTY_FILTERS.sort,
    },
  };
}

/**
 * `href` with the portal's parameters set to `state` (defaults left out) and every other
 * parameter and the fragment kept.
 */
export function writeUrlState(href: string, state: PortalUrlState): string {
  const url = new URL(href);
  for (const key of URL_KEYS) url.searchParams.delete(key);
  const f = state.filters;
  const entries: Array<[string, string | null]> = [
    ['mc-current', state.current],
    ['mc-target', state.target],
    ['mc-region', state.region],
    ['mc-lang', state.lang],
    ['mc-delivery', f.delivery.length > 0 ? f.delivery.join(',') : null],
    ['mc-language', f.language.length > 0 ? f.language.join(',') : null],
    ['mc-hours', f.maxHours != null ? String(f.maxHours) : null],
    ['mc-cost', f.maxCost != null ? String(f.maxCost) : null],
    ['mc-osap', f.osapOnly ? '1' : null],
    ['mc-provider', f.provider || null],
    ['mc-sort', f.sort !== EMPTY_FILTERS.sort ? f.sort : null],
  ];
  for (const [key, value] of entries) if (value) url.searchParams.set(key, value);
  return url.href;
}
