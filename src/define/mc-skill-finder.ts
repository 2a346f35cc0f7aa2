import { McSkillFinder } from '../elements/mc-skill-finder/mc-skill-finder.js';
// It renders these; each guards its own definition.
import './mc-program-card.js';
import './mc-inquiry-form.js';

if (!customElements.get('mc-skill-finder')) customElements.define('mc-skill-finder', McSkillFinder);

declare global {
  interface HTMLElementTagNameMap {
    'mc-skill-finder': McSkillFinder;
  }
}
