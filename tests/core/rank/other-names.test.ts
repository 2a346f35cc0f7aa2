/**
 * The skills' other English names (ESCO's alternative labels, `names.en.txt`), on the sample
 * index as the builder writes it: a page has none until `loadLabels(…, { otherNames: true })`
 * reads them, once; then "CPR" finds resuscitation, said as found by that name (`alsoCalled`),
 * on the English page, and across languages on the French one.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diskFetch, sampleIndexDir } from '../../fixtures/core/sample-index.js';
import { hasOtherNames, loadIndex } from '../../../src/core/load/index.js';
import { loadLabels } from '../../../src/core/load/lazy.js';
import { hasEveryWord, skillGroup, suggestSkills, suggestSkillsAcross } from '../../../src/core/rank/skill-suggest.js';
import { IndexIntegrityError, type Lang } from '../../../src/core/index-format/index.js';
import { fold } from '../../../src/core/text/index.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';

let dir: URL;

const shown = (index: LoadedIndex, query: string, lang: Lang) =>
  suggestSkillsAcross(index, query, { lang }).map((s) => [s.label, s.alsoCalled ?? s.foundAs?.name ?? null]);

before(async () => {
  dir = await sampleIndexDir('mc-other-names-');
});

describe('the other English names of skills', () => {
  test('English page: none until names.en.txt is read, alone and once; then "CPR" offers resuscitation, also called “CPR”', async () => {
    const en = await loadIndex(dir, { lang: 'en' });
    assert.equal(hasOtherNames(en, 'en'), false);
    assert.deepEqual(suggestSkills(en, 'CPR', { lang: 'en' }), []);
    const asked: string[] = [];
    const twice = [0, 1].map(() => loadLabels(en, 'en', { otherNames: true, fetch: diskFetch(asked) }));
    await Promise.all(twice);
    assert.deepEqual(asked, ['names.en.txt']);
    assert.ok(hasOtherNames(en, 'en'));
    assert.deepEqual(shown(en, 'CPR', 'en'), [
      ['resuscitation', 'CPR'],
      // "provide first aid" (ESCO: "perform CPR") is one suggestion with "first aid".
      ['first aid', 'perform CPR'],
    ]);
    // ESCO's "bookkeeping" of its "accounting", one suggestion with OaSIS's "Accounting".
    assert.deepEqual(shown(en, 'bookkeeping', 'en'), [['Accounting', 'bookkeeping']]);
    // A label that holds the words comes first and says nothing more.
    assert.deepEqual(shown(en, 'first aid', 'en')[0], ['first aid', null]);
    await loadLabels(en, 'en', { otherNames: true, fetch: diskFetch(asked) });
    assert.deepEqual(asked, ['names.en.txt'], 'read once per index');
  });

  test('French page: "CPR" finds resuscitation by its English name once they are read; « RCR » by its French one, said too', async () => {
    const fr = await loadIndex(dir, { lang: 'fr' });
    assert.deepEqual(shown(fr, 'CPR', 'fr'), []);
    await loadLabels(fr, 'en', { otherNames: true });
    assert.deepEqual(
      suggestSkillsAcross(fr, 'CPR', { lang: 'fr' }).map((s) => [s.id, s.foundAs]),
      [
        ['esco:resuscitation', { name: 'CPR', lang: 'en' }],
        ['esco:provide-first-aid', { name: 'perform CPR', lang: 'en' }],
      ],
    );
    assert.deepEqual(shown(fr, 'RCR', 'fr'), [['resuscitation', 'RCR']]);
  });

  test('a damaged names file is refused, and the page searches its labels as before', async () => {
    const en = await loadIndex(dir, { lang: 'en' });
    const damaged = diskFetch([], (bytes) => Buffer.from(bytes.toString('utf8').replace('CPR', 'CPX')));
    await assert.rejects(loadLabels(en, 'en', { otherNames: true, fetch: damaged }), IndexIntegrityError);
    assert.equal(hasOtherNames(en, 'en'), false);
    assert.deepEqual(suggestSkills(en, 'CPR', { lang: 'en' }), []);
  });
});

/**
 * Whether every typed word of `query` is a word of `name` or its plural, or (unless `whole`)
 * begins one or is its "-ing" form or verb ("driving", "drive"): the search's rule.
 */
function holds(name: string, query: string, whole = false): boolean {
  const words = fold(name).split(' ');
  const ing = (a: string, b: string) => a.endsWith('ing') && a.length >= b.length + 2 && [b, `${b}e`].some((v) => a.startsWith(v.slice(0, -1)));
  return fold(query)
    .split(' ')
    .every((part) => words.some((w) => w === part || w === `${part}s` || part === `${w}s` || (!whole && (w.startsWith(part) || ing(w, part) || ing(part, w)))));
}

/** `query` without the word a suggestion was found without (`SkillSuggestion.without`), once. */
function kept(query: string, without: string | undefined): string {
  if (without === undefined) return query;
  const parts = fold(query).split(' ');
  parts.splice(parts.indexOf(fold(without)), 1);
  return parts.join(' ');
}

describe('the other English names of skills: rules that hold for any query', () => {
  let fresh: LoadedIndex;
  let named: LoadedIndex;
  before(async () => {
    fresh = await loadIndex(dir, { lang: 'en' });
    named = await loadIndex(dir, { lang: 'en' });
    await loadLabels(named, 'en', { otherNames: true });
  });

  test('a skill said to be also called X has X among its or its twins’ names, holding the words typed; a query no label found is found only so', () => {
    const words = [...new Set(named.manifest.skills.flatMap((s) => [s.label.en, ...(s.alt?.en ?? [])]).flatMap((l) => l.split(' ')))];
    const query = fc.array(fc.constantFrom(...words.filter((w) => w !== '')), { minLength: 1, maxLength: 3 }).chain((ws) =>
      fc.nat({ max: 3 }).map((cut) => {
        const text = ws.join(' ');
        return cut === 0 ? text : text.slice(0, Math.max(1, text.length - cut));
      }),
    );
    fc.assert(
      fc.property(query, (q) => {
        const before = suggestSkills(fresh, q, { lang: 'en', limit: 100 });
        const after = suggestSkills(named, q, { lang: 'en', limit: 100 });
        assert.deepEqual(suggestSkills(named, q, { lang: 'en', limit: 100 }), after, 'deterministic');
        assert.equal(new Set(after.map((s) => s.id)).size, after.length, 'each skill once');
        for (const s of after) {
          const names = skillGroup(named, s.id, 'en').flatMap((id) => {
            const skill = named.manifest.skills.find((k) => k.id === id)!;
            return [skill.label.en, ...(skill.alt?.en ?? [])];
          });
          // A label holding every word typed, whole, is reason enough: no other name is said.
          const typed = kept(q, s.without);
          if (holds(s.label, typed, true)) assert.equal(s.alsoCalled, undefined, s.label);
          if (s.alsoCalled === undefined) continue;
          assert.ok(names.includes(s.alsoCalled), `${s.alsoCalled} is a name of ${s.id} or a twin`);
          assert.ok(holds(s.alsoCalled, typed), `“${s.alsoCalled}” holds “${typed}”`);
        }
        // Before the names are read, none is said; a query no label holds every word of is found so by them alone.
        assert.ok(before.every((s) => s.alsoCalled === undefined));
        if (!before.some(hasEveryWord))
          assert.ok(
            after.filter(hasEveryWord).every((s) => s.alsoCalled !== undefined),
            JSON.stringify(after),
          );
      }),
      { numRuns: 300 },
    );
  });
});
