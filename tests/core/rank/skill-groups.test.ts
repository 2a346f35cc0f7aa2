import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { groupLabels, twinKey } from '../../../src/core/rank/skill-groups.js';
import type { Lang } from '../../../src/core/index-format/schema.js';

/** The labels grouped with each label's group label, for reading: `{ "provide first aid": "first aid" }`. */
function grouped(labels: string[], lang: Lang, of: { ranks?: number[]; programs?: number[]; names?: number[] } = {}): Record<string, string> {
  const heads = groupLabels(
    labels.map((label, i) => ({ label, rank: of.ranks?.[i] ?? 2, programs: of.programs?.[i] ?? 1, names: of.names?.[i] ?? 0 })),
    lang,
  );
  const out: Record<string, string> = {};
  heads.forEach((head, i) => {
    if (head !== i) out[labels[i]!] = labels[head]!;
  });
  return out;
}

test('twins of the real vocabulary share one group, labelled by the bare subject', () => {
  assert.deepEqual(
    grouped(['provide first aid', 'first aid', 'perform market research', 'market research', 'use welding equipment', 'operate welding equipment'], 'en', {
      programs: [9, 1, 9, 1, 1, 1],
    }),
    {
      'provide first aid': 'first aid',
      'perform market research': 'market research',
      'operate welding equipment': 'use welding equipment',
    },
  );
  // OaSIS and ESCO name it alike: the broader OaSIS entry gives the label, whichever is tagged more.
  assert.deepEqual(grouped(['physics', 'Physics'], 'en', { ranks: [2, 1], programs: [5, 1] }), { physics: 'Physics' });
  // Then the catalogue's own name: the one more programs are tagged with.
  assert.deepEqual(grouped(['réaliser une étude de marché', 'étude de marché', 'premier secours', 'premiers secours'], 'fr', { programs: [1, 1, 2, 5] }), {
    'réaliser une étude de marché': 'étude de marché',
    'premier secours': 'premiers secours',
  });
  // Then the one with more other names: ESCO's first aid, not the paramedics' first response.
  assert.deepEqual(grouped(['premiers secours', 'premier secours'], 'fr', { names: [2, 0] }), { 'premier secours': 'premiers secours' });
  assert.deepEqual(grouped(['premiers secours', 'premier secours'], 'fr'), { 'premiers secours': 'premier secours' });
});

test('labels that name another skill stay apart', () => {
  const en = [
    'customer service',
    'manage customer service',
    'provide technical documentation',
    'use technical documentation',
    'teach philosophy',
    'philosophy',
    'install lockable devices',
    'repair lockable devices',
    'C#',
    'C++',
    'patents',
    'apply for patents',
    'graphic design',
    'design graphics',
  ];
  assert.deepEqual(grouped(en, 'en'), {});
  // French groups by French labels: « prodiguer les premiers soins » says « soins », not « secours ».
  assert.deepEqual(grouped(['prodiguer les premiers soins', 'premiers secours', "élevage d'animaux", 'animaux d’élevage'], 'fr'), {});
});

test('twinKey sets aside the leading verb, stopwords and inflection, and says which verb it was', () => {
  assert.deepEqual(twinKey('Provide First Aid', 'en'), { key: twinKey('first aid', 'en').key, verb: 'give' });
  assert.deepEqual(twinKey('carry out inspections', 'en'), { key: twinKey('inspection', 'en').key, verb: 'do' });
  assert.deepEqual(twinKey('mettre en œuvre des stratégies de vente', 'fr'), { key: twinKey('stratégie de vente', 'fr').key, verb: 'do' });
  assert.equal(twinKey('use', 'en').verb, null);
});

// Labels made of known content words, so that what they mean is known without the rule.
const CONTENT = ['camera', 'market', 'budget', 'engine', 'database', 'report', 'lesson', 'garden', 'invoice', 'boiler'];
const VERBS: Record<Lang, { do: string[]; give: string[] }> = {
  en: { do: ['use', 'perform', 'operate', 'carry out', 'apply'], give: ['provide'] },
  fr: { do: ['utiliser', 'effectuer', 'réaliser', 'mettre en œuvre', 'procéder à'], give: ['fournir'] },
};

interface Made {
  label: string;
  /** The content words before inflection, in order: what the label is about. */
  subject: string;
  verb: 'do' | 'give' | null;
}

function made(lang: Lang) {
  return fc
    .record({
      subject: fc.array(fc.constantFrom(...CONTENT), { minLength: 1, maxLength: 3 }),
      verb: fc.option(fc.constantFrom('do', 'give') as fc.Arbitrary<'do' | 'give'>, { nil: null }),
      verbAt: fc.nat(),
      plural: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      article: fc.constantFrom('', lang === 'en' ? 'the ' : 'les ', lang === 'en' ? 'a ' : 'des '),
      capital: fc.boolean(),
    })
    .map(({ subject, verb, verbAt, plural, article, capital }): Made => {
      const words = subject.map((w, i) => (plural[i] ? `${w}s` : w)).join(lang === 'en' ? ' and ' : ' ');
      const verbs = verb ? VERBS[lang][verb] : [];
      const text = verb ? `${verbs[verbAt % verbs.length]} ${article}${words}` : words;
      return { label: capital ? text[0]!.toUpperCase() + text.slice(1) : text, subject: subject.join(' '), verb };
    });
}

test('property: every label lands in exactly one group, and a group never joins labels of other content words', () => {
  for (const lang of ['en', 'fr'] as const) {
    fc.assert(
      fc.property(fc.array(made(lang), { maxLength: 30 }), fc.array(fc.nat(2), { maxLength: 30 }), (items, ranks) => {
        const heads = groupLabels(
          items.map((m, i) => ({ label: m.label, rank: ranks[i] ?? 2, programs: i % 3 })),
          lang,
        );
        assert.equal(heads.length, items.length);
        heads.forEach((head, i) => {
          // A group's label belongs to its own group: groups do not overlap.
          assert.equal(heads[head], head);
          assert.equal(items[i]!.subject, items[head]!.subject, `${items[i]!.label} joined ${items[head]!.label}`);
        });
        const doing = new Set(items.filter((m) => m.verb === 'do').map((m) => m.subject));
        items.forEach((a, i) =>
          items.forEach((b, j) => {
            if (a.subject !== b.subject) return;
            // "provide X" and "use X" never share a group; any other twins always do.
            const apart = (a.verb === 'give') !== (b.verb === 'give') && doing.has(a.subject);
            assert.equal(heads[i] === heads[j], !apart, `${a.label} / ${b.label}`);
          }),
        );
      }),
    );
  }
});

test('property: the groups do not depend on the order of the vocabulary', () => {
  fc.assert(
    fc.property(fc.uniqueArray(made('en'), { selector: (m) => m.label, maxLength: 20 }), fc.nat(), (items, seed) => {
      const shuffled = items.map((m, i) => ({ m, k: (i * 7919 + seed) % 104729 })).sort((a, b) => a.k - b.k || a.m.label.localeCompare(b.m.label));
      const groupsOf = (list: Made[]) => {
        const heads = groupLabels(
          list.map((m) => ({ label: m.label, rank: 2, programs: m.label.length % 3 })),
          'en',
        );
        return new Map(list.map((m, i) => [m.label, list[heads[i]!]!.label]));
      };
      assert.deepEqual(groupsOf(shuffled.map((s) => s.m)), groupsOf(items));
    }),
  );
});
