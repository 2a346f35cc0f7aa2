import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { safeHttpsUrl, safePageUrl } from '../../../src/core/text/url.js';

test('accepts https URLs and returns the normalized href', () => {
  assert.equal(safeHttpsUrl('https://example.org/a?b=1#c'), 'https://example.org/a?b=1#c');
  assert.equal(safeHttpsUrl('  HTTPS://Example.ORG/Path  '), 'https://example.org/Path');
  assert.equal(safeHttpsUrl('https://example.org'), 'https://example.org/');
});

test('rejects every other scheme, in any case and padding', () => {
  for (const raw of [
    'http://example.org/',
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'ftp://example.org/',
    'file:///etc/passwd',
    '//example.org/path',
    '/relative/path',
    'example.org',
    '',
    '   ',
  ]) {
    assert.equal(safeHttpsUrl(raw), null, raw);
  }
});

test('rejects credentials, control characters and non-strings', () => {
  assert.equal(safeHttpsUrl('https://user:secret@example.org/'), null);
  assert.equal(safeHttpsUrl('https://user@example.org/'), null);
  assert.equal(safeHttpsUrl('https://example.org/\u0000x'), null);
  for (const value of [undefined, null, 42, {}, ['https://example.org/'], new URL('https://example.org/')]) {
    assert.equal(safeHttpsUrl(value), null);
  }
});

test('property: never returns anything but an https URL without credentials', () => {
  const schemes = fc.constantFrom('https:', 'HTTPS:', 'http:', 'javascript:', 'JavaScript:', 'data:', 'vbscript:', 'ftp:', '', 'hTtPs:');
  const candidate = fc.oneof(
    fc.string(),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.tuple(fc.constantFrom('', ' ', '\t', '\n'), schemes, fc.constantFrom('//', '', '///'), fc.string()).map((parts) => parts.join('')),
    fc.anything(),
  );
  fc.assert(
    fc.property(candidate, (raw) => {
      const out = safeHttpsUrl(raw);
      if (out === null) return true;
      const url = new URL(out);
      return out.startsWith('https://') && url.protocol === 'https:' && url.username === '' && url.password === '' && url.href === out;
    }),
    { numRuns: 3000 },
  );
});

test('property: idempotent on what it accepts', () => {
  fc.assert(
    fc.property(fc.webUrl(), (raw) => {
      const once = safeHttpsUrl(raw.replace(/^http:/, 'https:'));
      return once === null || safeHttpsUrl(once) === once;
    }),
  );
});

test('safePageUrl: a host page’s address, relative to the page and http too, by the same checks', () => {
  const page = 'http://localhost:8000/demo/career-centre.html';
  assert.equal(safePageUrl('/privacy#inquiries', page), 'http://localhost:8000/privacy#inquiries');
  assert.equal(safePageUrl('https://college.example/privacy', page), 'https://college.example/privacy');
  for (const raw of ['javascript:alert(1)', 'data:text/html,x', ' ', 'java\tscript:alert(1)', 'https://user:pw@college.example/', null]) {
    assert.equal(safePageUrl(raw, page), null, String(raw));
  }
  assert.equal(safeHttpsUrl('/privacy'), null, 'safeHttpsUrl still takes absolute https only');
});
