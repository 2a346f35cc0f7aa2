/**
 * Near-identical skills of the vocabulary, grouped so that the skill finder offers one
 * suggestion for them and a pick finds the programs tagged with any. ESCO names a subject
 * twice, as knowledge and as the competence of doing it ("market research", "perform market
 * research"), and OaSIS and ESCO share some ("Physics", "physics"): a program tagged with
 * one twin was missed by a person who picked the other.
 *
 * Two labels are twins when they have the same content words (`terms`: stopwords and
 * inflection aside) in the same order, once a leading verb that only says "do it" is set
 * aside. The verbs were chosen by reading the real vocabulary's candidates (docs/performance.md,
 * "Near-identical skills"): "manage", "teach", "advise on", "design" and the like name
 * another skill ("manage customer service" is a manager's work), and so does a verb beside a
 * different one ("install" and "repair" the same equipment). Groups are made per language,
 * from that language's labels.
 */
import { STOPWORDS, fold, stem } from '../text/index.js';
import type { Lang } from '../index-format/index.js';

/**
 * Folded leading verbs (and verb phrases) that add nothing to the subject named after them:
 * "use" and "operate" alike (ESCO has "use welding equipment" and "operate welding equipment").
 */
const DO_VERBS: Record<Lang, readonly string[]> = {
  en: ['apply', 'carry out', 'conduct', 'execute', 'operate', 'perform', 'practise', 'undertake', 'use', 'utilise'],
  fr: ['appliquer', 'assurer', 'effectuer', 'executer', 'mener', 'mettre en oeuvre', 'pratiquer', 'proceder a', 'realiser', 'utiliser'],
};
/**
 * Verbs of giving the subject to others: "provide first aid" is the twin of "first aid", but
 * "provide technical documentation" (writing it) is not the twin of "use technical documentation".
 */
const GIVE_VERBS: Record<Lang, readonly string[]> = { en: ['provide'], fr: ['fournir'] };
/** A preposition after the verb makes another verb: "apply for patents" is not "patents". */
const PREPOSITIONS = new Set(['about', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'to', 'with']);
/** Signs `fold` would drop that tell skills apart: "C#" and "C++" are not "C". */
const SIGNS = /[#+]/g;

/** What a leading verb of a label says: "do" it, "give" it, or nothing (no such verb). */
export type VerbKind = 'do' | 'give' | null;

/** A label's content words (`key`, its twins' too) and the kind of the leading verb set aside. */
export interface Twin {
  key: string;
  verb: VerbKind;
}

/**
 * Stemmed words of folded text, stopwords aside (`terms` without folding again), with the
 * stemmer's English "-ies" -> "-y" carried over to the French "-ie", which it leaves:
 * « stratégies » and « stratégie » meet.
 */
function contentWords(folded: string): string[] {
  return folded
    .split(' ')
    .filter((word) => word !== '' && !STOPWORDS.has(word))
    .map((word) => stem(word).replace(/y$/, 'i'));
}

/**
 * The content words `label` shares with its twins, and the kind of its leading verb (set
 * aside): "provide first aid" gives `{ key: "first aid", verb: "give" }`. `folded`, when the
 * caller has it, is `fold(label)`, saving a second fold of a vocabulary of thousands.
 */
export function twinKey(label: string, lang: Lang, folded?: string): Twin {
  const signed = label.includes('#') || label.includes('+');
  const text = signed ? fold(label.replace(SIGNS, (sign) => (sign === '#' ? ' sharp ' : ' plus '))) : (folded ?? fold(label));
  for (const [verb, verbs] of [
    ['do', DO_VERBS],
    ['give', GIVE_VERBS],
  ] as const) {
    for (const phrase of verbs[lang]) {
      if (!text.startsWith(`${phrase} `)) continue;
      const rest = text.slice(phrase.length + 1);
      const words = contentWords(rest);
      if (words.length > 0 && !PREPOSITIONS.has(rest.split(' ')[0]!)) return { key: words.join(' '), verb };
    }
  }
  const words = contentWords(text);
  return { key: words.length > 0 ? words.join(' ') : text, verb: null };
}

/** What the choice of a group's label reads of each skill. */
export interface GroupedLabel {
  label: string;
  /** Broad OaSIS skills before knowledge before ESCO detail (lower first). */
  rank: number;
  /** How many programs are tagged with it. */
  programs: number;
  /** How many other names it has in the language (ESCO's alternative labels). */
  names?: number;
  /** `twinKey(label)`, when the caller has it. */
  twin?: Twin;
}

/**
 * For each label (by position), the position of its group's label. Labels of the same
 * content words are one group, except that those given with a verb of giving ("provide")
 * are a group of their own when others of them carry a verb of doing ("use"). A label
 * without a twin is its own group.
 *
 * The group's label names the subject as a person types it, without a verb ("market
 * research", not "perform market research"); then it is the broader kind's (OaSIS
 * "Physics" before ESCO "physics"), then the one more programs are tagged with (the
 * catalogue's own name), then the one with more other names (ESCO lists them for the common
 * concept: « premiers secours », first aid, has « premiers soins » and « secourisme », the
 * paramedics' « premier secours » none), then the shorter, then the first in folded and in
 * code-unit order.
 */
export function groupLabels(labels: readonly GroupedLabel[], lang: Lang): number[] {
  const twins = labels.map((l) => l.twin ?? twinKey(l.label, lang));
  const doing = new Set(twins.filter((t) => t.verb === 'do').map((t) => t.key));
  const groupOf = twins.map((t) => (t.verb === 'give' && doing.has(t.key) ? `give ${t.key}` : ` ${t.key}`));
  const headOf = new Map<string, number>();
  groupOf.forEach((group, i) => {
    const head = headOf.get(group);
    if (head === undefined || better(labels[i]!, twins[i]!, labels[head]!, twins[head]!)) headOf.set(group, i);
  });
  return groupOf.map((group) => headOf.get(group)!);
}

function better(a: GroupedLabel, ta: Twin, b: GroupedLabel, tb: Twin): boolean {
  if ((ta.verb === null) !== (tb.verb === null)) return ta.verb === null;
  if (a.rank !== b.rank) return a.rank < b.rank;
  if (a.programs !== b.programs) return a.programs > b.programs;
  if ((a.names ?? 0) !== (b.names ?? 0)) return (a.names ?? 0) > (b.names ?? 0);
  if (a.label.length !== b.label.length) return a.label.length < b.label.length;
  const fa = fold(a.label);
  const fb = fold(b.label);
  if (fa !== fb) return fa < fb;
  return a.label < b.label;
}

/** A vocabulary's groups, as the skill search reads them. */
export interface Groups {
  /** For each skill, the position of its group's label. */
  head: number[];
  /** By group label: whether any skill of the group is taught. */
  taught: boolean[];
  /** Positions by skill id. */
  at: Map<string, number>;
}

/** The groups of a vocabulary (`groupLabels`), with which are taught and where each id is. */
export function vocabularyGroups(skills: ReadonlyArray<GroupedLabel & { id: string; taught: boolean }>, lang: Lang): Groups {
  const head = groupLabels(skills, lang);
  const taught = skills.map(() => false);
  skills.forEach((skill, i) => (taught[head[i]!] ||= skill.taught));
  return { head, taught, at: new Map(skills.map((skill, i) => [skill.id, i])) };
}
