/**
 * Masking of personal data in a feedback comment, before it leaves the browser (SPEC.md,
 * `<page-feedback>`): e-mail addresses, phone numbers and personnummer/samordningsnummer, as
 * residents write them by hand.
 *
 * Each finding is replaced by a marker in brackets, in the comment's language, so that an editor
 * reading the report sees that something was removed and what kind of thing it was, and the
 * rest of the sentence still reads:
 *
 *   "Ring mig på 070/123 45 67"          → "Ring mig på [telefon]"
 *   "Mitt pnr är 1985-07-09-9805"        → "Mitt pnr är [personnummer]"
 *   "Skriv till anna(at)exempel(punkt)se" → "Skriv till [e-post]"
 *   "Call me on +46 (70) 123 45 67" (en)  → "Call me on [phone]"
 *
 * English comments get English markers; every other language gets the Swedish ones, which the
 * editors read. Samordningsnummer are marked as personnummer (the same kind of identity number).
 * The masked comment is never longer than the receiver accepts (LIMITS.commentMax): a marker
 * can be longer than what it replaces, and a comment at the limit is then cut at its end.
 *
 * The patterns err on the side of masking (a ten-digit number that is a valid date is taken
 * for a personnummer), but leave alone what a comment about a municipal page often holds:
 * years ("2026", "2020–2023"), dates ("2026-11-28", "05/11/2026"), times and opening hours
 * ("kl. 08.00–16.30", "kl 0800-1630"), amounts ("1 500 kr", "1 000 000 000 kr"), postcodes
 * ("534 50"), case numbers ("KS 2024/123"), ISBNs, account numbers and file names ("bild@2x.png").
 */
import { LIMITS } from './wire.js';

export type PersonalDataKind = 'email' | 'phone' | 'personnummer';
type Markers = Readonly<Record<PersonalDataKind, string>>;

/** The markers of each language that has its own: English, and Swedish for every other. */
export const MASKS_BY_LANGUAGE: Readonly<Record<'sv' | 'en', Markers>> = Object.freeze({
  sv: Object.freeze({ email: '[e-post]', phone: '[telefon]', personnummer: '[personnummer]' }),
  en: Object.freeze({ email: '[e-mail]', phone: '[phone]', personnummer: '[ID number]' }),
});

/** The Swedish markers, used for every language but English. */
export const MASKS: Markers = MASKS_BY_LANGUAGE.sv;

/** The markers for a comment in `lang` (a BCP 47 tag). */
export function masksFor(lang: string): Markers {
  return /^en(?:-|$)/i.test(lang) ? MASKS_BY_LANGUAGE.en : MASKS_BY_LANGUAGE.sv;
}

export interface MaskResult {
  /** The text with every finding replaced by its marker. */
  text: string;
  /** How many of each kind were masked. */
  found: Record<PersonalDataKind, number>;
}

// Letters, digits and "_" of any script: a match must not be glued to a word, a file name or a longer number.
const WORD = String.raw`\p{L}\p{N}_`;
const SPACE = String.raw`[ \u00a0]`;
// A phone number is not right after a letter, a digit, a plus, a digit and a separator ("1.0512…",
// "2026-05…"), or a digit and a space ("1 000 000 000 kr", an IBAN's groups).
const NOT_AFTER_PHONE = String.raw`(?<![${WORD}+]|\d[-–.,:/]|\d${SPACE})`;
// Not right before a letter or digit, or a separator and a digit.
const NOT_BEFORE = String.raw`(?![${WORD}]|[-–.,:/]\d)`;

/**
 * An e-mail address: "@" with or without spaces around it, or written "(at)", "[at]", "{at}",
 * "(snabel-a)"; dots also written "(punkt)" or "(dot)". Local part and domain may hold non-ASCII
 * letters (åäö, IDN domains). Group: the top-level domain.
 */
const AT = String.raw`(?:${SPACE}?@${SPACE}?|${SPACE}?[([{](?:at|snabel-?a)[)\]}]${SPACE}?)`;
const DOT = String.raw`(?:\.|${SPACE}?[([{](?:punkt|dot)[)\]}]${SPACE}?)`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const EMAIL = new RegExp(String.raw`[${WORD}.%+-]+${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}(\p{L}{2,})(?![${WORD}])`, 'giu');

