/**
 * Does a typed text that matched no job title look like personal data rather than a job?
 * The widgets report unmatched titles to the institution as a curation list; a person who
 * types their email, phone number or name into the job field must not end up in it. Checked
 * in the browser on the text as typed, and again on the server on the folded text it
 * receives (where "@" and capitals are gone, so fewer signs remain).
 */

/** Characters of a folded unmatched title that are kept: the widget sends at most these, the analytics batch and the server keep no more. */
export const UNMATCHED_QUERY_MAX = 80;

/** An email, a web address, or an email provider's name left after folding. */
const ADDRESS = /@|\bhttps?\b|\bwww\b|\b(?:gmail|hotmail|yahoo|outlook|icloud|sympatico|videotron|com|org)\b|\w\.(?:net|ca|qc)\b/iu;
/** A Canadian postal code ("K1A 0B1"): an address. */
const POSTAL_CODE = /\b[abceghj-nprstvxy]\d[abceghj-nprstv-z]\s?\d[abceghj-nprstv-z]\d\b/iu;
/** Five digits in a row: an account, card, file or street number, never a job. */
const DIGIT_RUN = /\d{5}/u;
/** Seven digits in all, however spaced: a phone number. */
const PHONE_DIGITS = 7;
/**
 * "Ada Lovelace", "Jean-Luc Tremblay": two to four capitalized words and nothing else. A
 * job title typed in capitals that matched nothing ("Chief Vibes Officer") is lost to the
 * curation list too: better than a person's name in it.
 */
const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*`;
const NAME = new RegExp(String.raw`^\s*${NAME_WORD}(?:\s+${NAME_WORD}){1,3}\s*$`, 'u');
/** "JEAN TREMBLAY", as some forms teach people to write their name: the same, in capitals. */
const CAPS_WORD = String.raw`\p{Lu}+(?:[-'’]\p{Lu}+)*`;
const CAPS_NAME = new RegExp(String.raw`^\s*${CAPS_WORD}(?:\s+${CAPS_WORD}){1,3}\s*$`, 'u');

/** The folded form's signs: what a server can still tell. */
export function foldedLooksPersonal(text: string): boolean {
  const digits = text.replace(/\D/gu, '').length;
  return digits >= PHONE_DIGITS || DIGIT_RUN.test(text.replace(/\s+/gu, '')) || ADDRESS.test(text) || POSTAL_CODE.test(text);
}

/** The text as the person typed it: an email, a phone number, a postal code, a name. */
export function looksPersonal(typed: string): boolean {
  return foldedLooksPersonal(typed) || NAME.test(typed) || CAPS_NAME.test(typed);
}
