/**
 * English interface strings. `fr.ts` must provide the same keys (it is typed by this
 * table). Plurals are functions. Each element owns one section; edit only your own.
 */
export const en = {
  common: {
    loading: 'Loading…',
    retry: 'Retry',
    sampleData: 'Sample figures for demonstration, not real data.',
    errors: {
      'index-version': 'This page uses an older or newer data file than the widget understands. Reload the page; if it persists, tell the site owner.',
      'index-format': 'The occupation data could not be read. Try again later or tell the site owner.',
      'index-integrity': 'The occupation data did not arrive intact. Retry in a moment.',
      network: 'The occupation data could not be downloaded. Check your connection, then retry.',
      'not-found': 'The occupation data was not found at its address. Tell the site owner.',
      unknown: 'Something went wrong while loading. Retry, or reload the page.',
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

export type Messages = typeof en;
