/** `microcred-widgets/react/mc-outcomes-report.js`: `McOutcomesReport` alone, defining `<mc-outcomes-report>` only (see components.ts). */
import '../define/mc-outcomes-report.js';

export { McOutcomesReport } from './components.js';
