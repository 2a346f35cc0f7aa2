import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  computeEvidence,
  fuse,
  occupationProfiles,
  PhraseModel,
  programTerms,
  quoteOf,
  surfaceOf,
  tokens,
  withoutExclusions,
  type OccupationText,
  type ProgramText,
} from '../../src/cli/evidence.js';
import { segmentTerms } from '../../src/cli/evidence-terms.js';
import { seriesOf } from '../../src/cli/series.js';
import { splitModules } from '../../src/cli/sources/coursera.js';

const occupation = (code: string, title: string, duties: string[], exampleTitles: string[] = []): OccupationText => ({
  code,
  title,
  exampleTitles,
  lead: '',
  duties,
  tasks: [],
  technologies: [],
});

const OCCUPATIONS: OccupationText[] = [
  occupation(
    '72100',
    'Machinists and machining and tooling inspectors',
    ['Set up and operate CNC machine tools', 'Read engineering drawings'],
    ['CNC machinist'],
  ),
  occupation('31301', 'Registered nurses', ['Administer medications to patients', 'Assess patients and provide nursing care'], ['nurse']),
  occupation('21211', 'Data scientists', ['Build machine learning models from data'], ['data scientist']),
  occupation('13110', 'Administrative assistants', ['Schedule appointments and prepare correspondence'], ['secretary']),
];

const program = (title: string, outcomes: string[] = [], tags: string[] = []): ProgramText => ({ title, tags, outcomes, modules: [], description: '' });

const PROGRAMS: ProgramText[] = [
  program('Introduction to CNC Machining', ['Create toolpaths for a CNC lathe']),
  program('Machine Learning with Python', ['Train machine learning models']),
  program('Deep Machine Learning', ['Machine learning for images']),
  program('Machine Learning in Production', ['Deploy machine learning systems']),
  program('Machine Learning Foundations', ['Machine learning basics']),
  program('The Nurse’s Toolkit', ['Nursing care of patients', 'Medication administration'], ['Nursing']),
  program('Electronic Music Production', ['Compose music with synthesizers']),
  program('Set up AWS Billing Alerts', ['Set up billing alarms']),
];

test('evidence: a program is evidence only with core terms of the occupation in its own words', () => {
  const { byProgram } = computeEvidence(OCCUPATIONS, PROGRAMS);
  const codes = byProgram.map((list) => list.map((e) => e.occupation));
  assert.ok(codes[0]!.includes('72100'), 'CNC machining is evidence for machinists');
  assert.ok(codes[5]!.includes('31301'), 'the nurse’s toolkit is evidence for nurses');
  assert.deepEqual(codes[6], [], 'electronic music is evidence for no one');
  assert.deepEqual(codes[7], [], '"set up" in AWS billing is not machine setup');
  // "machine" in "machine learning" is that phrase, never the machinists' machine tools.
  for (const k of [1, 2, 3, 4]) assert.ok(!codes[k]!.includes('72100'), PROGRAMS[k]!.title);
});

test('evidence: every item quotes the program’s own text, and names a term found in the quote', () => {
  const { byProgram } = computeEvidence(OCCUPATIONS, PROGRAMS);
  byProgram.forEach((list, k) => {
    const p = PROGRAMS[k]!;
    const text = [p.title, ...p.tags, ...p.outcomes, ...p.modules].join('\n');
    for (const e of list) {
      assert.ok(e.items.length > 0 && e.score > 0 && e.score <= 1);
      for (const item of e.items) {
        assert.ok(text.includes(item.quote!.replace(/^…|…$/g, '')), `"${item.quote}" is in the program`);
        assert.ok(item.quote!.toLowerCase().includes(item.label.split(' ')[0]!.toLowerCase()), `"${item.label}" is in "${item.quote}"`);
      }
    }
  });
});

test('evidence: a reason quotes what the program teaches rather than its title, which the card already shows', () => {
  const toolkit = { ...program('The Nurse’s Toolkit', ['Plan nursing care for patients']), modules: ['Nursing patients at home'] };
  const bySkills = { ...program('Nursing patients', [], ['Nursing']), description: 'A course on nursing.' };
  const titleOnly = program('Nursing patients safely', ['Prevent falls and pressure injuries']);
  const { byProgram } = computeEvidence(OCCUPATIONS, [...PROGRAMS, toolkit, bySkills, titleOnly]);
  const quoted = (k: number) => byProgram[PROGRAMS.length + k]!.find((e) => e.occupation === '31301')!.items.map((item) => [item.field, item.quote]);
  // What you will learn, before its modules; its skills, before its description; the title last.
  assert.deepEqual(quoted(0), [
    ['outcome', 'Plan nursing care for patients'],
    ['outcome', 'Plan nursing care for patients'],
  ]);
  assert.deepEqual(quoted(1), [
    ['tag', 'Nursing'],
    ['title', 'Nursing patients'],
  ]);
  assert.deepEqual(quoted(2), [
    ['title', 'Nursing patients safely'],
    ['title', 'Nursing patients safely'],
  ]);
});

