/**
 * Series: programs of one provider that are parts of one whole (the courses of a
 * specialization, numbered parts), so that a list shows one card for them.
 */
import { fold } from '../core/text/index.js';

const SERIES_NOISE = /\b(specialization|professional certificate|capstone( project)?|part \d+|(?:i{1,3}|iv|v|vi{0,3})|\d+)\b/gi;

/** What ends a series' name in a part's title: a colon, or a dash with spaces around it. */
const HEAD_END = /:|\s[-–—]\s/g;

/**
 * Programs of one series (parts of a specialization, numbered courses, one course in several
 * languages) by one provider share a key: the title before a colon or a spaced dash ("Physics
 * 102 - Electric Charges and Fields", "Introduction to Generative AI - Español"), without part
 * numbers and "Specialization". The first such head that names the series counts: two words,
 * or one with its course number ("Physics 102"); else the whole title.
 */
export function seriesKey(title: string, provider: string): string | null {
  const ends = [...title.matchAll(HEAD_END)].map((m) => m.index);
  for (const end of [...ends, title.length]) {
    const head = title.slice(0, end).replace(/\([^)]*\)/g, ' ');
    const key = fold(head.replace(SERIES_NOISE, ' '));
    if (key.split(' ').filter((w) => w.length > 2).length >= 2) return `${fold(provider)}|${key}`;
    const numbered = /^\s*(\p{L}{3,})\s+(\d{2,4})\s*$/u.exec(head);
    if (numbered) return `${fold(provider)}|${fold(numbered[1]!)} ${numbered[2]}`;
  }
  return null;
}

const COLLECTION = /\b(specialization|professional certificate)\b/i;

/**
 * The name of a collection of courses ("Integrative Nursing Specialization" →
 * "integrative nursing"), or null: a program that is not one, or a name of fewer than two words.
 */
function collectionName(title: string): string | null {
  if (!COLLECTION.test(title)) return null;
  const name = fold(title.replace(SERIES_NOISE, ' '));
  return name.split(' ').filter((w) => w.length > 2).length < 2 ? null : name;
}

/** A provider as a run of comma-separated names, ", A, B, ", so that one provider's run is found in a joint one's. */
const providerRun = (provider: string) =>
  `, ${provider
    .replace(/\s*,\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .trim()}, `;

/** The most module-list pieces one course title is read from. */
const TITLE_PIECES = 4;

/**
 * Series number of each program (0: none), numbered in program order. Parts of one series
 * share a `seriesKey`; and a course is a part of a specialization or certificate of its
 * provider that lists it among its modules ("Become an EMT Specialization" lists "Medical
 * Emergencies: Airway, Breathing, and Circulation"), or else whose whole name its title
 * holds: "Introduction to Integrative Nursing" of "Integrative Nursing Specialization",
 * "Patient Safety and Quality Improvement (Patient Safety I)" of "Patient Safety
 * Specialization".
 */
export function seriesOf(programs: ReadonlyArray<{ title: string; provider: string; modules?: readonly string[] }>): number[] {
  const keys = programs.map((p) => seriesKey(p.title, p.provider));
  // Programs joined into groups (union-find over positions).
  const parent = programs.map((_, k) => k);
  const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k]!)));
  const join = (a: number, b: number) => (parent[root(a)] = root(b));
  const firstWithKey = new Map<string, number>();
  keys.forEach((key, k) => {
    if (key === null) return;
    const other = firstWithKey.get(key);
    if (other === undefined) firstWithKey.set(key, k);
    else join(k, other);
  });
  // A course joins a collection of its provider, or of several providers it is one of:
  // "Survey Data Collection and Analytics Specialization" (University of Michigan, University
  // of Maryland, College Park) lists Michigan's "Questionnaire Design for Social Surveys".
  const collections = programs
    .map((p, c) => ({ c, name: collectionName(p.title), by: providerRun(p.provider) }))
    .filter((x): x is { c: number; name: string; by: string } => x.name !== null)
    .sort((a, b) => b.name.length - a.name.length || a.c - b.c);
  // Module names each collection lists, as one module or as consecutive ones: a list written
  // with commas splits a title that has one ("Medical Emergencies: Airway", "Breathing, and Circulation").
  const lists = new Map(
    collections.map(({ c }) => {
      const modules = programs[c]!.modules ?? [];
      const names = new Set<string>();
      modules.forEach((_, i) => {
        for (let j = i + 1; j <= Math.min(modules.length, i + TITLE_PIECES); j++) names.add(fold(modules.slice(i, j).join(', ')));
      });
      return [c, names];
    }),
  );
  // The collections a provider takes part in, worked out once per provider.
  const byProvider = new Map<string, typeof collections>();
  programs.forEach((p, k) => {
    if (COLLECTION.test(p.title)) return;
    const own = providerRun(p.provider);
    // The longest name first ("Statistics for Genomic Data Science" the genomic one, not "Data
    // Science"); each course in at most one: the first that lists it, else one whose name it holds.
    let mine = byProvider.get(own);
    if (!mine) byProvider.set(own, (mine = collections.filter(({ by }) => by.includes(own))));
    const title = fold(p.title);
    // Whose name it holds: only of its own provider's ("Fundamentals of Machine Learning for
    // Healthcare", Stanford's, is no part of Stanford and DeepLearning.AI's "Machine Learning").
    const home = mine.find(({ c }) => lists.get(c)!.has(title))?.c ?? mine.find(({ name, by }) => by === own && ` ${title} `.includes(` ${name} `))?.c;
    if (home !== undefined) join(k, home);
  });
  const size = new Map<number, number>();
  programs.forEach((_, k) => size.set(root(k), (size.get(root(k)) ?? 0) + 1));
  const number = new Map<number, number>();
  return programs.map((_, k) => {
    const r = root(k);
    if (size.get(r)! < 2) return 0;
    if (!number.has(r)) number.set(r, number.size + 1);
    return number.get(r)!;
  });
}
