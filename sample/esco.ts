/**
 * SAMPLE DATA, hand-written: a small slice of the crosswalk chain NOC 2021 -> O*NET ->
 * ESCO occupation -> ESCO skills. Skill URIs and labels are real ESCO v1.1.1 concepts
 * (European Commission, CC BY 4.0-compatible); which occupation lists which skill, and
 * the crosswalk weights, are chosen by hand for the demo. The English alternative labels are
 * a few of ESCO's ("CPR" of resuscitation, "bookkeeping" of accounting, "perform CPR" of
 * provide first aid), and words the sample catalogue tags its programs with ("CNC machining",
 * "IT support"); the English page's skill search shows the one that found a skill ("also
 * called").
 */

/** [uuid, English label, French label ('' = none), skillType, alternative labels, French alternative labels]. */
export const SKILLS: Array<[string, string, string, string, string[], string[]?]> = [
  [
    '2ee57de4-bffd-4194-b009-0060edec77cc',
    'use welding equipment',
    'utiliser du matériel de soudure',
    'skill/competence',
    ['using welding equipment', 'welding'],
  ],
  ['34016949-da9c-4107-98e3-1080ae405e27', 'perform welding inspection', 'inspecter des soudures', 'skill/competence', ['execute welding inspection']],
  [
    '68b6ef08-d823-489d-a95c-752ae6f6e6a7',
    'read standard blueprints',
    'lire des plans standard',
    'skill/competence',
    ['blueprint reading', 'understand standard blueprints'],
  ],
  [
    '42c25baf-ccb3-47d9-a872-bb2ceb615538',
    'operate precision measuring equipment',
    'utiliser des instruments de mesure de précision',
    'skill/competence',
    ['use precision measuring equipment'],
  ],
  ['4cb58ef4-67a9-4bea-a743-2c83ebd60e79', 'tend CNC milling machine', 'utiliser une fraiseuse CNC', 'skill/competence', ['CNC machining', 'CNC programming']],
  ['77980af4-bd9a-44c1-ae3b-9bcb98848ba5', 'lathe machine parts', 'pièces de machines de tournage', 'knowledge', []],
  [
    '3e4cdaee-740c-4754-9135-466362bbd22e',
    'maintain industrial equipment',
    'entretenir des équipements industriels',
    'skill/competence',
    ['industrial maintenance'],
  ],
  ['7cd6de25-f691-4aac-81a2-a9d09b004b38', 'use hand tools', 'utiliser des outils manuels', 'skill/competence', []],
  ['82fea746-853f-4f1b-8ab7-55de8619cccd', 'lean manufacturing', '', 'knowledge', ['total productive maintenance', 'PDCA']],
  ['8d4271ca-c9fd-40b3-875f-15f78332a49e', 'quality standards', 'normes de qualité', 'knowledge', []],
  [
    'f2f463e5-2382-49cb-8199-e7e043d868df',
    'health and safety regulations',
    'réglementation en matière de santé et de sécurité',
    'knowledge',
    ['workplace safety', 'application of health and safety standards'],
  ],
  ['19858dd3-a5fe-4855-b644-6ecfefd1c384', 'carpentry', 'menuiserie', 'knowledge', ['woodworking']],
  ['ed291aa0-8b2f-4179-b2f7-540ea6f63bf3', 'electrical wiring diagrams', 'schémas de câblage électrique', 'knowledge', ['wiring diagrams']],
  [
    '52797dce-911c-4e6d-b0cb-491f6469014f',
    'install electrical and electronic equipment',
    'installer des appareils électriques et électroniques',
    'skill/competence',
    [],
  ],
  ['1d21f6ad-340f-45da-a0a3-4e83867f47a6', 'provide first aid', 'prodiguer les premiers soins', 'skill/competence', ['first aid', 'perform CPR']],
  // ESCO's own alternative labels; it has no French label (the builder adds the Canadian « RCR »).
  ['8bd49d04-ab2f-4333-b5d9-12d716e4e2f6', 'resuscitation', '', 'knowledge', ['cardiac resuscitation', 'CPR', 'cardiopulmonary resuscitation']],
  // ESCO's French alternative label is the Canadian « premiers soins ».
  ['f7464f30-662b-4177-85a0-3df9693e9e58', 'first aid', 'premiers secours', 'knowledge', ['emergency care', 'first aid techniques'], ['premiers soins']],
  ['f199955e-870e-4f44-aa65-51694449b6ce', 'administer medication in emergency', 'administrer des médicaments en urgence', 'skill/competence', []],
  ['eaa4cdc0-43e0-4388-9b8a-e2779218d10e', 'first response', 'premier secours', 'knowledge', []],
  [
    '46a8c70b-3894-4ce5-887b-7df4f7456b36',
    "monitor patients' progress related to treatment",
    'surveiller les progrès de patients dans le cadre d’un traitement',
    'skill/competence',
    ['patient monitoring'],
  ],
  ['6d13053b-ee35-492c-8976-8178420df398', 'infection control', 'contrôle des infections', 'knowledge', ['infection prevention']],
  ['2475cd27-8d6c-4318-a364-21395b23acba', 'empathise with the healthcare user', 'faire preuve d’empathie vis-à-vis du patient', 'skill/competence', []],
  ['248951cc-3b10-447f-a4b2-0037e6e7a9ab', 'assist patients with special needs', 'gérer des patients ayant des besoins spéciaux', 'skill/competence', []],
  ['60c544c9-0815-479c-bcec-93c7891815ea', 'pharmacology', 'pharmacologie', 'knowledge', []],
  ['13d96098-2ff0-46b8-b326-b7c0e18cc1f1', 'nutrition', 'nutrition', 'knowledge', ['diet']],
  ['e9d74b8e-04a5-4743-b17b-bd8a4f09bc3b', 'emergency cases', 'cas d’urgence', 'knowledge', []],
  ['3ff9d956-3e26-40d1-ae0e-f5f247943042', "children's physical development", 'développement physique de l’enfant', 'knowledge', ['child development']],
  ['a65fb963-6faf-47b2-a3d9-c4e5e4d833c5', "support children's wellbeing", 'contribuer au bien-être des enfants', 'skill/competence', []],
  ['114f2179-b625-4333-b9f9-fe6a846a7c36', 'plan youth activities', 'planifier des activités pour des jeunes', 'skill/competence', []],
  ['ccd0a1d9-afda-43d9-b901-96344886e14d', 'Python (computer programming)', 'Python (programmation informatique)', 'knowledge', ['Python']],
  ['598de5b0-5b58-4ea7-8058-a4bc4d18c742', 'SQL', 'SQL', 'knowledge', []],
  ['3cd569a2-4f88-4c1e-9995-8dce8c5e51a7', 'JavaScript', 'JavaScript', 'knowledge', []],
  ['19a8293b-8e95-4de3-983f-77484079c389', 'Java (computer programming)', 'Java (programmation informatique)', 'knowledge', ['Java']],
  ['21d2f96d-35f7-4e3f-9745-c533d2dd6e97', 'computer programming', 'programmation informatique', 'knowledge', ['programming', 'coding']],
  ['0a9acb6b-1139-4be9-b431-3a80a959f2f4', 'Agile project management', 'gestion de projets par méthode Agile', 'knowledge', ['Agile', 'Scrum']],
  ['3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43', 'machine learning', '', 'knowledge', ['ML']],
  ['25f0ea33-b4a2-4f31-b7b4-7d20e827b180', 'data mining', 'exploration de données', 'knowledge', []],
  ['7ee4c2ea-b349-4bd2-81a3-ec31475d4833', 'statistics', 'statistiques', 'knowledge', []],
  ['8088750d-8388-4170-a76f-48354c469c44', 'cyber security', 'cybersécurité', 'knowledge', ['cybersecurity']],
  ['2ddb1226-1117-4eb4-ae65-3a2f5a5a3c80', 'ICT network security risks', 'risques de sécurité des réseaux de TIC', 'knowledge', ['network security']],
  ['3ff589b7-68df-4ea5-ae41-b395bdb2378f', 'ICT security standards', 'normes de sécurité des TIC', 'knowledge', []],
  ['c2296e2e-5fef-4f24-a24f-e5b3792268be', 'provide ICT support', 'fournir une assistance TIC', 'skill/competence', ['technical support', 'IT support']],
  ['29fb0fb5-dfc4-4098-ac9b-3a712000f48f', 'manage database', 'gérer une base de données', 'skill/competence', ['database administration']],
  ['334e3e49-fb02-4051-809a-f06adfdc1c40', 'troubleshoot', 'effectuer un dépannage', 'skill/competence', ['troubleshooting problems']],
  ['bd14968e-e409-45af-b362-3495ed7b10e0', 'cloud technologies', 'technologies de dématérialisation', 'knowledge', ['cloud computing']],
  ['97bd1c21-66b2-4b7e-ad0f-e3cda590e378', 'data analytics', '', 'knowledge', ['data analysis']],
  ['ecc18804-a466-40d9-98b4-fba5cd67dd4b', 'accounting', 'comptabilité', 'knowledge', ['bookkeeping']],
  ['faf8943c-72ff-4736-a587-25508695d6f0', 'maintain financial records', 'tenir des registres financiers', 'skill/competence', []],
  ['1973c966-f236-40c9-b2d4-5d71a89019be', 'use spreadsheets software', 'utiliser un logiciel de tableur', 'skill/competence', ['spreadsheets', 'Excel']],
  ['f683ae1d-cb7c-4aa1-b9fe-205e1bd23535', 'use microsoft office', 'utiliser Microsoft Office', 'skill/competence', ['Microsoft Office']],
  ['15a33d76-4640-438d-ae64-fdc0c1d3eebc', 'customer service', 'service clients', 'knowledge', ['customer care']],
  ['7111b95d-0ce3-441a-9d92-4c75d05c4388', 'project management', 'gestion de projets', 'knowledge', []],
  ['a5b0cd5c-e13a-4ab3-8d93-4d242adcfb01', 'teamwork principles', 'principes du travail d’équipe', 'knowledge', ['teamwork']],
  ['d5145a9a-602e-40bf-b3e1-f04cf9c3ef86', 'leadership principles', 'principes de leadership', 'knowledge', ['leadership']],
];

