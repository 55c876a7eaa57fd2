/** Types of wire.js (the feedback record's rules, shared with the receiver); see that file. */

export type WireErrorCode = 'missing_field' | 'invalid_field' | 'invalid_body';

export interface StoredRecord {
  id: string;
  page: string;
  url: string;
  helpful: boolean;
  comment: string | null;
  lang: string;
  submittedAt: string;
}

export declare const LIMITS: Readonly<{
  idMin: number;
  idMax: number;
  pageMax: number;
  urlMax: number;
  commentMax: number;
  langMax: number;
  submittedAtMax: number;
  slugMax: number;
}>;

export declare class WireError extends Error {
  constructor(code: WireErrorCode, field: string | undefined, message: string);
  readonly code: WireErrorCode;
  readonly field: string | undefined;
}

export declare function readWireRecord(input: unknown): StoredRecord;
