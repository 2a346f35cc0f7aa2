import { McCatalogueReview } from '../elements/mc-catalogue-review/mc-catalogue-review.js';

if (!customElements.get('mc-catalogue-review')) customElements.define('mc-catalogue-review', McCatalogueReview);

declare global {
  interface HTMLElementTagNameMap {
    'mc-catalogue-review': McCatalogueReview;
  }
}
