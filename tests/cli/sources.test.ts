import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceContext } from '../../src/cli/context.js';
import { Diagnostics, formatWarning } from '../../src/core/catalogue/diagnostics.js';
import { readNoc } from '../../src/cli/sources/noc.js';
import { readOasis } from '../../src/cli/sources/oasis.js';
import { readCops, parseCondition } from '../../src/cli/sources/cops.js';
import { readWages } from '../../src/cli/sources/wages.js';
import { frenchLabelCase, readEsco } from '../../src/cli/sources/esco.js';
import { readCoursera, skillGain } from '../../src/cli/sources/coursera.js';

import { SOURCE_INFO } from '../../src/cli/sources-info.js';
import { fixtureSources } from './fixture-sources.js';
const FIXTURES = fileURLToPath(new URL('../fixtures/cli/', import.meta.url));
const UNITS = new Set(['00010', '21232', '31301']);

function context(dir = 'sources'): SourceContext {
  return { dir: fixtureSources(dir), diag: new Diagnostics() };
}

function messages(ctx: SourceContext | Diagnostics): string[] {
  const diag = ctx instanceof Diagnostics ? ctx : ctx.diag;
  return diag.warnings.map(formatWarning);
}

test('NOC: unit groups with restored zeros, bilingual titles, bad rows named by line', () => {
  const ctx = context();
  const noc = readNoc(ctx);
  assert.deepEqual([...noc.units.keys()], ['00010', '21232', '31301']);
  assert.equal(noc.units.get('21232')!.title.fr, 'Développeurs/développeuses et programmeurs/programmeuses de logiciels');
  assert.deepEqual(noc.titles.en.get('21232'), ['Software developer', 'Programmer\tanalyst']);
  assert.deepEqual(noc.titles.fr.get('31301'), ['Infirmière autorisée']);
  const m = messages(ctx);
  // Line 7 even though a quoted CRLF definition spans lines 3-4.
  assert.ok(
    m.includes('noc2021/noc_2021_version_1.0_-_classification_structure.csv:7: Code - NOC 2021 V1.0: "ABCDE" is not a NOC unit-group code; row skipped'),
    m.join('\n'),
  );
  assert.ok(m.some((w) => w.includes('EN[4].code: "99999"')));
});

test('NOC: the official elements CSV is detected by its header when the JSON is absent', () => {
  const ctx = context('elements-sources');
  const noc = readNoc(ctx);
  assert.equal(noc.titleSource, 'elements');
  assert.deepEqual(noc.titles.en.get('21232'), ['Software developer', 'Software developer', 'Programmer']);
  assert.equal(noc.titles.en.get('00010'), undefined);
  assert.ok(messages(ctx).some((w) => w.startsWith('noc2021/noc_2021_version_1.0_-_elements.csv:7: ')));
  assert.ok(messages(ctx).some((w) => /French unit-group titles .* are empty/.test(w)));
});

test('NOC: a missing structure file is a clear error naming the file', () => {
  const ctx: SourceContext = { dir: `${FIXTURES}nowhere`, diag: new Diagnostics() };
  assert.throws(() => readNoc(ctx), /noc_2021_version_1\.0_-_classification_structure\.csv: required NOC 2021 structure file not found/);
});

