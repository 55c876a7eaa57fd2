// @ts-check
/**
 * The feedback record on the wire, `{ id, page, url, helpful, comment?, lang, submittedAt }`:
 * its rules and limits, written once for both ends. <page-feedback> checks what it reads back
 * from its queue with them (src/lib/feedback/record.ts), the receiver checks every POST with them
 * (server/validate.js). Plain JavaScript with JSDoc types (declared for TypeScript in wire.d.ts),
 * so that the receiver runs it from source, without a build. No DOM, no Node: URL and Intl only.
 */

/** @typedef {'missing_field' | 'invalid_field' | 'invalid_body'} WireErrorCode */

/**
 * A record as the receiver stores it: the wire record normalised (url without query or
 * fragment, lang canonical, submittedAt in UTC, a blank comment as null).
 * @typedef {object} StoredRecord
 * @property {string} id          client-made id
 * @property {string} page        page id, a path
 * @property {string} url         origin + path of the page
 * @property {boolean} helpful
 * @property {string | null} comment
 * @property {string} lang        canonical BCP 47 tag
 * @property {string} submittedAt ISO 8601 instant in UTC
 */

export const LIMITS = Object.freeze({
  idMin: 8,
  idMax: 64,
  pageMax: 1024,
  slugMax: 200,
  urlMax: 2048,
  commentMax: 2000,
  langMax: 35,
  submittedAtMax: 40,
});

/** Why a record was refused: `field` is absent when the body as a whole is wrong. */
export class WireError extends Error {
  /**
   * @param {WireErrorCode} code
   * @param {string | undefined} field
   * @param {string} message
   */
  constructor(code, field, message) {
    super(message);
    this.name = 'WireError';
    this.code = code;
    this.field = field;
  }
}

// A UUID, ULID, nanoid and the like: URL-safe characters only.
const ID = /^[A-Za-z0-9_-]+$/;
const CONTROL = /\p{Cc}/u;
// Control characters a pasted comment may carry; tab and newline are kept.
const COMMENT_CONTROL = /(?![\t\n])\p{Cc}/gu;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;
/**
 * Language tags that name no language: undetermined and no linguistic content. Any other
 * well-formed tag is accepted: a municipality may register any language with registerLocale
 * (Ume and Pite Sami `sju` and `sje`, Romani varieties `rmf` and `rmu`, …), and a runtime's own
 * language data (Chromium's knows no Sami language) must never decide whether an answer is kept.
 */
const NO_LANGUAGE = new Set(['und', 'zxx']);

/**
 * @param {string} field
 * @param {string} message
 */
const invalid = (field, message) => new WireError('invalid_field', field, message);

/**
 * Checks one record (parsed JSON) and returns it as it is to be stored; throws a WireError at the
 * first field that breaks a rule. Unknown fields are ignored (not kept), so that a newer element
 * still reaches an older receiver.
 * @param {unknown} input
 * @returns {StoredRecord}
 */
export function readWireRecord(input) {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new WireError('invalid_body', undefined, 'The body must be a JSON object.');
  }
  const body = /** @type {Record<string, unknown>} */ (input);
  return {
    id: readId(required(body, 'id')),
    page: readPage(required(body, 'page')),
    url: readUrl(required(body, 'url')),
    helpful: readHelpful(required(body, 'helpful')),
    comment: readComment(body['comment']),
    lang: readLang(required(body, 'lang')),
    submittedAt: readSubmittedAt(required(body, 'submittedAt')),
  };
}

/**
 * @param {Record<string, unknown>} body
 * @param {string} field
 */
function required(body, field) {
  const value = Object.hasOwn(body, field) ? body[field] : undefined;
  if (value === undefined || value === null) throw new WireError('missing_field', field, `${field} is required.`);
  return value;
}

/**
 * @param {unknown} value
 * @param {string} field
 * @param {number} max
 */