/** NOC unit group -> [O*NET code, title, bcgov base weight]. */
export const NOC_ONET: Array<[string, string, string, number]> = [
  ['31301', '29-1141.00', 'Registered Nurses', 1],
  ['33102', '31-1014.00', 'Nursing Assistants', 1],
  ['44101', '39-9021.00', 'Personal Care Aides', 1],
  ['42202', '25-2011.00', 'Preschool Teachers, Except Special Education', 1],
  ['32102', '29-2041.00', 'Emergency Medical Technicians and Paramedics', 1],
  ['72106', '51-4121.06', 'Welders, Cutters, and Welder Fitters', 1],
  ['72100', '51-4041.00', 'Machinists', 1],
  ['72200', '47-2111.00', 'Electricians', 1],
  ['21232', '15-1131.00', 'Computer Programmers', 0.67],
  ['21232', '15-1132.00', 'Software Developers, Applications', 0.33],
  ['21211', '15-1111.00', 'Computer and Information Research Scientists', 1],
  ['21220', '15-1122.00', 'Information Security Analysts', 1],
  ['22221', '15-1151.00', 'Computer User Support Specialists', 1],
  ['12200', '43-3031.00', 'Bookkeeping, Accounting, and Auditing Clerks', 1],
  ['32101', '31-1014.00', 'Nursing Assistants', 0.5],
  ['32101', '29-1141.00', 'Registered Nurses', 0.5],
  ['72400', '51-4041.00', 'Machinists', 1],
  ['21231', '15-1132.00', 'Software Developers, Applications', 1],
  ['21222', '15-1132.00', 'Software Developers, Applications', 1],
  ['21223', '15-1111.00', 'Computer and Information Research Scientists', 1],
  ['22220', '15-1151.00', 'Computer User Support Specialists', 0.5],
  ['22220', '15-1122.00', 'Information Security Analysts', 0.5],
  ['20012', '15-1151.00', 'Computer User Support Specialists', 1],
  ['14100', '43-6014.00', 'Secretaries and Administrative Assistants', 1],
];

