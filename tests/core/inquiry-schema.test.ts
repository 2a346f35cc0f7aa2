import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as v from 'valibot';
import {
  INQUIRY_LIMITS,
  InquirySchema,
  validateInquiry,
  type FieldError,
  type InquiryField,
  type InquiryResult,
} from '../../src/core/inquiry.js';
import { employer, learner as learnerBase } from '../fixtures/core/inquiries.js';

/** What validateInquiry answered when it ran InquirySchema through valibot: the reference. */
function viaSchema(input: unknown): InquiryResult {
  const known = new Set<string>([
    'name', 'organization', 'contactName', 'email', 'phone', 'employees', 'message',
    'programIds', 'occupation', 'consent', 'lang', 'variant',
  ]);
  const codes = new Set<string>(['required', 'too-long', 'invalid', 'consent']);
  const result = v.safeParse(InquirySchema, input, { abortPipeEarly: true });
  if (result.success) return { ok: true, value: result.output as never };
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const issue of result.issues) {
    const key = issue.path?.[0]?.key;
    const field = typeof key === 'string' && known.has(key) ? key : 'variant';
    if (seen.has(field)) continue;
    seen.add(field);
    let code = codes.has(issue.message) ? issue.message : 'invalid';
    if (issue.input === undefined && code === 'invalid') code = 'required';
    errors.push({ field: field as InquiryField, code: code as FieldError['code'] });
  }
  return { ok: false, errors };
}

// The learner also gives the optional phone and occupation, so edits reach those rules too.
const learner = { ...learnerBase, phone: '+1 416 555 0100', occupation: '33102' };

/** Values that sit on every rule's edges, for any field. */
const edgy = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>(0, 1, -1, 1.5, 12, undefined, '', ' '), weight: 3 },
  fc.constantFrom<unknown>(
    undefined, null, true, false, 0, 1, -1, 1.5, NaN, Infinity, INQUIRY_LIMITS.employees, INQUIRY_LIMITS.employees + 1,
    '', '   ', 'x', ' padded ', 'a\u0001b', 'tab\tand\nnewline', 'alex@example.org', 'alex@', '12345', '1234',
    '+1 (416) 555-0100', '555', 'en', 'fr', 'de', 'learner', 'employer', [], [''], ['a', ' b '], [1], {},
    Array.from({ length: INQUIRY_LIMITS.programIds }, (_, i) => `p${i}`),
    Array.from({ length: INQUIRY_LIMITS.programIds + 1 }, (_, i) => `p${i}`),
    ['x'.repeat(INQUIRY_LIMITS.programId)], ['x'.repeat(INQUIRY_LIMITS.programId + 1)],
  ),
  // Text exactly at each limit and one past it.
  fc.constantFrom(INQUIRY_LIMITS.name, INQUIRY_LIMITS.organization, INQUIRY_LIMITS.message).chain((n) =>
    fc.constantFrom(' '.repeat(3) + 'x'.repeat(n), 'x'.repeat(n + 1)),
  ),
  fc.constantFrom(INQUIRY_LIMITS.email, INQUIRY_LIMITS.email + 1).map((n) => `${'x'.repeat(n - 12)}@example.org`),
  fc.constantFrom(INQUIRY_LIMITS.phone, INQUIRY_LIMITS.phone + 1).map((n) => '5'.repeat(n)),
  fc.string(),
  fc.integer(),
  fc.array(fc.oneof(fc.string(), fc.constant(' ')), { maxLength: 3 }),
);
const fieldNames = fc.constantFrom(
  'variant', 'name', 'organization', 'contactName', 'email', 'phone', 'employees', 'message',
  'programIds', 'occupation', 'consent', 'lang', 'birthDate',
);

/** A valid inquiry with a few fields replaced, removed or added. */
const nearlyValid = fc
  .tuple(
    fc.constantFrom<Record<string, unknown>>(learner, employer),
    fc.array(fc.tuple(fieldNames, fc.option(edgy, { nil: Symbol.for('delete') as never })), { maxLength: 3 }),
  )
  .map(([base, edits]) => {
    const out: Record<string, unknown> = { ...base };
    for (const [field, value] of edits) {
      if (value === (Symbol.for('delete') as never)) delete out[field];
      else out[field] = value;
    }
    return out;
  });

describe('validateInquiry agrees with InquirySchema', () => {
  it('on valid inquiries of both variants', () => {
    assert.deepEqual(validateInquiry(learner), viaSchema(learner));
    assert.deepEqual(validateInquiry(employer), viaSchema(employer));
    assert.equal(validateInquiry(learner).ok, true);
  });

  it('on inquiries with fields replaced, removed or added (property)', () => {
    fc.assert(
      fc.property(nearlyValid, (input) => {
        assert.deepStrictEqual(validateInquiry(input), viaSchema(input));
      }),
      { numRuns: 20000 },
    );
  });

  it('on any JSON and any value (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (input) => {
        assert.deepStrictEqual(validateInquiry(input), viaSchema(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('on a __proto__ key from JSON', () => {
    const input = JSON.parse(JSON.stringify(learner).replace('{', '{"__proto__": {"x": 1},'));
    assert.deepEqual(validateInquiry(input), viaSchema(input));
    assert.equal(validateInquiry(input).ok, false);
  });
});
