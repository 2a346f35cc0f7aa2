/**
 * The inquiry a person sends to an institution: one payload type and one validation,
 * shared by the form (before sending) and the endpoint (on receipt), so both refuse the
 * same things with the same field-level codes. Only the fields each purpose needs.
 */
import * as v from 'valibot';
import { PROGRAM_ID, type Lang } from '../index-format/index.js';

/** Who sends an inquiry: a learner or an employer. */
export type InquiryVariant = 'learner' | 'employer';

/** A learner's inquiry about one or more programs, as `validateInquiry` accepts it. */
export interface LearnerInquiry {
  variant: 'learner';
  name: string;
  email: string;
  phone?: string;
  message: string;
  programIds: string[];
  /** NOC 2021 unit group the person came from, when they searched one. */
  occupation?: string;
  consent: true;
  lang: Lang;
}

/**
 * An employer's inquiry about training employees in one or more programs, as `validateInquiry`
 * accepts it.
 */
export interface EmployerInquiry {
  variant: 'employer';
  organization: string;
  contactName: string;
  email: string;
  phone?: string;
  /** How many employees the employer wants trained. */
  employees: number;
  message: string;
  programIds: string[];
  consent: true;
  lang: Lang;
}

/** An inquiry as validated, from a learner or an employer. */
export type Inquiry = LearnerInquiry | EmployerInquiry;

/** Every field a form may show, across both variants. */
export type InquiryField =
  'name' | 'organization' | 'contactName' | 'email' | 'phone' | 'employees' | 'message' | 'programIds' | 'occupation' | 'consent' | 'lang' | 'variant';

/**
 * Machine-readable reason a field was refused; the form turns it into a sentence.
 * `characters`: control or invisible characters (a line break in a one-line field, a
 * zero-width space, a direction override), usually pasted along with the text.
 */
export type FieldErrorCode = 'required' | 'too-long' | 'invalid' | 'characters' | 'consent';

/** A field of an inquiry at fault, and why (a code a form words in its own language). */
export interface FieldError {
  field: InquiryField;
  code: FieldErrorCode;
}

/** Length and size limits, in characters unless named otherwise. */
export const INQUIRY_LIMITS = {
  name: 100,
  organization: 150,
  email: 254,
  phone: 30,
  message: 2000,
  programIds: 20,
  /** A program id's length; its characters are the catalogue's (`PROGRAM_ID`). */
  programId: 100,
  employees: 100_000,
} as const;

/** Fields of each variant in the order a form shows them. */
export const INQUIRY_FIELDS: Record<InquiryVariant, readonly InquiryField[]> = {
  learner: ['name', 'email', 'phone', 'message', 'consent'],
  employer: ['organization', 'contactName', 'email', 'phone', 'employees', 'message', 'consent'],
};

/**
 * What no text field takes: controls other than tab and line breaks (C0, DEL, C1),
 * bidirectional embeddings, overrides and isolates (they make text display in another
 * order than it is stored), interlinear annotation marks, tag characters, private-use code
 * points and lone surrogates.
 */
const NEVER =
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufff9-\ufffb\u{e0000}-\u{e007f}\p{Co}\p{Cs}]/u;
/**
 * What a one-line field (a name, an email, a phone number) takes on top: no control of any
 * kind (tab, CR and LF included: a header injection needs them), no format character
 * (zero-width spaces, direction marks, soft hyphens, word joiners), no line or paragraph
 * separator, and none of the blank letters that render as nothing (Hangul fillers, the
 * blank Braille pattern).
 */
const NOT_ONE_LINE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u3164\uffa0\u2800]/u;
/**
 * Zero-width (non-)joiners between two letters shape scripts such as Persian: kept there.
 * (No lookbehind: Safari before 16.4 cannot parse one, and would refuse the whole module.)
 */