/** Brookfield fallback rows (its `noc` column drops leading zeros). */
export const BROOKFIELD: Array<[string, string, string, string]> = [
  ['72310', 'Carpenters', '47-2031.01', 'Construction Carpenters'],
  ['13110', 'Administrative assistants', '43-6014.00', 'Secretaries and Administrative Assistants'],
];

/** O*NET code -> ESCO occupation [uuid, label], as Nesta's crosswalk lists them. */
export const NESTA: Array<[string, string, string]> = [
  ['29-1141.00', '36494988-69d2-4420-9db4-eb56605ac983', 'advanced nurse practitioner'],
  ['31-1014.00', 'd38c2107-98f2-47b7-8bb4-f69750d51082', 'healthcare assistant'],
  ['39-9021.00', 'd5954a2b-a525-45b7-b6d9-b62efafc6c78', 'companion'],
  ['25-2011.00', 'c269387f-a652-4880-860a-e91ef105bfb7', 'nursery school head teacher'],
  ['29-2041.00', '0b5dfc02-b825-4445-811d-d39ed442657e', 'paramedic in emergency responses'],
  ['51-4121.06', '7aedaa07-3884-4c5b-88f9-80997b2aa54b', 'welder'],
  ['51-4041.00', 'd1974e0c-8f92-473b-a32d-f0616c08b1ff', 'precision mechanic'],
  ['47-2111.00', '4910419f-b4af-4f59-b544-9dbebc8a74f0', 'electrician'],
  ['47-2031.01', '2a22ff9e-de3b-408d-b312-5034896cc4f4', 'carpenter'],
  ['15-1131.00', 'f2b15a0e-e65a-438a-affb-29b9d50b77d1', 'software developer'],
  ['15-1132.00', '04ba4d6c-957d-417f-bf63-5b9e015a9f86', 'software analyst'],
  ['15-1111.00', '258e46f9-0075-4a2e-adae-1ff0477e0f30', 'data scientist'],
  ['15-1122.00', '0464b062-cea6-4164-b10d-956c61956ae7', 'ICT security administrator'],
  ['15-1151.00', '1242d99a-47f1-4a62-b884-33746db8a6ca', 'ICT help desk manager'],
  ['43-3031.00', 'bfe142b9-a049-4d41-89c4-fd2f34ac56b6', 'accounting assistant'],
  ['43-6014.00', '5ac377d2-e1d0-4911-a299-b4ef2782a0ba', 'secretary'],
];