test('evidence: a reason naming two words quotes a part of the text that holds both, when there is one', () => {
  const both = { ...program('Care at home', ['Nursing assessment']), modules: ['Nursing patients at home', 'Patients and families'] };
  const { byProgram } = computeEvidence(OCCUPATIONS, [...PROGRAMS, both]);
  const items = byProgram.at(-1)!.find((e) => e.occupation === '31301')!.items;
  assert.deepEqual(
    items.map((item) => item.label),
    ['nursing', 'patients'],
  );
  // The module holds both words; the outcome, first by its kind, only "nursing".
  assert.deepEqual([items[0]!.field, items[0]!.quote], ['module', 'Nursing patients at home']);
});

test('evidence: the description, which the card shows under the title, is quoted only when no other part holds the words', () => {
  const listed = { ...program('Home nursing', [], ['Nursing']), description: 'Nursing patients in their homes.' };
  const described = { ...program('Home nursing'), description: 'Nursing patients in their homes.' };
  const { byProgram } = computeEvidence(OCCUPATIONS, [...PROGRAMS, listed, described]);
  const first = (k: number) => byProgram[PROGRAMS.length + k]!.find((e) => e.occupation === '31301')!.items[0]!;
  // The listed skill holds "nursing" alone, the description both words: the skill is quoted.
  assert.deepEqual([first(0).field, first(0).quote], ['tag', 'Nursing']);
  assert.deepEqual([first(1).field, first(1).quote], ['description', 'Nursing patients in their homes.']);
});

test('evidence: deterministic whatever the order of the occupations', () => {
  const a = computeEvidence(OCCUPATIONS, PROGRAMS).byProgram;
  const b = computeEvidence([...OCCUPATIONS].reverse(), PROGRAMS).byProgram;
  const norm = (x: typeof a) => x.map((list) => [...list].sort((p, q) => (p.occupation < q.occupation ? -1 : 1)));
  assert.deepEqual(norm(a), norm(b));
});

test('evidence: a hyphenated word is one word ("self-driving" is not driving)', () => {
  assert.deepEqual(
    tokens('Self-Driving Cars, data-driven, e-commerce - a list').map((t) => t.surface),
    ['Self-Driving', 'Cars', 'data-driven', 'e-commerce', 'list'],
  );
  const drivers = occupation('73300', 'Transport truck drivers', ['Drive trucks to transport goods', 'Inspect trucks before driving'], ['truck driver']);
  const { byProgram } = computeEvidence(
    [drivers, ...OCCUPATIONS],
    [program('Introduction to Self-Driving Cars', ['Self-driving car perception'], ['Self-Driving Car'])],
  );
  assert.deepEqual(byProgram[0], []);
});

test('evidence: a word in capitals in mixed-case text is an acronym ("AIDS" is not nurse aides), and keeps matching its own capitals', () => {
  const stems = (text: string) => tokens(text).map((t) => t.stem);
  assert.notDeepEqual(stems('AIDS: Fear and Hope')[0], stems('Nurse aides and orderlies')[1]);
  assert.equal(stems('Build REST APIs')[2], stems('Design an API gateway')[1], 'a plural acronym is the acronym');
  assert.equal(stems('Create toolpaths for a CNC lathe')[2], stems('Set up CNC machines')[0]);
  assert.equal(stems('NURSE AIDES TRAINING')[1], stems('Nurse aides')[1], 'a title in capitals is words, not acronyms');
  const aides = occupation(
    '33102',
    'Nurse aides, orderlies and patient service associates',
    ['Assist patients with bathing and feeding', 'Take vital signs of patients'],
    ['nurse aide'],
  );
  const { byProgram } = computeEvidence(
    [aides, ...OCCUPATIONS],
    [program('AIDS: Fear and Hope', ['The history of AIDS and the patients it struck'], ['AIDS', 'Patients'])],
  );
  assert.ok(!byProgram[0]!.some((e) => e.occupation === '33102'), JSON.stringify(byProgram[0]));
});

