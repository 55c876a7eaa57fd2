// @ts-check
// Validation of one feedback record as <page-feedback> sends it:
// { id, page, url, helpful, comment?, lang, submittedAt }.
// The rules are the browser's own (src/lib/feedback/wire.js, shared so that the two cannot
// drift); this turns their first refusal into the receiver's error response.
import { LIMITS, WireError, readWireRecord } from '../src/lib/feedback/wire.js';

export { LIMITS };

/** @typedef {import('../src/lib/feedback/wire.js').StoredRecord} FeedbackRecord */

/**
 * @typedef {object} ValidationError
 * @property {import('../src/lib/feedback/wire.js').WireErrorCode} code
 * @property {string} message
 * @property {string} [field]
 */

/** @typedef {{ ok: true, record: FeedbackRecord } | { ok: false, error: ValidationError }} ValidationResult */

/**
 * The record as it will be stored (normalised), or the first error with its field.
 * @param {unknown} input parsed JSON body
 * @returns {ValidationResult}
 */
export function validateRecord(input) {
  try {
    return { ok: true, record: readWireRecord(input) };
  } catch (error) {
    if (!(error instanceof WireError)) throw error;
    const { code, message, field } = error;
    return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
  }
}
