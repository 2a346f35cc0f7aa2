/** `microcred-widgets/react/mc-labour-market.js`: `McLabourMarket` alone, defining `<mc-labour-market>` only (see components.ts). */
import '../define/mc-labour-market.js';

export { McLabourMarket } from './components.js';
