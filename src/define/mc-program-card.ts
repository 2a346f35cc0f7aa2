import { McProgramCard } from '../elements/mc-program-card/mc-program-card.js';

if (!customElements.get('mc-program-card')) customElements.define('mc-program-card', McProgramCard);

declare global {
  interface HTMLElementTagNameMap {
    'mc-program-card': McProgramCard;
  }
}
