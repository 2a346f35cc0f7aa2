/**
 * The reason a program is recommended in its own words (`teachesEvidence`,
 * `fillsGapEvidence`). The words are the evidence, so they are quoted as the program
 * writes them, usually in English. In a sentence of the other language they are said to
 * be English (or French) and come as pieces with their `lang`, so a reader knows why
 * they read otherwise and a screen reader switches voice; words of unknown language are
 * quoted as they are.
 */
import type { EvidenceField, Lang } from '../index-format/index.js';
import type { ReasonPart } from '../model/index.js';
import { NBSP, listPieces, quoteMarks } from './typography.js';

const [EN_OPEN, EN_CLOSE] = quoteMarks('en');
const [FR_OPEN, FR_CLOSE] = quoteMarks('fr');

/** The program's words a reason quotes, with their language where it is known. */
export interface EvidenceWords {
  /** The terms as the program writes them: one phrase ("CNC lathe"), or one or two single words. */
  labels: readonly string[];
  /** The language of each label; absent or null: not known. */
  labelLangs?: ReadonlyArray<Lang | null>;
  /** Where `quote` is from. */
  field: EvidenceField;
  /** The program's words that hold the first label; absent until loaded (`loadQuotes`). */
  quote?: string;
  /** The language of `quote`; absent or null: not known. */
  quoteLang?: Lang | null;
  /** The occupation's short name in the other language: the program's words may name it in theirs ("for Welders"). */
  otherWho?: string;
  /** A phrase many occupations share ("health care"): named as a topic of the work, not as a skill. */
  topic?: boolean;
  /**
   * Said of a partial match (or before its strength is known): the sentence says only that the
   * program's words name the skill or the work, not that it teaches it. The card's label says
   * a partial match may be "something else that uses the same words", and a reason claiming it
   * teaches the skill would contradict it.
   */
  mentions?: boolean;
  /**
   * In gap mode, for a sentence that does not say the current work lacks the words (they are
   * its words too): the sentence still speaks of the job the person wants, not of "this
   * occupation", which on a career move could be either.
   */
  move?: boolean;
}

/** The program's words with their language (null: not known). */
type LabelPiece = { text: string; lang: Lang | null };
/** Text of the sentence, or the program's words. */
type Piece = string | LabelPiece;

const LANG_EN: Record<Lang, string> = { en: 'English', fr: 'French' };
const LANG_FR: Record<Lang, string> = { en: 'anglais', fr: 'français' };

const FIELD_EN: Record<EvidenceField, string> = {
  title: 'Its title',
  tag: 'Skills it lists',
  outcome: 'What you will learn',
  module: 'One of its modules',
  description: 'Its description',
};
const FIELD_FR: Record<EvidenceField, string> = {
  title: 'Son titre',
  tag: 'Compétences indiquées',
  outcome: 'Ce que vous apprendrez',
  module: 'Un de ses modules',
  description: 'Sa description',
};
// The program's words in the other language: said so before they are quoted.
const FIELD_EN_IN_FRENCH: Record<EvidenceField, string> = {
  title: 'Its French title',
  tag: 'Skills it lists in French',
  outcome: 'What you will learn, in its French text',
  module: 'One of its modules, in its French text',
  description: 'Its French description',
};
const FIELD_FR_IN_ENGLISH: Record<EvidenceField, string> = {
  title: 'Son titre en anglais',
  tag: 'Compétences indiquées en anglais',
  outcome: 'Ce que vous apprendrez, selon son texte en anglais',
  module: 'Un de ses modules, selon son texte en anglais',
  description: 'Sa description en anglais',
};

/**
 * A core skill of the occupation that the program's own words show it teaches (or, with
 * `gap`, one the target needs beyond the person's current work), as pieces of a sentence
 * in `lang`: the program's words in another language carry it. A single word ("water") is
 * named with the other words of the evidence, not claimed as a skill. `who`, the
 * occupation's short name, is not repeated (the list's heading names it); it tells when
 * the evidence is that name itself ("for Mechanical Engineers"): a program made for it.
 */
