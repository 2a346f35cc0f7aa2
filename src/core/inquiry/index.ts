/**
 * `core/inquiry/`: the inquiry a person sends to an institution: one payload type and one
 * validation, shared by the form and the endpoint.
 *
 * The rest of the code imports this folder through this file only (checked by
 * tests/core/import-graph.test.ts); what hosts may use is re-exported by `core/index.ts`.
 */
export { INQUIRY_FIELDS, INQUIRY_LIMITS, InquirySchema, draftFromPayload, inquiryFromDraft, unknownInquiryFields, validateInquiry } from './inquiry.js';
export type {
  EmployerInquiry,
  FieldError,
  FieldErrorCode,
  Inquiry,
  InquiryDraft,
  InquiryField,
  InquiryResult,
  InquiryVariant,
  LearnerInquiry,
} from './inquiry.js';