test('OaSIS: ratings averaged over profiles and scaled into (0, 1]; quirky headers matched', () => {
  const ctx = context();
  const oasis = readOasis(ctx, UNITS);
  const nurses = new Map(oasis.profiles.get('31301'));
  // Reading comprehension: (4 + 3) / 2 / 5 = 0.7; Writing: (3 + bad "x" as 0) / 2 / 5 = 0.3.
  assert.equal(nurses.get('oasis:F01b01'), 0.7);
  assert.equal(nurses.get('oasis:F01b02'), 0.3);
  // Digital literacy came in under a NO-BREAK SPACE header.
  assert.equal(nurses.get('oasis:F01c02'), 0.5);
  // Knowledge is rated 0-3: Physical health (3 + 2) / 2 / 3.
  assert.equal(nurses.get('oasis:G04a04'), 0.83);
  // "10.00" lost its leading zeros and still lands on 00010.
  assert.equal(new Map(oasis.profiles.get('00010')).get('oasis:G11a02'), 0.33);
  assert.equal(oasis.summaries.get('31301'), 'General duty nurses provide direct nursing care, and deliver health education.');
  assert.deepEqual(oasis.titles.get('21232'), ['software developer', 'application programmer']);
  assert.deepEqual(oasis.skills.find((s) => s.id === 'oasis:F01c02')?.label, { en: 'Digital literacy', fr: 'Compétences numériques' });
  const m = messages(ctx);
  assert.ok(m.includes('oasis2023/skills_oasis_2023_v1.0.csv:5: Writing: "x" is not a rating 0-5; counted as 0'), m.join('\n'));
  assert.ok(m.some((w) => w.includes('"Not A Descriptor" is not a known OaSIS skill descriptor')));
  assert.ok(m.some((w) => w.includes('knowledges_oasis_2023_v1.0.csv:2: OaSIS Code - Final: "10.00" lost its zeros')));
});

test('OaSIS: main duties whose code a spreadsheet shortened ("31301" for 31301.00) are read, and told once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mc-duties-'));
  mkdirSync(join(dir, 'oasis2023'));
  writeFileSync(
    join(dir, 'oasis2023', 'main-duties_oasis-2023_v1.0.csv'),
    [
      'OaSIS profile code,Main duties',
      '31301,Assess patients',
      '31301,Administer medications',
      '21232.00,Write code',
      '21232.1,Review code',
      '99999,Nothing',
    ].join('\n'),
  );
  const ctx: SourceContext = { dir, diag: new Diagnostics() };
  const oasis = readOasis(ctx, UNITS);
  assert.deepEqual(oasis.duties.get('31301'), ['Assess patients', 'Administer medications']);
  assert.deepEqual(oasis.duties.get('21232'), ['Write code', 'Review code']);
  const m = messages(ctx);
  assert.ok(
    m.includes(
      'oasis2023/main-duties_oasis-2023_v1.0.csv:2: OaSIS profile code: "31301" lost its zeros; read as 31301.00 (and 2 more rows whose code lost its zeros)',
    ),
    m.join('\n'),
  );
  assert.ok(m.some((w) => w.startsWith('oasis2023/main-duties_oasis-2023_v1.0.csv:6: ') && w.includes('row skipped')));
});

test('COPS: conditions, thousands separators, N/A as null, aggregates not used', () => {
  const ctx = context();
  const cops = readCops(ctx, UNITS)!;
  assert.deepEqual(cops.get('21232'), {
    future: 'balance',
    recent: 'balance',
    period: '2024-2033',
    employment: 155700,
    employmentYear: 2023,
    openings: 76300,
    seekers: 98900,
    growth: 47600,
    retirements: 20300,
  });
  assert.equal(cops.get('31301')!.future, 'strong-shortage');
  assert.equal(cops.get('00010')!.future, null);
  assert.equal(cops.get('00010')!.seekers, null);
  assert.equal(cops.size, 3);
  assert.equal(parseCondition('Moderate risk of Surplus'), 'moderate-surplus');
  assert.equal(parseCondition('Signes modérés de pénurie'), 'moderate-shortage');
  assert.equal(parseCondition('Sometimes'), undefined);
});