test('evidence: words the Porter stemmer would bring together though they mean different things stay apart', () => {
  const stem = (word: string) => tokens(word)[0]!.stem;
  for (const [a, b] of [
    ['Localization', 'local'],
    ['organizations', 'organ'],
    ['aides', 'aid'],
    ['community', 'communication'],
    ['university', 'universe'],
    ['international', 'intern'],
    ['business', 'busy'],
  ]) {
    assert.notEqual(stem(a!), stem(b!), `${a} / ${b}`);
  }
  // Forms of one word still meet.
  assert.equal(stem('organization'), stem('organizations'));
  assert.equal(stem('communities'), stem('community'));
  assert.equal(stem('aide'), stem('aides'));
});

test('evidence: two words make a phrase only written together or joined by "and", "or", an article or a possessive', () => {
  const phrases = (text: string) => segmentTerms(tokens(text)).bigrams;
  assert.deepEqual(phrases('Oil and gas wells'), ['oil ga', 'ga well']);
  assert.deepEqual(phrases('Food & Beverage Management'), phrases('Food and beverage management'));
  assert.deepEqual(phrases('Carry out tests of equipment'), [], '"out" and "of" are left out, and no phrase spans them');
  assert.deepEqual(phrases('Patients and their families'), ['patient famili']);
  assert.deepEqual(phrases('Conduct of research'), []);
  assert.deepEqual(phrases('Physics 102 electric charges'), ['electr charg'], 'a number left out breaks a phrase too');
  assert.deepEqual(phrases('Health software is developed, implemented, and maintained'), ['health softwar'], 'no phrase across a comma');
  assert.deepEqual(phrases('Database (DBMS): design; queries. Tuning'), [], 'nor across brackets, a colon, a semicolon or a stop');
  assert.deepEqual(phrases('Electric “charges” – fields — power - lines'), [], 'nor across quotes or a dash');
  assert.deepEqual(phrases('CAD/CAM design'), ['cad cam', 'cam design'], 'a slash joins, as "&" does');
  // Through the profile: "carry out" is no term of an occupation whose duties say it, nor "ensure" or "relevant".
  const [inspector] = occupationProfiles([
    occupation('22231', 'Engineering inspectors', ['Carry out inspections of plants', 'Ensure relevant codes are met']),
    ...OCCUPATIONS,
  ]);
  const terms = [...inspector!.terms.keys()];
  assert.ok(!terms.some((t) => /^(carri|ensur|relev)\b/.test(t)), terms.join(', '));
  assert.ok(terms.includes('inspect'), terms.join(', '));
});

test('evidence: "create" counts only in a phrase ("create menus"), never alone: "Create two menus" in JavaFX is no chef’s work', () => {
  const javafx = program(
    'Use Menus to Process Simple Personal Data in JavaFX',
    ['Create two menus to process simple personal data'],
    ['Menu Bar', 'Java Programming'],
  );
  const chef = program('Menu Planning for Chefs', ['Create menus for a restaurant kitchen']);
  const phrases = new PhraseModel([...PROGRAMS, javafx, chef]);
  const [ofJavafx, ofChef] = [javafx, chef].map((p) => [...programTerms(p, phrases).terms.keys()]);
  assert.ok(!ofJavafx!.includes('creat'), ofJavafx!.join(', '));
  assert.ok(ofChef!.includes('creat menu') && !ofChef!.includes('creat'), ofChef!.join(', '));
});

test('evidence: "first" counts only in a phrase: "first aid" is a duty of nurse aides, "first" alone no term at all', () => {
  const phrases = (text: string) => segmentTerms(tokens(text)).bigrams;
  assert.deepEqual(phrases('Wilderness First Aid'), ['wilder first', 'first aid']);
  const course = program('Wilderness First Aid', ['Give first aid in the first hour after an injury']);
  const terms = [...programTerms(course, new PhraseModel([...PROGRAMS, course])).terms.keys()];
  assert.ok(terms.includes('first aid') && !terms.includes('first'), terms.join(', '));
  const [aides] = occupationProfiles([
    occupation('33102', 'Nurse aides', ['Administer, in emergency situations, first aid to injured or ill individuals']),
    ...OCCUPATIONS,
  ]);
  assert.ok(aides!.terms.has('first aid'), [...aides!.terms.keys()].join(', '));
});

test('profiles: a term every occupation lists among its technologies weighs less than one in this job’s own duties', () => {
  const withTech = (o: OccupationText, tech: string[]): OccupationText => ({ ...o, technologies: tech.map((t) => [t, 1] as [string, number]) });
  const all = OCCUPATIONS.map((o) => withTech(o, ['Microsoft Excel', 'Microsoft Outlook']));
  const admin = occupationProfiles(all).find((p) => p.code === '13110')!;
  assert.ok((admin.terms.get('appoint') ?? 0) > (admin.terms.get('microsoft') ?? 0), JSON.stringify([...admin.terms].slice(0, 8)));
});

