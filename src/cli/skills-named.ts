/**
 * Which skills a program's own text names, beyond the skills it is tagged with: so that a
 * card never says a program "does not cover" what its modules or outcomes plainly teach
 * ("CAD software" on an Autodesk Fusion 360 course, "implement nursing care" on The
 * Nurse's Toolkit). The browser has only a program's title and a short description; the
 * builder reads its whole text.
 *
 * A skill is named when the text has words of its label (a leading verb left out) that
 * carry at least half its weight, a word weighing more the fewer programs use it. ESCO
 * labels start with a verb ("apply teaching strategies", "implement nursing care"); the verb
 * says what one does with the subject, and a course about teaching strategies covers them
 * whatever verb its text uses. Which first words are such verbs is
 * read from the labels themselves: a word that starts many labels and is seldom found later
 * in one. Half the weight, because a course on Autodesk Fusion 360 that says "CAD" and
 * never "software" still teaches CAD software, while "hands-on" training in welding says
 * nothing of hand tools: wrongly saying a program lacks a skill costs the card more trust
 * than leaving one unsaid, yet a list that never says anything is no help either.
 *
 * Saying a program covers a skill needs more: every word of its subject. Half the weight
 * let a card on power semiconductor "switches" claim "install electric switches", and a
 * PowerPoint token board "education law"; 1,013 of the 2,288 skills the top fives of the 516
 * occupations claimed were named only in part. A subject of one word needs its verb too:
 * "patients" in a course on transgender medicine is not "transfer patients", nor "finance"
 * in personal finance "sustainable finance" (read as a verb: it leads many labels).
 *
 * A skill's alternative labels name it too, written together in the text: "CPR" is
 * "resuscitation", "HR management" "human resource management". Over the top 10s of the 516
 * occupations on the real data, 16 cards more show a strong match (the Become an EMT
 * specialization for paramedics, three database courses for database analysts; doubtful,
 * "Challenges of Leading Technical Teams" for survey interviewers by "ask questions"), and 7
 * "does not cover" claims the program's own words contradicted are gone. On the judged set,
 * strong cards 104 → 108, 74 → 75 % grade 2, still none grade 0.
 */
import { terms } from '../core/text/index.js';
import { stemsOf } from './evidence-terms.js';

/** A hyphenated compound as one word: "hands-on" says nothing of hands. */
const joinHyphens = (text: string) => text.replace(/(\p{L})-(?=\p{L})/gu, '$1');
/** Words of a text or label, as the browser compares them (plurals and a few endings folded). */
const wordsOf = (text: string): string[] => terms(joinHyphens(text));
/**
 * The same, with every ending the builder's stemmer folds ("geographical" is "geographic",
 * "budgeting" "budget"): looser, so it only keeps a skill off the list of what a program does
 * not name, never makes a claim that it covers one. "Geographical Information Systems - Part 2"
 * was said not to name "use geographic information systems".
 */
const looseWordsOf = (text: string): string[] => stemsOf(joinHyphens(text));

/** A first word starting at least this many labels... */
const VERB_MIN_LEADS = 3;
/** ...and found after the first word in fewer than this share as many labels is a verb. */
const VERB_MAX_INNER_SHARE = 0.2;

/** The leading verbs of `labels` ("apply", "manage", "gérer"), as folded words. */
export function leadingVerbs(labels: readonly string[]): Set<string> {
  const leads = new Map<string, number>();
  const inner = new Map<string, number>();
  for (const label of labels) {
    const words = label.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length < 2) continue;
    leads.set(words[0]!, (leads.get(words[0]!) ?? 0) + 1);
    for (const w of new Set(words.slice(1))) inner.set(w, (inner.get(w) ?? 0) + 1);
  }
  const verbs = new Set<string>();
  for (const [word, n] of leads) if (n >= VERB_MIN_LEADS && (inner.get(word) ?? 0) < VERB_MAX_INNER_SHARE * n) verbs.add(word);
  return verbs;
}

/** The words of a skill label that a program's text must have to name it: all but a leading verb. */
export function subjectTerms(label: string, verbs: ReadonlySet<string>): string[] {
  const first = label.trim().toLowerCase().split(/\s+/)[0] ?? '';
  const words = wordsOf(label);
  return verbs.has(first) && words.length > 1 ? words.slice(1) : words;
}

export interface NamedSkills {
  /** Per program: its whole text (title, tags, outcomes, modules, description, both languages). */
  texts: readonly string[];
  /** What to check: which of `texts`, and which skills (by number). */
  checks: ReadonlyArray<{ text: number; skills: readonly number[] }>;
  /** Skill labels by number. */
  labels: ReadonlyArray<{ en: string; fr: string }>;
  /** Skill aliases by number (the usable ones: several words, or an acronym), each named only as a run of the text's words. */
  aliases?: ReadonlyArray<readonly string[]>;
  /** Each text's words with the builder's stemmer (`stemsOf`), when the caller has read them already. */
  stems?: ReadonlyArray<readonly string[]>;
}