test('wages: 2024 columns for Canada and Ontario regions, duplicates merged, JSON median fallback', () => {
  const ctx = context();
  const wages = readWages(ctx, UNITS)!;
  assert.equal(wages.sourceId, 'wages-derived');
  assert.deepEqual(wages.byCode.get('21232'), [
    ['ER00', 25.5, 40.87, 60, 2024],
    ['ER35', 26, 41, 61.5, 2024],
    ['ER3530', 27, 42, 63, 2024],
  ]);
  // No ER00 row for 31301 in the CSV: the national median JSON fills in. Its Ottawa row repeats
  // Ontario's figures exactly (Job Bank's provincial wage for a region with too few data): left out.
  assert.deepEqual(wages.byCode.get('31301'), [
    ['ER00', null, 45.2, null, 2024],
    ['ER35', 32, 44.5, null, 2024],
    ['ER3530', 33, 45, null, 2024],
  ]);
  const m = messages(ctx);
  assert.ok(
    m.some((w) => w.includes(':7: High_Wage_2024: "abc" is not a wage')),
    m.join('\n'),
  );
  assert.ok(m.some((w) => w.includes('1 repeated (NOC_2021, ER_Code) rows')));
  assert.ok(
    m.some((w) => w.includes("1 regional rows repeat their province's low, median and high exactly")),
    m.join('\n'),
  );
});

test('wages: the official Job Bank CSV (Windows-1252, NOC_ prefix) is detected by header', () => {
  const ctx = context('elements-sources');
  const wages = readWages(ctx, UNITS)!;
  assert.equal(wages.sourceId, 'wages');
  assert.deepEqual(wages.byCode.get('21232'), [
    ['ER00', 25, 40, 60, 2024],
    ['ER3530', 26, 42.5, 65, 2024],
  ]);
  assert.equal(wages.byCode.has('31301'), false);
  assert.ok(messages(ctx).includes('jobbank_wages/wages_2024_en_fr.csv:4: Annual_Wage_Flag_Salaire_annuel: annual salary, not hourly; row skipped'));
});

test('ESCO chain: bcgov weights, Brookfield fallback, Nesta by O*NET title, essential over optional', () => {
  const ctx = context();
  const titles = new Map([
    ['00010', ['Legislators', 'Member of Parliament (MP)']],
    ['21232', ['Software developers and programmers']],
  ]);
  const esco = readEsco(ctx, UNITS, titles)!;
  assert.deepEqual(esco.details.get('21232'), [
    ['esco:computer-programming', 0.5],
    ['esco:sql', 0.3],
  ]);
  assert.deepEqual(esco.details.get('31301'), [['esco:infection-control', 0.5]]);
  // No crosswalk reaches 00010; its title "Legislators" meets the ESCO alternative label "legislator".
  assert.deepEqual(esco.details.get('00010'), [['esco:leadership-principles', 0.5]]);
  assert.equal(readEsco(context(), UNITS)!.details.has('00010'), false);
  // A title's parenthesised short form does not keep it from its ESCO occupation.
  const bySpelledTitle = readEsco(context(), UNITS, new Map([['00010', ['Chief lawmaker', 'Member of Parliament (MP)']]]))!;
  assert.deepEqual(bySpelledTitle.details.get('00010'), [['esco:leadership-principles', 0.5]]);
  const programming = esco.skills.find((s) => s.id === 'esco:computer-programming')!;
  assert.deepEqual(programming.label, { en: 'computer programming', fr: 'programmation informatique' });
  assert.deepEqual(programming.aliases, ['programming', 'coding', 'codage', 'programmation']);
  assert.equal(esco.skills.find((s) => s.id === 'esco:sql')!.label.fr, '');
  const m = messages(ctx);
  assert.ok(
    m.some((w) => w.startsWith('esco_v1.1.1/en/occupationSkillRelations.csv:5: skillUri:')),
    m.join('\n'),
  );
  assert.ok(m.some((w) => w.startsWith('crosswalks/nesta_esco_onet_crosswalk_Nov2020.csv:4: onet_code:')));
});

test('ESCO chain: a link whose ESCO occupation reads unlike the unit group is left out, with a notice', () => {
  const titles = new Map([['00010', ['Legislators']]]);
  const alike = readEsco(context(), UNITS, titles, new Map([['00010', 'Legislators. Members of parliament and legislative assembly members make laws.']]))!;
  assert.deepEqual(alike.details.get('00010'), [['esco:leadership-principles', 0.5]]);
  const ctx = context();
  const unlike = readEsco(ctx, UNITS, titles, new Map([['00010', 'Cooks. Prepare and cook meals; plan menus.']]))!;
  assert.equal(unlike.details.has('00010'), false);
  assert.ok(
    messages(ctx).some((w) => w.includes('1 crosswalk link left out') && w.includes('00010 -> "member of parliament"')),
    messages(ctx).join('\n'),
  );
});

