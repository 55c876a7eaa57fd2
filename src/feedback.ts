/**
 * kommun-elements/feedback: the masking of personal data in comments (e-mail, phone numbers,
 * personnummer) and the feedback record, as `<page-feedback>` makes them, for a server or a
 * build script. Registers no element and imports no package.
 */
export { MASKS, maskComment, maskPersonalData } from './lib/feedback/mask.js';
export type { MaskResult, PersonalDataKind } from './lib/feedback/mask.js';
export { createRecord, feedbackRecord, withComment } from './lib/feedback/record.js';
export type { FeedbackRecord, VoteInput } from './lib/feedback/record.js';
