import type { Messages } from './en.js';

/** French interface strings (Canadian French). Same keys as `en.ts`. */
export const fr: Messages = {
  common: {
    loading: 'Chargement…',
    retry: 'Réessayer',
  },
  search: {},
  recommendations: {},
  card: {},
  labourMarket: {},
  inquiry: {},
  finder: {},
  portal: {},
};