/** What one text says of the skills checked, each list in ascending order. */
export interface Named {
  /** Every word of the skill's subject (and its verb, for a subject of one word) is in the text: it covers the skill. */
  named: number[];
  /** Words carrying half its weight or more, not all: never said missing, not said covered. */
  partly: number[];
}

/**
 * Each text's words, and whether a text has words of a list carrying at least half its weight,
 * a word weighing more the fewer texts have it: one of every text says nothing.
 */
function wordSets(texts: ReadonlyArray<readonly string[]>) {
  const sets = texts.map((words) => new Set(words));
  const df = new Map<string, number>();
  for (const set of sets) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const weight = (w: string) => Math.log((texts.length + 1) / (df.get(w) ?? 0.5));
  const half = (text: number, words: readonly string[]) => {
    let found = 0;
    let all = 0;
    for (const w of words) {
      all += weight(w);
      if (sets[text]!.has(w)) found += weight(w);
    }
    return 2 * found >= all;
  };
  return { sets, half };
}

/** Per check, the skills the text names in whole and in part. */
export function namedSkills({ texts, checks, labels, aliases = [], stems }: NamedSkills): Named[] {
  const verbs = {
    en: leadingVerbs(labels.map((l) => l.en)),
    fr: leadingVerbs(labels.map((l) => l.fr)),
  };
  // Per skill and language: its subject, and the words a claim needs (the subject, or the
  // whole label when the subject is one word).
  const read = new Map<number, Array<{ subject: string[]; claim: string[] }>>();
  const readOf = (s: number) => {
    let out = read.get(s);
    if (!out) {
      const { en, fr } = labels[s]!;
      out = [
        { label: en, verbs: verbs.en },
        { label: fr, verbs: verbs.fr },
      ].flatMap(({ label, verbs }) => {
        const subject = label ? subjectTerms(label, verbs) : [];
        return subject.length === 0 ? [] : [{ subject, claim: subject.length > 1 ? subject : wordsOf(label) }];
      });
      read.set(s, out);
    }
    return out;
  };
  const strict = wordSets(texts.map(wordsOf));
  const loose = wordSets(stems ?? texts.map(looseWordsOf));
  // Aliases are many and loose ("problem solve" for "troubleshoot"): one counts only as a run
  // of the text's words, never scattered through it.
  const runs = texts.map((t) => ` ${wordsOf(t).join(' ')} `);
  const aliasRuns = aliases.map((list) => list.map((alias) => ` ${wordsOf(alias).join(' ')} `).filter((run) => run.trim() !== ''));
  // With the looser stems: every word of a subject of several words ("Geographical Information
  // Systems" names "use geographic information systems"; "market research" and "social media"
  // do not name "carry out social work research"), or, for a subject of one word, it and its
  // verb by weight ("budgeting" names "manage budgets"). Half of a longer subject, as the strict
  // words allow, would be too loose with these stems: over the top 5s of the 516 occupations,
  // 215 skills instead of 69 left the lists of what programs do not name, about a third of
  // those read rightly there.
  const looseRead = new Map<number, Array<(text: number) => boolean>>();
  const looseOf = (s: number) => {
    let out = looseRead.get(s);
    if (!out) {
      const { en, fr } = labels[s]!;
      const read = (label: string, leading: ReadonlySet<string>) => {
        const words = looseWordsOf(label);
        const subject = leading.has(label.trim().toLowerCase().split(/\s+/)[0]!) && words.length > 1 ? words.slice(1) : words;
        if (subject.length > 1) return (text: number) => subject.every((w) => loose.sets[text]!.has(w));
        return (text: number) => loose.half(text, words);
      };
      out = [en ? read(en, verbs.en) : null, fr ? read(fr, verbs.fr) : null].filter((check) => check !== null);
      looseRead.set(s, out);
    }
    return out;
  };
  return checks.map(({ text, skills }) => {
    const has = strict.sets[text]!;
    const named = new Set<number>();
    const partly = new Set<number>();
    for (const s of skills) {
      if (readOf(s).some(({ claim }) => claim.every((w) => has.has(w)))) named.add(s);
      else if ((aliasRuns[s] ?? []).some((run) => runs[text]!.includes(run))) named.add(s);
      else if (readOf(s).some(({ subject }) => strict.half(text, subject))) partly.add(s);
      else if (looseOf(s).some((check) => check(text))) partly.add(s);
    }
    const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
    return { named: sorted(named), partly: sorted(partly) };
  });
}
