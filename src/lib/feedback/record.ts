/**
 * The feedback record (SPEC.md, `<page-feedback>`): one per answer, with an id made in the
 * browser, so that the comment can update the same record and a retry never counts twice.
 */
import { DataError } from '../data-error.js';
import type { DataErrorCode } from '../data-error.js';
import { field } from '../validate.js';
import type { Validator } from '../validate.js';
import { maskComment } from './mask.js';
import { WireError, readWireRecord } from './wire.js';
import type { WireErrorCode } from './wire.js';

export interface FeedbackRecord {
  /** Made in the browser (a UUID); the receiver stores one row per id. */
  id: string;
  /** The page's id: the `page` attribute, else `location.pathname`. */
  page: string;
  /** The page's address without query string or fragment (they may hold search terms or tokens). */
  url: string;
  /** The answer: true for Ja / Yes. */
  helpful: boolean;
  /** The comment, masked; only in the update that follows the vote. */
  comment?: string;
  /** The language the question was asked in. */
  lang: string;
  /** When this version of the record was made (ISO 8601, UTC). The comment update is newer than the vote. */
  submittedAt: string;
}

/** A random UUID: `crypto.randomUUID()` where there is one (secure contexts), else one made from getRandomValues. */
export function newId(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The address of a page as it goes into a record: origin and path only. */
export function pageUrl(location: Pick<Location, 'origin' | 'pathname'>): string {
  return location.origin + location.pathname;
}

export interface VoteInput {
  page: string;
  url: string;
  helpful: boolean;
  lang: string;
  /** The clock (ms since the epoch); for tests. */
  now?: number;
  /** The id; for tests. */
  id?: string;
}

/** A new record for a vote. */
export function createRecord({ page, url, helpful, lang, now = Date.now(), id = newId() }: VoteInput): FeedbackRecord {
  return { id, page, url, helpful, lang, submittedAt: new Date(now).toISOString() };
}

/**
 * The same record with a comment: masked (e-mail, phone, personnummer) with the markers of the
 * record's language and within the receiver's limit, trimmed, and newer than the vote, so the
 * receiver keeps it even when a retry of the vote arrives later.
 */
export function withComment(record: FeedbackRecord, comment: string, now = Date.now()): FeedbackRecord {
  const submittedAt = new Date(Math.max(now, Date.parse(record.submittedAt))).toISOString();
  return { ...record, comment: maskComment(comment.trim(), record.lang), submittedAt };
}

const CODES: Record<WireErrorCode, DataErrorCode> = { missing_field: 'required', invalid_field: 'value', invalid_body: 'type' };

/**
 * A record by the receiver's own rules (wire.js), for what is read back from storage: the
 * first field that breaks one throws a DataError at `path.field`. The record is returned as it
 * was written (only its known fields), not normalised, so that a retry sends the same version.
 */
export const feedbackRecord: Validator<FeedbackRecord> = (value, path) => {
  try {
    readWireRecord(value);
  } catch (error) {
    if (!(error instanceof WireError)) throw error;
    const at = error.field === undefined ? path : field(path, error.field);
    throw new DataError(CODES[error.code], at, `${at}: ${error.message}`);
  }
  const { id, page, url, helpful, comment, lang, submittedAt } = value as FeedbackRecord;
  return { id, page, url, helpful, ...(typeof comment === 'string' && { comment }), lang, submittedAt };
};
