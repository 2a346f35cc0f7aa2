/** `microcred-widgets/react/mc-catalogue-review.js`: `McCatalogueReview` alone, defining `<mc-catalogue-review>` only (see components.ts). */
import '../define/mc-catalogue-review.js';

export { McCatalogueReview } from './components.js';
