import { McPortal } from '../elements/mc-portal/mc-portal.js';
// It renders these; each guards its own definition.
import './mc-job-search.js';
import './mc-labour-market.js';
import './mc-recommendations.js';
import './mc-program-card.js';
import './mc-inquiry-form.js';

if (!customElements.get('mc-portal')) customElements.define('mc-portal', McPortal);

declare global {
  interface HTMLElementTagNameMap {
    'mc-portal': McPortal;
  }
}
