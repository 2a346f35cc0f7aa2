import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { Diagnostics, formatWarning } from '../../src/core/catalogue/diagnostics.js';
import { readCanonicalPrograms } from '../../src/cli/programs.js';
import { SkillTagger, editDistance } from '../../src/core/catalogue/tagger.js';
import { knowledgeAreasIn } from '../../src/core/catalogue/knowledge-areas.js';
import { clip, plain } from '../../src/core/catalogue/text.js';
import type { SkillDef } from '../../src/core/catalogue/vocabulary.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));

test('canonical CSV: every bad field is a warning naming file, line and field', () => {
  const diag = new Diagnostics();
  const programs = readCanonicalPrograms(`${FIXTURES}programs.csv`, diag);
  const byId = new Map(programs.map((p) => [p.id, p]));
  assert.deepEqual(byId.get('good-1'), {
    line: 2,
    id: 'good-1',
    title: { en: 'Python for Beginners', fr: 'Python pour débutants' },
    provider: 'Example College (fictional)',
    url: 'https://example.org/python',
    description: { en: 'Learn Python.', fr: 'Apprendre Python.' },
    tags: ['Python Programming', 'SQL'],
    hours: 40,
    costCad: 500,
    delivery: 'online',
    language: 'en',
    region: 'ER35',
    osapEligible: true,
    credential: 'Micro-credential',
  });
  for (const id of ['js-url', 'http-url', 'data-url', 'vb-url', 'cred-url', 'mixed-js']) assert.equal(byId.get(id)!.url, null, id);
  assert.equal(byId.get('padded')!.url, 'https://example.org/Padded');
  assert.equal(byId.get('neg-hours')!.hours, null);
  assert.equal(byId.get('bad-cost')!.costCad, null);
  assert.equal(byId.get('bad-region')!.region, null);
  assert.equal(byId.get('bad-delivery')!.delivery, null);
  assert.equal(byId.get('bad-lang')!.language, null);
  assert.equal(byId.get('bad-osap')!.osapEligible, null);
  assert.equal(byId.get('bad-osap')!.description.en, 'Two-line description about computer programming.');
  assert.equal(byId.has('no-title'), false);
  assert.equal(byId.get('good-1')!.title.en, 'Python for Beginners');
  const m = diag.warnings.map(formatWarning);
  assert.deepEqual(m, [
    'programs.csv:3: url: "javascript:alert(1)" is not an https link; left empty',
    'programs.csv:5: url: "http://example.org/http" is not an https link; left empty',
    'programs.csv:6: url: "data:text/html;base64,PHNjcmlwdD4=" is not an https link; left empty',
    'programs.csv:7: title_en: missing title; row skipped',
    'programs.csv:8: hours: "-5" is not a non-negative number; left empty',
    'programs.csv:9: cost_cad: "abc" is not a non-negative number; left empty',
    'programs.csv:10: region: "ER99" is not a known region code (ER00, ER35, ER3510-ER3595); left empty',
    'programs.csv:11: delivery: "correspondence" is not one of online, in-person, hybrid; left empty',
    'programs.csv:12: language: "de" is not one of en, fr, bilingual, other; left empty',
    'programs.csv:13: id: duplicate id "good-1"; row skipped',
    'programs.csv:14: osap_eligible: "maybe" is not yes or no; left empty',
    'programs.csv:16: url: "VBScript:msgbox(1)" is not an https link; left empty',
    'programs.csv:17: url: "https://user:secret@example.org/x" is not an https link; left empty',
    'programs.csv:18: url: "JaVaScRiPt:alert(1)" is not an https link; left empty',
  ]);
});

test('canonical JSON: same keys, arrays or ;-lists for skills, positions as line numbers', () => {
  const diag = new Diagnostics();
  const programs = readCanonicalPrograms(`${FIXTURES}programs.json`, diag);
  assert.deepEqual(
    programs.map((p) => p.id),
    ['json-1', 'json-2'],
  );
  assert.equal(programs[0]!.osapEligible, true);
  assert.equal(programs[0]!.region, 'ER3530');
  assert.deepEqual(programs[1]!.tags, ['SQL', 'Python']);
  assert.equal(programs[1]!.hours, 12);
  assert.deepEqual(diag.warnings.map(formatWarning), [
    'programs.json:2: url: "javascript:void(0)" is not an https link; left empty',
    'programs.json:3: (item): not an object; skipped',
  ]);
});

