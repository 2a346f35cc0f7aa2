/**
 * Writes sample/sources/: the hand-written SAMPLE data of occupations.ts and esco.ts in
 * the same file names and formats as the official downloads (BOMs, CRLF line ends and
 * header quirks included), so the builder reads it exactly as it reads the real data.
 * Ratings, outlooks and wages are invented. `npm run sample-sources` runs it (`npm run
 * sample-index`, the Node tests and `npm pack` do so first); its output is not committed, so the
 * repository holds no file named like a real data file. The npm package carries it, for
 * `microcred build-index --sample` after an install.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold } from '../src/core/text/normalize.js';
import { OCCUPATIONS, type Sector } from './occupations.js';
import { BROOKFIELD, NESTA, NOC_ONET, RELATIONS, SKILLS } from './esco.js';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'sources');
const BOM = '\ufeff';

function write(rel: string, text: string): void {
  mkdirSync(dirname(join(OUT, rel)), { recursive: true });
  writeFileSync(join(OUT, rel), text);
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: Array<Array<string | number>>, eol = '\n'): string {
  return rows.map((r) => r.map(csvField).join(',')).join(eol) + eol;
}

// Headers exactly as the official files spell them, stray spaces included.
const SKILL_HEADER = [
  'Reading Comprehension',
  'Writing  ',
  'Numeracy ',
  ' Digital Literacy',
  'Oral Communication: Active Listening   ',
  'Oral Communication: Oral Comprehension   ',
  'Oral Communication: Oral Expression ',
  'Critical Thinking',
  'Decision Making',
  'Evaluation',
  'Learning and Teaching Strategies',
  'Problem Solving',
  'Systems Analysis',
  'Digital Production',
  'Preventative Maintenance',
  'Equipment and Tool Selection',
  'Operation and Control',
  'Operation Monitoring of Machinery and Equipment',
  'Quality Control Testing',
  'Repairing',
  'Setting up',
  'Product Design',
  'Troubleshooting',
  'Management of Financial Resources',
  'Management of Material Resources',
  'Management of Personnel Resources',
  'Monitoring',
  'Time Management',
  'Coordinating',
  'Instructing',
  'Negotiating',
  'Persuading',
  'Social Perceptiveness',
];
const KNOWLEDGE_HEADER = [
  'Accounting',
  'Business Administration',
  'Clerical',
  'Finance',
  'Human Resources and Labour relations',
  'Sale and Marketing',
  'Client Services',
  'Communications and Media',
  'Teaching',
  'Training, Mentoring and Coaching',
  'Hospitality',
  'Mental Health',
  'Physical Health',
  'Recreation, Leisure and Fitness',
  'Veterinarian and Animal Care',
  'Law',
  'Public Affairs and Government relations',
  'Public Safety and Security',
  'Manufacturing, Processing and Production',
  'Logistics',
  'Performance Measurement',
  'Technical Design',
  'Agriculture and horticulture',
  'Forestry',
  'Geological Resources',
  'Livestock, Farm animals & Wildlife',
  'Water Resources',
  'Biology',
  'Chemistry',
  'Geoscience',
  'Physics ',
  'Arts',
  'Economics',
  'Humanities',
  'Library, Conservation, and Heritage',
  'Theology and Philosophy',
  'Building and Construction',
  'Computer, technology and Information Systems',
  'Electrical and Electronics',
  'Mechanics and Machinery',
  'Telecommunications',
  'Vehicles and Machinery Operations',
  'Languages',
  'Mathematics',
];

/** Invented skill-rating patterns per sector, in SKILL_HEADER order. */
const PATTERNS: Record<Sector, number[]> = {
  health: [4, 3, 3, 3, 4, 4, 4, 4, 4, 3, 3, 4, 2, 0, 0, 1, 1, 1, 1, 0, 1, 0, 1, 1, 2, 2, 4, 4, 3, 3, 2, 2, 4],
  care: [3, 2, 2, 2, 4, 4, 3, 3, 3, 2, 2, 3, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 1, 0, 1, 1, 3, 3, 2, 2, 1, 2, 4],
  trades: [3, 2, 3, 2, 3, 3, 3, 3, 3, 3, 2, 4, 2, 0, 3, 4, 4, 3, 3, 4, 4, 1, 4, 1, 3, 1, 3, 3, 3, 2, 1, 1, 2],
  plant: [2, 2, 2, 2, 3, 3, 2, 2, 2, 2, 1, 2, 1, 0, 2, 3, 4, 4, 3, 2, 3, 0, 2, 0, 2, 0, 3, 3, 2, 1, 1, 1, 2],
  it: [4, 4, 4, 5, 3, 3, 3, 4, 4, 4, 3, 5, 4, 3, 0, 2, 1, 1, 3, 0, 2, 3, 4, 1, 1, 1, 3, 3, 3, 2, 2, 2, 2],
  office: [4, 4, 3, 4, 3, 3, 3, 3, 3, 2, 2, 3, 1, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1, 1, 2, 1, 3, 4, 3, 1, 1, 1, 3],
};