test('evidence: the program that teaches more of the duties scores higher, whatever the catalogue order', () => {
  const thin = program('CNC Machining Basics', ['History of the CNC machining industry'], ['CNC Machining']);
  const full = program(
    'CNC Machining in Practice',
    ['Read engineering drawings', 'Set up and operate CNC machine tools', 'Create toolpaths'],
    ['CNC Machining'],
  );
  for (const programs of [
    [...PROGRAMS, thin, full],
    [full, thin, ...PROGRAMS],
  ]) {
    const { byProgram } = computeEvidence(OCCUPATIONS, programs);
    const score = (p: ProgramText) => byProgram[programs.indexOf(p)]!.find((e) => e.occupation === '72100')?.score ?? 0;
    assert.ok(score(full) > score(thin), `${score(full)} > ${score(thin)}`);
  }
});

test('exclusion clauses never become query words', () => {
  assert.equal(withoutExclusions('Electricians (except industrial and power system)').trim(), 'Electricians');
  assert.equal(withoutExclusions('Install wiring, except power lines.').replace(/\s+/g, ' ').trim(), 'Install wiring, .');
});

test('series: parts of one series by one provider share a number; others get none', () => {
  const series = seriesOf([
    { title: 'Mechanics of Materials I: Fundamentals', provider: 'Georgia Tech' },
    { title: 'Mechanics of Materials III: Beam Bending', provider: 'Georgia Tech' },
    { title: 'Value-Based Care: Population Health', provider: 'U of Colorado' },
    { title: 'Value-Based Care Specialization', provider: 'U of Colorado' },
    { title: 'Mechanics of Materials I: Fundamentals', provider: 'Another School' },
    { title: 'Python Basics', provider: 'Georgia Tech' },
  ]);
  assert.equal(series[0], series[1]);
  assert.equal(series[2], series[3]);
  assert.ok(series[0]! > 0 && series[2]! > 0 && series[0] !== series[2]);
  assert.equal(series[4], 0);
  assert.equal(series[5], 0);
});

test('series: a dash with spaces ends a series name too, and a course number names one', () => {
  const series = seriesOf([
    { title: 'Physics 102 - Electric Charges and Fields', provider: 'Rice University' },
    { title: 'Physics 102 - AC Circuits and Maxwell’s Equations', provider: 'Rice University' },
    { title: 'Physics 101 - Energy and Momentum', provider: 'Rice University' },
    { title: 'Introduction to Generative AI - Español', provider: 'Google Cloud' },
    { title: 'Introduction to Generative AI - Français', provider: 'Google Cloud' },
    { title: 'Algebra: Elementary to Advanced - Functions & Applications', provider: 'Johns Hopkins' },
    { title: 'Algebra: Elementary to Advanced - Polynomials and Roots', provider: 'Johns Hopkins' },
    { title: 'Physics: Energy', provider: 'Rice University' },
    { title: 'Physics: Momentum', provider: 'Rice University' },
    { title: 'Self-Driving Cars', provider: 'Rice University' },
  ]);
  assert.equal(series[0], series[1]);
  assert.equal(series[3], series[4], 'one course in two languages');
  assert.equal(series[5], series[6], 'the first head of two words: "Algebra" alone names no series');
  assert.ok(new Set([series[0], series[3], series[5]]).size === 3 && series[0]! > 0);
  assert.equal(series[2], 0, 'Physics 101 is not a part of Physics 102');
  assert.equal(series[7], 0, 'one word without a number names no series');
  assert.equal(series[8], 0);
  assert.equal(series[9], 0, 'a hyphen inside a word ends nothing');
});

test('series: a course its provider’s specialization lists, or whose title holds its whole name, is one of its parts', () => {
  const series = seriesOf([
    { title: 'Integrative Nursing Specialization', provider: 'U of Minnesota' },
    { title: 'Introduction to Integrative Nursing', provider: 'U of Minnesota' },
    { title: 'Patient Safety Specialization', provider: 'Johns Hopkins' },
    { title: 'Patient Safety and Quality Improvement: Developing a Systems View (Patient Safety I)', provider: 'Johns Hopkins' },
    { title: 'Data Science Specialization', provider: 'Johns Hopkins' },
    { title: 'Genomic Data Science Specialization', provider: 'Johns Hopkins' },
    { title: 'Statistics for Genomic Data Science', provider: 'Johns Hopkins' },
    { title: 'Introduction to Integrative Nursing', provider: 'Another School' },
    {
      title: 'Become an EMT Specialization',
      provider: 'U of Colorado',
      modules: ['EMT Foundations', 'Medical Emergencies: Airway, Breathing, and Circulation'],
    },
    { title: 'Medical Emergencies: Airway, Breathing, and Circulation', provider: 'U of Colorado' },
    { title: 'Medical Emergencies: Airway, Breathing, and Circulation', provider: 'Another School' },
  ]);
  assert.ok(series[0]! > 0);
  assert.equal(series[1], series[0]);
  assert.equal(series[3], series[2], 'the series name in brackets counts');
  assert.equal(series[6], series[5], 'the longest name it holds: genomic data science');
  assert.notEqual(series[5], series[4], 'a specialization is no part of another');
  assert.equal(series[4], 0);
  assert.equal(series[7], 0, 'another provider’s course is its own');
  assert.ok(series[8]! > 0);
  assert.equal(series[9], series[8], 'a course its specialization lists among its modules');
  assert.equal(series[10], 0);
});

