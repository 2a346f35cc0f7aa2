/**
 * The few names French-speaking Canadians give skills that ESCO's French labels (written in
 * Europe) lack, preferred or alternative: « premiers soins » is there, « secourisme » and
 * « RCR » are not. Each is added to the skill's other French names, which the skill search
 * matches and never shows; a test checks that ESCO still lacks every one. Kept short on
 * purpose: an entry needs a Canadian source that uses the term for this very skill.
 *
 * Sources: CNP 2021 is the French National Occupational Classification (Statistics
 * Canada), whose example titles are in this repository's sources
 * (`noc2021/noc2021_bilingual_example_titles.json`).
 */
export interface CanadianFrenchNames {
  /** ESCO skill concept, as `skills_en.csv` names it (`conceptUri`). */
  uri: string;
  /** ESCO's English label, for a reader. */
  skill: string;
  names: readonly string[];
  /** Where the names are used for this skill in Canada. */
  source: string;
}

const SKILL = 'http://data.europa.eu/esco/skill/';
const CROIX_ROUGE = 'Croix-Rouge canadienne, « Novembre est le mois de la RCR » (croixrouge.ca, 2013)';

export const CANADIAN_FRENCH: readonly CanadianFrenchNames[] = [
  {
    uri: `${SKILL}f7464f30-662b-4177-85a0-3df9693e9e58`,
    skill: 'first aid',
    names: ['secourisme'],
    source: `${CROIX_ROUGE}: « cours de secourisme »`,
  },
  {
    uri: `${SKILL}8bd49d04-ab2f-4333-b5d9-12d716e4e2f6`,
    skill: 'resuscitation',
    names: ['réanimation cardiorespiratoire', 'RCR'],
    source: `${CROIX_ROUGE}: « la RCR (réanimation cardiorespiratoire) »`,
  },
  {
    uri: `${SKILL}faf8943c-72ff-4736-a587-25508695d6f0`,
    skill: 'maintain financial records',
    names: ['tenue de livres'],
    source: 'CNP 2021, 12200: « Commis à la tenue de livres »',
  },
  {
    uri: `${SKILL}4f1b6304-f54a-42f0-9604-5427a28d240f`,
    skill: 'perform cleaning duties',
    names: ['entretien ménager'],
    source: 'CNP 2021, 65310: « Préposés/préposées à l’entretien ménager et au nettoyage - travaux légers »',
  },
  {
    uri: `${SKILL}15a33d76-4640-438d-ae64-fdc0c1d3eebc`,
    skill: 'customer service',
    names: ['service à la clientèle'],
    source: 'CNP 2021, 64409: « Adjoint/adjointe au service à la clientèle »',
  },
  {
    uri: `${SKILL}0ff99f51-40d9-42f1-a1ec-377b2bb5e15f`,
    skill: 'comply with food safety and hygiene',
    names: ['salubrité alimentaire', 'hygiène et salubrité alimentaires'],
    source:
      'MAPAQ, « Formation obligatoire en hygiène et salubrité alimentaires » (Gouvernement du Québec, 2009); ' +
      'Santé Canada, « Guide national pour les programmes de formation en salubrité alimentaire » (2006)',
  },
  {
    uri: `${SKILL}9d916d7c-89b3-4084-a6d9-e2b0b3091404`,
    skill: 'manage payroll',
    names: ['administration de la paye', 'administration de la paie'],
    source: 'CNP 2021, 13102: « Agent/agente aux avantages sociaux - administration de la paye » (paie and paye are both standard spellings)',
  },
  {
    uri: `${SKILL}f2f463e5-2382-49cb-8199-e7e043d868df`,
    skill: 'health and safety regulations',
    names: ['santé et sécurité au travail'],
    source: 'CNP 2021, 22232: « Agent/agente de santé et sécurité au travail »',
  },
];

/** The names above by ESCO concept URI. */
export const CANADIAN_FRENCH_BY_URI: ReadonlyMap<string, readonly string[]> = new Map(CANADIAN_FRENCH.map((e) => [e.uri, e.names]));