const sorted = [...OCCUPATIONS].sort((a, b) => (a.code < b.code ? -1 : 1));
/**
 * 31301 is split into two OaSIS profiles, as in OaSIS, so the builder averages them. Its
 * last duty (psychiatric care) goes to the second profile: OaSIS lists duties per profile.
 */
const profiles = sorted.flatMap((o) =>
  o.code === '31301'
    ? [
        { o, profile: '31301.01', label: 'General duty registered nurses', shift: 0, duties: o.duties.slice(0, -1) },
        { o, profile: '31301.02', label: 'Registered psychiatric nurses', shift: -1, duties: o.duties.slice(-1) },
      ]
    : [{ o, profile: `${o.code}.00`, label: o.en, shift: 0, duties: o.duties }],
);

const README = `# SAMPLE DATA - not official figures

Every file in this folder is hand-written sample data for demonstrations and tests.
It uses the file names and formats of the official downloads (see docs/data-sources.md),
so the index builder reads it the same way.

- Codes, official titles (en/fr) and example job titles are NOC 2021 (Statistics Canada,
  Open Government Licence - Canada); lead statements and a few main duties per unit
  group are shortened and paraphrased from OaSIS 2023, and so are the employment
  requirements of 14 of them.
- Skill and knowledge ratings, COPS-style outlooks, employment counts and wages are
  **invented**. Do not quote them.
- ESCO skill URIs and labels are real ESCO v1.1.1 concepts; which occupation lists which
  skill, and the crosswalk weights, were chosen by hand.

The builder marks an index built from a folder containing this file with \`"sample": true\`.
Regenerate with \`npx tsx sample/generate.ts\`.
`;

