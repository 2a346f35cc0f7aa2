/**
 * A wage region as a sentence says it. French puts a preposition and an article that depend
 * on the place before its name ("à Toronto", "en Ontario", "au Canada", "dans la région de
 * Muskoka–Kawarthas", "dans le Nord-Est"), so the region's kind is kept per Job Bank economic
 * region code (`core/catalogue/regions.ts`); the name is the index's.
 */
import type { Lang } from '../index-format/index.js';

/** A wage region: its code and its name in the sentence's language. */
export interface Place {
  code: string;
  name: string;
}

/** How a sentence names a place. */
export interface PlaceWords {
  /** Where: "à Toronto", "in the Northeast". */
  at: string;
  /** What: "Toronto", "la région de Muskoka–Kawarthas", "the Northeast". */
  what: string;
  /** The whole of it, for figures that stand for it: "l’ensemble de l’Ontario". */
  whole: string;
}

type Kind = 'country' | 'province' | 'city' | 'region' | 'part';

const KINDS: Readonly<Record<string, Kind>> = {
  ER00: 'country',
  ER35: 'province',
  ER3510: 'city',
  ER3515: 'region',
  ER3520: 'region',
  ER3530: 'city',
  ER3540: 'region',
  ER3550: 'region',
  ER3560: 'city',
  ER3570: 'region',
  ER3580: 'region',
  // Of Ontario: "dans le Nord-Est", "in the Northeast".
  ER3590: 'part',
  ER3595: 'part',
};

/** « de Muskoka », « d’Ottawa »; « de Hamilton »: the h of an English name is not elided. */
const de = (name: string) => (/^[aeiouyàâäéèêëîïôöûü]/i.test(name) ? `d’${name}` : `de ${name}`);

function french(kind: Kind, name: string): PlaceWords {
  switch (kind) {
    case 'country':
      return { at: `au ${name}`, what: `le ${name}`, whole: `l’ensemble du ${name}` };
    case 'province':
      return { at: `en ${name}`, what: `l’${name}`, whole: `l’ensemble de l’${name}` };
    case 'city':
      return { at: `à ${name}`, what: name, whole: name };
    case 'part':
      return { at: `dans le ${name}`, what: `le ${name}`, whole: `le ${name}` };
    case 'region':
      return { at: `dans la région ${de(name)}`, what: `la région ${de(name)}`, whole: `la région ${de(name)}` };
  }
}

function english(kind: Kind, name: string): PlaceWords {
  const what = kind === 'part' ? `the ${name}` : name;
  return { at: `in ${what}`, what, whole: what };
}

/** `place` as a sentence in `lang` says it; a region of unknown code, as a region ("dans la région de …"). */
export function placeWords(lang: Lang, place: Place): PlaceWords {
  const kind = KINDS[place.code] ?? 'region';
  return lang === 'fr' ? french(kind, place.name) : english(kind === 'region' ? 'city' : kind, place.name);
}