export function evidenceSentence(lang: Lang, words: EvidenceWords, who: string, gap: boolean): ReasonPart[] {
  const claim = lang === 'fr' ? claimFr(words, who, gap) : claimEn(words, who, gap);
  return joinPieces(lang, [...claim, '.', ...quotePieces(lang, words)]);
}

/** The plain sentence of `parts`. */
export function plainSentence(parts: readonly ReasonPart[]): string {
  return parts.map((part) => part.text).join('');
}

/** Pieces as parts: `lang` kept only where it is not the sentence's, neighbours of one language joined. */
function joinPieces(lang: Lang, pieces: readonly Piece[]): ReasonPart[] {
  const out: ReasonPart[] = [];
  for (const piece of pieces) {
    const { text, lang: own } = typeof piece === 'string' ? { text: piece, lang: null } : piece;
    const mark = own && own !== lang ? own : undefined;
    const last = out.at(-1);
    if (text === '') continue;
    if (last && last.lang === mark) last.text += text;
    else out.push(mark ? { text, lang: mark } : { text });
  }
  return out;
}

/** Each label with its language. */
function labelPieces(words: EvidenceWords): LabelPiece[] {
  return words.labels.map((text, i) => ({ text, lang: words.labelLangs?.[i] ?? null }));
}

/** The other language when every label is known to be in it, so the sentence can say so. */
function otherLang(labels: ReadonlyArray<{ lang: Lang | null }>, lang: Lang): Lang | null {
  const first = labels[0]?.lang ?? null;
  return first && first !== lang && labels.every((l) => l.lang === first) ? first : null;
}

/** The program's words as a sentence of each language quotes them; a word of the other language says which. */
const quotedEn = (l: Piece): Piece[] => [EN_OPEN, l, EN_CLOSE];
const annotatedEn = (l: LabelPiece): Piece[] => [...quotedEn(l), l.lang && l.lang !== 'en' ? ` (in ${LANG_EN[l.lang]})` : ''];
const quotedFr = (l: Piece): Piece[] => [FR_OPEN, l, FR_CLOSE];
const annotatedFr = (l: LabelPiece): Piece[] => [...quotedFr(l), l.lang && l.lang !== 'fr' ? ` (en ${LANG_FR[l.lang]})` : ''];
/** In gap mode: what the person's current work does not give. */
const GAP_EN = ' that your current work does not already give';
/** In gap mode, in French: said of a skill, and of tasks or an aspect of the work. */
const GAP_SKILL_FR = ' que votre travail actuel ne demande pas';
const GAP_TASKS_FR = ' que votre travail actuel ne comprend pas';

function quotePieces(lang: Lang, words: EvidenceWords): Piece[] {
  if (!words.quote) return [];
  const quote: Piece = { text: words.quote, lang: words.quoteLang ?? null };
  const other = words.quoteLang && words.quoteLang !== lang;
  if (lang === 'fr') return quoteFr((other ? FIELD_FR_IN_ENGLISH : FIELD_FR)[words.field], quote);
  return [` ${(other ? FIELD_EN_IN_FRENCH : FIELD_EN)[words.field]}: “`, quote, '”'];
}

const quoteFr = (field: string, quote: Piece): Piece[] => [` ${field}${NBSP}: «${NBSP}`, quote, `${NBSP}»`];

/** Several words: a phrase that can name a skill ("CNC lathe"), not just a topic ("water"). */
export function isPhrase(label: string): boolean {
  return /\s/.test(label.trim());
}

/**
 * The evidence is the occupation's own name ("for Mechanical Engineers"): a program made for
 * it. The name of the people, not a field in it: "real estate" is in "Insurance, real estate
 * and financial brokerage managers", but a course with a real-estate module is not made for them.
 */
function namesOccupation(label: string, who: string): boolean {
  const lastWord = (text: string) => text.toLowerCase().trim().split(/\s+/).at(-1)!;
  return isPhrase(label) && who.toLowerCase().includes(label.toLowerCase()) && lastWord(who).startsWith(lastWord(label));
}

function madeFor(words: EvidenceWords, who: string): boolean {
  const label = words.labels[0]!;
  return namesOccupation(label, who) || (!!words.otherWho && namesOccupation(label, words.otherWho));
}