test('a missing catalogue or column is a clear error', () => {
  assert.throws(() => readCanonicalPrograms(`${FIXTURES}nope.csv`, new Diagnostics()), /nope\.csv: program catalogue not found/);
  assert.throws(
    () => readCanonicalPrograms(`${FIXTURES}sources/crosswalks/brookfield_noc2021_onet26.csv`, new Diagnostics()),
    /brookfield_noc2021_onet26\.csv:1: id, title_en: required columns "id" and "title_en" or "title_fr" are missing/,
  );
  // A broken quote no longer refuses the file: the missing column is what is wrong.
  assert.throws(
    () => readCanonicalPrograms(`${FIXTURES}coursera.csv`, new Diagnostics()),
    /coursera\.csv:1: id, title_en: required columns "id" and "title_en" or "title_fr" are missing/,
  );
});

test('descriptions are clipped at a word boundary and stripped of markup', () => {
  const long = `<p>${'word '.repeat(80)}</p>`;
  const out = clip(long, 240);
  assert.ok(out.length <= 240);
  assert.ok(out.endsWith('word…'));
  assert.equal(clip('<b>Short</b>\ttext\n'), 'Short text');
});

test('a "<" that opens no tag is text, so stripping stays linear (timed in bench/intake.ts)', () => {
  assert.equal(plain('x < y and <b>bold</b>'), 'x < y and bold');
  // French typography keeps its no-break spaces; runs of spaces, NBSP among them, are one space.
  assert.equal(plain('Soudage\u00a0: l’essentiel\u202f?'), 'Soudage\u00a0: l’essentiel\u202f?');
  assert.equal(plain('a \u00a0\u00a0 b\n\tc\u00a0\u00a0d'), 'a b c d');
  assert.equal(plain(`${'<'.repeat(1000)}<i>a</i>`), `${'<'.repeat(1000)} a`);
});

const VOCAB: SkillDef[] = [
  { id: 'oasis:F01b02', kind: 'skill', label: { en: 'Writing', fr: 'Rédaction' } },
  { id: 'esco:python', kind: 'detail', label: { en: 'Python (computer programming)', fr: 'Python (programmation informatique)' }, aliases: ['Python3'] },
  { id: 'esco:viz', kind: 'detail', label: { en: 'data visualisation software', fr: '' } },
  { id: 'esco:lead', kind: 'detail', label: { en: 'leadership principles', fr: 'principes de leadership' } },
  { id: 'esco:qc', kind: 'detail', label: { en: 'quality control testing', fr: '' } },
  { id: 'esco:test', kind: 'detail', label: { en: 'testing', fr: '' } },
  { id: 'esco:wine', kind: 'detail', label: { en: 'vine production', fr: '' } },
  { id: 'esco:infection', kind: 'detail', label: { en: 'infection control', fr: 'contrôle des infections' } },
];

test('tagger: exact, word order, French, qualifiers, spelling variants, containment', () => {
  const tagger = new SkillTagger(VOCAB);
  assert.equal(tagger.matchTag('writing'), 'oasis:F01b02');
  assert.equal(tagger.matchTag('Rédaction'), 'oasis:F01b02');
  assert.equal(tagger.matchTag('Python'), 'esco:python');
  assert.equal(tagger.matchTag('Python Programming'), 'esco:python');
  assert.equal(tagger.matchTag('control infection'), 'esco:infection');
  assert.equal(tagger.matchTag('Contrôle des infections'), 'esco:infection');
  assert.equal(tagger.matchTag('Data Visualization Software'), 'esco:viz');
  assert.equal(tagger.matchTag('Leadership'), 'esco:lead');
  assert.equal(tagger.matchTag('Leadership (LDR)'), 'esco:lead');
  // Another word is not a spelling variant.
  assert.equal(tagger.matchTag('Video Production'), null);
  assert.equal(tagger.matchTag('Basket weaving'), null);
});

