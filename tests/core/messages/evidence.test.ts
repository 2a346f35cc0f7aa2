// The reason quoting a program, when its words are in the other language than the page:
// the words stay the program's, the sentence says which language they are in, and each
// piece of them carries its `lang`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreMessages } from '../../../src/core/messages/messages.js';
import { plainSentence, type EvidenceWords } from '../../../src/core/messages/evidence.js';
import type { ReasonPart } from '../../../src/core/model/index.js';
import type { EvidenceField } from '../../../src/core/index-format/index.js';

const fr = coreMessages('fr');
const en = coreMessages('en');
const spaces = (text: string) => text.replaceAll('\u00a0', ' ');
const said = (parts: ReasonPart[]) => spaces(plainSentence(parts));
const marked = (parts: ReasonPart[]) => parts.filter((part) => part.lang).map((part) => `${part.lang}:${part.text}`);

const WELDING: EvidenceWords = {
  labels: ['welding', 'metal'],
  labelLangs: ['en', 'en'],
  field: 'title',
  quote: 'Welding Fundamentals: MIG and TIG',
  quoteLang: 'en',
};

test('a French reason quoting English words says they are English and marks each with lang="en"', () => {
  const parts = fr.teachesEvidence(WELDING, 'Soudeurs');
  assert.equal(
    said(parts),
    'Porte sur « welding » et « metal », des aspects de cette profession que le programme nomme en anglais. Son titre en anglais : « Welding Fundamentals: MIG and TIG »',
  );
  assert.deepEqual(marked(parts), ['en:welding', 'en:metal', 'en:Welding Fundamentals: MIG and TIG']);
  // French typography: a no-break space before the colon and inside the guillemets, outside the English words.
  const text = plainSentence(parts);
  assert.doesNotMatch(text, / [:»]|« /);
  assert.ok(parts.every((part) => !part.lang || !/\u00a0/.test(part.text)));
});

/** Words the program wrote in English, with their quote. */
const english = (labels: string[], field: EvidenceField, quote: string): EvidenceWords => ({
  labels,
  labelLangs: labels.map(() => 'en'),
  field,
  quote,
  quoteLang: 'en',
});

test('every French variant says the English words are English and marks them: a word, a phrase, gap mode', () => {
  const cases: Array<[ReasonPart[], string]> = [
    [
      fr.teachesEvidence(english(['water'], 'description', 'Water treatment.'), 'Opérateurs'),
      'Porte sur « water », un aspect de cette profession que le programme nomme en anglais. Sa description en anglais : « Water treatment. »',
    ],
    [
      fr.teachesEvidence(english(['CNC lathe'], 'outcome', 'Set up a CNC lathe'), 'Machinistes'),
      'Enseigne une compétence clé de cette profession, que le programme nomme en anglais « CNC lathe ». Ce que vous apprendrez, selon son texte en anglais : « Set up a CNC lathe »',
    ],
    [
      fr.fillsGapEvidence(WELDING, 'Soudeurs'),
      'Porte sur « welding » et « metal », des aspects de l’emploi visé que votre travail actuel ne comprend pas et que le programme nomme en anglais. Son titre en anglais : « Welding Fundamentals: MIG and TIG »',
    ],
    [
      fr.fillsGapEvidence(english(['machine learning'], 'tag', 'machine learning'), 'Analystes'),
      'Enseigne une compétence clé de l’emploi visé que votre travail actuel ne demande pas, et que le programme nomme en anglais « machine learning ». Compétences indiquées en anglais : « machine learning »',
    ],
    [
      fr.teachesEvidence(english(['lathe'], 'module', 'Lathe work'), 'Machinistes'),
      'Porte sur « lathe », un aspect de cette profession que le programme nomme en anglais. Un de ses modules, selon son texte en anglais : « Lathe work »',
    ],
  ];
  for (const [parts, expected] of cases) {
    assert.equal(said(parts), expected);
    // Each English fragment is marked, and none is left unmarked in the French text around them.
    const foreign = parts.filter((part) => part.lang);
    const french = parts
      .filter((part) => !part.lang)
      .map((part) => part.text)
      .join('')
      .toLowerCase();
    assert.ok(foreign.length >= 2 && foreign.every((part) => part.lang === 'en' && !french.includes(part.text.toLowerCase())), expected);
  }
});

test('"made for" in French: the English name of the occupation counts, and the English title is said to be English', () => {
  const words: EvidenceWords = {
    labels: ['mechanical engineers'],
    labelLangs: ['en'],
    field: 'title',
    quote: 'Design for Mechanical Engineers',
    quoteLang: 'en',
    otherWho: 'Mechanical engineers',
  };
  const parts = fr.teachesEvidence(words, 'Ingénieurs mécaniciens');
  assert.equal(said(parts), 'Conçu pour cette profession. Son titre en anglais : « Design for Mechanical Engineers »');
  assert.deepEqual(marked(parts), ['en:Design for Mechanical Engineers']);
  assert.equal(
    said(fr.fillsGapEvidence(words, 'Ingénieurs mécaniciens')),
    'Conçu pour l’emploi visé. Son titre en anglais : « Design for Mechanical Engineers »',
  );
});

