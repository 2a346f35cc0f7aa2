import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { INQUIRY_LIMITS, draftFromPayload, inquiryFromDraft, validateInquiry } from '../../../src/core/inquiry/inquiry.js';
import { employer, learner } from '../../fixtures/core/inquiries.js';

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

  it("takes program ids in the catalogue's syntax only, as the form and the endpoint share it", () => {
    const errorsOf = (input: object) => {
      const r = validateInquiry(input);
      return r.ok ? [] : r.errors;
    };
    for (const id of ['lp-weld-101', 'coursera:intro_to.welding-2', '7', 'x'.repeat(100)]) {
      assert.deepEqual(errorsOf({ ...learner, programIds: [id] }), [], id);
    }
    for (const id of ['<script>x</script>', '=1+2', 'lp weld', '.hidden', 'é-101', 'a/b']) {
      assert.deepEqual(errorsOf({ ...learner, programIds: [id] }), [{ field: 'programIds', code: 'invalid' }], id);
    }
    assert.deepEqual(errorsOf({ ...learner, programIds: ['x'.repeat(101)] }), [{ field: 'programIds', code: 'too-long' }]);
  });

  it('never accepts control characters in text (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.integer({ min: 0, max: 31 }).filter((c) => c !== 9 && c !== 10 && c !== 13),
        (s, c) => {
          const name = `A${s}${String.fromCharCode(c)}B`;
          return validateInquiry({ ...learner, name }).ok === false;
        },
      ),
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

