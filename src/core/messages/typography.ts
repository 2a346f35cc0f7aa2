/**
 * French typography and the years of a period, shared by the core's sentences
 * (`messages.ts`, `evidence.ts`) and the labour-market ones (`core/lmi/words.ts`).
 */

export const NBSP = '\u00a0';
/** Before ; ? ! in French: a narrow no-break space. */
export const NNBSP = '\u202f';

const EN_MARKS = ['“', '”'] as const;
const FR_MARKS = [`«${NBSP}`, `${NBSP}»`] as const;

/** The quotation marks a sentence of `lang` puts around words it quotes: “…”, « … ». */
export function quoteMarks(lang: 'en' | 'fr'): readonly [string, string] {
  return lang === 'fr' ? FR_MARKS : EN_MARKS;
}

/** `text` in French quotation marks: « text ». */
export function quoteFr(text: string): string {
  return `${FR_MARKS[0]}${text}${FR_MARKS[1]}`;
}

/** "A and B", "A, B and C": `items`, each its pieces, joined with commas and `and` ("and", "et"). */
export function listPieces<T>(items: ReadonlyArray<readonly T[]>, and: string): Array<T | string> {
  return items.flatMap((item, i) => [i === 0 ? '' : i === items.length - 1 ? ` ${and} ` : ', ', ...item]);
}

/** "2024-2033" -> ["2024", "2033"]; null for a period of another shape. */
export function periodYears(period: string): [string, string] | null {
  const m = /^(\d{4})-(\d{4})$/.exec(period);
  return m ? [m[1]!, m[2]!] : null;
}
