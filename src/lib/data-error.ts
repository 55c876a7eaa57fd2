/** What went wrong with an element's data; `code` picks the localized notice. */
export type DataErrorCode =
  | 'json' // the text is not JSON
  | 'required' // a required field is missing
  | 'type' // a field has the wrong type
  | 'value' // a field has a value outside the allowed ones
  | 'empty' // a list that must hold something is empty
  | 'fetch' // `src` could not be fetched
  | 'not-json' // `src` answered with something that is not JSON
  | 'too-large' // `src` is larger than the element will read
  | 'timeout'; // `src` took too long

/**
 * A rejected piece of data. Thrown by the validators and caught by the element, which
 * shows a notice, warns once and dispatches `kommun-error`.
 */
export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    /** Where in the data: `goals[2].title`, or the attribute name for whole-value errors. */
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'DataError';
  }
}

/** The `detail` of a `kommun-error` event. */
export interface KommunErrorDetail {
  code: DataErrorCode;
  message: string;
  path: string;
}
