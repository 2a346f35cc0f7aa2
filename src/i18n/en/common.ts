/** English strings of every element: loading, Retry, why the index could not be loaded or an occupation not found in it. Part of `en` (../en.ts), which types the French table. */
export const common = {
  loading: 'Loading…',
  retry: 'Retry',
  sampleData: 'Sample figures for demonstration, not real data.',
  errors: {
    'index-version': 'This page uses an older or newer data file than the widget understands. Reload the page; if it persists, tell the site owner.',
    'index-format': 'The occupation data could not be read. Try again later or tell the site owner.',
    'index-integrity': 'The occupation data did not arrive intact. Retry in a moment.',
    network: 'The occupation data could not be downloaded. Check your connection, then retry.',
    'not-found': 'The occupation data was not found at its address. Tell the site owner.',
    'index-blocked': 'The training list could not be loaded on this page. Tell the site owner.',
    unknown: 'Something went wrong while loading. Retry, or reload the page.',
    'no-source': 'This widget has nothing to show: the page does not tell it where its data is. Tell the site owner.',
    'unknown-occupation': 'This occupation is not in the data this page uses. Choose another occupation, or tell the site owner.',
  },
};