test("ESCO chain: a detail skill the unit group's description names weighs more than one it does not", () => {
  const plain = readEsco(context(), UNITS)!;
  assert.deepEqual(
    plain.details.get('21232')!.map(([id]) => id),
    ['esco:computer-programming', 'esco:sql'],
  );
  const said = readEsco(context(), UNITS, new Map(), new Map([['21232', 'Software developers. Write SQL queries; test and maintain databases.']]))!;
  assert.deepEqual(said.details.get('21232'), [
    ['esco:sql', 0.5],
    ['esco:computer-programming', 0.3],
  ]);
});

test('ESCO chain: absent files give one notice and no details', () => {
  const ctx = context('elements-sources');
  assert.equal(readEsco(ctx, UNITS), null);
  assert.equal(messages(ctx).filter((w) => w.includes('no ESCO detail skills')).length, 1);
});

test('Coursera: broken quoting recovered positionally, duplicates and http links reported', () => {
  const diag = new Diagnostics();
  const programs = readCoursera(`${FIXTURES}coursera.csv`, diag);
  assert.deepEqual(
    programs.map((p) => p.id),
    ['coursera:intro-programming', 'coursera:broken-quotes', 'coursera:guitar', 'coursera:early-break', 'coursera:specializations:intro-programming'],
  );
  // The split began in "What you will learn": its text and the tags are not trusted.
  const early = programs[3]!;
  assert.deepEqual([early.description.en, early.tags, early.provider, early.hours], ['', [], 'Yarn University', 5]);
  assert.deepEqual(early.fallbackTags, ['Arts', 'Humanities']);
  const broken = programs[1]!;
  assert.equal(broken.title.en, 'Broken Quotes Course');
  assert.equal(broken.provider, 'Other University');
  assert.equal(broken.url, 'https://www.coursera.org/learn/broken-quotes');
  assert.equal(broken.hours, 15);
  assert.deepEqual(broken.tags, []);
  assert.deepEqual(broken.fallbackTags, ['Physical health']);
  assert.deepEqual(programs[0]!.tags, ['Python Programming', 'SQL']);
  // What-you-will-learn text feeds tagging only; it is not shipped as a description.
  assert.equal(programs[0]!.description.en, '');
  assert.match(programs[0]!.taggingText ?? '', /Write your first programs/);
  const m = messages(diag);
  assert.ok(
    m.some((w) => /^coursera\.csv:3: Modules: broken quoting \(\d+ fields\)/.test(w)),
    m.join('\n'),
  );
  assert.ok(m.includes('coursera.csv:4: Course Url: duplicate of line 2; row skipped'));
  assert.ok(m.some((w) => w.startsWith('coursera.csv:6: Course Url: "http://www.coursera.org/learn/insecure" is not an https link')));
  assert.ok(
    m.includes('coursera.csv:7: What you will learn: broken quoting (14 fields); recovered title, provider, URL and duration positionally'),
    m.join('\n'),
  );
});

