/**
 * The inquiry a person sends to an institution: one payload type and one validation,
 * shared by the form (before sending) and the endpoint (on receipt), so both refuse the
 * same things with the same field-level codes. Only the fields each purpose needs.
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
const KNOWN_CODES = new Set<string>(['required', 'too-long', 'invalid', 'consent']);

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
