/**
 * The inquiry a person sends to an institution: one payload type and one validation,
 * shared by the form (before sending) and the endpoint (on receipt), so both refuse the
 * same things with the same field-level codes. Only the fields each purpose needs.
 *
 * `validateInquiry` is written by hand: the CDN bundle carries it, and valibot's object,
 * variant and pipe machinery for it cost about three times its bytes. `InquirySchema`
 * states the same rules in valibot for anyone who composes schemas; a property test holds
 * the two to the same verdicts, codes and output.
 */
import * as v from 'valibot';
import type { Lang } from './schema.js';

export type InquiryVariant = 'learner' | 'employer';

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

export type Inquiry = LearnerInquiry | EmployerInquiry;

/** Every field a form may show, across both variants. */
export type InquiryField =
  | 'name'
  | 'organization'
  | 'contactName'
  | 'email'
  | 'phone'
  | 'employees'
  | 'message'
  | 'programIds'
  | 'occupation'
  | 'consent'
  | 'lang'
  | 'variant';

/** Machine-readable reason a field was refused; the form turns it into a sentence. */
export type FieldErrorCode = 'required' | 'too-long' | 'invalid' | 'consent';

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
  programId: 120,
  employees: 100_000,
} as const;

/** Fields of each variant in the order a form shows them. */
export const INQUIRY_FIELDS: Record<InquiryVariant, readonly InquiryField[]> = {
  learner: ['name', 'email', 'phone', 'message', 'consent'],
  employer: ['organization', 'contactName', 'email', 'phone', 'employees', 'message', 'consent'],
};

// Control characters other than tab and newline have no place in a person's text.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const EMAIL = /^[^\s@<>()\[\]\\,;:"]+@[^\s@<>()\[\]\\,;:"]+\.[^\s@<>()\[\]\\,;:"]{2,}$/;
const PHONE = /^\+?[\d\s().-]{7,30}$/;

function text(max: number) {
  return v.pipe(
    v.string('invalid'),
    v.trim(),
    v.nonEmpty('required'),
    v.maxLength(max, 'too-long'),
    v.check((s) => !CONTROL.test(s), 'invalid'),
  );
}

const email = v.pipe(text(INQUIRY_LIMITS.email), v.regex(EMAIL, 'invalid'));
const phone = v.optional(v.pipe(text(INQUIRY_LIMITS.phone), v.regex(PHONE, 'invalid')));
const programIds = v.pipe(
  v.array(v.pipe(text(INQUIRY_LIMITS.programId)), 'invalid'),
  v.minLength(1, 'required'),
  v.maxLength(INQUIRY_LIMITS.programIds, 'too-long'),
);
const consent = v.literal(true, 'consent');
const lang = v.picklist(['en', 'fr'], 'invalid');

const LearnerSchema = v.strictObject(
  {
    variant: v.literal('learner', 'invalid'),
    name: text(INQUIRY_LIMITS.name),
    email,
    phone,
    message: text(INQUIRY_LIMITS.message),
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
    organization: text(INQUIRY_LIMITS.organization),
    contactName: text(INQUIRY_LIMITS.name),
    email,
    phone,
    employees: v.pipe(
      v.number('invalid'),
      v.integer('invalid'),
      v.minValue(1, 'invalid'),
      v.maxValue(INQUIRY_LIMITS.employees, 'too-long'),
    ),
    message: text(INQUIRY_LIMITS.message),
    programIds,
    consent,
    lang,
  },
  'invalid',
);

export const InquirySchema = v.variant('variant', [LearnerSchema, EmployerSchema], 'invalid');

export type InquiryResult = { ok: true; value: Inquiry } | { ok: false; errors: FieldError[] };

const KNOWN_FIELDS = new Set<string>([
  ...INQUIRY_FIELDS.learner,
  ...INQUIRY_FIELDS.employer,
  'programIds',
  'occupation',
  'lang',
  'variant',
]);

/** A field's checked (and trimmed) value, or why it was refused. */
type Checked = { value: unknown } | { code: FieldErrorCode };
type Check = (input: unknown) => Checked;

/** A value of the wrong type; absent counts as not given. */
const wrongType = (input: unknown): Checked => ({ code: input === undefined ? 'required' : 'invalid' });

/** Trimmed, non-empty text of at most `max` characters, no control characters, matching `pattern`. */
function checkText(max: number, pattern?: RegExp): Check {
  return (input) => {
    if (typeof input !== 'string') return wrongType(input);
    const value = input.trim();
    if (value === '') return { code: 'required' };
    if (value.length > max) return { code: 'too-long' };
    if (CONTROL.test(value) || (pattern && !pattern.test(value))) return { code: 'invalid' };
    return { value };
  };
}

