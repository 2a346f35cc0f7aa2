/**
 * A skill typed in the other language (`suggestSkillsAcross`), on the sample index as the
 * builder writes it: the French page finds it by its English name, which it holds already; the
 * English page once `loadLabels` has read `labels.fr.txt` into it, and never before.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diskFetch, sampleIndexDir } from '../../fixtures/core/sample-index.js';
import { hasLabels, loadIndex } from '../../../src/core/load/index.js';
import { loadLabels } from '../../../src/core/load/lazy.js';
import { searchesAcross, skillGroup, suggestSkills, suggestSkillsAcross } from '../../../src/core/rank/skill-suggest.js';
import { IndexIntegrityError, type Lang } from '../../../src/core/index-format/index.js';
import { fold } from '../../../src/core/text/index.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import type { SkillSuggestion } from '../../../src/core/rank/skill-suggest.js';

let dir: URL;

const load = (lang: Lang) => loadIndex(dir, { lang });
const across = (index: LoadedIndex, query: string, lang: Lang, limit = 8) => suggestSkillsAcross(index, query, { lang, limit });
const shown = (index: LoadedIndex, query: string, lang: Lang) => across(index, query, lang).map((s) => [s.label, s.foundAs?.name ?? null]);

before(async () => {
  dir = await sampleIndexDir('mc-skills-across-');
});

describe('a skill typed in the other language', () => {
  test('French page: « welding » and « first aid » are offered by their French labels, found by their English names', async () => {
    const fr = await load('fr');
    assert.deepEqual(suggestSkills(fr, 'welding', { lang: 'fr' }), []);
    assert.deepEqual(shown(fr, 'welding', 'fr'), [
      ['utiliser du matériel de soudure', 'use welding equipment'],
      ['inspecter des soudures', 'perform welding inspection'],
    ]);
    assert.deepEqual(
      across(fr, 'first aid', 'fr').map((s) => [s.id, s.foundAs?.lang]),
      [
        ['esco:first-aid', 'en'],
        ['esco:provide-first-aid', 'en'],
      ],
    );
  });

  test('English page: nothing in French until labels.fr.txt is loaded, alone and once; then « premiers soins » finds first aid', async () => {
    const en = await load('en');
    assert.deepEqual(across(en, 'premiers soins', 'en'), [], 'English labels never stand in for the French ones');
    const asked: string[] = [];
    await Promise.all([loadLabels(en, 'fr', { fetch: diskFetch(asked) }), loadLabels(en, 'fr', { fetch: diskFetch(asked) })]);
    assert.deepEqual(asked, ['labels.fr.txt']);
    assert.ok(hasLabels(en, 'fr'));
    // "provide first aid" and "first aid" are one suggestion in English (skill-groups.ts).
    assert.deepEqual(shown(en, 'premiers soins', 'en'), [['first aid', 'prodiguer les premiers soins']]);
    // The skills the French page finds, each with its near-identical ones: every program the
    // English page finds, the French page finds (which also groups « premier secours » in).
    const fr = await load('fr');
    const skills = (index: LoadedIndex, found: SkillSuggestion[], lang: Lang) => new Set(found.flatMap((s) => skillGroup(index, s.id, lang)));
    const onFrench = skills(fr, suggestSkills(fr, 'premiers soins', { lang: 'fr' }), 'fr');
    assert.deepEqual(
      [...skills(en, across(en, 'premiers soins', 'en'), 'en')].filter((id) => !onFrench.has(id)),
      [],
    );
    // The page's own labels are what it shows: English stays English.
    assert.equal(suggestSkills(en, 'first aid', { lang: 'en' })[0]!.label, 'first aid');
  });

  test('a damaged labels file is refused, and the page searches its own language as before', async () => {
    const en = await load('en');
    const damaged = diskFetch([], (bytes) => Buffer.from(bytes.toString('utf8').replace('premiers secours', 'premiers secourz')));
    await assert.rejects(loadLabels(en, 'fr', { fetch: damaged }), IndexIntegrityError);
    assert.equal(hasLabels(en, 'fr'), false);
    assert.deepEqual(across(en, 'premiers soins', 'en'), []);
  });

  test('few or short: the other language is searched under three page-language skills, from three letters', () => {
    assert.equal(searchesAcross('wel', 0), true);
    assert.equal(searchesAcross('we', 0), false);
    assert.equal(searchesAcross(' w e ', 0), false);
    assert.equal(searchesAcross('welding', 2), true);
    assert.equal(searchesAcross('welding', 3), false);
  });
});

describe('a skill typed in the other language: rules that hold for any query', () => {
  let indexes: Record<Lang, LoadedIndex>;
  before(async () => {
    const en = await load('en');
    await loadLabels(en, 'fr');
    indexes = { en, fr: await load('fr') };
  });

  test('its own language first, as suggestSkills gives it; then other-language finds, by a name the skill (or a twin) has there, each skill once', () => {
    const words = (lang: Lang) => indexes.en.manifest.skills.flatMap((s) => [s.label[lang], ...(s.alt?.[lang] ?? [])].flatMap((l) => l.split(' ')));
    const pool = [...new Set([...words('en'), ...words('fr')])].filter((w) => w !== '');
    const query = fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 }).chain((ws) =>
      fc.nat({ max: 3 }).map((cut) => {
        const text = ws.join(' ');
        return cut === 0 ? text : text.slice(0, Math.max(1, text.length - cut));
      }),
    );
    fc.assert(
      fc.property(query, fc.constantFrom<Lang>('en', 'fr'), (q, lang) => {
        const index = indexes[lang];
        const other: Lang = lang === 'en' ? 'fr' : 'en';
        const all = across(index, q, lang);
        const own = suggestSkills(index, q, { lang, limit: 8 });
        assert.deepEqual(all.slice(0, own.length), own);
        const found = all.slice(own.length);
        if (!searchesAcross(q, own.length)) assert.deepEqual(found, []);
        assert.equal(new Set(all.map((s) => s.id)).size, all.length);
        for (const s of found) {
          const skill = index.manifest.skills.find((k) => k.id === s.id)!;
          assert.equal(s.foundAs!.lang, other);
          // A name of the skill, or of a near-identical one it stands for ("first aid", found
          // by « prodiguer les premiers soins », the French name of "provide first aid").
          const group = skillGroup(index, s.id, lang).map((id) => index.manifest.skills.find((k) => k.id === id)!);
          const names = group.flatMap((k) => [k.label[other], ...(k.alt?.[other] ?? [])]);
          assert.ok(names.includes(s.foundAs!.name), `${s.foundAs!.name} is no name of ${s.id} nor of its twins`);
          assert.equal(s.label, skill.label[lang] || skill.label.en);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('any skill is offered on the other page for its whole name there, whatever its capitals and accents', () => {
    const skills = indexes.en.manifest.skills.filter((s) => s.label.fr !== '');
    fc.assert(
      fc.property(fc.constantFrom(...skills), fc.constantFrom<Lang>('en', 'fr'), fc.boolean(), (skill, lang, plain) => {
        const other: Lang = lang === 'en' ? 'fr' : 'en';
        const typed = plain ? fold(skill.label[other]).toUpperCase() : skill.label[other];
        // By its group's label on the page: near-identical skills, and two skills labelled alike
        // but for capitals, are offered once.
        const labels = across(indexes[lang], typed, lang, 200).map((s) => fold(s.label));
        const names = skillGroup(indexes[lang], skill.id, lang).map((id) => indexes[lang].manifest.skills.find((k) => k.id === id)!);
        assert.ok(
          names.some((k) => labels.includes(fold(k.label[lang] || k.label.en))),
          `${typed} on the ${lang} page: ${labels.join(', ')}`,
        );
      }),
      { numRuns: 300 },
    );
  });
});