const JOINER_IN_WORD = /([\p{L}\p{M}])[\u200c\u200d](?=[\p{L}\p{M}])/gu;
/** Something a person can see: a letter, digit, punctuation or symbol. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
/**
 * An address: a local part without spaces or the characters addresses quote, then a domain of
 * host names only (letters, digits, hyphens; dots between them; a top-level name of letters, or
 * punycode). A domain may not carry "?", "&", "#" or "/": "ada@example.org?bcc=x%40evil.example"
 * would have made the inbox's reply link copy a stranger on every answer.
 */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@(?:[\p{L}\p{M}\p{N}-]+\.)+(?:[\p{L}\p{M}]{2,}|xn--[a-z0-9-]+)$/iu;
/** Digits, spaces, dashes, dots and brackets, with an extension as people write it: "ext. 12", "x12", "poste 12". */
const PHONE = /^\+?[\d\s().-]{7,30}(?:,?\s*(?:ext\.?|x|poste|p\.)\s*\d{1,6})?$/i;

function oneLine(s: string): boolean {
  return !NEVER.test(s) && !NOT_ONE_LINE.test(s.replace(JOINER_IN_WORD, '$1'));
}

/** A one-line text field: trimmed, required, at most `max` characters, no line break. */
function text(max: number) {
  return v.pipe(v.string('invalid'), v.trim(), v.nonEmpty('required'), v.maxLength(max, 'too-long'), v.check(oneLine, 'characters'));
}

/** The message: its line breaks and tabs kept, and something visible in it. */
function paragraphs(max: number) {
  return v.pipe(
    v.string('invalid'),
    v.trim(),
    v.nonEmpty('required'),
    v.maxLength(max, 'too-long'),
    v.check((s) => !NEVER.test(s), 'characters'),
    v.check((s) => VISIBLE.test(s), 'required'),
  );
}

/** A person's name needs a letter; an organization's a letter or a digit (3M, 1-800-Flowers). */
const personName = v.pipe(text(INQUIRY_LIMITS.name), v.regex(/\p{L}/u, 'invalid'));
const organization = v.pipe(text(INQUIRY_LIMITS.organization), v.regex(/[\p{L}\p{N}]/u, 'invalid'));
const email = v.pipe(text(INQUIRY_LIMITS.email), v.regex(EMAIL, 'invalid'));
const phone = v.optional(v.pipe(text(INQUIRY_LIMITS.phone), v.regex(PHONE, 'invalid')));
const programIds = v.pipe(
  // The catalogue's id syntax: "<script>x</script>" or "=1+2" names no program, and would reach inboxes and spreadsheets.
  v.array(v.pipe(text(INQUIRY_LIMITS.programId), v.regex(PROGRAM_ID, 'invalid')), 'invalid'),
  v.minLength(1, 'required'),
  v.maxLength(INQUIRY_LIMITS.programIds, 'too-long'),
);
const consent = v.literal(true, 'consent');
const lang = v.picklist(['en', 'fr'], 'invalid');

const LearnerSchema = v.strictObject(
  {
    variant: v.literal('learner', 'invalid'),
    name: personName,
    email,
    phone,
    message: paragraphs(INQUIRY_LIMITS.message),
    programIds,
    occupation: v.optional(v.pipe(v.string('invalid'), v.regex(/^\d{5}$/, 'invalid'))),
    consent,
    lang,
  },
  'invalid',
);

const EmployerSchema = v.strictObject(
  {
    variant: v.literal('employer', 'invalid'),
    organization,
    contactName: personName,
    email,
    phone,
    employees: v.pipe(v.number('invalid'), v.integer('invalid'), v.minValue(1, 'invalid'), v.maxValue(INQUIRY_LIMITS.employees, 'too-long')),
    message: paragraphs(INQUIRY_LIMITS.message),
    programIds,
    consent,
    lang,
  },
  'invalid',
);

/** The valibot schema of an inquiry payload; `validateInquiry` applies it and returns field errors. */
export const InquirySchema = v.variant('variant', [LearnerSchema, EmployerSchema], 'invalid');

