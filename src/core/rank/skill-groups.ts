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
import { fold, terms } from '../text/index.js';
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

/**
 * `terms` of `text`, with the stemmer's English "-ies" -> "-y" carried over to the French
 * "-ie", which it leaves: « stratégies » and « stratégie » meet.
 */
function contentWords(text: string): string[] {
  return terms(text).map((word) => word.replace(/y$/, 'i'));
}

/** What a leading verb of `label` says: "do" it, "give" it, or nothing (no such verb). */
export type VerbKind = 'do' | 'give' | null;

/**
 * The content words `label` shares with its twins, and the kind of its leading verb (set aside):
 * "provide first aid" gives `{ key: "first aid", verb: "give" }`, "Physics" `{ key: "physic", verb: null }`.
 */
export function twinKey(label: string, lang: Lang): { key: string; verb: VerbKind } {
  const folded = fold(label.replace(SIGNS, (sign) => (sign === '#' ? ' sharp ' : ' plus ')));
  for (const [verb, verbs] of [
    ['do', DO_VERBS],
    ['give', GIVE_VERBS],
  ] as const) {
    for (const phrase of verbs[lang]) {
      if (!folded.startsWith(`${phrase} `)) continue;
      const rest = folded.slice(phrase.length + 1);
      const words = contentWords(rest);
      if (words.length > 0 && !PREPOSITIONS.has(rest.split(' ')[0]!)) return { key: words.join(' '), verb };
    }
  }
  const words = contentWords(folded);
  return { key: words.length > 0 ? words.join(' ') : folded, verb: null };
}

/** What the choice of a group's label reads of each skill. */
export interface GroupedLabel {
  label: string;
  /** Broad OaSIS skills before knowledge before ESCO detail (lower first). */
  rank: number;
}

/**
 * For each label (by position), the position of its group's label. Labels of the same
 * content words are one group, except that those given with a verb of giving ("provide")
 * are a group of their own when others of them carry a verb of doing ("use"). The group's
 * label is the shortest (the bare subject, "market research", rather than "perform market
 * research"), then the broader kind (OaSIS "Physics" before ESCO "physics"), then the first
 * in folded order, then in code-unit order; a label without a twin is its own group.
 */
export function groupLabels(labels: readonly GroupedLabel[], lang: Lang): number[] {
  const twins = labels.map((l) => twinKey(l.label, lang));
  const doing = new Set(twins.filter((t) => t.verb === 'do').map((t) => t.key));
  const groupOf = twins.map((t) => (t.verb === 'give' && doing.has(t.key) ? `give ${t.key}` : ` ${t.key}`));
  const headOf = new Map<string, number>();
  groupOf.forEach((group, i) => {
    const head = headOf.get(group);
    if (head === undefined || better(labels[i]!, labels[head]!)) headOf.set(group, i);
  });
  return groupOf.map((group) => headOf.get(group)!);
}

function better(a: GroupedLabel, b: GroupedLabel): boolean {
  if (a.label.length !== b.label.length) return a.label.length < b.label.length;
  if (a.rank !== b.rank) return a.rank < b.rank;
  const fa = fold(a.label);
  const fb = fold(b.label);
  if (fa !== fb) return fa < fb;
  return a.label < b.label;
}
