import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TitleIndexBuilder, searchTitleIndex } from '../../../src/core/titles/titles.js';

// Hand-written fixture: a few occupations whose titles share words, so queries reach
// several codes through several titles each.
const builder = new TitleIndexBuilder('fr');
builder.add('72106', ['Soudeurs/soudeuses', 'Soudeur/soudeuse', 'Soudeur-monteur/soudeuse-monteuse', 'Aide-soudeur']);
builder.add('72010', ['Contremaîtres/contremaîtresses en usinage', 'Contremaître/contremaîtresse de soudeurs']);
builder.add('31301', ['Infirmiers autorisés/infirmières autorisées', 'Infirmier/infirmière', 'Infirmier-chef/infirmière-chef']);
builder.add('33102', ['Aides-infirmiers/aides-infirmières', 'Préposé/préposée aux bénéficiaires', 'Aide-infirmier/aide-infirmière']);
builder.add('21234', ['Développeurs/développeuses Web', 'Développeur Web/développeuse Web', 'Programmeur Web/programmeuse Web']);
builder.add('21232', ['Développeurs/développeuses de logiciels', 'Programmeur/programmeuse', 'Développeur/développeuse de logiciels']);
const index = builder.build();

const words = ['soudeuse', 'soudeur', 'infirmière', 'aide', 'chef', 'web', 'développeur', 'PAB', 'programmeu', 'xyz', 'é', '-', '/', ' '];
const query = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((parts) => parts.join(' ')),
);

test('scores lie in [0, 1], best first, each occupation at most once, within the limit', () => {
  fc.assert(
    fc.property(query, fc.integer({ min: 1, max: 8 }), (text, limit) => {
      const results = searchTitleIndex(index, text, { limit });
      assert.ok(results.length <= limit);
      const codes = results.map((r) => r.code);
      assert.equal(new Set(codes).size, codes.length, `codes repeat: ${codes}`);
      for (let i = 0; i < results.length; i++) {
        const { score } = results[i]!;
        assert.ok(score >= 0 && score <= 1, `score ${score} out of [0, 1]`);
        if (i > 0) assert.ok(results[i - 1]!.score >= score, 'not sorted best first');
      }
    }),
    { numRuns: 500 },
  );
});

test('matching is deterministic: the same query gives the same results', () => {
  fc.assert(
    fc.property(query, (text) => {
      const first = searchTitleIndex(index, text, { limit: 5 });
      searchTitleIndex(index, 'infirmière', { limit: 5 });
      assert.deepEqual(searchTitleIndex(index, text, { limit: 5 }), first);
    }),
    { numRuns: 300 },
  );
});

test('very long and emoji queries do not throw and still answer', () => {
  const long = 'soudeuse '.repeat(1200).slice(0, 10_000);
  const noise = 'x'.repeat(10_000);
  const emoji = '👩‍🔧 soudeuse 🔥🔥 ';
  for (const text of [long, noise, emoji, emoji.repeat(600), '\u0000\uffff\ud800', '🧑‍⚕️']) {
    const start = performance.now();
    const results = searchTitleIndex(index, text, { limit: 5 });
    // A generous bound: this guards against a runaway scan, not a timing goal (see bench/).
    assert.ok(performance.now() - start < 1000, `took ${performance.now() - start} ms`);
    assert.ok(Array.isArray(results));
  }
  assert.equal(searchTitleIndex(index, long, { limit: 1 })[0]?.code, '72106');
  assert.equal(searchTitleIndex(index, emoji, { limit: 1 })[0]?.code, '72106');
  assert.deepEqual(searchTitleIndex(index, noise), []);
});