test('an English reason quoting French words says they are French and marks them lang="fr"', () => {
  const words: EvidenceWords = { labels: ['soudage'], labelLangs: ['fr'], field: 'title', quote: 'Soudage de base', quoteLang: 'fr' };
  const parts = en.teachesEvidence(words, 'Welders');
  assert.equal(said(parts), 'About what the program calls “soudage” in French, part of the work of this occupation. Its French title: “Soudage de base”');
  assert.deepEqual(marked(parts), ['fr:soudage', 'fr:Soudage de base']);
  const phrase = en.fillsGapEvidence({ labels: ['tour CNC'], labelLangs: ['fr'], field: 'module', quote: 'Le tour CNC', quoteLang: 'fr' }, 'Machinists');
  assert.equal(
    said(phrase),
    'Teaches a core skill of the job you want that your current work does not already give, which the program calls “tour CNC” in French. One of its modules, in its French text: “Le tour CNC”',
  );
});

test('words of both languages: each word of the other language says so', () => {
  const parts = fr.teachesEvidence(
    { labels: ['éducation', 'childhood'], labelLangs: ['fr', 'en'], field: 'title', quote: 'Éducation à la petite enfance', quoteLang: 'fr' },
    'Éducateurs',
  );
  assert.equal(
    said(parts),
    'Porte sur « éducation » et « childhood » (en anglais), des aspects de cette profession. Son titre : « Éducation à la petite enfance »',
  );
  assert.deepEqual(marked(parts), ['en:childhood']);
});

test('words in the page language, or of unknown language, read as before and are not marked', () => {
  const same = fr.teachesEvidence({ labels: ['soudage'], labelLangs: ['fr'], field: 'title', quote: 'Soudage de base', quoteLang: 'fr' }, 'Soudeurs');
  assert.equal(said(same), 'Porte sur « soudage », un aspect de cette profession. Son titre : « Soudage de base »');
  assert.deepEqual(same, [{ text: plainSentence(same) }]);
  const unknown = fr.teachesEvidence({ labels: ['welding'], field: 'title', quote: 'Welding' }, 'Soudeurs');
  assert.deepEqual(marked(unknown), []);
  assert.equal(said(unknown), 'Porte sur « welding », un aspect de cette profession. Son titre : « Welding »');
  const english = en.teachesEvidence(WELDING, 'Welders');
  assert.deepEqual(english, [{ text: 'About “welding” and “metal”, part of the work of this occupation. Its title: “Welding Fundamentals: MIG and TIG”' }]);
});

test('before the quotes load, the French sentence ends after the claim, still saying the words are English', () => {
  const parts = fr.teachesEvidence({ labels: ['welding', 'metal'], labelLangs: ['en', 'en'], field: 'title' }, 'Soudeurs');
  assert.equal(said(parts), 'Porte sur « welding » et « metal », des aspects de cette profession que le programme nomme en anglais.');
  assert.deepEqual(marked(parts), ['en:welding', 'en:metal']);
});

test('a phrase many occupations share is named as a topic of the work, never as a skill taught', () => {
  const shared: EvidenceWords = { labels: ['health care'], labelLangs: ['en'], field: 'tag', quote: 'Health Care', quoteLang: 'en', topic: true };
  assert.equal(
    said(en.teachesEvidence(shared, 'Registered nurses')),
    'About “health care”, part of the work of this occupation. Skills it lists: “Health Care”',
  );
  assert.equal(
    said(fr.teachesEvidence(shared, 'Infirmiers autorisés')),
    'Porte sur « health care », un aspect de cette profession que le programme nomme en anglais. Compétences indiquées en anglais : « Health Care »',
  );
  // The same phrase, one occupation's own: a skill it teaches.
  const own = { ...shared, topic: undefined };
  assert.equal(said(en.teachesEvidence(own, 'Registered nurses')), 'Teaches health care, a core skill of this occupation. Skills it lists: “Health Care”');
});

