import { McInquiryForm } from '../elements/mc-inquiry-form/mc-inquiry-form.js';

if (!customElements.get('mc-inquiry-form')) customElements.define('mc-inquiry-form', McInquiryForm);

declare global {
  interface HTMLElementTagNameMap {
    'mc-inquiry-form': McInquiryForm;
  }
}
