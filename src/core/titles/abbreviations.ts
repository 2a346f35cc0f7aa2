/**
 * Short forms people type for job titles, and the words the NOC uses for them.
 *
 * Reviewed by hand against the NOC 2021 example titles: every expansion is wording that
 * occurs in the titles of the language it is listed under, so expanding a short form can
 * only lead to titles that really exist. A short form that is already a word of the
 * titles (e.g. "IT", "CNC", "HVAC" appear in parentheses) still gets an expansion so
 * that titles spelling it out are found too. Keys are folded (`fold`): lower case, no
 * accents, no punctuation, so "R.N." and "rn" both reach "rn" once the matcher joins
 * single letters.
 *
 * A match found through this list is reported with the kind `synonym`.
 */
import type { Lang } from '../index-format/index.js';

type Entries = ReadonlyArray<readonly [short: string, expansions: readonly string[]]>;

const EN: Entries = [
  // Health care. RPN means "registered practical nurse" in Ontario and "registered
  // psychiatric nurse" in the West: both are offered so the person can choose.
  ['rn', ['registered nurse']],
  ['rpn', ['registered practical nurse', 'registered psychiatric nurse']],
  ['lpn', ['licensed practical nurse']],
  ['np', ['nurse practitioner']],
  ['psw', ['personal support worker']],
  ['hca', ['health care aide']],
  ['pca', ['personal care attendant']],
  ['rmt', ['registered massage therapist']],
  ['rrt', ['registered respiratory therapist']],
  ['rt', ['respiratory therapist']],
  ['ot', ['occupational therapist']],
  ['pt', ['physiotherapist']],
  ['physio', ['physiotherapist']],
  ['slp', ['speech language pathologist']],
  ['mlt', ['medical laboratory technologist']],
  ['mla', ['medical laboratory assistant']],
  ['mri', ['magnetic resonance imaging']],
  ['emt', ['paramedic']],
  ['pharm', ['pharmacy', 'pharmacist']],
  ['vet', ['veterinarian', 'veterinary']],
  ['doc', ['doctor']],
  // Education and social services.
  ['ece', ['early childhood educator']],
  ['ea', ['educational assistant']],
  ['cyw', ['child and youth worker']],
  ['msw', ['social worker']],
  ['ta', ['teaching assistant']],
  // Trades and transport. AZ and DZ are Ontario truck licence classes.
  ['cnc', ['computer numerical control']],
  ['hvac', ['heating ventilation air conditioning']],
  ['az', ['tractor trailer truck driver']],
  ['dz', ['truck driver']],
  ['mech', ['mechanic']],
  ['elec', ['electrician']],
  ['auto', ['automotive']],
  ['cad', ['computer aided design']],
  // Information technology.
  ['it', ['information technology']],
  ['qa', ['quality assurance']],
  ['qc', ['quality control']],
  ['dba', ['database administrator']],
  ['dev', ['developer']],
  ['devs', ['developers']],
  ['devops', ['development operations']],
  ['sre', ['site reliability engineer']],
  ['swe', ['software engineer']],
  ['ux', ['user experience']],
  ['ui', ['user interface']],
  ['sysadmin', ['systems administrator']],
  ['gis', ['geographic information systems']],
  ['ai', ['artificial intelligence']],
  ['ml', ['machine learning']],
  // Business and management.
  ['cpa', ['chartered professional accountant']],
  ['hr', ['human resources']],
  ['pr', ['public relations']],
  ['pm', ['project manager']],
  ['ba', ['business analyst']],
  ['csr', ['customer service representative']],
  ['ceo', ['chief executive officer']],
  ['cfo', ['chief financial officer']],
  ['coo', ['chief operating officer']],
  ['vp', ['vice president']],
  ['gm', ['general manager']],
  ['ap', ['accounts payable']],
  ['ar', ['accounts receivable']],
  ['ohs', ['occupational health and safety']],
  // Everyday short forms of words.
  ['eng', ['engineer']],
  ['engr', ['engineer']],
  ['mgr', ['manager']],
  ['mngr', ['manager']],
  ['tech', ['technician', 'technologist']],
  ['techs', ['technicians']],
  ['admin', ['administrative', 'administrator']],
  ['asst', ['assistant']],
  ['assist', ['assistant']],
  ['coord', ['coordinator']],
  ['rep', ['representative']],
  ['reps', ['representatives']],
  ['sr', ['senior']],
  ['snr', ['senior']],
  ['jr', ['junior']],
  ['supv', ['supervisor']],
  ['supt', ['superintendent']],
  ['dir', ['director']],
  ['acct', ['accountant']],
  ['prog', ['programmer']],
  ['sec', ['secretary']],
  ['recep', ['receptionist']],
  ['prep', ['preparer', 'preparation']],
];

