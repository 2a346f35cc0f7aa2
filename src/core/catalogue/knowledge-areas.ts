/**
 * OaSIS knowledge areas a program's title names outright ("Electrical Power
 * Distribution", "Introduction to Psychology"). Catalogue skill tags rarely use OaSIS's
 * broad area names, yet occupation profiles weigh those areas most, so a program whose
 * title is plainly about one also teaches it. Whole words of the folded title only.
 */
import { fold } from '../text/index.js';

const AREAS: ReadonlyArray<[code: string, pattern: RegExp]> = [
  ['G10a03', /\b(electrical|electricity|electric circuits?|electronic circuits?|dc circuits?|ac circuits?|motor control|wiring)\b/],
  ['G10a04', /\b(mechanics of machines|machinery|fluid power|hydraulics?|pneumatics?|engine repair|internal combustion|automotive|vehicle maintenance)\b/],
  ['G10a01', /\b(construction|carpentry|building materials|buildings)\b/],
  ['G04a04', /\b(nursing|nurses?|patient care|patient safety|vital signs|palliative care|first aid|clinical care)\b/],
  ['G04a02', /\b(psychology|psychological|mental health|mental illness|psychiatry|psychotherapy)\b/],
];

/** `oasis:<code>` ids of the knowledge areas `title` names. */
export function knowledgeAreasIn(title: string): string[] {
  return knowledgeAreaMatches(title).map((m) => m.id);
}

/** The knowledge areas `title` names, each with the (folded) words that name it. */
export function knowledgeAreaMatches(title: string): Array<{ id: string; phrase: string }> {
  const folded = fold(title);
  const out: Array<{ id: string; phrase: string }> = [];
  for (const [code, pattern] of AREAS) {
    const match = pattern.exec(folded);
    if (match) out.push({ id: `oasis:${code}`, phrase: match[0] });
  }
  return out;
}