test('Coursera: "Skill gain" without list markers, and without the entries saying who a course is for, each a warning', () => {
  const heard: string[] = [];
  const tags = skillGain(
    '1.\\tKnowledge of Fluid Mechanics, •\\tCoaching, -\\tRstudio, Working professionals with B.Tech./B.E., in Mechanical / Chemical, ' +
      'Undergraduate students of Mechanical who are in either Vth, VIth or VIIth semester, in Mechanical / Chemical / Instrumentation, VIth, ' +
      'indigenous, environment, in-context learning',
    (entry) => heard.push(entry),
  );
  assert.deepEqual(tags, ['Knowledge of Fluid Mechanics', 'Coaching', 'Rstudio', 'indigenous', 'environment', 'in-context learning']);
  assert.deepEqual(heard, [
    'Working professionals with B.Tech./B.E., in Mechanical / Chemical',
    // Pieces of an audience entry that follow it join it.
    'Undergraduate students of Mechanical who are in either Vth, VIth or VIIth semester, in Mechanical / Chemical / Instrumentation, VIth',
  ]);
  // A specialization's list keeps such pieces without their head: they go too.
  assert.deepEqual(skillGain('in Mechanical / Chemical / Instrumentation, VIth, Strength of materials'), ['Strength of materials']);
  const dir = mkdtempSync(join(tmpdir(), 'mc-coursera-'));
  const header =
    '"Course Title",Rating,Level,Schedule,"What you will learn","Skill gain",Modules,Instructor,"Offered By",Keyword,"Course Url","Duration to complete (Approx.)","Number of Review"';
  const row =
    '"Pipe Sizing",4.5,"Beginner level","Flexible schedule","Size pipes","Knowledge of Fluid Mechanics, Graduate students of Mechanical / Instrumentation","Pipes","A. Teacher","Example University","Physical Science and Engineering",https://www.coursera.org/learn/pipe-sizing,12,10';
  writeFileSync(join(dir, 'c.csv'), `${header}\n${row}\n`);
  const diag = new Diagnostics();
  const [program] = readCoursera(join(dir, 'c.csv'), diag);
  assert.deepEqual(program!.tags, ['Knowledge of Fluid Mechanics']);
  assert.ok(
    messages(diag).includes(
      'c.csv:2: Skill gain: "Graduate students of Mechanical / Instrumentation" says who the course is for, not a skill; not used as a tag',
    ),
    messages(diag).join('\n'),
  );
});

test('Coursera: language of instruction guessed per course, with one summary line', () => {
  const diag = new Diagnostics();
  const programs = readCoursera(`${FIXTURES}coursera-languages.csv`, diag);
  assert.deepEqual(
    programs.map((p) => [p.title.en, p.language]),
    [
      ['Caring for Patients at Home', 'en'],
      ['Cuidados del paciente en el hogar', 'other'],
      ['Soins aux patients à domicile', 'fr'],
      ['在宅患者ケア入門', 'other'],
      ['Patient Care Workflows', null],
      ['Home Care Basics en Español', 'other'],
    ],
  );
  assert.ok(
    messages(diag).includes(
      'coursera-languages.csv: language of instruction guessed from titles and outcomes for 6 courses: 1 English, 1 French, 3 other, 1 unsure (left empty)',
    ),
    messages(diag).join('\n'),
  );
});

test('ESCO: a French skill label starts in lower case like its English one, acronyms and names kept', () => {
  assert.equal(
    frenchLabelCase('Fournir à une machine les outils adéquats', 'supply machine with appropriate tools'),
    'fournir à une machine les outils adéquats',
  );
  assert.equal(frenchLabelCase('Élaborer des plans', 'develop plans'), 'élaborer des plans');
  assert.equal(frenchLabelCase('SQL', 'SQL'), 'SQL');
  assert.equal(frenchLabelCase('SQL Server', 'SQL Server'), 'SQL Server');
  assert.equal(frenchLabelCase('Java (programmation informatique)', 'Java (computer programming)'), 'Java (programmation informatique)');
  assert.equal(frenchLabelCase('utiliser une fraiseuse CNC', 'tend CNC milling machine'), 'utiliser une fraiseuse CNC');
  assert.equal(frenchLabelCase('', 'anything'), '');
});

test('the wage source a page names under its figures says plainly that it is a partial copy, with no "derived extract"', () => {
  const { en, fr } = SOURCE_INFO['wages-derived']!.name;
  assert.equal(en, 'Job Bank wages, from a partial copy');
  assert.equal(fr, 'Salaires du Guichet-Emplois, d’après une copie partielle');
  // The sources the labour-market panel names.
  for (const id of ['noc', 'oasis', 'cops', 'wages', 'wages-derived']) {
    const { en, fr } = SOURCE_INFO[id]!.name;
    assert.doesNotMatch(`${en} ${fr}`, /derived|extract|dérivé|extrait/i, id);
  }
});
