import type { Messages } from './en.js';

/** French interface strings (Canadian French). Same keys as `en.ts`. */
export const fr: Messages = {
  common: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    sampleData: 'Chiffres d’exemple pour démonstration, pas des données réelles.',
    errors: {
      'index-version': 'Cette page utilise un fichier de données plus ancien ou plus récent que ce que le module comprend. Rechargez la page; si le problème persiste, avisez le responsable du site.',
      'index-format': 'Les données sur les professions sont illisibles. Réessayez plus tard ou avisez le responsable du site.',
      'index-integrity': 'Les données sur les professions sont arrivées incomplètes. Réessayez dans un moment.',
      network: 'Impossible de télécharger les données sur les professions. Vérifiez votre connexion, puis réessayez.',
      'not-found': 'Les données sur les professions sont introuvables à leur adresse. Avisez le responsable du site.',
      unknown: 'Un problème est survenu pendant le chargement. Réessayez ou rechargez la page.',
    },
  },
  search: {},
  recommendations: {},
  card: {},
  labourMarket: {},
  inquiry: {},
  finder: {},
  portal: {},
};
