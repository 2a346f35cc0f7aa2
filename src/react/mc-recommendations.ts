/** `microcred-widgets/react/mc-recommendations.js`: `McRecommendations` alone, defining `<mc-recommendations>` only (see components.ts). */
import '../define/mc-recommendations.js';

export { McRecommendations } from './components.js';