test('tagger: tags first, then text, then fallback tags; "Not specified" is no tag', () => {
  const tagger = new SkillTagger(VOCAB);
  assert.deepEqual(tagger.tag(['Writing', 'Knitting'], 'about quality control testing'), { skills: ['oasis:F01b02'], tagging: 'tags', unmapped: ['Knitting'] });
  assert.deepEqual(tagger.tag(['Not specified'], 'Learn quality control testing and writing.'), {
    skills: ['esco:qc', 'oasis:F01b02'],
    tagging: 'text',
    unmapped: [],
  });
  assert.deepEqual(tagger.tag([], 'Guitar for all', ['Leadership']), { skills: ['esco:lead'], tagging: 'tags', unmapped: [] });
  assert.deepEqual(tagger.tag([], 'Guitar for all'), { skills: [], tagging: 'none', unmapped: [] });
});

test('tagger: one-word aliases, shared stems and broad words do not stand for a narrow skill', () => {
  const tagger = new SkillTagger([
    ...VOCAB,
    // ESCO files broad words as alternative labels of narrow skills.
    { id: 'esco:packaging', kind: 'detail', label: { en: 'packaging engineering', fr: '' }, aliases: ['engineering', 'packing'] },
    { id: 'esco:securities', kind: 'detail', label: { en: 'securities', fr: '' }, aliases: ['security', 'stocks and bonds'] },
    { id: 'esco:search', kind: 'detail', label: { en: 'search engines', fr: '' }, aliases: ['Google', 'web search engine'] },
    { id: 'esco:commissioning', kind: 'detail', label: { en: 'project commissioning', fr: '' }, aliases: ['project management'] },
    { id: 'esco:pm', kind: 'detail', label: { en: 'project management', fr: '' } },
    { id: 'esco:nursing-lead', kind: 'detail', label: { en: 'leadership in nursing', fr: '' } },
    { id: 'esco:atm', kind: 'detail', label: { en: 'air traffic management', fr: '' } },
    { id: 'esco:risk', kind: 'detail', label: { en: 'risk management', fr: '' } },
    { id: 'esco:sql', kind: 'detail', label: { en: 'structured query language', fr: '' }, aliases: ['SQL'] },
  ]);
  assert.equal(tagger.matchTag('Software Engineering'), null);
  assert.equal(tagger.matchTag('Network Security'), null);
  assert.equal(tagger.matchTag('security'), null);
  assert.equal(tagger.matchTag('Securities'), 'esco:securities');
  assert.equal(tagger.matchTag('Stocks and Bonds'), 'esco:securities');
  assert.equal(tagger.matchTag('Google Cloud Platform'), null);
  assert.equal(tagger.matchTag('web search engines'), 'esco:search');
  // A skill's own label wins over another skill's alias, whatever the order.
  assert.equal(tagger.matchTag('Project Management'), 'esco:pm');
  // A broad word several labels contain maps to none of them.
  assert.equal(tagger.matchTag('Leadership'), null);
  assert.equal(tagger.matchTag('Management'), null);
  // Acronyms are kept among one-word aliases.
  assert.equal(tagger.matchTag('SQL'), 'esco:sql');
  assert.deepEqual(tagger.matchText('Design network security for the cloud'), []);
});

test('tagger: a label holding a tag names it only when what it adds is its leading verb or a generic head', () => {
  const tagger = new SkillTagger([
    { id: 'esco:wellbeing', kind: 'detail', label: { en: "support children's wellbeing", fr: '' } },
    { id: 'esco:vector', kind: 'detail', label: { en: 'attack vectors', fr: '' } },
    { id: 'esco:knitting', kind: 'detail', label: { en: 'knitting techniques', fr: '' } },
    { id: 'esco:cleansing', kind: 'detail', label: { en: 'perform data cleansing', fr: '' } },
    // "perform" and "support" lead three labels or more: ESCO's verbs.
    { id: 'esco:a', kind: 'detail', label: { en: 'perform audits', fr: '' } },
    { id: 'esco:b', kind: 'detail', label: { en: 'perform surgery', fr: '' } },
    { id: 'esco:c', kind: 'detail', label: { en: 'support clients', fr: '' } },
    { id: 'esco:d', kind: 'detail', label: { en: 'support learners', fr: '' } },
  ]);
  assert.equal(tagger.matchTag('Knitting'), 'esco:knitting');
  assert.equal(tagger.matchTag('Data Cleansing'), 'esco:cleansing');
  assert.equal(tagger.matchTag('Wellbeing'), null, '"children\'s" narrows it');
  assert.equal(tagger.matchTag('Vector'), null);
});

