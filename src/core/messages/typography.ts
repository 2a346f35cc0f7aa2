/**
 * French typography and the years of a period, shared by the core's sentences
 * (`messages.ts`, `evidence.ts`) and the labour-market ones (`core/lmi/words.ts`).
 */

export const NBSP = '\u00a0';
/** Before ; ? ! in French: a narrow no-break space. */
export const NNBSP = '\u202f';

/** `text` in French quotation marks: « text ». */
export function quoteFr(text: string): string {
  return `«${NBSP}${text}${NBSP}»`;
}

/** "2024-2033" -> ["2024", "2033"]; null for a period of another shape. */
export function periodYears(period: string): [string, string] | null {
  const m = /^(\d{4})-(\d{4})$/.exec(period);
  return m ? [m[1]!, m[2]!] : null;
}