test('series: a course is found in its specialization’s module list though the list, written with commas, split its title', () => {
  const modules = splitModules('EMT Foundations, Medical Emergencies: Airway, Breathing, and Circulation, Trauma Emergencies and Care');
  assert.ok(!modules.includes('Medical Emergencies: Airway, Breathing, and Circulation'), `the premise: the list splits it (${modules.join(' | ')})`);
  const series = seriesOf([
    { title: 'Become an EMT Specialization', provider: 'U of Colorado', modules },
    { title: 'Medical Emergencies: Airway, Breathing, and Circulation', provider: 'U of Colorado' },
    { title: 'Trauma Emergencies and Care', provider: 'U of Colorado' },
    { title: 'Airway, Breathing', provider: 'Another School' },
  ]);
  assert.ok(series[0]! > 0);
  assert.equal(series[1], series[0]);
  assert.equal(series[2], series[0]);
  assert.equal(series[3], 0, 'another provider’s course is its own');
});

test('series: a specialization offered by several providers takes the courses of each that it lists', () => {
  const series = seriesOf([
    {
      title: 'Survey Data Collection and Analytics Specialization',
      provider: 'University of Michigan, University of Maryland, College Park',
      modules: ['Framework for Data Collection and Analysis', 'Questionnaire Design for Social Surveys', 'Sampling People, Networks and Records'],
    },
    { title: 'Questionnaire Design for Social Surveys', provider: 'University of Michigan' },
    { title: 'Sampling People, Networks and Records', provider: 'University of Maryland, College Park' },
    { title: 'Questionnaire Design for Social Surveys', provider: 'University of Michigan-Flint' },
    { title: 'Machine Learning Specialization', provider: 'Stanford University, DeepLearning.AI' },
    { title: 'Fundamentals of Machine Learning for Healthcare', provider: 'Stanford University' },
  ]);
  assert.ok(series[0]! > 0);
  assert.equal(series[1], series[0], 'a course of one of its providers');
  assert.equal(series[2], series[0], 'a provider whose own name holds a comma');
  assert.equal(series[3], 0, 'a provider whose name only begins one of its providers is another');
  assert.equal(series[5], 0, 'holding the name of a specialization of several providers is not enough: it must list the course');
});

test('property: a quote is at most ~120 characters and is a run of the segment', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('weld', 'the', 'metal', 'CNC', 'lathe', 'safely', 'joints'), { minLength: 1, maxLength: 80 }),
      fc.nat(),
      (words, at) => {
        const text = words.join(' ');
        const quote = quoteOf(text, at % text.length);
        assert.ok(quote.length <= 122);
        assert.ok(text.includes(quote.replace(/^…|…$/g, '')));
      },
    ),
  );
});

test('a quote reads from the start of its part when the words fit there, else around them', () => {
  const outcome = 'Apply Integrative Nursing goals and strategies to improve symptom management in patients with chronic illness at home and in hospital';
  const early = quoteOf(outcome, outcome.indexOf('symptom'));
  assert.ok(early.startsWith('Apply Integrative Nursing goals') && early.endsWith('…'), early);
  const late = quoteOf(outcome, outcome.indexOf('hospital'));
  assert.ok(late.startsWith('…') && late.includes('hospital'), late);
});

test('evidence: a bilingual program’s titles are quoted one language at a time', () => {
  const bilingual: ProgramText = { ...program('CNC Machining Basics', ['Create toolpaths for a CNC lathe']), otherTitle: 'Usinage CNC : notions de base' };
  const { byProgram } = computeEvidence(OCCUPATIONS, [...PROGRAMS, bilingual]);
  const items = byProgram.at(-1)!.flatMap((e) => e.items);
  assert.ok(items.length > 0);
  for (const item of items) assert.ok(!(item.quote!.includes('CNC Machining') && item.quote!.includes('Usinage')), item.quote);
});

