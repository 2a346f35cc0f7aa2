/** `microcred-widgets/react/mc-skill-finder.js`: `McSkillFinder` alone, defining `<mc-skill-finder>` only (see components.ts). */
import '../define/mc-skill-finder.js';

export { McSkillFinder } from './components.js';
