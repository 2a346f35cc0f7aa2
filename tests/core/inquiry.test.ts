import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { INQUIRY_LIMITS, inquiryFromDraft, validateInquiry } from '../../src/core/inquiry.js';
import { employer, learner } from '../fixtures/core/inquiries.js';

describe('validateInquiry', () => {
  it('accepts a learner and an employer inquiry, trimming text', () => {
    const r = validateInquiry({ ...learner, name: '  Alex Tremblay ' });
    assert.equal(r.ok, true);
    if (r.ok) assert.equal(r.value.variant === 'learner' && r.value.name, 'Alex Tremblay');
    assert.equal(validateInquiry(employer).ok, true);
  });

  it('names each bad field once with a code', () => {
    const r = validateInquiry({ ...learner, name: ' ', email: 'alex@', consent: false, programIds: [] });
    assert.deepEqual(r.ok ? [] : r.errors, [
      { field: 'name', code: 'required' },
      { field: 'email', code: 'invalid' },
      { field: 'programIds', code: 'required' },
      { field: 'consent', code: 'consent' },
    ]);
  });

  it('refuses fields the purpose does not need, and the other variant’s fields', () => {
    const extra = validateInquiry({ ...learner, birthDate: '1990-01-01' });
    assert.equal(extra.ok, false);
    const mixed = validateInquiry({ ...learner, organization: 'X' });
    assert.equal(mixed.ok, false);
  });

  it('enforces length limits', () => {
    const r = validateInquiry({ ...learner, message: 'x'.repeat(INQUIRY_LIMITS.message + 1) });
    assert.deepEqual(r.ok ? [] : r.errors, [{ field: 'message', code: 'too-long' }]);
    const many = validateInquiry({ ...learner, programIds: Array.from({ length: 21 }, (_, i) => `p${i}`) });
    assert.deepEqual(many.ok ? [] : many.errors, [{ field: 'programIds', code: 'too-long' }]);
  });

  it('never accepts control characters in text (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 31 }).filter((c) => c !== 9 && c !== 10 && c !== 13), (s, c) => {
        const name = `A${s}${String.fromCharCode(c)}B`;
        return validateInquiry({ ...learner, name }).ok === false;
      }),
    );
  });

  it('never throws, whatever JSON arrives (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => typeof validateInquiry(json).ok === 'boolean'));
  });

  it('does not let __proto__ keys through or pollute', () => {
    const r = validateInquiry(JSON.parse('{"__proto__": {"polluted": true}, "variant": "learner"}'));
    assert.equal(r.ok, false);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

describe('inquiryFromDraft', () => {
  it('leaves out a blank phone, turns employees into a number and consent into a boolean', () => {
    const payload = inquiryFromDraft(
      'employer',
      { organization: 'Org', contactName: 'Sam', email: 'sam@example.org', phone: ' ', employees: '12', message: 'Hi', consent: 'true' },
      { programIds: ['a'], lang: 'fr' },
    );
    assert.deepEqual(payload, {
      variant: 'employer',
      organization: 'Org',
      contactName: 'Sam',
      email: 'sam@example.org',
      employees: 12,
      message: 'Hi',
      programIds: ['a'],
      consent: true,
      lang: 'fr',
    });
    assert.equal(validateInquiry(payload).ok, true);
  });

  it('reports a missing or non-numeric employee count on the field', () => {
    const base = { organization: 'Org', contactName: 'Sam', email: 'sam@example.org', message: 'Hi', consent: 'true' };
    const missing = validateInquiry(inquiryFromDraft('employer', base, { programIds: ['a'], lang: 'en' }));
    assert.deepEqual(missing.ok ? [] : missing.errors, [{ field: 'employees', code: 'required' }]);
    const words = validateInquiry(inquiryFromDraft('employer', { ...base, employees: 'twelve' }, { programIds: ['a'], lang: 'en' }));
    assert.deepEqual(words.ok ? [] : words.errors, [{ field: 'employees', code: 'invalid' }]);
  });

  it('sends the occupation only with a learner inquiry', () => {
    const draft = { name: 'A', email: 'a@example.org', message: 'm', consent: 'true' };
    assert.equal(inquiryFromDraft('learner', draft, { programIds: ['a'], lang: 'en', occupation: '72106' }).occupation, '72106');
  });
});
