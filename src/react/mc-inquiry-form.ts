/** `microcred-widgets/react/mc-inquiry-form.js`: `McInquiryForm` alone, defining `<mc-inquiry-form>` only (see components.ts). */
import '../define/mc-inquiry-form.js';

export { McInquiryForm } from './components.js';
