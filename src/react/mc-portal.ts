/** `microcred-widgets/react/mc-portal.js`: `McPortal` alone, defining `<mc-portal>` only (see components.ts). */
import '../define/mc-portal.js';

export { McPortal } from './components.js';