test('evidence: without a phrase, a word of this occupation more than of most must stand in the title or tags', () => {
  // "Maintenance" and "repair" are core words of five of the ten occupations here (more
  // than the floor of four): a kind of work, not one occupation's.
  const trades = [
    occupation(
      '72400',
      'Construction millwrights and industrial mechanics',
      ['Maintenance and repair of industrial machinery', 'Install industrial machinery'],
      ['millwright'],
    ),
    occupation('72410', 'Automotive maintenance and repair technicians', ['Repair and maintenance of cars'], ['auto mechanic']),
    occupation('74205', 'Public works maintenance and repair operators', ['Road maintenance and repair'], ['road maintenance operator']),
    occupation('73201', 'Building maintenance and repair workers', ['Building maintenance and repair'], ['building maintenance worker']),
    occupation('72401', 'Heavy equipment maintenance and repair mechanics', ['Maintenance and repair of heavy equipment'], ['heavy equipment mechanic']),
    occupation('72402', 'Refrigeration maintenance and repair mechanics', ['Maintenance and repair of refrigeration systems'], ['refrigeration mechanic']),
    // A course on aircraft reads most like their work, not millwrights'.
    occupation('72404', 'Aircraft mechanics', ['Overhaul aircraft engines', 'Inspect aircraft structures'], ['aircraft mechanic']),
  ];
  const generic = program(
    'Substation Design for Engineers',
    ['Plan the maintenance of power substations', 'Repair protection relays'],
    ['Maintenance', 'Repair'],
  );
  const millwright = program('Industrial Machinery Maintenance for Millwrights', ['Maintenance and repair of industrial machinery'], ['Millwright']);
  // The millwrights' own word only in what it teaches, not in what it says it is about.
  const aside = program(
    'Aircraft Repair and Maintenance',
    ['Overhaul an aircraft as a millwright would overhaul machinery', 'Industrial standards'],
    ['Repair', 'Maintenance'],
  );
  const { byProgram, profiles } = computeEvidence([...trades, ...OCCUPATIONS], [...PROGRAMS, generic, millwright, aside]);
  const core = (code: string, term: string) => (profiles.find((p) => p.code === code)!.terms.get(term) ?? 0) >= 0.4;
  assert.equal(trades.filter((o) => core(o.code, 'mainten') && core(o.code, 'repair')).length, 5, 'the premise: both words core to five occupations');
  assert.deepEqual(
    byProgram[PROGRAMS.length]!.map((e) => e.occupation),
    [],
    JSON.stringify(byProgram[PROGRAMS.length]),
  );
  assert.ok(
    byProgram[PROGRAMS.length + 1]!.some((e) => e.occupation === '72400'),
    JSON.stringify(byProgram[PROGRAMS.length + 1]),
  );
  assert.ok(!byProgram[PROGRAMS.length + 2]!.some((e) => e.occupation === '72400'), JSON.stringify(byProgram[PROGRAMS.length + 2]));
});

/** Five teaching occupations: "teach" and "students" are core words of all five. */
const TEACHERS = [
  occupation('41220', 'Secondary school teachers', ['Teach students lessons to a curriculum', 'Assign homework to students and correct it']),
  occupation('41221', 'Elementary school teachers', ['Teach students reading and arithmetic', 'Teach students in a classroom']),
  occupation('41210', 'College instructors', ['Teach students in college programs', 'Teach students in laboratories', 'Teach students one to one']),
  occupation('43109', 'Driving instructors', ['Teach students to drive vehicles', 'Teach students road safety', 'Teach students one to one']),
  occupation('41200', 'University professors', ['Teach students in university courses', 'Teach students and conduct research', 'Teach students one to one']),
];

/** The occupations `extra` is evidence for, among TEACHERS and `others`, checking first that "teach" and "students" are core to all five teachers. */
function teachingEvidence(others: OccupationText[], extra: ProgramText): string[] {
  const { byProgram, profiles } = computeEvidence([...TEACHERS, ...others], [...PROGRAMS, extra]);
  const core = (code: string, term: string) => (profiles.find((p) => p.code === code)!.terms.get(term) ?? 0) >= 0.4;
  assert.ok(
    TEACHERS.every((o) => core(o.code, 'teach') && core(o.code, 'student')),
    'the premise: both words core to all five',
  );
  return byProgram[PROGRAMS.length]!.map((e) => e.occupation);
}

