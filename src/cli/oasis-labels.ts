/**
 * OaSIS skill and knowledge descriptors with French labels. OaSIS 2023 is published in
 * English only, so the French labels are our own translation (reviewed against the
 * vocabulary of the French NOC and Job Bank); codes are the descriptor codes of
 * `guide_oasis_2023_v1.0.csv`. `aliases` are the column headers as the rating files
 * spell them when they differ from the guide.
 */

export interface OasisDescriptor {
  code: string;
  en: string;
  fr: string;
  aliases?: string[];
}

/** The 33 skills of `skills_oasis_2023_v1.0.csv`, rated 1-5 (0 = not applicable). */
export const OASIS_SKILLS: readonly OasisDescriptor[] = [
  { code: 'F01a01', en: 'Active listening', fr: 'Écoute active', aliases: ['Oral Communication: Active Listening'] },
  { code: 'F01a02', en: 'Oral comprehension', fr: 'Compréhension orale', aliases: ['Oral Communication: Oral Comprehension'] },
  { code: 'F01a03', en: 'Oral expression', fr: 'Expression orale', aliases: ['Oral Communication: Oral Expression'] },
  { code: 'F01b01', en: 'Reading comprehension', fr: 'Compréhension de lecture' },
  { code: 'F01b02', en: 'Writing', fr: 'Rédaction' },
  { code: 'F01c01', en: 'Numeracy', fr: 'Calcul' },
  { code: 'F01c02', en: 'Digital literacy', fr: 'Compétences numériques' },
  { code: 'F02a01', en: 'Critical thinking', fr: 'Pensée critique' },
  { code: 'F02a02', en: 'Learning and teaching strategies', fr: "Stratégies d'apprentissage et d'enseignement" },
  { code: 'F02a03', en: 'Decision making', fr: 'Prise de décision' },
  { code: 'F02b01', en: 'Evaluation', fr: 'Évaluation' },
  { code: 'F02b03', en: 'Systems analysis', fr: 'Analyse de systèmes' },
  { code: 'F02b05', en: 'Problem solving', fr: 'Résolution de problèmes' },
  { code: 'F03a01', en: 'Equipment and tool selection', fr: "Choix de l'équipement et des outils" },
  { code: 'F03a02', en: 'Preventative maintenance', fr: 'Entretien préventif' },
  { code: 'F03a03', en: 'Setting up', fr: 'Installation et réglage' },
  { code: 'F03a04', en: 'Operation and control', fr: 'Utilisation et commande' },
  {
    code: 'F03a05',
    en: 'Operation monitoring of machinery and equipment',
    fr: "Surveillance du fonctionnement de la machinerie et de l'équipement",
  },
  { code: 'F03a06', en: 'Troubleshooting', fr: 'Dépannage' },
  { code: 'F03a07', en: 'Repairing', fr: 'Réparation' },
  { code: 'F03a08', en: 'Quality control testing', fr: 'Essais de contrôle de la qualité' },
  { code: 'F03a09', en: 'Product design', fr: 'Conception de produits' },
  { code: 'F03a10', en: 'Digital production', fr: 'Production numérique' },
  { code: 'F04a01', en: 'Management of financial resources', fr: 'Gestion des ressources financières' },
  { code: 'F04a02', en: 'Management of material resources', fr: 'Gestion des ressources matérielles' },
  { code: 'F04a03', en: 'Management of personnel resources', fr: 'Gestion du personnel' },
  { code: 'F04b05', en: 'Time management', fr: 'Gestion du temps' },
  { code: 'F04c01', en: 'Monitoring', fr: 'Surveillance et suivi' },
  { code: 'F05a01', en: 'Coordinating', fr: 'Coordination' },
  { code: 'F05a02', en: 'Instructing', fr: 'Formation des autres' },
  { code: 'F05a03', en: 'Negotiating', fr: 'Négociation' },
  { code: 'F05a04', en: 'Persuading', fr: 'Persuasion' },
  { code: 'F05a05', en: 'Social perceptiveness', fr: 'Perspicacité sociale' },
];

