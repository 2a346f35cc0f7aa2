/** FOLDER-DOC */
export { INQUIRY_FIELDS, INQUIRY_LIMITS, InquirySchema, draftFromPayload, inquiryFromDraft, validateInquiry } from './inquiry.js';
export type { EmployerInquiry, FieldError, FieldErrorCode, Inquiry, InquiryDraft, InquiryField, InquiryResult, InquiryVariant, LearnerInquiry } from './inquiry.js';