function main(): void {
  write('SAMPLE.md', README);
  const broad = [...new Set(sorted.map((o) => o.code[0]!))];
  const BROAD_TITLES: Record<string, string> = {
    '1': 'Business, finance and administration occupations',
    '2': 'Natural and applied sciences and related occupations',
    '3': 'Health occupations',
    '4': 'Occupations in education, law and social, community and government services',
    '7': 'Trades, transport and equipment operators and related occupations',
    '9': 'Occupations in manufacturing and utilities',
  };
  write(
    'noc2021/noc_2021_version_1.0_-_classification_structure.csv',
    BOM +
      csv([
        ['Level', 'Hierarchical structure', 'Code - NOC 2021 V1.0', 'Class title', 'Class definition'],
        ...broad.map((b) => [1, 'Broad Category', b, BROAD_TITLES[b]!, `Sample: broad category ${b}.`]),
        ...sorted.map((o) => [5, 'Unit group', o.code, o.en, o.lead]),
      ]),
  );
  write(
    'noc2021/noc2021_bilingual_example_titles.json',
    JSON.stringify({
      categories: Object.fromEntries(sorted.map((o) => [o.code, { EN: o.en, FR: o.fr }])),
      EN: sorted.flatMap((o) => o.examplesEn.map((label) => ({ code: o.code, label }))),
      FR: sorted.flatMap((o) => o.examplesFr.map((label) => ({ code: o.code, label }))),
    }),
  );
  write(
    'oasis2023/skills_oasis_2023_v1.0.csv',
    BOM +
      csv([
        ['OaSIS Code - Final', 'OaSIS Label - Final', ...SKILL_HEADER],
        ...profiles.map(({ o, profile, label, shift }) => [
          profile,
          label,
          ...SKILL_HEADER.map((h, i) => {
            const override = o.skills?.find(([name]) => fold(name) === fold(h));
            const base = override ? override[1] : PATTERNS[o.sector][i]!;
            return base === 0 ? 0 : Math.min(5, Math.max(1, base + shift));
          }),
        ]),
      ]),
  );
  write(
    'oasis2023/knowledges_oasis_2023_v1.0.csv',
    BOM +
      csv([
        ['OaSIS Code - Final', 'OaSIS Label - Final', ...KNOWLEDGE_HEADER],
        ...profiles.map(({ o, profile, label }) => [
          profile,
          label,
          ...KNOWLEDGE_HEADER.map((h) => o.knowledge.find(([name]) => fold(name) === fold(h))?.[1] ?? 0),
        ]),
      ]),
  );
  write(
    'oasis2023/lead-statement_oasis_2023_v1.0.csv',
    BOM + csv([['OaSIS profile code', 'Lead statement'], ...profiles.map(({ o, profile }) => [profile, o.lead])]),
  );
  write(
    'oasis2023/main-duties_oasis-2023_v1.0.csv',
    BOM + csv([['OaSIS profile code', 'Main duties'], ...profiles.flatMap(({ profile, duties }) => duties.map((d) => [profile, d]))]),
  );
  write('oasis2023/labels_oasis_2023_v1.0.csv', BOM + csv([['OaSIS profile code', 'Label'], ...profiles.map(({ profile, label }) => [profile, label])]));
  write(
    'oasis2023/employment-requirements_oasis_2023_v1.0.csv',
    BOM +
      csv([
        ['OaSIS profile code', 'Employment requirement'],
        ...profiles.flatMap(({ o, profile }) =>
          [...(o.requirements?.all ?? []), ...(o.requirements?.byProfile?.[profile] ?? [])].map((text) => [profile, text]),
        ),
      ]),
  );
  write(
    'oasis2023/example-titles_oasis_2023_v1.0.csv',
    BOM +
      csv(
        [
          ['OaSIS profile code', 'Concordance number', 'Job title type', 'Job title text'],
          ...profiles.flatMap(({ o, profile }) => o.examplesEn.slice(0, 2).map((t, i) => [profile, i + 1, i === 0 ? 'Example' : 'Index', t.toLowerCase()])),
        ],
        '\r\n',
      ),
  );

  const condition = (future: string): [string, string, string, string] => {
    const fr: Record<string, string> = {
      Balance: 'À équilibre',
      'Strong risk of Shortage': 'Risque important de pénurie',
      'Moderate risk of Shortage': 'Risque modéré de pénurie',
      'Moderate risk of Surplus': 'Risque modéré de surplus',
      'Strong risk of Surplus': 'Risque important de surplus',
    };
    const recent = future.replace('risk', 'signs');
    const recentFr = fr[future]!.replace('Risque', 'Signes').replace('important', 'importants').replace('modéré', 'modérés');
    return [recent, recentFr, future, fr[future]!];
  };
  write(
    'cops2024_2033/summary_sommaire_2024_2033_noc2021.csv',
    csv([
      [
        'Code',
        'Occupation_Name',
        'Nom_de_la_profession',
        'Employment_emploi_2023',
        'Employment_Growth_croissance_emploi',
        'Retirements_retraites',
        'Other_Replacement_autre_remplacement',
        "Total_Job_Openings_Perspective_d'emploi",
        'School_Leavers_Sortants_scolaires',
        'Immigration',
        'Other_Seekers_autres_chercheurs',
        'Job_Seekers_Chercheurs_emploi',
        'Recent_Labour_Market_Conditions',
        'Conditions_récentes_sur_le_marché_du_travail',
        'Future_Labour_Market_Conditions',
        'Conditions_futures_sur_le_marché_du_travail',
      ],
      [
        '00000',
        'All Occupations',
        'Toutes les professions',
        20170900,
        2589900,
        4307200,
        1212000,
        8109100,
        5865800,
        2552300,
        -179200,
        '8,238,800',
        'N/A',
        'N/D',
        'N/A',
        'N/D',
      ],
      [
        'TEER_1',
        'TEER 1: Occupations usually require a university degree',
        'FÉER 1: Une formation universitaire caractérise habituellement les professions',
        4552000,
        782400,
        870000,
        269600,
        1922000,
        1868000,
        730700,
        -444200,
        2154400,
        'N/A',
        'N/D',
        'N/A',
        'N/D',
      ],
      ...sorted.map((o) => {
        const [emp] = [o.outlook[1]];
        const growth = Math.round(emp * 0.08);
        const retirements = Math.round(emp * 0.18);
        const other = Math.round(emp * 0.05);
        const openings = growth + retirements + other;
        const ratio = /Shortage/.test(o.outlook[0]) ? 0.8 : /Surplus/.test(o.outlook[0]) ? 1.25 : 1;
        const seekers = Math.round(openings * ratio);
        const school = Math.round(seekers * 0.7);
        const immigration = Math.round(seekers * 0.35);
        const cond = o.code === '95100' ? ['N/A', 'N/D', ...condition(o.outlook[0]).slice(2)] : condition(o.outlook[0]);
        return [
          o.code,
          o.en,
          o.fr,
          emp,
          growth,
          retirements,
          other,
          openings,
          school,
          immigration,
          seekers - school - immigration,
          seekers >= 1000 ? seekers.toLocaleString('en-US') : seekers,
          ...cond,
        ];
      }),
    ]),
  );

  const wageRows: Array<Array<string | number>> = [];
  const round = (n: number) => Math.round(n * 100) / 100;
  for (const o of sorted) {
    if (o.code === '31102') continue; // national median only, from the JSON fallback
    const regions: Array<[string, string, string, number]> = [
      ['ER00', 'National', 'Canada', 1],
      ['ER35', 'Ontario', 'Ontario', 1.02],
      ['ER3530', 'Ontario', 'Toronto', 1.06],
    ];
    if (o.sector === 'it') regions.push(['ER3510', 'Ontario', 'Ottawa', 1.04]);
    if (o.sector === 'trades' || o.sector === 'plant')
      regions.push(['ER3590', 'Ontario', 'Northeast', 1.03], ['ER3550', 'Ontario', 'Hamilton--Niagara Peninsula', 1.0]);
    if (o.sector === 'health' || o.sector === 'care') regions.push(['ER3560', 'Ontario', 'London', 0.98]);
    regions.push(['ER59', 'British Columbia', 'British Columbia', 1.01]);
    for (const [er, prov, region, f] of regions) {
      const m = o.wage * f;
      wageRows.push([
        er,
        '0000',
        o.code,
        round(m * 0.6),
        round(m * 0.8),
        round(m * 1.2),
        round(m * 0.62),
        round(m * 0.9),
        round(m * 1.3),
        round(m * 0.65),
        round(m),
        round(m * 1.45),
        prov,
        region,
        o.en.toLowerCase(),
        o.code[0]!,
        o.code[1]!,
        o.code.slice(0, 2),
        '',
        '',
        '',
      ]);
    }
  }
  // The real file repeats some (NOC_2021, ER_Code) pairs with identical 2024 values.
  wageRows.push([...wageRows.find((r) => r[2] === '72106' && r[0] === 'ER00')!]);
  write(
    'jobbank_wages_derived/wagecan_merged_wages_2016_2024_mapped_to_NOC2021.csv',
    csv(
      [
        [
          'ER_Code',
          'NOC_2016',
          'NOC_2021',
          'Low_Wage_2016',
          'Median_Wage_2016',
          'High_Wage_2016',
          'Low_Wage_2020',
          'Median_Wage_2020',
          'High_Wage_2020',
          'Low_Wage_2024',
          'Median_Wage_2024',
          'High_Wage_2024',
          'Province',
          'Region',
          'NOC_Title_2021',
          'Broad_Category_Code',
          'TEER_Code',
          'Major_Group_Code',
          'Broad_Category_Name',
          'TEER_Level_Name',
          'Major_Group_Name',
        ],
        ...wageRows,
      ],
      '\r\n',
    ),
  );
  write(
    'jobbank_wages_derived/jobbank_national_median_hourly_wage_by_noc2021.json',
    JSON.stringify(Object.fromEntries(sorted.map((o) => [o.code, o.code === '95100' ? null : o.wage])), null, 2),
  );

  write(
    'crosswalks/bcgov_onet2019_to_noc2021_mapping_v3.0.0.csv',
    csv([
      ['onet_soc_code', 'onet_plus_title', 'noc_2021', 'noc_plus_title', 'equal_weight', 'path_weight', 'base_weight', 'down_weight'],
      ['11-1011.00', '11-1011.00: Chief Executives', '00018', '00018: Senior managers - public and private sector', 0.38, 0.83, 0.4, 0.47],
      ...NOC_ONET.map(([noc, onet, title, w]) => [onet, `${onet}: ${title}`, noc, `${noc}: ${OCCUPATIONS.find((o) => o.code === noc)!.en}`, w, w, w, w]),
    ]),
  );
  write('crosswalks/brookfield_noc2021_onet26.csv', csv([['noc', 'noc_title', 'onet', 'onet_title'], ...BROOKFIELD], '\r\n'));
  write(
    'crosswalks/nesta_esco_onet_crosswalk_Nov2020.csv',
    csv([
      ['id', 'esco_occupation', 'isco_code', 'onet_code', 'onet_occupation', 'matching_job_titles', 'semantic_similarity', 'confidence', 'concept_uri'],
      ...NESTA.map(([onet, uuid, label], i) => [i + 1, label, '0000', onet, label, `['${label}']`, 0.8, 1.0, `http://data.europa.eu/esco/occupation/${uuid}`]),
    ]),
  );
  const skillUri = (uuid: string) => `http://data.europa.eu/esco/skill/${uuid}`;
  write(
    'esco_v1.1.1/en/skills_en.csv',
    csv(
      [
        [
          'conceptType',
          'conceptUri',
          'skillType',
          'reuseLevel',
          'preferredLabel',
          'altLabels',
          'hiddenLabels',
          'status',
          'modifiedDate',
          'scopeNote',
          'definition',
          'inScheme',
          'description',
        ],
        ...SKILLS.map(([uuid, en, , type, alt]) => [
          'KnowledgeSkillCompetence',
          skillUri(uuid),
          type,
          'cross-sector',
          en,
          alt.join('\n'),
          '',
          'released',
          '2016-12-20T19:32:45Z',
          '',
          '',
          'http://data.europa.eu/esco/concept-scheme/skills',
          `Sample description of ${en}.`,
        ]),
      ],
      '\r\n',
    ),
  );
  write(
    'esco_v1.1.1/fr_labels/skills_fr_labels.csv',
    csv(
      [
        ['conceptUri', 'preferredLabel', 'altLabels'],
        ...SKILLS.filter(([, , fr]) => fr !== '').map(([uuid, , fr, , , frAlt]) => [skillUri(uuid), fr, (frAlt ?? []).join('|')]),
      ],
      '\r\n',
    ),
  );
  const byLabel = new Map(SKILLS.map(([uuid, en, , type]) => [en, { uuid, type }]));
  const relations: Array<Array<string>> = [];
  for (const [, uuid, label] of NESTA) {
    const [essential, optional] = RELATIONS[label]!.split('|').map((s) => s.split(';').filter(Boolean));
    for (const [kind, list] of [
      ['essential', essential!],
      ['optional', optional ?? []],
    ] as const) {
      for (const name of list) {
        const skill = byLabel.get(name);
        if (!skill) throw new Error(`sample/esco.ts: relation names unknown skill "${name}"`);
        relations.push([`http://data.europa.eu/esco/occupation/${uuid}`, kind, skill.type, skillUri(skill.uuid)]);
      }
    }
  }
  write('esco_v1.1.1/en/occupationSkillRelations.csv', csv([['occupationUri', 'relationType', 'skillType', 'skillUri'], ...relations], '\r\n'));
}

main();
