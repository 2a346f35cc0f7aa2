// The host page's glue. A real admin page passes the token the person signed in with; the
// sample file behind this demo ignores it.
const report = document.querySelector('mc-outcomes-report');
await customElements.whenDefined('mc-outcomes-report');
report.token = 'sample-token-not-checked';