/** What follows the "@" of a file name ("bild@2x.png"), not of an address: no top-level domain has these names. */
const FILE_EXTENSIONS = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'avif',
  'heic',
  'bmp',
  'tif',
  'tiff',
  'ico',
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'odt',
  'txt',
  'csv',
  'json',
  'html',
  'htm',
  'css',
  'js',
  'mp3',
  'mp4',
  'wav',
  'webm',
]);

/**
 * A personnummer or samordningsnummer: YYMMDD-XXXX, YYMMDD+XXXX (100 years or older),
 * YYMMDDXXXX, YYYYMMDD-XXXX, YYYYMMDDXXXX, also with an en dash, a space or a spaced dash before
 * the last four, and with the date's parts apart (1985-07-09-9805). It may follow letters
 * ("pnr850709-9805"), never a digit, a plus, or a digit and a separator. Groups: century, year, date separator, month, day, separator, last four.
 */
const PERSONNUMMER = new RegExp(
  String.raw`(?<![\p{N}+]|\d[-–.,:/])((?:18|19|20)?)(\d{2})([-–. ]?)(\d{2})\3(\d{2})(${SPACE}?[-+–]${SPACE}?|${SPACE})?(\d{4})${NOT_BEFORE}`,
  'gu',
);

// Between two digit groups of a phone number: nothing, one space, or one dash or slash (spaces around it allowed).
const SEP = String.raw`(?:${SPACE}?[-–/]${SPACE}?|${SPACE})?`;

/**
 * A phone number: national (0…, never 00…), with an area code in brackets ((0512) 310 00), or
 * international (+46 70…, 0046 70…, +46 (0)70…, +46 (70)…, and other country codes). Digits may
 * be grouped with single spaces, dashes or a slash, never with dots or colons (those are times
 * and amounts). Groups: the prefix, the rest.
 */
const PHONE = new RegExp(
  String.raw`${NOT_AFTER_PHONE}((?:\+|00)[1-9]\d{0,2}(?:${SPACE}?-?\(\d{0,4}\))?|\(0[1-9]\d{0,3}\)|0(?=[1-9]))((?:${SEP}\d){5,13})${NOT_BEFORE}`,
  'gu',
);

// A date written with dashes, slashes or dots (05-11-2026, 2026/11/05), and a range of times (0800-1630).
const DATE = /^\d{2}[-–/.]\d{2}[-–/.]\d{4}$|^\d{4}[-–/.]\d{2}[-–/.]\d{2}$/;
const TIME_RANGE = new RegExp(String.raw`^(?:[01]\d|2[0-3])[0-5]\d${SPACE}?[-–]${SPACE}?(?:[01]\d|2[0-4])[0-5]\d$`);

/** Digits only. */
const digits = (text: string) => text.replace(/\D/g, '');

/** Whether day/month is a day of the calendar (29 February counts: the century is not always known). */
function isDayOfYear(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(2000, month, 0)).getUTCDate();
}

/** The Luhn check digit test that every personnummer and samordningsnummer passes. */
export function luhnValid(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let value = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return sum % 10 === 0;
}

interface Candidate {
  century: string;
  yy: string;
  dateSeparator: string;
  mm: string;
  dd: string;
  separator: string;
  last: string;
  /** Glued to the letters before it ("pnr850709-9805"). */
  afterLetter: boolean;
}

/**
 * Whether the parts of a candidate make a personnummer or samordningsnummer (the day of a
 * samordningsnummer is the birth day plus 60). The usual forms (850709-9805, 19850709-9805)
 * need only a valid date; the looser ones (the date's parts apart, spaces around the dash, glued
 * to a word) and ten bare digits starting with 0 (0701234567 may as well be a phone number)
 * need the check digit too.
 */
