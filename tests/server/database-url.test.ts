/**
 * The start-up line and start-up errors name the database without its password, even when
 * the password's special characters were not percent-encoded.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeDatabaseUrl, startFailureHint } from '../../src/server/database-url.js';

const HINT = /percent-encode the password's special characters \(@ as %40, \/ as %2F, # as %23/;

describe('describeDatabaseUrl', () => {
  it('names the user, host, port and database, never the password', () => {
    assert.equal(describeDatabaseUrl('postgres://mc:s3cret@db.example:5432/mc?sslmode=verify-full'), 'postgres://mc@db.example:5432/mc');
    assert.equal(describeDatabaseUrl('postgresql://db.example/mc'), 'postgresql://db.example/mc');
    assert.equal(describeDatabaseUrl('postgres://mc:pa:ss%40w%2Frd@127.0.0.1:55433/mc'), 'postgres://mc@127.0.0.1:55433/mc');
  });

  it("shows nothing of a URL with more than one '@' (a password with an @ not percent-encoded), and says what to fix", () => {
    const said = describeDatabaseUrl('postgres://mc:p@ss/word@127.0.0.1:55433/mc');
    assert.match(said, /^postgres \(the URL has more than one '@': /);
    assert.match(said, HINT);
    for (const part of ['ss/word', 'word@', '@ss', '127.0.0.1', 'mc@']) assert.ok(!said.includes(part), `${part} in ${said}`);
  });

  it('says what to fix when a # or a / in the password makes the URL unparsable', () => {
    for (const url of ['postgres://mc:p#ss@127.0.0.1:55433/mc', 'postgres://mc:pa/ss@127.0.0.1/mc', 'postgres://mc:p?ss@127.0.0.1/mc']) {
      const said = describeDatabaseUrl(url);
      assert.match(said, /^postgres \(the URL does not parse as postgres:\/\/user:password@host:port\/database: /, url);
      assert.match(said, HINT);
      assert.ok(!said.includes('ss@'), said);
    }
  });

  it("shows nothing when the only '@' lands outside the user part (a password of digits before a / or ?)", () => {
    for (const url of ['postgres://mc:12/34@127.0.0.1/mc', 'postgres://mc:12?34@127.0.0.1/mc']) {
      const said = describeDatabaseUrl(url);
      assert.match(said, /^postgres \(the URL has an '@' outside the user part: /, url);
      assert.ok(!said.includes('34'), said);
    }
  });
});

describe('startFailureHint', () => {
  it('puts the common start-up failures in plain words, naming host and port but never the password', () => {
    const url = 'postgres://mc:s3cret@db.example:55433/mc';
    assert.match(startFailureHint('28P01', url)!, /^authentication failed: a wrong password, or a role that does not exist$/);
    assert.match(startFailureHint('28000', url)!, /role: it does not exist/);
    assert.match(startFailureHint('3D000', url)!, /^the database does not exist/);
    assert.equal(startFailureHint('ECONNREFUSED', url), 'nothing is listening at db.example:55433');
    assert.equal(startFailureHint('ECONNREFUSED', 'postgres://db.example/mc'), 'nothing is listening at db.example:5432');
    assert.equal(startFailureHint('ECONNREFUSED', 'postgres://mc:p@ss/word@127.0.0.1:55433/mc'), 'nothing is listening at the host and port of the URL');
    assert.equal(startFailureHint('XX000', url), undefined);
  });
});
