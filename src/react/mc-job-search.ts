/** `microcred-widgets/react/mc-job-search.js`: `McJobSearch` alone, defining `<mc-job-search>` only (see components.ts). */
import '../define/mc-job-search.js';

export { McJobSearch } from './components.js';
