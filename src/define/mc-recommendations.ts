import { McRecommendations } from '../elements/mc-recommendations/mc-recommendations.js';
// It renders <mc-program-card>.
import './mc-program-card.js';

if (!customElements.get('mc-recommendations')) customElements.define('mc-recommendations', McRecommendations);

declare global {
  interface HTMLElementTagNameMap {
    'mc-recommendations': McRecommendations;
  }
}
