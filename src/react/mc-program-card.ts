/** `microcred-widgets/react/mc-program-card.js`: `McProgramCard` alone, defining `<mc-program-card>` only (see components.ts). */
import '../define/mc-program-card.js';

export { McProgramCard } from './components.js';
