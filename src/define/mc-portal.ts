import { McPortal } from '../elements/mc-portal/mc-portal.js';
// It shows its job searches at once; each guards its own definition. What it shows after a
// choice (labour market, recommendations, program cards, inquiry form) it loads itself,
// while the person types (elements/mc-portal/children.ts).
import './mc-job-search.js';

if (!customElements.get('mc-portal')) customElements.define('mc-portal', McPortal);

declare global {
  interface HTMLElementTagNameMap {
    'mc-portal': McPortal;
  }
}
