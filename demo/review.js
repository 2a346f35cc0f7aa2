// The review page's glue: `?lang=fr` shows the page in French. (The index is the one the
// demo server serves: the sample, or the build MC_INDEX_DIR names.)
if (new URLSearchParams(location.search).get('lang') === 'fr') document.documentElement.lang = 'fr';
