/**
 * The errors of the elements that rank and show results (labour market, recommendations,
 * skill finder): an occupation the index does not hold, and a failure while ranking or
 * rendering. Apart from errors.ts and index-task.ts, which the first page of every element
 * carries: these are needed only once results are worked out.
 */
import type { Lang } from '../../core/index-format/index.js';
import { UnknownOccupationError } from '../../core/index-format/index.js';
import { fireError } from './errors.js';

/**
 * Tells the host, once per code and index, that an occupation code is not in the index, as
 * the element shows it: `mc-error` `unknown-occupation`, its hint naming the code. Call the
 * returned function from `updated()`, once the error box is on screen: render only returns the box.
 */
export function unknownOccupationReport(host: HTMLElement): (index: object, code: string, lang: Lang) => void {
  let last: [object, string] | undefined;
  return (index, code, lang) => {
    if (last?.[0] === index && last[1] === code) return;
    last = [index, code];
    fireError(host, new UnknownOccupationError(code), lang);
  };
}

/**
 * A failure while ranking or rendering (not while loading): classified as `unknown`, so a
 * TypeError from bad data is not mistaken for a network failure.
 */
export function renderFailure(error: unknown): Error & { code: 'unknown' } {
  return Object.assign(new Error('Programs could not be shown.', { cause: error }), { code: 'unknown' as const });
}