/** What `validateInquiry` gives: the inquiry, trimmed, or the fields at fault. */
export type InquiryResult = { ok: true; value: Inquiry } | { ok: false; errors: FieldError[] };

/**
 * The keys of a payload that its variant does not have (`validateInquiry` reports them under
 * `variant`, as a form has no field to show them in): what an endpoint names for a program that
 * sends one. None when the variant itself is unknown.
 */
export function unknownInquiryFields(input: unknown): string[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [];
  const variant = (input as { variant?: unknown }).variant;
  const schema = variant === 'learner' ? LearnerSchema : variant === 'employer' ? EmployerSchema : null;
  return schema ? Object.keys(input).filter((key) => !Object.hasOwn(schema.entries, key)) : [];
}

const KNOWN_FIELDS = new Set<string>([...INQUIRY_FIELDS.learner, ...INQUIRY_FIELDS.employer, 'programIds', 'occupation', 'lang', 'variant']);
const KNOWN_CODES = new Set<string>(['required', 'too-long', 'invalid', 'characters', 'consent']);

/**
 * Validate an inquiry from anywhere (a form, a JSON body). Text is trimmed. Errors name the
 * field and a code, one per field, in schema order; an unknown field is reported as itself
 * under `variant` so nothing extra is accepted silently.
 */
export function validateInquiry(input: unknown): InquiryResult {
  const result = v.safeParse(InquirySchema, input, { abortPipeEarly: true });
  if (result.success) return { ok: true, value: result.output as Inquiry };
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const issue of result.issues) {
    const key = issue.path?.[0]?.key;
    const field = typeof key === 'string' && KNOWN_FIELDS.has(key) ? key : 'variant';
    if (seen.has(field)) continue;
    seen.add(field);
    let code = KNOWN_CODES.has(issue.message) ? issue.message : 'invalid';
    if (issue.input === undefined && code === 'invalid') code = 'required';
    errors.push({ field: field as InquiryField, code: code as FieldErrorCode });
  }
  return { ok: false, errors };
}

/** What a person typed, as strings, keyed by field; `consent` is 'true' when ticked. */
export type InquiryDraft = Partial<Record<InquiryField, string>>;

/**
 * The payload a form sends: blank optional fields left out, the employee count as a number
 * (NaN when not a whole number, so validation names it), consent only when ticked.
 */
export function inquiryFromDraft(
  variant: InquiryVariant,
  draft: InquiryDraft,
  context: { programIds: readonly string[]; lang: Lang; occupation?: string | null },
): Record<string, unknown> {
  const payload: Record<string, unknown> = { variant };
  for (const field of INQUIRY_FIELDS[variant]) {
    if (field === 'consent') continue;
    const value = (draft[field] ?? '').trim();
    if (field === 'phone' && value === '') continue;
    if (field === 'employees') {
      if (value !== '') payload[field] = /^\d+$/.test(value) ? Number(value) : NaN;
      continue;
    }
    payload[field] = value;
  }
  payload.programIds = [...context.programIds];
  if (variant === 'learner' && context.occupation) payload.occupation = context.occupation;
  payload.consent = draft.consent === 'true';
  payload.lang = context.lang;
  return payload;
}

/**
 * What the person typed, back from a payload `inquiryFromDraft` made (an inquiry kept on
 * the device), so a refused inquiry can be shown again to be fixed; null when it is not one.
 */
export function draftFromPayload(payload: unknown): { variant: InquiryVariant; draft: InquiryDraft } | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const p = payload as Record<string, unknown>;
  if (p.variant !== 'learner' && p.variant !== 'employer') return null;
  const draft: InquiryDraft = {};
  for (const field of INQUIRY_FIELDS[p.variant]) {
    const value = p[field];
    if (field === 'consent') draft.consent = value === true ? 'true' : 'false';
    else if (typeof value === 'string') draft[field] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) draft[field] = String(value);
  }
  return { variant: p.variant, draft };
}
