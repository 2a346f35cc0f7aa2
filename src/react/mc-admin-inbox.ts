/** `microcred-widgets/react/mc-admin-inbox.js`: `McAdminInbox` alone, defining `<mc-admin-inbox>` only (see components.ts). */
import '../define/mc-admin-inbox.js';

export { McAdminInbox } from './components.js';
