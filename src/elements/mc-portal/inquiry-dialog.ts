/**
 * The portal's inquiry dialog: the learner's inquiry form for one program, or, when the
 * form's code is not on the page, a heading and why it cannot be shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localized, Program } from '../../core/index-format/index.js';
import type { Messages } from '../../i18n/en.js';
import { levelHeading } from '../shared/heading.js';
import { INQUIRY_EXPORTPARTS } from '../shared/parts.js';

export interface InquiryDialog {
  t: Pick<Messages, 'portal' | 'common'>;
  uid: string;
  headingLevel: number;
  /** The program asked about; null: the dialog is closed. */
  program: Program | null;
  occupation: string | null;
  /** Its title, shown on the form's receipt with the code. */
  occupationTitle: Localized | null;
  /** The inquiry service, as the portal's attributes name it (see `<mc-inquiry-form>`). */
  service: { endpoint: string | null; endpointOwner: string | null; privacyUrl: string | null; routed: boolean; replyWithinDays: number | null };
  /** The form's code is on its way. */
  loading: boolean;
  onClose: () => void;
  onCloseButton: () => void;
}

export function renderInquiryDialog(d: InquiryDialog): TemplateResult {
  const { t, program } = d;
  const formDefined = customElements.get('mc-inquiry-form') !== undefined;
  // The form brings its own heading; without it the dialog shows one and says why. Either
  // names the dialog: the form's is in its shadow root, out of reach of an id reference, so
  // the portal gives the form its text (slot "heading") and points at that.
  const headingId = `${d.uid}-dialog-h`;
  return html`<dialog aria-labelledby=${program ? headingId : nothing} @close=${d.onClose}>
    ${
      program
        ? formDefined
          ? html`<mc-inquiry-form
            part="inquiry"
            exportparts=${INQUIRY_EXPORTPARTS}
            variant="learner"
            endpoint=${d.service.endpoint ?? nothing}
            endpoint-owner=${d.service.endpointOwner ?? nothing}
            privacy-url=${d.service.privacyUrl ?? nothing}
            ?routed=${d.service.routed}
            reply-within-days=${d.service.replyWithinDays ?? nothing}
            .programs=${[program]}
            .occupation=${d.occupation}
            .occupationTitle=${d.occupationTitle}
            heading-level=${d.headingLevel + 1}
            ><span slot="heading" id=${headingId}>${t.portal.inquiryHeading}</span></mc-inquiry-form
          >`
          : html`${levelHeading(d.headingLevel + 1, { id: headingId, part: 'subheading', text: t.portal.inquiryHeading })}
            <p>${d.loading ? t.common.loading : t.portal.inquiryUnavailable}</p>`
        : nothing
    }
    <div class="dialog-actions">
      <button type="button" class="secondary" @click=${d.onCloseButton}>${t.portal.close}</button>
    </div>
  </dialog>`;
}