/** ESCO occupation label -> essential skills; optional ones after the `|`. */
export const RELATIONS: Record<string, string> = {
  'advanced nurse practitioner':
    "monitor patients' progress related to treatment;infection control;empathise with the healthcare user;pharmacology;provide first aid|nutrition;leadership principles",
  'healthcare assistant': 'empathise with the healthcare user;assist patients with special needs;infection control|provide first aid;customer service',
  companion: 'assist patients with special needs;empathise with the healthcare user|nutrition;provide first aid',
  'nursery school head teacher': "children's physical development;support children's wellbeing;plan youth activities|provide first aid;teamwork principles",
  'paramedic in emergency responses':
    'provide first aid;first aid;administer medication in emergency;first response;emergency cases|health and safety regulations',
  welder: 'use welding equipment;perform welding inspection;read standard blueprints;health and safety regulations|use hand tools;quality standards',
  'precision mechanic':
    'operate precision measuring equipment;tend CNC milling machine;lathe machine parts;read standard blueprints|quality standards;lean manufacturing;maintain industrial equipment',
  electrician: 'install electrical and electronic equipment;electrical wiring diagrams;health and safety regulations|troubleshoot;use hand tools',
  carpenter: 'carpentry;use hand tools;read standard blueprints|health and safety regulations',
  'software developer': 'computer programming;JavaScript;Java (computer programming);SQL|Agile project management;cloud technologies;troubleshoot',
  'software analyst': 'computer programming;Agile project management;project management|Python (computer programming);SQL',
  'data scientist': 'machine learning;data mining;statistics;Python (computer programming)|SQL;data analytics;cloud technologies',
  'ICT security administrator': 'cyber security;ICT network security risks;ICT security standards|troubleshoot;cloud technologies',
  'ICT help desk manager': 'provide ICT support;troubleshoot;customer service|manage database;leadership principles',
  'accounting assistant': 'accounting;maintain financial records;use spreadsheets software|use microsoft office;customer service',
  secretary: 'use microsoft office;customer service|use spreadsheets software;project management',
};
