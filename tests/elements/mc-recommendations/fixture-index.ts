/**
 * A small hand-written index for the program elements' tests (invented sample data,
 * `sample: true`), encoded and assembled through the core's own encoder and `assembleIndex` so the elements are
 * tested against the real ranker. Enough nursing programs for "Show more", several
 * providers, deliveries, languages, costs and hours for the filters, and HTML in one
 * title. (Hostile URLs cannot enter an index: the loader refuses them; the card's tests
 * hand them to the card directly.) The core recommends only programs whose evidence
 * names the occupation, so the evidence below decides how many each occupation gets:
 * nurses 13, nurse aides 1, software developers 1, welders 2.
 */
import { waitUntil } from '@open-wc/testing';
import type { IndexParts } from '../../../src/core/index-format/encode.js';
import { assembleParts } from '../../../src/core/load/assemble-parts.js';
import type { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import type { LoadedIndex } from '../../../src/core/model/loaded.js';
import type { EvidenceField, IndexManifest, Occupation, Program, ProgramEvidence } from '../../../src/core/index-format/schema.js';
const label = (en: string, fr: string) => ({ en, fr });

const SKILLS: IndexManifest['skills'] = [
  { id: 'sample:patient-care', kind: 'skill', label: label('Patient care', 'Soins aux patients') }, // 0
  { id: 'sample:medication', kind: 'skill', label: label('Medication administration', 'Administration des médicaments') }, // 1
  { id: 'sample:assessment', kind: 'skill', label: label('Health assessment', 'Évaluation de la santé') }, // 2
  { id: 'sample:infection', kind: 'skill', label: label('Infection control', 'Prévention des infections') }, // 3
  { id: 'sample:personal-care', kind: 'skill', label: label('Personal care', 'Soins personnels') }, // 4
  { id: 'sample:programming', kind: 'skill', label: label('Programming', 'Programmation') }, // 5
  { id: 'sample:testing', kind: 'skill', label: label('Software testing', 'Essais de logiciels') }, // 6
  { id: 'sample:welding', kind: 'skill', label: label('Welding', 'Soudage') }, // 7
  { id: 'sample:blueprints', kind: 'knowledge', label: label('Blueprint reading', 'Lecture de plans') }, // 8
  { id: 'sample:safety', kind: 'skill', label: label('Workplace safety', 'Santé et sécurité au travail') }, // 9
  { id: 'sample:pathology', kind: 'knowledge', label: label('Pathology', 'Pathologie') }, // 10: no program teaches it
];

function occupation(code: string, en: string, fr: string, skills: Array<[number, number]>): Occupation {
  return {
    code,
    title: label(en, fr),
    teer: Number(code[1]),
    broad: Number(code[0]),
    summary: label(`Sample summary for ${en}.`, `Résumé d’exemple : ${fr}.`),
    skills,
    lmi: null,
  };
}

const OCCUPATIONS: Occupation[] = [
  occupation('31301', 'Registered nurses and registered psychiatric nurses', 'Infirmiers autorisés/infirmières autorisées', [
    [0, 1],
    [1, 0.9],
    [2, 0.85],
    [3, 0.7],
  ]),
  occupation(
    '33102',
    'Nurse aides, orderlies and patient service associates',
    'Aides-infirmiers/aides-infirmières, aides-soignants/aides-soignantes et préposés/préposées aux bénéficiaires',
    [
      [4, 1],
      [0, 0.8],
      [3, 0.5],
    ],
  ),
  occupation('21232', 'Software developers and programmers', 'Développeurs/développeuses et programmeurs/programmeuses de logiciels', [
    [5, 1],
    [6, 0.8],
  ]),
  occupation('72106', 'Welders and related machine operators', 'Soudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser', [
    [7, 1],
    [8, 0.8],
    [9, 0.6],
  ]),
];

/** Evidence (as the index builder would find it) that a program teaches `occupation`'s work. */
const evidence = (
  occupation: string,
  score: number,
  strength: ProgramEvidence['strength'],
  label: string,
  quote: string,
  field: EvidenceField = 'title',
): ProgramEvidence[] => [{ occupation, score, strength, items: [{ label, quote, field }] }];

const base = (id: string, en: string, fr: string, skills: number[], over: Partial<Program> = {}): Program => ({
  id,
  title: label(en, fr),
  provider: 'Lakeshore Polytechnic (fictional)',
  url: `https://example.org/programs/${id}`,
  description: label(`Sample program: ${en}.`, fr ? `Programme d’exemple : ${fr}.` : ''),
  skills,
  tagging: 'tags',
  hours: 40,
  costCad: 500,
  delivery: 'online',
  language: 'en',
  region: null,
  osapEligible: false,
  credential: 'Micro-credential',
  ...over,
});

const NURSING_TOPICS = [
  'Clinical skills',
  'Medication math',
  'Wound care',
  'Geriatric assessment',
  'Infection prevention',
  'Palliative care',
  'Mental health first aid',
  'Acute care',
  'Community health',
  'Pediatric care',
  'Charting and records',
  'Triage basics',
];

export const PROGRAMS: Program[] = [
  base('n-refresher', 'Nursing practice refresher', 'Mise à jour de la pratique infirmière', [0, 1, 2, 3], {
    delivery: 'hybrid',
    // Bilingual, so it leads on French pages too (the core ranks other languages lower).
    language: 'bilingual',
    osapEligible: true,
    hours: 120,
    costCad: 1800,
    credential: 'Certificate',
    evidence: evidence('31301', 0.95, 'strong', 'nursing practice', 'Nursing practice refresher'),
  }),
  ...NURSING_TOPICS.map((topic, i) =>
    base(`n-${String(i).padStart(2, '0')}`, `${topic} for nurses`, i % 3 === 0 ? `${topic} (fr)` : '', i % 2 === 0 ? [0, 2] : [1, 3], {
      provider: i % 3 === 0 ? 'Northern Lights College (fictional)' : i % 3 === 1 ? 'Lakeshore Polytechnic (fictional)' : 'Bayview University (fictional)',
      hours: 10 + i * 15,
      costCad: i === 4 ? 0 : i === 7 ? null : 200 + i * 150,
      delivery: i % 3 === 0 ? 'in-person' : 'online',
      language: i % 4 === 0 ? 'fr' : i % 4 === 1 ? 'bilingual' : 'en',
      osapEligible: i % 2 === 0,
      evidence:
        i % 2 === 0
          ? evidence('31301', 0.8 - i / 100, 'strong', topic.toLowerCase(), `${topic} for nurses`)
          : evidence('31301', 0.6 - i / 100, 'moderate', topic.toLowerCase(), `Module: ${topic.toLowerCase()} on the ward`, 'module'),
    }),
  ),
  base('psw-basics', 'Personal support worker essentials', 'Préposé aux services de soutien personnel', [4, 0, 3], {
    hours: 60,
    costCad: 900,
    evidence: evidence('33102', 0.9, 'strong', 'personal support', 'Personal support worker essentials'),
  }),
  base('python', 'Programming with Python', 'Programmation avec Python', [5, 6], {
    provider: 'Bayview University (fictional)',
    hours: 30,
    evidence: evidence('21232', 0.9, 'strong', 'programming', 'Programming with Python'),
  }),
  base('welding-1', 'Welding level 1', 'Soudage niveau 1', [7, 9], {
    delivery: 'in-person',
    hours: 200,
    costCad: 2400,
    evidence: evidence('72106', 0.9, 'strong', 'welding', 'Welding level 1'),
  }),
  base('hostile-title', '<img src=x onerror=alert(1)> Blueprint <b>basics</b>', '', [8], {
    url: null,
    evidence: evidence('72106', 0.4, 'moderate', 'blueprint', 'Blueprint basics', 'outcome'),
  }),
];

const TITLES_EN = OCCUPATIONS.map((o) => `${o.code}\t${o.title.en}`);
const TITLES_FR = OCCUPATIONS.map((o) => `${o.code}\t${o.title.fr}`);

function manifest(): IndexParts['manifest'] {
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
      { code: 'ER3530', name: label('Toronto', 'Toronto') },
    ],
    skills: SKILLS,
    occupations: OCCUPATIONS,
  };
}

/** The fixture index with both languages' titles; `programs` makes a thinner catalogue. */
export function programIndex(programs: readonly Program[] = PROGRAMS): Promise<LoadedIndex> {
  return assembleParts({ manifest: manifest(), titles: { en: TITLES_EN, fr: TITLES_FR }, programs });
}

/** Cards appear a few per task (the list is aria-busy meanwhile): wait for all. */
export async function settled(el: McRecommendations): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('[part=list]')?.getAttribute('aria-busy') !== 'true', 'all cards rendered');
}