test('evidence: a word many occupations share names the program when it reads most like this one and shares three of its core words', () => {
  // "Teach" and "students" are core words of all five teaching occupations here (more than
  // the floor of four), so alone they name no one occupation's work.
  // Its outcomes one word each: no phrase of the occupation, only its words.
  const lessons = program('Teaching for Learning', ['Lessons', 'The curriculum', 'Homework, corrected'], ['Teaching', 'Students']);
  const found = teachingEvidence(OCCUPATIONS, lessons);
  assert.ok(found.includes('41220'), found.join());
});

test('evidence: a word many occupations share is still the own word of one whose family (the occupations most alike) holds most of them', () => {
  // The same five teaching occupations, among 70 others of their own unrelated work: each
  // teacher's family is the three occupations that read most like it.
  const letters = 'bcdfghjklmnpqrstvwxz';
  const others = Array.from({ length: 70 }, (_, i) => {
    const word = `${letters[i % 20]}a${letters[Math.floor(i / 20)]}o`;
    return occupation(`9${String(i).padStart(4, '0')}`, `${word} operators`, [`Operate ${word} machines`, `Repair ${word} machines`]);
  });
  // Two core words, one in the title: without the family, too few for a generic word.
  const classroom = program('Teaching with Google Classroom', ['Set up a class', 'Share work with students', 'Post tasks online'], ['Teaching']);
  const found = teachingEvidence(others, classroom);
  assert.ok(found.includes('41220'), found.join());
});

test('evidence: without its title naming the work, a program counts when it reads most like this occupation and its text names three of its core words', () => {
  const physicians = occupation(
    '31102',
    'Primary care family physicians',
    ['Diagnose serious illness in families', 'Refer families to specialist teams', 'Provide primary care and preventive medicine'],
    ['family doctor'],
  );
  const taught = (outcomes: string[]) => {
    const { byProgram } = computeEvidence([physicians, ...OCCUPATIONS], [...PROGRAMS, program('Essentials of Palliation', outcomes)]);
    return byProgram[PROGRAMS.length]!.map((e) => e.occupation);
  };
  // Primary, care and families: this occupation's core words, outside the title.
  assert.deepEqual(taught(['The role of primary care teams in serious illness', 'Goals of care with families']), ['31102']);
  // Two of them are a topic, not evidence.
  assert.deepEqual(taught(['Goals of care in serious illness', 'Talking with families']), []);
});

test('evidence: a title about a field’s policy, economics or history is no evidence for an occupation learned in practice', () => {
  const water = [
    occupation('92101', 'Water treatment plant operators', ['Operate water treatment plants', 'Test water samples for treatment'], ['water plant operator']),
    occupation('21300', 'Civil engineers', ['Design water treatment plants', 'Plan water supply systems'], ['water engineer']),
  ];
  const evidenceFor = (title: string) => {
    const course = program(title, ['Water treatment plants and water supply', 'Test water samples'], ['Water treatment']);
    const { byProgram } = computeEvidence([...water, ...OCCUPATIONS], [...PROGRAMS, course]);
    return byProgram[PROGRAMS.length]!.map((e) => e.occupation).sort();
  };
  assert.deepEqual(evidenceFor('Water Treatment Plant Operations'), ['21300', '92101']);
  // TEER 2 (the second digit of 92101) is learned in practice; civil engineers (TEER 1) study policy too.
  assert.deepEqual(evidenceFor('Water Treatment Policy in Developing Countries'), ['21300']);
  assert.deepEqual(evidenceFor('Économie du traitement de l’eau'), ['21300'], 'in French too');
});

test('evidence: a label is the words as the program writes them, with what lies between them', () => {
  const term = (words: string) =>
    tokens(words)
      .map((t) => t.stem)
      .join(' ');
  assert.deepEqual(surfaceOf(term('oil gas'), 'Examples include manufacturing and Oil & Gas.'), { label: 'oil & gas', at: 35 });
  assert.equal(surfaceOf(term('mechanisms metals'), 'Strengthening mechanisms in metals').label, 'mechanisms in metals');
  assert.equal(surfaceOf(term('CNC lathe'), 'Creating Toolpaths for a CNC Lathe').label, 'CNC lathe');
  // Never across a list or a sentence: the words alone.
  assert.equal(surfaceOf(term('welding inspection'), 'Welding, then inspection').label, 'welding inspection');
});