/**
 * The claim of the sentence. A partial match (`words.mentions`) says only what its words show:
 * "Mentions “power systems”, a core skill of this occupation" of a course on IBM's Power
 * Systems servers is true, where "Teaches power systems" was not.
 */
function claimEn(words: EvidenceWords, who: string, gap: boolean): Piece[] {
  const move = gap || !!words.move;
  const whose = move ? 'the job you want' : 'this occupation';
  const labels = labelPieces(words);
  // A partial match's words may name the occupation without being for it: "Personal Support
  // Worker Bridging" names "support worker" of general office support workers.
  if (madeFor(words, who)) return words.mentions ? ['Mentions ', ...quotedEn(labels[0]!), `, from the name of ${whose}`] : [`Made for ${whose}`];
  const other = otherLang(labels, 'en');
  const tail = gap ? GAP_EN : '';
  if (isPhrase(labels[0]!.text) && !words.topic) {
    const verb = words.mentions ? 'Mentions' : 'Teaches';
    return other
      ? [`${verb} a core skill of ${whose}${tail}, which the program calls “`, labels[0]!, `” in ${LANG_EN[other]}`]
      : [`${verb} `, ...(words.mentions ? quotedEn(labels[0]!) : [labels[0]!]), `, a core skill of ${whose}${tail}`];
  }
  // Words of both languages: each one of the other language says so.
  const list = listPieces(labels.map(other ? quotedEn : annotatedEn), 'and');
  if (words.mentions) {
    const what = `, ${labels.length > 1 ? 'words that describe' : 'a word that describes'} ${move ? 'the work of the job you want' : 'this occupation’s work'}${tail}`;
    return other ? [`Mentions, in ${LANG_EN[other]}, `, ...list, what] : ['Mentions ', ...list, what];
  }
  return other
    ? ['About what the program calls ', ...list, ` in ${LANG_EN[other]}, part of the work of ${whose}${tail}`]
    : ['About ', ...list, `, part of the work of ${whose}${tail}`];
}

// "Le travail de l’emploi visé" and "qui fait partie du travail de" were English ("the work of
// the job you want") in French words: the words describe tasks, the notions are aspects of it.
function claimFr(words: EvidenceWords, who: string, gap: boolean): Piece[] {
  const whose = gap || words.move ? 'l’emploi visé' : 'cette profession';
  const labels = labelPieces(words);
  const other = otherLang(labels, 'fr');
  if (madeFor(words, who)) {
    const name = other ? `du nom ${LANG_FR[other]}` : 'du nom';
    return words.mentions ? ['Mentionne ', ...quotedFr(labels[0]!), `, tiré ${name} de ${whose}`] : [`Conçu pour ${whose}`];
  }
  if (isPhrase(labels[0]!.text) && !words.topic) {
    const verb = words.mentions ? 'Mentionne' : 'Enseigne';
    const skill = `une compétence clé de ${whose}${gap ? GAP_SKILL_FR : ''}`;
    return other
      ? [`${verb} ${skill}${gap ? ', et' : ','} que le programme nomme en ${LANG_FR[other]} `, ...quotedFr(labels[0]!)]
      : [`${verb} `, ...quotedFr(labels[0]!), `, ${skill}`];
  }
  const several = labels.length > 1;
  const list = listPieces(labels.map(other ? quotedFr : annotatedFr), 'et');
  const tail = gap ? GAP_TASKS_FR : '';
  if (words.mentions) {
    // « anglais », « français »: the same in the plural.
    const terms = `${several ? 'les termes' : 'le terme'}${other ? ` ${LANG_FR[other]}` : ''} `;
    return [`Emploie ${terms}`, ...list, `, qui ${several ? 'décrivent' : 'décrit'} des tâches de ${whose}${tail}`];
  }
  const named = other ? `${gap ? ' et' : ''} que le programme nomme en ${LANG_FR[other]}` : '';
  return ['Porte sur ', ...list, `, ${several ? 'des aspects' : 'un aspect'} de ${whose}${tail}${named}`];
}
