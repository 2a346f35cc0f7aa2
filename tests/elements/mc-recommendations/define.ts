/**
 * Registers the elements under test, guarded like the library's define modules (the
 * define modules for these elements are written by another engineer; switch to them
 * once they land).
 */
import { McProgramCard } from '../../../src/elements/mc-program-card/mc-program-card.js';
import { McRecommendations } from '../../../src/elements/mc-recommendations/mc-recommendations.js';
import { McSkillFinder } from '../../../src/elements/mc-skill-finder/mc-skill-finder.js';

if (!customElements.get('mc-program-card')) customElements.define('mc-program-card', McProgramCard);
if (!customElements.get('mc-recommendations')) customElements.define('mc-recommendations', McRecommendations);
if (!customElements.get('mc-skill-finder')) customElements.define('mc-skill-finder', McSkillFinder);