const FR: Entries = [
  // Santé. « Inf. » est l'abréviation courante d'infirmier/infirmière ; « IA » désigne
  // l'infirmière auxiliaire (ou, en informatique, l'intelligence artificielle) ; « PAB » le préposé aux bénéficiaires ;
  // « PSSP », en Ontario, le préposé aux services de soutien personnel (le PSW anglais).
  ['inf', ['infirmier']],
  ['ia', ['infirmier auxiliaire', 'intelligence artificielle']],
  ['iaa', ['infirmier auxiliaire autorise']],
  ['ipa', ['infirmier praticien']],
  ['ips', ['infirmier praticien']],
  ['pab', ['prepose aux beneficiaires']],
  ['pssp', ['prepose au service de soutien personnel']],
  ['inhalo', ['inhalotherapeute']],
  ['physio', ['physiotherapeute']],
  ['ergo', ['ergotherapeute']],
  ['tro', ['orthophoniste']],
  ['pharm', ['pharmacien']],
  ['veto', ['veterinaire']],
  ['doc', ['medecin']],
  ['irm', ['imagerie par resonance magnetique']],
  // Éducation et services sociaux. TES : technicien en éducation spécialisée ;
  // TTS : technicien en travail social ; TS : travailleur social ; ESG/EPE : éducateur
  // en service de garde / à la petite enfance.
  ['tes', ['technicien en education specialisee']],
  ['tts', ['technicien en travail social']],
  ['ts', ['travailleur social']],
  ['esg', ['educateur de la petite enfance']],
  ['epe', ['educateur de la petite enfance']],
  ['educ', ['educateur']],
  ['psychoed', ['psychoeducateur']],
  // Métiers et transport.
  ['cnc', ['commande numerique']],
  ['cn', ['commande numerique']],
  ['cvac', ['chauffage ventilation climatisation']],
  ['meca', ['mecanicien']],
  ['mecano', ['mecanicien']],
  ['auto', ['automobile']],
  ['elec', ['electricien']],
  ['camion', ['camionneur']],
  // Technologies de l'information.
  ['ti', ['technologies de l information']],
  ['it', ['technologies de l information']],
  ['aq', ['assurance qualite']],
  ['qa', ['assurance qualite']],
  ['cq', ['controle de la qualite']],
  ['dev', ['developpeur']],
  ['devops', ['developpement et exploitation']],
  ['prog', ['programmeur']],
  ['ux', ['experience utilisateur']],
  ['sig', ['systemes d information geographique']],
  // Gestion et affaires.
  ['cpa', ['comptable professionnel agree']],
  ['rh', ['ressources humaines']],
  ['pdg', ['president directeur general']],
  ['dg', ['directeur general']],
  ['rp', ['relations publiques']],
  ['sst', ['sante et securite du travail']],
  ['cp', ['chef de projet']],
  // Formes courtes de mots.
  ['ing', ['ingenieur']],
  ['tech', ['technicien', 'technologue']],
  ['adj', ['adjoint']],
  ['admin', ['administratif', 'administrateur']],
  ['coord', ['coordonnateur']],
  ['dir', ['directeur']],
  ['resp', ['responsable']],
  ['repr', ['representant']],
  ['rep', ['representant']],
  ['sup', ['superviseur']],
  ['compta', ['comptable']],
  ['secr', ['secretaire']],
];

const TABLES: Record<Lang, ReadonlyMap<string, readonly string[]>> = {
  en: new Map(EN),
  fr: new Map(FR),
};

/** The words `short` (folded) stands for in `lang`'s titles, most likely first; empty when it is no known short form. */
export function expandAbbreviation(lang: Lang, short: string): readonly string[] {
  return TABLES[lang].get(short) ?? [];
}

/** Every short form known in `lang`, for documentation and tests. */
export function abbreviations(lang: Lang): ReadonlyMap<string, readonly string[]> {
  return TABLES[lang];
}