test('evidence: a phrase core to many occupations counts only for those whose title names it, and is quoted as a topic', () => {
  // "Health care" is core to all six here (more than four): a sector, not one occupation's work.
  const inHealthCare = (code: string, title: string, duty: string, example: string): OccupationText => ({
    ...occupation(code, title, [duty, 'Plan health care', 'Record the health care given', 'Improve health care'], [example]),
    lead: 'They provide health care.',
  });
  const health = [
    inHealthCare('31302', 'Nurse practitioners', 'Assess patients', 'nurse practitioner'),
    inHealthCare('31120', 'Pharmacists', 'Dispense drugs', 'pharmacist'),
    inHealthCare('31102', 'Family physicians', 'Diagnose illness', 'family doctor'),
    inHealthCare('32200', 'Acupuncturists', 'Insert needles', 'acupuncturist'),
    inHealthCare('31209', 'Chiropractors', 'Adjust the spine', 'chiropractor'),
    inHealthCare('30010', 'Managers in health care', 'Direct staff', 'hospital manager'),
  ];
  // Forty other occupations, so that the phrase is rare among all as it is among the 516.
  const others = Array.from({ length: 40 }, (_, k) => occupation(`9${String(k).padStart(4, '0')}`, `Trade ${k}`, [`Work in trade ${k}`]));
  const reimbursement = program('Health Care Reimbursement Models', ['Payment models in health care', 'Health care budgets'], ['Health Care']);
  const nursing = program('Health Care for Patients', ['Assess patients in health care'], ['Health Care', 'Nursing']);
  const { byProgram, profiles } = computeEvidence([...health, ...others, ...OCCUPATIONS], [...PROGRAMS, reimbursement, nursing]);
  assert.ok(
    health.every((o) => (profiles.find((p) => p.code === o.code)!.terms.get('health care') ?? 0) >= 0.4),
    'the premise: the phrase is core to all six',
  );
  assert.deepEqual(
    byProgram[PROGRAMS.length]!.map((e) => e.occupation),
    ['30010'],
    JSON.stringify(byProgram[PROGRAMS.length]),
  );
  // Quoted, it is a topic of each one's work, even of the occupation its title names: a
  // sector or function, not a skill a program teaches.
  const quoted = [...byProgram[PROGRAMS.length]!, ...byProgram[PROGRAMS.length + 1]!].flatMap((e) =>
    e.items.filter((item) => item.label === 'health care').map((item) => [e.occupation, item.shared === true]),
  );
  assert.deepEqual(quoted, [
    ['30010', true],
    ['31302', true],
    ['30010', true],
  ]);
});

test('evidence: without a phrase, what a program says it is about (title and tags) must read like the occupation too', () => {
  const paramedics = occupation('32102', 'Paramedics', [
    'Drive ambulances to emergency scenes',
    'Assess injured patients and give prehospital emergency care',
    'Transport patients by ambulance to hospital',
  ]);
  // Forty-one occupations whose work is the title's words, so that the title reads like
  // each of them more than like paramedics' (the 40 nearest of 516 on the real data).
  const guards = Array.from({ length: 41 }, (_, k) =>
    occupation(`6${String(k).padStart(4, '0')}`, `Guards ${k}`, [`Prevent violence in healthcare buildings of district ${k}`]),
  );
  // Its words, never two together as the duties have them: no phrase of the occupation.
  const modules = ['Attacks on ambulances', 'Hospital staff and injured people', 'Prehospital teams: threats during emergencies', 'Protecting patients'];
  const aboutViolence: ProgramText = { ...program('Violence Against Healthcare'), modules };
  const aboutAmbulances: ProgramText = { ...program('Prehospital Emergency Care in Ambulances'), modules };
  const { byProgram } = computeEvidence([paramedics, ...guards, ...OCCUPATIONS], [...PROGRAMS, aboutViolence, aboutAmbulances]);
  const evidenceFor = (k: number) => byProgram[PROGRAMS.length + k]!.map((e) => e.occupation);
  assert.ok(evidenceFor(1).includes('32102'), `the premise: these modules are a paramedic's (${JSON.stringify(byProgram[PROGRAMS.length + 1])})`);
  assert.ok(!evidenceFor(0).includes('32102'), 'a course on violence against health workers is not, for a module on ambulances');
});

test('evidence: where the two orders disagree, the whole text counts three times the distinctive terms', () => {
  // Two programs: the first by its terms is second by its whole text.
  const [byTerms, byText] = fuse([1, 0]);
  assert.ok(byText! > byTerms!, `${byText} > ${byTerms}`);
  // Three: the last by its terms, first by its whole text, comes first; the first by its terms keeps second place.
  const scores = fuse([2, 0, 1]);
  const order = [0, 1, 2].sort((a, b) => scores[b]! - scores[a]!);
  assert.deepEqual(order, [2, 0, 1]);
  // Agreeing orders keep theirs.
  const same = fuse([0, 1, 2]);
  assert.ok(same[0]! > same[1]! && same[1]! > same[2]!);
});
