/**
 * A tiny hand-written index for element tests, assembled through the core's own
 * encoder and `assembleIndex` so elements are tested against the real matcher and ranker.
 * Figures are invented for tests and the manifest says `sample: true`.
 */
import type { IndexParts } from '../../../src/core/index-format/encode.js';
import { assembleParts } from '../../../src/core/load/assemble-parts.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import type { Condition, Occupation, Program } from '../../../src/core/index-format/schema.js';

export const TITLES_EN = [
  '31301\tRegistered nurses and registered psychiatric nurses\tRegistered nurse\tNurse\tPsychiatric nurse\tRN',
  '32101\tLicensed practical nurses\tLicensed practical nurse\tRegistered practical nurse\tPractical nurse',
  '21232\tSoftware developers and programmers\tSoftware developer\tProgrammer\tWeb developer',
  '72106\tWelders and related machine operators\tWelder\tWelder-fitter',
  '31102\tGeneral practitioners and family physicians\tFamily physician\tGeneral practitioner',
];

const TITLES_FR = [
  '31301\tInfirmiers autorisés/infirmières autorisées\tInfirmiers autorisés/infirmières autorisées et infirmiers psychiatriques autorisés/infirmières psychiatriques autorisées\tInfirmière autorisée\tInfirmier autorisé\tInfirmière',
  '32101\tInfirmiers auxiliaires/infirmières auxiliaires\tInfirmière auxiliaire\tInfirmier auxiliaire',
  '21232\tDéveloppeurs/développeuses et programmeurs/programmeuses de logiciels\tDéveloppeur de logiciels\tProgrammeur',
  '72106\tSoudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser\tSoudeur\tSoudeuse',
  '31102\tOmnipraticiens/omnipraticiennes et médecins en médecine familiale\tMédecin de famille\tOmnipraticien',
];

const label = (en: string, fr: string) => ({ en, fr });

function occupation(code: string, title: [string, string], skills: Array<[number, number]>, lmi: Occupation['lmi']): Occupation {
  return {
    code,
    title: label(title[0], title[1]),
    teer: Number(code[1]),
    broad: Number(code[0]),
    summary: label(`People in ${title[0].toLowerCase()} do sample work.`, `Exemple de travail : ${title[1]}.`),
    skills,
    lmi,
  };
}

const lmi = (future: Condition | null, median: number): Occupation['lmi'] => ({
  future,
  recent: future,
  period: '2024-2033',
  employment: 120000,
  employmentYear: 2023,
  openings: 50000,
  seekers: 40000,
  growth: 9000,
  retirements: 30000,
  outlookSource: 'sample',
  wages: [
    ['ER35', median - 8, median, median + 10, 2024],
    ['ER3530', median - 7, median + 1, median + 12, 2024],
  ],
  wageSource: 'sample',
});

const PROGRAMS: Program[] = [
  {
    id: 'p-nursing-refresh',
    title: label('Nursing practice refresher', 'Mise à jour de la pratique infirmière'),
    provider: 'Sample College',
    url: 'https://example.org/nursing',
    description: label('Clinical judgement and patient care.', 'Jugement clinique et soins.'),
    skills: [0, 1],
    tagging: 'tags',
    hours: 40,
    costCad: 600,
    delivery: 'online',
    language: 'bilingual',
    region: null,
    osapEligible: true,
    credential: 'Micro-credential',
  },
  {
    id: 'p-python',
    title: label('Programming with Python', 'Programmation avec Python'),
    provider: 'Sample University',
    url: 'https://example.org/python',
    description: label('Write and test programs.', 'Écrire et tester des programmes.'),
    skills: [2, 3],
    tagging: 'tags',
    hours: 30,
    costCad: 450,
    delivery: 'online',
    language: 'en',
    region: 'ER3530',
    osapEligible: false,
    credential: 'Micro-credential',
  },
  {
    id: 'p-welding',
    title: label('Welding inspection basics', 'Inspection du soudage'),
    provider: 'Sample College',
    url: 'https://example.org/welding',
    description: label('Inspect welds safely.', 'Inspecter les soudures.'),
    skills: [4],
    tagging: 'tags',
    hours: 24,
    costCad: 300,
    delivery: 'in-person',
    language: 'en',
    region: 'ER3510',
    osapEligible: null,
    credential: null,
  },
];

/** The manifest, also exported for tests that need to build a broken one. */
export function tinyManifest(): IndexParts['manifest'] {
  return {
    builtAt: '2026-01-01',
    sample: true,
    sources: [
      {
        id: 'sample',
        name: label('Sample data for tests', 'Données d’exemple pour les tests'),
        vintage: '2024',
        licence: 'Sample',
        attribution: label('Sample figures', 'Chiffres d’exemple'),
        url: 'https://example.org/sample',
      },
    ],
    regions: [
      { code: 'ER35', name: label('Ontario', 'Ontario') },
      { code: 'ER3510', name: label('Ottawa', 'Ottawa') },
      { code: 'ER3530', name: label('Toronto', 'Toronto') },
    ],
    skills: [
      { id: 'sample:patient-care', kind: 'skill', label: label('Patient care', 'Soins aux patients') },
      { id: 'sample:clinical-judgement', kind: 'skill', label: label('Clinical judgement', 'Jugement clinique') },
      { id: 'sample:programming', kind: 'skill', label: label('Programming', 'Programmation') },
      { id: 'sample:testing', kind: 'skill', label: label('Software testing', 'Essais de logiciels') },
      { id: 'sample:welding', kind: 'skill', label: label('Welding', 'Soudage') },
    ],
    occupations: [
      occupation(
        '31301',
        ['Registered nurses and registered psychiatric nurses', 'Infirmiers autorisés/infirmières autorisées'],
        [
          [0, 1],
          [1, 0.8],
        ],
        lmi('moderate-shortage', 42),
      ),
      occupation(
        '32101',
        ['Licensed practical nurses', 'Infirmiers auxiliaires/infirmières auxiliaires'],
        [
          [0, 1],
          [1, 0.4],
        ],
        lmi('balance', 30),
      ),
      occupation(
        '21232',
        ['Software developers and programmers', 'Développeurs/développeuses et programmeurs/programmeuses de logiciels'],
        [
          [2, 1],
          [3, 0.7],
        ],
        lmi('balance', 45),
      ),
      occupation(
        '72106',
        ['Welders and related machine operators', 'Soudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser'],
        [[4, 1]],
        lmi(null, 28),
      ),
      occupation(
        '31102',
        ['General practitioners and family physicians', 'Omnipraticiens/omnipraticiennes et médecins en médecine familiale'],
        [
          [0, 0.9],
          [1, 1],
        ],
        null,
      ),
    ],
  };
}

/** The tiny index with English and French titles. */
export function tinyIndex(): Promise<LoadedIndex> {
  return assembleParts({ manifest: tinyManifest(), titles: { en: TITLES_EN, fr: TITLES_FR }, programs: PROGRAMS });
}
