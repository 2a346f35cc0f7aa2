import { McLabourMarket } from '../elements/mc-labour-market/mc-labour-market.js';

if (!customElements.get('mc-labour-market')) customElements.define('mc-labour-market', McLabourMarket);

declare global {
  interface HTMLElementTagNameMap {
    'mc-labour-market': McLabourMarket;
  }
}
