import { McJobSearch } from '../elements/mc-job-search/mc-job-search.js';

if (!customElements.get('mc-job-search')) customElements.define('mc-job-search', McJobSearch);

declare global {
  interface HTMLElementTagNameMap {
    'mc-job-search': McJobSearch;
  }
}
