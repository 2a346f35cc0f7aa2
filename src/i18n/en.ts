/**
 * English interface strings. `fr.ts` must provide the same keys (it is typed by this
 * table). Plurals are functions. Each element owns one section; edit only your own.
 */
export const en = {
  common: {
    loading: 'Loading…',
    retry: 'Retry',
  },
  search: {},
  recommendations: {},
  card: {},
  labourMarket: {},
  inquiry: {},
  finder: {},
  portal: {},
};

export type Messages = typeof en;