/** The 44 knowledge areas of `knowledges_oasis_2023_v1.0.csv`, rated 1-3 (0 = not applicable). */
export const OASIS_KNOWLEDGE: readonly OasisDescriptor[] = [
  { code: 'G01a01', en: 'Accounting', fr: 'Comptabilité' },
  { code: 'G01a02', en: 'Business administration', fr: 'Administration des affaires', aliases: ['Business Management'] },
  { code: 'G01a03', en: 'Clerical', fr: 'Travail de bureau' },
  { code: 'G01a04', en: 'Finance', fr: 'Finance' },
  { code: 'G01a05', en: 'Human resources and labour relations', fr: 'Ressources humaines et relations de travail' },
  { code: 'G01a06', en: 'Sales and marketing', fr: 'Vente et marketing', aliases: ['Sale and Marketing'] },
  { code: 'G01a07', en: 'Client services', fr: 'Service à la clientèle', aliases: ['Client Service'] },
  { code: 'G02a01', en: 'Communications and media', fr: 'Communications et médias' },
  { code: 'G03a01', en: 'Teaching', fr: 'Enseignement' },
  { code: 'G03a02', en: 'Training, mentoring and coaching', fr: 'Formation, mentorat et accompagnement' },
  { code: 'G04a01', en: 'Hospitality', fr: 'Hôtellerie et accueil' },
  { code: 'G04a02', en: 'Mental health', fr: 'Santé mentale' },
  { code: 'G04a04', en: 'Physical health', fr: 'Santé physique' },
  { code: 'G04a05', en: 'Recreation, leisure and fitness', fr: 'Récréation, loisirs et conditionnement physique' },
  { code: 'G04a06', en: 'Veterinary and animal care', fr: 'Soins vétérinaires et soins aux animaux', aliases: ['Veterinarian and Animal Care'] },
  { code: 'G05a02', en: 'Law', fr: 'Droit' },
  { code: 'G05a03', en: 'Public affairs and government relations', fr: 'Affaires publiques et relations gouvernementales' },
  { code: 'G05a04', en: 'Public safety and security', fr: 'Sécurité publique' },
  { code: 'G06a01', en: 'Manufacturing, processing and production', fr: 'Fabrication, transformation et production' },
  { code: 'G06a02', en: 'Logistics', fr: 'Logistique' },
  { code: 'G06a03', en: 'Performance measurement', fr: 'Mesure du rendement' },
  { code: 'G06a04', en: 'Technical design', fr: 'Conception technique' },
  { code: 'G07a01', en: 'Agriculture and horticulture', fr: 'Agriculture et horticulture' },
  { code: 'G07a02', en: 'Forestry', fr: 'Foresterie' },
  { code: 'G07a03', en: 'Geological resources', fr: 'Ressources géologiques' },
  { code: 'G07a04', en: 'Livestock, farm animals and wildlife', fr: 'Bétail, animaux de ferme et faune', aliases: ['Livestock, Farm animals & Wildlife'] },
  { code: 'G07a05', en: 'Water resources', fr: 'Ressources en eau' },
  { code: 'G08a01', en: 'Biology', fr: 'Biologie' },
  { code: 'G08a02', en: 'Chemistry', fr: 'Chimie' },
  { code: 'G08a03', en: 'Geoscience', fr: 'Géosciences' },
  { code: 'G08a05', en: 'Physics', fr: 'Physique' },
  { code: 'G09a01', en: 'Arts', fr: 'Arts' },
  { code: 'G09a02', en: 'Economics', fr: 'Économie' },
  { code: 'G09a03', en: 'Humanities', fr: 'Sciences humaines' },
  {
    code: 'G09a04',
    en: 'Library, conservation and heritage',
    fr: 'Bibliothéconomie, conservation et patrimoine',
    aliases: ['Library, Conservation, and Heritage'],
  },
  { code: 'G09a05', en: 'Theology and philosophy', fr: 'Théologie et philosophie' },
  { code: 'G10a01', en: 'Building and construction', fr: 'Bâtiment et construction' },
  {
    code: 'G10a02',
    en: 'Computers, technology and information systems',
    fr: "Informatique, technologie et systèmes d'information",
    aliases: ['Computer, technology and Information Systems'],
  },
  { code: 'G10a03', en: 'Electrical and electronics', fr: 'Électricité et électronique' },
  { code: 'G10a04', en: 'Mechanics and machinery', fr: 'Mécanique et machinerie' },
  { code: 'G10a05', en: 'Telecommunications', fr: 'Télécommunications' },
  {
    code: 'G10a06',
    en: 'Vehicle and machinery operation',
    fr: 'Conduite de véhicules et de machinerie',
    aliases: ['Vehicles and Machinery Operations', 'Vehicle, Machinery and Equipment Operations'],
  },
  { code: 'G11a01', en: 'Languages', fr: 'Langues' },
  { code: 'G11a02', en: 'Mathematics', fr: 'Mathématiques' },
];
