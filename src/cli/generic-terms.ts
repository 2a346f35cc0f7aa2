/**
 * Which of an occupation's core terms name a kind of work many occupations share ("repair",
 * "health care") rather than its own: such terms alone are not evidence that a program
 * teaches it (`strengthOf` in `evidence.ts`).
 */
import { NearestOccupations } from './nearness.js';

/** The profile of an occupation: term -> weight in (0, 1], heaviest 1 (`OccupationProfile`). */
interface Profile {
  terms: ReadonlyMap<string, number>;
}

/** A term an occupation weighs this much (of its heaviest) counts as a core skill. */
export const CORE_WEIGHT = 0.4;

/**
 * A core word of more than this share of all occupations ("repair", "maintenance",
 * "industrial", "power", each core to 18 to 50 of the 516) names a kind of work rather than
 * one occupation's: without a phrase, such words alone are not evidence. "Maintenance" and
 * "power" in a course on substation design are not the work of a public works equipment
 * operator, nor "industry" and "repair" in aerospace digitalisation a millwright's.
 */
const GENERIC_SHARE = 0.025;
/** However few occupations the builder is given (a sample index), a word core to four of them or fewer is not generic. */
const GENERIC_MIN = 4;
/**
 * A phrase core to more than this many occupations names a sector or a function several
 * share rather than one occupation's work: "health care" is core to 10 of the 516 (nurses,
 * pharmacists, managers in health care...), "real estate" to 8, "human resources" and "oil
 * and gas" to 7. Such a phrase is evidence as a generic word is, except for an occupation
 * whose official title names it (`GenericTerms.of`): "health care" is not nursing, and "real
 * estate" not a paralegal's work, but "human resources" is human resources professionals'.
 * Over the top 10s of the 516 occupations: 50 pairs out, about half of them grade 0 to a
 * reader (a real-estate sales certificate for paralegals and lawyers, compensation and HR
 * analytics for industrial engineers) and about 4 grade 2; 15 in.
 */
const GENERIC_PHRASE_MAX = 4;
/**
 * A word core to many occupations is still one occupation's own when most of the others it is
 * core to do work alike: at least FAMILY_SHARE of them among its family, the FAMILY share of all
 * occupations (21 of 516) whose descriptions read most like its own. "Teach" is core to 16
 * occupations, and 12 of the other 15 are in the secondary school teachers' family (teachers,
 * instructors, professors), so "Teaching with Google Classroom" names their work in its title.
 * "Repair" is core to 53, and 16 of the other 52 are in the automotive service technicians'
 * family: it stays generic. On the judged set: secondary school teachers' P@5 80 → 100 %, P@10
 * 40 → 80 %, nothing else changed; at a share of 0.5, a grade-0 program entered the college
 * instructors' top 5. Over the top 10s of the 516: 8 pairs out, 17 in, most of them teaching
 * courses for teachers; wrong, two PowerPoint courses for education policy researchers.
 */
const FAMILY = 0.04;
const FAMILY_SHARE = 0.75;

export class GenericTerms {
  /** Core words of more than GENERIC_SHARE of the occupations, and core phrases of more than GENERIC_PHRASE_MAX. */
  readonly all: ReadonlySet<string>;
  /** Per core word, the occupations (by position) whose profiles hold it as core. */
  private readonly coreOf = new Map<string, number[]>();
  /** How many occupations, besides itself, make an occupation's family. */
  private readonly family: number;
  /** The occupations by how like each other's descriptions they read (rank 0 is itself). */
  private readonly alike: NearestOccupations;

  /** `profiles` and `descriptions` (each occupation's description as stems) in the same order. */
  constructor(profiles: readonly Profile[], descriptions: ReadonlyArray<readonly string[]>) {
    const count = new Map<string, number>();
    profiles.forEach((p, o) => {
      for (const [t, w] of p.terms) {
        if (w < CORE_WEIGHT) continue;
        count.set(t, (count.get(t) ?? 0) + 1);
        if (t.includes(' ')) continue;
        let list = this.coreOf.get(t);
        if (!list) this.coreOf.set(t, (list = []));
        list.push(o);
      }
    });
    const limit = Math.max(GENERIC_MIN, Math.round(GENERIC_SHARE * profiles.length));
    this.family = Math.round(FAMILY * profiles.length);
    this.alike = new NearestOccupations(descriptions, descriptions, this.family + 1);
    this.all = new Set([...count].filter(([t, n]) => n > (t.includes(' ') ? GENERIC_PHRASE_MAX : limit)).map(([t]) => t));
  }

  /** The generic terms for occupation `o`, but the phrases of its official title (`titlePhrases`) and its family's words. */
  of(o: number, titlePhrases: ReadonlySet<string>): Set<string> {
    return new Set(
      [...this.all].filter((t) => {
        if (titlePhrases.has(t)) return false;
        const sharing = this.coreOf.get(t);
        if (!sharing?.includes(o)) return true;
        const others = sharing.filter((j) => j !== o);
        return others.filter((j) => this.alike.rank(o, j) <= this.family).length < FAMILY_SHARE * others.length;
      }),
    );
  }
}