describe('validateInquiry: characters', () => {
  const errorsOf = (input: object) => {
    const r = validateInquiry(input);
    return r.ok ? [] : r.errors;
  };
  /** Controls and invisible characters a one-line field refuses, by name. */
  const REFUSED: Record<string, string> = {
    CR: '\r',
    LF: '\n',
    'CR LF': '\r\n',
    tab: '\t',
    NUL: '\u0000',
    'next line (C1)': '\u0085',
    'line separator': '\u2028',
    'zero-width space': '\u200b',
    'word joiner': '\u2060',
    'byte order mark': '\ufeff',
    'soft hyphen': '\u00ad',
    'left-to-right mark': '\u200e',
    'right-to-left override': '\u202e',
    'first strong isolate': '\u2068',
    'Hangul filler': '\u3164',
    'blank Braille pattern': '\u2800',
    'tag character': '\u{e0041}',
    'private use': '\ue000',
  };

  it('refuses a line break in a name, organization, contact, email or phone (a header injection)', () => {
    assert.deepEqual(errorsOf({ ...learner, name: 'Ada\r\nBcc: victim@example.org' }), [{ field: 'name', code: 'characters' }]);
    assert.deepEqual(errorsOf({ ...learner, email: 'alex@example.org\nBcc: victim@example.org' }), [{ field: 'email', code: 'characters' }]);
    assert.deepEqual(errorsOf({ ...learner, phone: '613-555-0100\r\n' + '1'.repeat(5) }), [{ field: 'phone', code: 'characters' }]);
    assert.deepEqual(errorsOf({ ...employer, organization: 'Org\rX-Injected: 1', contactName: 'Sam\nRoy' }), [
      { field: 'organization', code: 'characters' },
      { field: 'contactName', code: 'characters' },
    ]);
  });

  it('takes an email whose domain is host names only: no mailto query, fragment or path after it', () => {
    for (const email of [
      'ada@example.org?bcc=attacker%40evil.example&subject=Re',
      'ada@example.org#frag.com',
      'ada@example.org/../x.com',
      'ada@exa_mple.org',
      'ada@example.c',
    ]) {
      assert.deepEqual(errorsOf({ ...learner, email }), [{ field: 'email', code: 'invalid' }], email);
    }
    for (const email of [
      'ada+cours@college.on.ca',
      'élodie.tremblay@cégep-exemple.qc.ca',
      "o'neil@sub.example.org",
      'ada@xn--cgep-bpa.ca',
      'A.B@Example.ORG',
    ]) {
      assert.deepEqual(errorsOf({ ...learner, email }), [], email);
    }
  });

  for (const [name, ch] of Object.entries(REFUSED)) {
    it(`refuses ${name} inside every one-line field`, () => {
      assert.deepEqual(errorsOf({ ...learner, name: `Ada${ch}Lovelace` }), [{ field: 'name', code: 'characters' }]);
      assert.deepEqual(errorsOf({ ...learner, email: `ada${ch}x@example.org` }), [{ field: 'email', code: 'characters' }]);
      assert.deepEqual(errorsOf({ ...learner, phone: `613${ch}5550100` }), [{ field: 'phone', code: 'characters' }]);
      assert.deepEqual(errorsOf({ ...learner, programIds: [`welding${ch}1`] }), [{ field: 'programIds', code: 'characters' }]);
      assert.deepEqual(errorsOf({ ...employer, organization: `Org${ch}X`, contactName: `Sam${ch}Roy` }), [
        { field: 'organization', code: 'characters' },
        { field: 'contactName', code: 'characters' },
      ]);
    });
  }

  it('refuses a name made only of invisible characters, and a name with no letter', () => {
    assert.deepEqual(errorsOf({ ...learner, name: '\u200b\u200c\u200d' }), [{ field: 'name', code: 'characters' }]);
    assert.deepEqual(errorsOf({ ...learner, name: '\u3164\u3164' }), [{ field: 'name', code: 'characters' }]);
    assert.deepEqual(errorsOf({ ...learner, name: '12345' }), [{ field: 'name', code: 'invalid' }]);
    assert.deepEqual(errorsOf({ ...learner, name: '... !' }), [{ field: 'name', code: 'invalid' }]);
    assert.deepEqual(errorsOf({ ...employer, contactName: '---' }), [{ field: 'contactName', code: 'invalid' }]);
    assert.deepEqual(errorsOf({ ...employer, organization: '***' }), [{ field: 'organization', code: 'invalid' }]);
  });

  it('accepts the names people have', () => {
    for (const name of [
      "Zoë O'Brien-Côté",
      'Nguyễn Thị Minh Khai',
      '李小龍',
      'José María de la Cruz',
      'Siobhán Ní Dhomhnaill',
      'Ngũgĩ wa Thiong’o',
      'Αλέξανδρος',
      'X Æ A-12',
    ]) {
      assert.deepEqual(errorsOf({ ...learner, name }), [], name);
    }
    // Persian writes a zero-width non-joiner inside words; between two letters it is kept.
    const persian = 'نرگس\u200cسادات';
    const r = validateInquiry({ ...learner, name: persian });
    assert.equal(r.ok && r.value.variant === 'learner' && r.value.name, persian);
    assert.deepEqual(errorsOf({ ...learner, name: 'Ada\u200c Lovelace' }), [{ field: 'name', code: 'characters' }], 'not between letters');
  });

  it('accepts organizations named with digits', () => {
    assert.deepEqual(errorsOf({ ...employer, organization: '3M' }), []);
    assert.deepEqual(errorsOf({ ...employer, organization: '1-800-Flowers' }), []);
  });

  it('accepts a phone number with an extension, as an office writes it', () => {
    for (const phone of ['613-555-0100 ext. 12', '613-555-0100 x12', '+1 (613) 555-0100 poste 12', '613.555.0100, Ext 1234', '6135550100 p. 7'])
      assert.deepEqual(errorsOf({ ...employer, phone }), [], phone);
    for (const phone of ['613-555-0100 ext.', 'ext. 12', '613-555-0100 call me', '613-555-0100 ext. 1234567'])
      assert.deepEqual(errorsOf({ ...employer, phone }), [{ field: 'phone', code: 'invalid' }], phone);
  });

  it('keeps the line breaks and tabs of the message', () => {
    const message = 'Hello,\n\nTwo questions:\r\n\t1. When?\n\t2. Where?';
    const r = validateInquiry({ ...learner, message });
    assert.equal(r.ok && r.value.message, message);
  });

  it('refuses controls and direction overrides in the message, and a message with nothing visible', () => {
    assert.deepEqual(errorsOf({ ...learner, message: 'Hi\u0000there' }), [{ field: 'message', code: 'characters' }]);
    assert.deepEqual(errorsOf({ ...learner, message: 'Pay \u202e0001$\u202c now' }), [{ field: 'message', code: 'characters' }]);
    assert.deepEqual(errorsOf({ ...learner, message: '\u200b\u200b\u200b' }), [{ field: 'message', code: 'required' }]);
    assert.deepEqual(errorsOf({ ...learner, message: 'سلام\u200cها — merci ?' }), [], 'a joiner in words is fine');
  });

  it('never accepts a control or format character in a one-line field (property)', () => {
    const invisible = fc.constantFrom(...Object.values(REFUSED), '\u0001', '\u001f', '\u007f', '\u009f', '\u2066', '\u2069', '\u061c');
    fc.assert(
      fc.property(fc.string(), invisible, fc.string(), (a, ch, b) => {
        return validateInquiry({ ...learner, name: `A${a}${ch}${b}B` }).ok === false;
      }),
    );
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

  it('gives back what was typed from a payload, for a refused inquiry to be fixed', () => {
    const draft = { organization: 'Org', contactName: 'Sam', email: 'sam@example', phone: '613-555-0100', employees: '12', message: 'Hi', consent: 'true' };
    const payload = inquiryFromDraft('employer', draft, { programIds: ['a'], lang: 'en' });
    assert.deepEqual(draftFromPayload(payload), { variant: 'employer', draft });
    assert.deepEqual(draftFromPayload(JSON.parse(JSON.stringify({ ...learner, phone: undefined })))?.draft, {
      name: learner.name,
      email: learner.email,
      message: learner.message,
      consent: 'true',
    });
    assert.equal(draftFromPayload(null), null);
    assert.equal(draftFromPayload({ variant: 'robot' }), null);
  });

  it('sends the occupation only with a learner inquiry', () => {
    const draft = { name: 'A', email: 'a@example.org', message: 'm', consent: 'true' };
    assert.equal(inquiryFromDraft('learner', draft, { programIds: ['a'], lang: 'en', occupation: '72106' }).occupation, '72106');
  });
});