function isPersonnummer({ century, yy, dateSeparator, mm, dd, separator, last, afterLetter }: Candidate): boolean {
  const day = Number(dd) > 60 ? Number(dd) - 60 : Number(dd);
  if (!isDayOfYear(Number(mm), day)) return false;
  const mark = separator.trim();
  if (century && mark === '+') return false; // "+" stands in for the century
  const usual = !dateSeparator && !afterLetter && (separator === mark || separator === ' ');
  const bareFromZero = !century && !separator && yy.startsWith('0');
  if (usual && !bareFromZero) return true;
  return luhnValid(yy + mm + dd + last);
}

/**
 * The national digits a phone prefix holds, and how many digits the whole national number has:
 * [in the prefix, min, max] (the rest are counted from the digit groups that follow).
 */
function phoneLength(prefix: string): [inPrefix: number, min: number, max: number] {
  if (prefix === '0') return [0, 6, 9]; // 08-12 34 56 … 0771-12 34 56: 7–10 digits with the 0
  if (prefix.startsWith('(')) return [digits(prefix).length - 1, 6, 9]; // (0512) 310 00, without the 0
  const national = digits(prefix.replace(/\(0\)/, '')).replace(/^00/, '');
  // +46 70 123 45 67: the national number without its 0; the country code is 46 here.
  if (national.startsWith('46')) return [national.length - 2, 7, 9];
  return [national.length - Math.min(national.length, 3), 6, 12]; // other countries: a code of up to three digits
}

// A digit group of a phone candidate, with the separator before it.
const GROUP = new RegExp(String.raw`${SEP}\d+`, 'gu');

/**
 * The masked form of a phone candidate: the longest run of its leading digit groups that has the
 * length of a phone number is masked ("070-123 45 67 12 gånger" keeps " 12"); a candidate that
 * is a date or a range of times, or has no such run, is left as it was.
 */
function maskPhone(match: string, prefix: string, rest: string, marker: string): string | undefined {
  if (DATE.test(match) || TIME_RANGE.test(match)) return undefined;
  const [inPrefix, min, max] = phoneLength(prefix);
  const groups = rest.match(GROUP) ?? [];
  for (let count = groups.length; count > 0; count--) {
    const length = inPrefix + digits(groups.slice(0, count).join('')).length;
    if (length >= min && length <= max) return marker + groups.slice(count).join('');
  }
  return undefined;
}

/** `text` cut to at most `max` UTF-16 units, never inside a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * Replaces e-mail addresses, phone numbers and personnummer/samordningsnummer in `text` with
 * the markers of `lang` ({@link masksFor}), and keeps the result within `max` characters
 * (default: what the receiver accepts). Pure: same input, same output.
 */
export function maskPersonalData(text: string, lang = 'sv', max: number = LIMITS.commentMax): MaskResult {
  const markers = masksFor(lang);
  const found: Record<PersonalDataKind, number> = { email: 0, phone: 0, personnummer: 0 };
  // E-mail first (a local part may hold digits), then identity numbers (YYMMDD-XXXX must not be
  // read as a phone number), then phone numbers. The markers hold no digits, so nothing is masked twice.
  let result = text.replace(EMAIL, (match: string, topLevel: string) => {
    if (FILE_EXTENSIONS.has(topLevel.toLowerCase())) return match;
    found.email++;
    return markers.email;
  });
  result = result.replace(
    PERSONNUMMER,
    (
      match: string,
      century: string,
      yy: string,
      dateSeparator: string,
      mm: string,
      dd: string,
      separator: string | undefined,
      last: string,
      offset: number,
      whole: string,
    ) => {
      const afterLetter = /\p{L}/u.test(whole.charAt(offset - 1));
      if (!isPersonnummer({ century, yy, dateSeparator, mm, dd, separator: separator ?? '', last, afterLetter })) return match;
      found.personnummer++;
      return markers.personnummer;
    },
  );
  result = result.replace(PHONE, (match: string, prefix: string, rest: string) => {
    const masked = maskPhone(match, prefix, rest, markers.phone);
    if (masked === undefined) return match;
    found.phone++;
    return masked;
  });
  return { text: cut(result, max), found };
}

/** The masked text only. */
export function maskComment(text: string, lang = 'sv', max: number = LIMITS.commentMax): string {
  return maskPersonalData(text, lang, max).text;
}