test('a partial match only "mentions" what its words name, in both languages, a word or a phrase, in gap mode too', () => {
  const mention = (words: EvidenceWords): EvidenceWords => ({ ...words, mentions: true });
  const own = (labels: string[], lang: 'en' | 'fr', quote: string): EvidenceWords => ({
    labels,
    labelLangs: labels.map(() => lang),
    field: 'title',
    quote,
    quoteLang: lang,
  });
  const servers = own(['power systems'], 'en', 'Linux System Administration with IBM Power Systems');
  const forest = own(['forest', 'conservation'], 'en', 'Making a Living in the Forest');
  const cases: Array<[ReasonPart[], string]> = [
    [
      en.teachesEvidence(mention(servers), 'Power system electricians'),
      'Mentions “power systems”, a core skill of this occupation. Its title: “Linux System Administration with IBM Power Systems”',
    ],
    [
      en.teachesEvidence(mention(forest), 'Forestry technologists'),
      'Mentions “forest” and “conservation”, words that describe this occupation’s work. Its title: “Making a Living in the Forest”',
    ],
    [
      en.fillsGapEvidence(mention(own(['forest'], 'en', 'Forest ecology')), 'Forestry technologists'),
      'Mentions “forest”, a word that describes the work of the job you want that your current work does not already give. Its title: “Forest ecology”',
    ],
    [
      en.teachesEvidence(mention(own(['soudage'], 'fr', 'Soudage de base')), 'Welders'),
      'Mentions, in French, “soudage”, a word that describes this occupation’s work. Its French title: “Soudage de base”',
    ],
    [
      fr.teachesEvidence(mention(servers), 'Électriciens de réseaux'),
      'Mentionne une compétence clé de cette profession, que le programme nomme en anglais « power systems ». Son titre en anglais : « Linux System Administration with IBM Power Systems »',
    ],
    [
      fr.teachesEvidence(mention(forest), 'Technologues en foresterie'),
      'Emploie les termes anglais « forest » et « conservation », qui décrivent des tâches de cette profession. Son titre en anglais : « Making a Living in the Forest »',
    ],
    [
      fr.teachesEvidence(mention(own(['soins infirmiers'], 'fr', 'Soins infirmiers')), 'Infirmiers'),
      'Mentionne « soins infirmiers », une compétence clé de cette profession. Son titre : « Soins infirmiers »',
    ],
    [
      fr.fillsGapEvidence(mention(own(['forêt'], 'fr', 'Écologie de la forêt')), 'Technologues'),
      'Emploie le terme « forêt », qui décrit des tâches de l’emploi visé que votre travail actuel ne comprend pas. Son titre : « Écologie de la forêt »',
    ],
  ];
  for (const [parts, sentence] of cases) assert.equal(said(parts), sentence);
  assert.deepEqual(marked(fr.teachesEvidence(mention(forest), 'Technologues')), ['en:forest', 'en:conservation', 'en:Making a Living in the Forest']);
  // Words that name the occupation are not said to make the program "made for" it: they may name another.
  const bridging = own(['support worker'], 'en', 'Personal Support Worker Bridging');
  assert.equal(said(en.teachesEvidence(bridging, 'General office support workers')), 'Made for this occupation. Its title: “Personal Support Worker Bridging”');
  assert.equal(
    said(en.teachesEvidence(mention(bridging), 'General office support workers')),
    'Mentions “support worker”, from the name of this occupation. Its title: “Personal Support Worker Bridging”',
  );
  // On a French page, through the occupation's English name.
  assert.equal(
    said(fr.teachesEvidence({ ...mention(bridging), otherWho: 'General office support workers' }, 'Employés de soutien de bureau généraux')),
    'Mentionne « support worker », tiré du nom anglais de cette profession. Son titre en anglais : « Personal Support Worker Bridging »',
  );
});

test('every French reason, of every branch, reads as French: no « travail de l’emploi visé », no gap clause cut off by a comma', () => {
  const variants: Array<[EvidenceWords, string]> = [];
  const langs: Array<Array<'en' | 'fr'>> = [['fr'], ['en'], ['fr', 'fr'], ['en', 'en'], ['fr', 'en']];
  for (const labelLangs of langs)
    for (const shape of ['word', 'phrase', 'topic'] as const)
      for (const mentions of [false, true]) {
        const labels = labelLangs.map((lang, i) => (shape === 'word' ? `${lang}mot${i}` : `${lang} terme${i}`));
        variants.push([{ labels, labelLangs, field: 'module', quote: 'x', quoteLang: labelLangs[0]!, topic: shape === 'topic', mentions }, 'Soudeurs']);
      }
  variants.push([{ labels: ['support worker'], labelLangs: ['en'], field: 'title', quote: 'x', otherWho: 'Support workers', mentions: true }, 'Préposés']);
  const sentences = variants.flatMap(([words, who]) => [said(fr.teachesEvidence(words, who)), said(fr.fillsGapEvidence(words, who))]);
  for (const sentence of sentences) {
    assert.doesNotMatch(sentence, /travail de (l’emploi|cette profession)|du travail de|ne vous donne pas/, sentence);
    // The gap clause is said of the skill or the aspect itself, not set apart from it.
    assert.doesNotMatch(sentence, /, que votre travail/, sentence);
    assert.doesNotMatch(sentence, /anglaiss|françaiss/, sentence);
  }
  assert.ok(sentences.filter((s) => /que votre travail actuel ne (comprend|demande) pas/.test(s)).length >= variants.length - 1);
});
