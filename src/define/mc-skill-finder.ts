import { McSkillFinder } from '../elements/mc-skill-finder/mc-skill-finder.js';
// It renders <mc-program-card> (and <mc-inquiry-form> once that element lands).
import './mc-program-card.js';

if (!customElements.get('mc-skill-finder')) customElements.define('mc-skill-finder', McSkillFinder);

declare global {
  interface HTMLElementTagNameMap {
    'mc-skill-finder': McSkillFinder;
  }
}