function string(value, field, max) {
  if (typeof value !== 'string') throw invalid(field, `${field} must be a string.`);
  if (value.length > max) throw invalid(field, `${field} must be at most ${max} characters.`);
  return value;
}

/** @param {unknown} value */
function readId(value) {
  const id = string(value, 'id', LIMITS.idMax);
  if (id.length < LIMITS.idMin || !ID.test(id)) {
    throw invalid('id', `id must be ${LIMITS.idMin}–${LIMITS.idMax} characters of A–Z, a–z, 0–9, "-" or "_" (a UUID fits).`);
  }
  return id;
}

/** A page id an editor writes instead of the path: `overgripande-mal`, `kontakt_2024`, `sida.1`. */
const SLUG = new RegExp(`^[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,${LIMITS.slugMax - 1}}$`, 'u');

/**
 * A page id: a path (`/kommun/mal`, as `location.pathname` gives) or a slug an editor chose
 * (`overgripande-mal`), bounded in length and characters.
 * @param {unknown} value
 */
function readPage(value) {
  const page = string(value, 'page', LIMITS.pageMax);
  // "//host" would be read as another site by anything that links it.
  const path = page.startsWith('/') && !page.startsWith('//') && !CONTROL.test(page);
  if (!path && !SLUG.test(page)) {
    throw invalid(
      'page',
      `page must be a path starting with "/" (such as location.pathname) or a name of letters, digits, "-", "_" and "." (at most ${LIMITS.slugMax}), such as "overgripande-mal".`,
    );
  }
  return page;
}

/** @param {unknown} value */
function readUrl(value) {
  const text = string(value, 'url', LIMITS.urlMax);
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw invalid('url', 'url must be an absolute http(s) URL.');
  // Query strings and fragments often carry search terms, e-mail addresses or tokens: not kept.
  return url.origin + url.pathname;
}

/** @param {unknown} value */
function readHelpful(value) {
  if (typeof value !== 'boolean') throw invalid('helpful', 'helpful must be true or false.');
  return value;
}

/** @param {unknown} value */
function readComment(value) {
  if (value === undefined || value === null) return null;
  const comment = string(value, 'comment', LIMITS.commentMax).replace(/\r\n?/g, '\n').replace(COMMENT_CONTROL, '').trim();
  return comment === '' ? null : comment;
}

/**
 * A well-formed BCP 47 tag whose primary language is an ISO 639 code (two or three letters):
 * sv, en, fi, se, smj, sju, fit, rmf, yi, ar… (the national minority languages and any other a
 * site may add with registerLocale).
 * Stored canonical (sv-SE).
 * @param {unknown} value
 */
function readLang(value) {
  const tag = string(value, 'lang', LIMITS.langMax);
  let canonical;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    throw invalid('lang', 'lang must be a BCP 47 language tag such as "sv" or "en".');
  }
  const primary = canonical?.split('-')[0] ?? '';
  if (!canonical || !/^[a-z]{2,3}$/.test(primary) || NO_LANGUAGE.has(primary)) throw invalid('lang', `lang "${tag}" does not name a language.`);
  return canonical;
}

/**
 * Any valid instant: it is the visitor's clock, which may be days ahead or years behind, and an
 * answer is never refused for it. The receiver orders, filters and retains by its own receive time.
 * @param {unknown} value
 */
function readSubmittedAt(value) {
  const text = string(value, 'submittedAt', LIMITS.submittedAtMax);
  const [, year, month, day] = INSTANT.exec(text) ?? [];
  // Date.parse rolls 2026-02-31 over into March; the day must exist in its month.
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  const time = Number(day) <= daysInMonth ? Date.parse(text) : NaN;
  if (!Number.isFinite(time)) {
    throw invalid('submittedAt', 'submittedAt must be an ISO 8601 instant with a time zone, such as 2026-05-04T08:30:00Z.');
  }
  return new Date(time).toISOString();
}
