import { McAdminInbox } from '../elements/mc-admin-inbox/mc-admin-inbox.js';

if (!customElements.get('mc-admin-inbox')) customElements.define('mc-admin-inbox', McAdminInbox);

declare global {
  interface HTMLElementTagNameMap {
    'mc-admin-inbox': McAdminInbox;
  }
}