test('tagger: common tool and technique names map to the skill they teach, by label', () => {
  const tagger = new SkillTagger([
    ...VOCAB,
    { id: 'esco:viz-data', kind: 'detail', label: { en: 'deliver visual presentation of data', fr: '' }, aliases: ['create data visualisation'] },
    { id: 'esco:sheets', kind: 'detail', label: { en: 'use spreadsheets software', fr: '' } },
    { id: 'esco:cnc', kind: 'detail', label: { en: 'program a CNC controller', fr: '' } },
    { id: 'esco:stats', kind: 'knowledge', label: { en: 'statistics', fr: 'statistiques' } },
  ]);
  assert.equal(tagger.matchTag('Data Visualization'), 'esco:viz-data');
  assert.equal(tagger.matchTag('Microsoft Excel'), 'esco:sheets');
  assert.equal(tagger.matchTag('Pivot Tables'), 'esco:sheets');
  assert.equal(tagger.matchTag('cnc programming'), 'esco:cnc');
  assert.equal(tagger.matchTag('Linear Regression'), 'esco:stats');
  // Not a spreadsheet; and a name whose skill is not in the vocabulary maps to nothing.
  assert.equal(tagger.matchTag('Excellence'), null);
  assert.equal(tagger.matchTag('Kubernetes'), null);
});

test('edit distance stops early past the bound', () => {
  assert.equal(editDistance('visualisation', 'visualization', 2), 1);
  assert.equal(editDistance('kitten', 'sitting', 3), 3);
  assert.equal(editDistance('abc', 'xyz', 1), 2);
});

test('knowledge areas: a title that plainly names one adds it, whole words only', () => {
  assert.deepEqual(knowledgeAreasIn('Electrical Power Distribution'), ['oasis:G10a03']);
  assert.deepEqual(knowledgeAreasIn('Fundamentals of Fluid Power'), ['oasis:G10a04']);
  assert.deepEqual(knowledgeAreasIn('Introduction to Psychology'), ['oasis:G04a02']);
  assert.deepEqual(knowledgeAreasIn('Skills for Nursing Informatics Leaders'), ['oasis:G04a04']);
  assert.deepEqual(knowledgeAreasIn('Sustainable Construction in a Circular Economy'), ['oasis:G10a01']);
  // "Quantum Mechanics" is physics, not machinery; "Building React apps" is not construction.
  assert.deepEqual(knowledgeAreasIn('Quantum Mechanics for Engineers'), []);
  assert.deepEqual(knowledgeAreasIn('Building React and ASP.NET Applications'), []);
  assert.deepEqual(knowledgeAreasIn('Search Engines for Web Data'), []);
  assert.deepEqual(knowledgeAreasIn('Architecting with Google Compute Engine'), []);
});

test('tagger: a course naming Excel teaches spreadsheets, whatever its tags; "excellence" is not Excel', () => {
  const tagger = new SkillTagger([
    ...VOCAB,
    {
      id: 'esco:use-spreadsheets-software',
      kind: 'detail',
      label: { en: 'use spreadsheets software', fr: 'utiliser un logiciel de tableur' },
      aliases: ['Microsoft Office Excel'],
    },
  ]);
  const excel = tagger.tag(['Writing'], 'Excel for the Workplace. Formulas, pivot tables and charts.');
  assert.deepEqual(excel.skills, ['oasis:F01b02', 'esco:use-spreadsheets-software']);
  assert.equal(tagger.matchTag('Excel'), 'esco:use-spreadsheets-software');
  assert.deepEqual(tagger.tag([], 'Learn Microsoft Excel basics').skills, ['esco:use-spreadsheets-software']);
  assert.deepEqual(tagger.tag(['Writing'], 'Customer Service Excellence: how to excel at writing').skills, ['oasis:F01b02']);
  assert.equal(tagger.matchTag('Excellence'), null);
});
