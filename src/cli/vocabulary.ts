/**
 * Which skills the index keeps, and each occupation's profile over them. The sources rate
 * every occupation on OaSIS's 77 skills and knowledge areas and give it up to
 * DETAILS_PER_OCCUPATION specific ESCO skills; the index keeps few of the latter, since every
 * one costs download and only some rank programs.
 */
import { compareSkills, compareStrings, type SkillDef } from '../core/catalogue/index.js';
import { fold } from '../core/text/index.js';

/** ESCO detail skills every occupation keeps whether or not a program teaches them. */
export const CORE_DETAILS = 6;

/** The skills the index keeps, in index order, and each occupation's profile by skill id. */
export interface Vocabulary {
  skills: SkillDef[];
  /** Skill id -> its number in the index. */
  index: Map<string, number>;
  /** Per occupation: its OaSIS ratings and kept details, heaviest first (what ranking weighs). */
  profiles: Map<string, Array<[string, number]>>;
  /**
   * Per occupation: its other details that the index keeps for some occupation, heaviest
   * first. Not ranked on: what a career move from it already gives (`Occupation.moreSkills`).
   */
  more: Map<string, Array<[string, number]>>;
}

export interface VocabularySources {
  units: Iterable<string>;
  /** Per occupation: OaSIS skill and knowledge ratings. */
  ratings: ReadonlyMap<string, ReadonlyArray<[string, number]>>;
  /** Per occupation: its ESCO details, heaviest first. */
  details: ReadonlyMap<string, ReadonlyArray<[string, number]>> | undefined;
  /** Skills some program is tagged with. */
  taught: ReadonlySet<string>;
  byId: ReadonlyMap<string, SkillDef>;
}

const heaviestFirst = (a: readonly [string, number], b: readonly [string, number]) => b[1] - a[1] || compareStrings(a[0], b[0]);

/**
 * An occupation's profile keeps its CORE_DETAILS heaviest ESCO skills, plus any other of its
 * details that some program teaches (those drive ranking). Its other details that the index
 * keeps anyway go to `more`: a career move compares two occupations, and a welder, whose
 * "welding techniques" is only the twelfth detail, is not to be told to learn it for welding
 * supervision, where it comes first. They stay out of the profile, whose skills' spread over
 * the occupations decides which are key to each (in the profile, they took "newborn care"
 * off the registered nurses' key skills for "apply sustainability principles in health care").
 */
export function keptVocabulary({ units, ratings, details, taught, byId }: VocabularySources): Vocabulary {
  const profiles = new Map<string, Array<[string, number]>>();
  const kept = new Set(taught);
  for (const code of units) {
    const own = (details?.get(code) ?? []).filter(([id], rank) => rank < CORE_DETAILS || taught.has(id));
    for (const [id] of own) kept.add(id);
    profiles.set(code, [...(ratings.get(code) ?? []), ...own].sort(heaviestFirst));
  }
  const more = new Map<string, Array<[string, number]>>();
  for (const [code, profile] of profiles) {
    const inProfile = new Set(profile.map(([id]) => id));
    const others = (details?.get(code) ?? []).filter(([id]) => kept.has(id) && !inProfile.has(id));
    if (others.length > 0) more.set(code, [...others].sort(heaviestFirst));
  }
  const used = new Set(kept);
  for (const list of profiles.values()) for (const [id] of list) used.add(id);
  const skills = [...used].map((id) => byId.get(id)!).sort(compareSkills);
  return { skills, index: new Map(skills.map((s, i) => [s.id, i])), profiles, more };
}

/**
 * `skills` with English other names for the OaSIS skills and knowledge areas that ESCO names
 * alike, from that ESCO skill of `candidates` when the index does not keep it: OaSIS's
 * "Accounting" gets ESCO's "bookkeeping", which ESCO gives its "accounting". Kept, the ESCO
 * skill would bring them itself, and its OaSIS twin would be one suggestion with it
 * (`skillGroup`). English only: a French page's labels file holds its other names, and
 * this is about the English ones written apart. 7 of OaSIS's 77 share an ESCO label; the real
 * index keeps 2 of those ESCO skills (Physics, Economics), so 5 borrow theirs.
 */
export function withBorrowedNames(skills: readonly SkillDef[], candidates: readonly SkillDef[]): SkillDef[] {
  const kept = new Set(skills.map((s) => s.id));
  const escoByLabel = new Map<string, SkillDef>();
  for (const c of candidates) if (c.id.startsWith('esco:') && !kept.has(c.id) && c.alt?.en) escoByLabel.set(fold(c.label.en), c);
  return skills.map((s) => {
    const twin = s.id.startsWith('oasis:') && !s.alt?.en ? escoByLabel.get(fold(s.label.en)) : undefined;
    return twin ? { ...s, alt: { ...s.alt, en: twin.alt!.en! } } : s;
  });
}
