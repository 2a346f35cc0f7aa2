import { McOutcomesReport } from '../elements/mc-outcomes-report/mc-outcomes-report.js';

if (!customElements.get('mc-outcomes-report')) customElements.define('mc-outcomes-report', McOutcomesReport);

declare global {
  interface HTMLElementTagNameMap {
    'mc-outcomes-report': McOutcomesReport;
  }
}
