// @ts-check
// Validation of one feedback record as <page-feedback> sends it:
// { id, page, url, helpful, comment?, lang, submittedAt }.
// The result is the record as it will be stored (normalised), or the first error with its field.

/**
 * @typedef {object} FeedbackRecord
 * @property {string} id          client-made id
 * @property {string} page        page id, a path
 * @property {string} url         origin + path of the page (query and fragment dropped)
 * @property {boolean} helpful
 * @property {string | null} comment
 * @property {string} lang        canonical BCP 47 tag
 * @property {string} submittedAt ISO 8601 instant in UTC
 */

/**
 * @typedef {object} ValidationError
 * @property {'missing_field' | 'invalid_field' | 'invalid_body'} code
 * @property {string} message
 * @property {string} [field]
 */

/** @typedef {{ ok: true, record: FeedbackRecord } | { ok: false, error: ValidationError }} ValidationResult */

export const LIMITS = Object.freeze({
  idMin: 8,
  idMax: 64,
  pageMax: 1024,
  urlMax: 2048,
  commentMax: 2000,
  langMax: 35,
  /** Client clocks drift; a day ahead is a wrong clock, more is nonsense. */
  futureSkewMs: 24 * 60 * 60 * 1000,
  /** Nothing was answered before the library existed. */
  earliest: Date.parse('2020-01-01T00:00:00Z'),
});

// A UUID, ULID, nanoid and the like: URL-safe characters only.
const ID = /^[A-Za-z0-9_-]+$/;
const CONTROL = /\p{Cc}/u;
// Control characters a pasted comment may carry; tab and newline are kept.
const COMMENT_CONTROL = /(?![\t\n])\p{Cc}/gu;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

class FieldError extends Error {
  /**
   * @param {string} field
   * @param {string} message
   * @param {'missing_field' | 'invalid_field'} [code]
   */
  constructor(field, message, code = 'invalid_field') {
    super(message);
    this.field = field;
    this.code = code;
  }
}

/**
 * @param {unknown} input parsed JSON body
 * @param {Date} [now]
 * @returns {ValidationResult}
 */
export function validateRecord(input, now = new Date()) {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: { code: 'invalid_body', message: 'The body must be a JSON object.' } };
  }
  const body = /** @type {Record<string, unknown>} */ (input);
  try {
    // Unknown fields are ignored (not stored), so a newer element still reaches an older receiver.
    const record = {
      id: validateId(required(body, 'id')),
      page: validatePage(required(body, 'page')),
      url: validateUrl(required(body, 'url')),
      helpful: validateHelpful(required(body, 'helpful')),
      comment: validateComment(body.comment),
      lang: validateLang(required(body, 'lang')),
      submittedAt: validateSubmittedAt(required(body, 'submittedAt'), now),
    };
    return { ok: true, record };
  } catch (error) {
    if (!(error instanceof FieldError)) throw error;
    return { ok: false, error: { code: error.code, message: error.message, field: error.field } };
  }
}

/**
 * @param {Record<string, unknown>} body
 * @param {string} field
 */
function required(body, field) {
  const value = Object.hasOwn(body, field) ? body[field] : undefined;
  if (value === undefined || value === null) throw new FieldError(field, `${field} is required.`, 'missing_field');
  return value;
}

/**
 * @param {unknown} value
 * @param {string} field
 * @param {number} max
 */
function string(value, field, max) {
  if (typeof value !== 'string') throw new FieldError(field, `${field} must be a string.`);
  if (value.length > max) throw new FieldError(field, `${field} must be at most ${max} characters.`);
  return value;
}

/** @param {unknown} value */
function validateId(value) {
  const id = string(value, 'id', LIMITS.idMax);
  if (id.length < LIMITS.idMin || !ID.test(id)) {
    throw new FieldError('id', `id must be ${LIMITS.idMin}–${LIMITS.idMax} characters of A–Z, a–z, 0–9, "-" or "_" (a UUID fits).`);
  }
  return id;
}

/** @param {unknown} value */
function validatePage(value) {
  const page = string(value, 'page', LIMITS.pageMax);
  // "//host" would be read as another site by anything that links it.
  if (!page.startsWith('/') || page.startsWith('//') || CONTROL.test(page)) {
    throw new FieldError('page', 'page must be a path starting with "/" (such as location.pathname).');
  }
  return page;
}

/** @param {unknown} value */
function validateUrl(value) {
  const text = string(value, 'url', LIMITS.urlMax);
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new FieldError('url', 'url must be an absolute http(s) URL.');
  }
  // Query strings and fragments often carry search terms, e-mail addresses or tokens: not kept.
  return url.origin + url.pathname;
}

/** @param {unknown} value */
function validateHelpful(value) {
  if (typeof value !== 'boolean') throw new FieldError('helpful', 'helpful must be true or false.');
  return value;
}

/** @param {unknown} value */
function validateComment(value) {
  if (value === undefined || value === null) return null;
  const comment = string(value, 'comment', LIMITS.commentMax)
    .replace(/\r\n?/g, '\n')
    .replace(COMMENT_CONTROL, '')
    .trim();
  return comment === '' ? null : comment;
}

/**
 * A well-formed BCP 47 tag whose language CLDR knows: sv, en, and also fi, se, smj, fit, yi, ar…
 * (the national minority languages and any added with registerLocale). Stored canonical (sv-SE).
 * @param {unknown} value
 */
function validateLang(value) {
  const tag = string(value, 'lang', LIMITS.langMax);
  let canonical;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    throw new FieldError('lang', 'lang must be a BCP 47 language tag such as "sv" or "en".');
  }
  if (!canonical || !languageNames.of(canonical.split('-')[0])) {
    throw new FieldError('lang', `lang "${tag}" is not a known language.`);
  }
  return canonical;
}

/**
 * @param {unknown} value
 * @param {Date} now
 */
function validateSubmittedAt(value, now) {
  const text = string(value, 'submittedAt', 40);
  const [, year, month, day] = INSTANT.exec(text) ?? [];
  // Date.parse rolls 2026-02-31 over into March; the day must exist in its month.
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  const time = Number(day) <= daysInMonth ? Date.parse(text) : NaN;
  if (!Number.isFinite(time)) {
    throw new FieldError('submittedAt', 'submittedAt must be an ISO 8601 instant with a time zone, such as 2026-05-04T08:30:00Z.');
  }
  if (time < LIMITS.earliest || time > now.getTime() + LIMITS.futureSkewMs) {
    throw new FieldError('submittedAt', 'submittedAt is out of range (before 2020 or more than a day ahead).');
  }
  return new Date(time).toISOString();
}