const checkProgramId = checkText(INQUIRY_LIMITS.programId);
const checkEmail = checkText(INQUIRY_LIMITS.email, EMAIL);
const checkPhone = checkText(INQUIRY_LIMITS.phone, PHONE);
const checkLang: Check = (input) => (input === 'en' || input === 'fr' ? { value: input } : wrongType(input));
const checkConsent: Check = (input) => (input === true ? { value: input } : { code: 'consent' });

/** 1 to 20 program ids; the first bad id speaks for the list. */
const checkProgramIds: Check = (input) => {
  if (!Array.isArray(input)) return wrongType(input);
  const value: unknown[] = [];
  // Indexed, not for-of: a hole is an absent id, as the schema reads it.
  for (let i = 0; i < input.length; i++) {
    const id = checkProgramId(input[i]);
    if ('code' in id) return id;
    value.push(id.value);
  }
  if (value.length < 1) return { code: 'required' };
  if (value.length > INQUIRY_LIMITS.programIds) return { code: 'too-long' };
  return { value };
};

const checkEmployees: Check = (input) => {
  if (typeof input !== 'number' || Number.isNaN(input)) return wrongType(input);
  if (!Number.isInteger(input) || input < 1) return { code: 'invalid' };
  if (input > INQUIRY_LIMITS.employees) return { code: 'too-long' };
  return { value: input };
};

/** Absent or undefined is fine; anything else must pass `check`. */
const optional =
  (check: Check): Check =>
  (input) =>
    input === undefined ? { value: undefined } : check(input);

const checkOccupation = optional((input) =>
  typeof input !== 'string' ? wrongType(input) : /^\d{5}$/.test(input) ? { value: input } : { code: 'invalid' },
);

/** Each variant's fields in the order errors are reported; optional ones may be absent. */
const VARIANT_CHECKS: Record<InquiryVariant, Record<string, Check>> = {
  learner: {
    variant: (input) => ({ value: input }),
    name: checkText(INQUIRY_LIMITS.name),
    email: checkEmail,
    phone: optional(checkPhone),
    message: checkText(INQUIRY_LIMITS.message),
    programIds: checkProgramIds,
    occupation: checkOccupation,
    consent: checkConsent,
    lang: checkLang,
  },
  employer: {
    variant: (input) => ({ value: input }),
    organization: checkText(INQUIRY_LIMITS.organization),
    contactName: checkText(INQUIRY_LIMITS.name),
    email: checkEmail,
    phone: optional(checkPhone),
    employees: checkEmployees,
    message: checkText(INQUIRY_LIMITS.message),
    programIds: checkProgramIds,
    consent: checkConsent,
    lang: checkLang,
  },
};
const OPTIONAL_FIELDS = new Set(['phone', 'occupation']);

/**
 * Validate an inquiry from anywhere (a form, a JSON body). Text is trimmed. Errors name the
 * field and a code, one per field, in schema order; an unknown field is reported as itself
 * under `variant` so nothing extra is accepted silently.
 */
export function validateInquiry(input: unknown): InquiryResult {
  if (typeof input !== 'object' || input === null) {
    return { ok: false, errors: [{ field: 'variant', code: input === undefined ? 'required' : 'invalid' }] };
  }
  const record = input as Record<string, unknown>;
  const variant = record.variant;
  if (variant !== 'learner' && variant !== 'employer') {
    return { ok: false, errors: [{ field: 'variant', code: variant === undefined ? 'required' : 'invalid' }] };
  }
  const checks = VARIANT_CHECKS[variant];
  const value: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  const refuse = (key: string, code: FieldErrorCode) => {
    const field = (KNOWN_FIELDS.has(key) ? key : 'variant') as InquiryField;
    if (!errors.some((e) => e.field === field)) errors.push({ field, code });
  };
  for (const [key, check] of Object.entries(checks)) {
    // `in`, as the schema reads a key: an inherited one counts as given.
    if (key in record) {
      const checked = check(record[key]);
      if ('code' in checked) refuse(key, checked.code);
      else value[key] = checked.value;
    } else if (!OPTIONAL_FIELDS.has(key)) refuse(key, 'required');
  }
  for (const key in record) {
    if (!Object.hasOwn(checks, key)) {
      refuse(key, 'invalid');
      break;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: value as unknown as Inquiry };
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
