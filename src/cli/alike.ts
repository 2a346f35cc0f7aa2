/**
 * Occupations whose lead statements resemble each other, for related occupations: skill
 * profiles say what two occupations need to know, the lead statements what the work is
 * (a hotel front desk clerk's skills are much like a food counter attendant's; the lead
 * statements put travel counsellors and airline agents nearer). The measure is the cosine
 * of TF-IDF vectors (log term frequency) of the English lead statements, kept from
 * ALIKE_MIN up: below it, pairs share a word or two by chance.
 */
import { terms } from '../core/text/index.js';
import { TfIdf } from './tfidf.js';

export const ALIKE_MIN = 0.08;

/** For each occupation, `[other occupation's position, likeness rounded to hundredths]`, by position. */
export function alikeOccupations(summaries: readonly string[]): Array<Array<[number, number]>> {
  const docs = summaries.map(terms);
  const tfidf = new TfIdf(docs, (df, n) => Math.log(n / df));
  const vectors = docs.map((doc) => tfidf.vector(doc));
  const out = summaries.map((): Array<[number, number]> => []);
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      let cos = 0;
      for (const [t, w] of vectors[i]!) cos += w * (vectors[j]!.get(t) ?? 0);
      if (cos < ALIKE_MIN) continue;
      const likeness = Math.min(1, Math.round(cos * 100) / 100);
      out[i]!.push([j, likeness]);
      out[j]!.push([i, likeness]);
    }
  }
  return out;
}
