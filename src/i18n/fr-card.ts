/**
 * French strings of `<mc-program-card>`: the `card` section of the French table (fr.ts), in a
 * file of its own.
 */
import type { Messages } from './en.js';

/** « heure » below 2 (« 1 heure », « 1,5 heure »), « heures » from 2: the French plural. */
export const heures = (hours: number) => (Math.abs(hours) < 2 ? 'heure' : 'heures');

export const card: Messages['card'] = {
  /** Read before the institution's name (visually hidden), as the card's facts are labelled: « Établissement : Collège Boréal ». */
  provider: 'Établissement\u00a0:',
  facts: 'Renseignements sur le programme',
  hoursLabel: 'Heures',
  hours: (hours: number, formatted: string) => `${formatted} ${heures(hours)}`,
  hoursUnknown: 'Durée non précisée',
  costLabel: 'Coût',
  free: 'Gratuit',
  costUnknown: 'Coût non précisé',
  deliveryLabel: 'Mode de prestation',
  delivery: { online: 'En ligne', 'in-person': 'En personne', hybrid: 'Hybride' },
  languageLabel: 'Langue',
  language: { en: 'Anglais', fr: 'Français', bilingual: 'Français et anglais', other: 'Autre langue' },
  osapLabel: 'RAFEO',
  osapYes: 'Admissible',
  osapNo: 'Non admissible',
  credentialLabel: 'Titre obtenu',
  credentials: {
    'micro-credential': 'Microcertification',
    'micro-certification': 'Microcertification',
    'digital badge': 'Badge numérique',
    certificate: 'Certificat',
    'certificate of completion': 'Attestation de réussite',
    'graduate certificate': 'Certificat d’études supérieures',
    'executive certificate': 'Certificat pour cadres',
    'pre-apprenticeship certificate': 'Certificat de préapprentissage',
    credential: 'Titre de compétences',
  },
  notListed: 'Non précisé',
  languageNotListed: 'Non précisée',
  why: 'Pourquoi ce programme',
  strength: {
    strong:
      'Forte correspondance\u00a0: son titre ou les compétences qu’il annonce reprennent le vocabulaire de cette profession, et il couvre au moins une de ses compétences clés.',
    moderate: 'Correspondance partielle\u00a0: avant de le choisir, lisez sa description, car rien n’indique clairement qu’il prépare à ce travail.',
  },
  strengthGap: {
    strong:
      'Forte correspondance\u00a0: son titre ou les compétences qu’il annonce reprennent le vocabulaire de la profession visée, et il couvre au moins une de ses compétences clés.',
    moderate: 'Correspondance partielle\u00a0: avant de le choisir, lisez sa description, car rien n’indique clairement qu’il prépare à la profession visée.',
  },
  series: (count: number) => (count === 1 ? '1 autre cours de cette série' : `${count} autres cours de cette série`),
  matched: 'Compétences enseignées',
  gap: 'Compétences clés de la profession que sa description ne nomme pas',
  gapChosen: 'Compétences choisies que sa description ne nomme pas',
  adds: 'Compétences clés à acquérir qu’il enseigne',
  addsGap: 'Compétences clés qu’il vous reste à acquérir et qu’il enseigne',
  addsNone: 'Il ne couvre aucune des compétences clés de ce travail.',
  addsNoneGap: 'Il ne couvre aucune des compétences clés qu’il vous reste à acquérir.',
  hadGap: 'Compétences clés qu’il enseigne et que vous avez sans doute déjà',
  also: 'Enseigne aussi',
  link: 'Page du programme',
  ofTitle: '\u00a0: ',
  webAddress: (url: string): string => `Adresse Web\u00a0: ${url}`,
  newTab: '(s’ouvre dans un nouvel onglet)',
  inquire: 'Se renseigner sur ce programme',
  unrelated: 'Sans rapport avec cette profession',
  unrelatedDone: 'Vous avez indiqué que ce programme est sans rapport avec cette profession.',
  undo: 'Annuler',
  missing: 'Aucun programme à afficher.',
};
