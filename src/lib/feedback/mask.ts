/**
 * Masking of personal data in a feedback comment, before it leaves the browser (SPEC.md,
 * `<page-feedback>`): e-mail addresses, phone numbers and personnummer/samordningsnummer.
 *
 * Each finding is replaced by a fixed, language-neutral marker in brackets, so that an editor
 * reading the report sees that something was removed and what kind of thing it was, and the
 * rest of the sentence still reads:
 *
 *   "Ring mig på 070-123 45 67"      → "Ring mig på [telefon]"
 *   "Mitt pnr är 19850709-9805"      → "Mitt pnr är [personnummer]"
 *   "Skriv till anna@exempel.se"     → "Skriv till [e-post]"
 *
 * The markers are Swedish because the report is read by Swedish editors and stay the same
 * whatever language the visitor used, so they can be searched for. Samordningsnummer are
 * marked `[personnummer]` too (they are the same kind of identity number).
 *
 * The patterns err on the side of masking (a ten-digit number that is a valid date is taken
 * for a personnummer), but leave alone what a comment about a municipal page often holds:
 * years ("2026", "2020–2023"), dates ("2026-11-28"), times ("kl. 08.00–16.30"), amounts
 * ("1 500 kr", "15 000 000 kr"), postcodes ("534 50") and other short numbers.
 */

export type PersonalDataKind = 'email' | 'phone' | 'personnummer';

/** The text that replaces each kind of finding. */
export const MASKS: Readonly<Record<PersonalDataKind, string>> = Object.freeze({
  email: '[e-post]',
  phone: '[telefon]',
  personnummer: '[personnummer]',
});

export interface MaskResult {
  /** The text with every finding replaced by its marker. */
  text: string;
  /** How many of each kind were masked. */
  found: Record<PersonalDataKind, number>;
}

// Letters and digits of any script: a match must not be glued to a word or a longer number.
const WORD = String.raw`\p{L}\p{N}`;
// Not right after a letter, a digit, a plus, or a digit and a separator ("1.0512…", "2026-05…").
const NOT_AFTER = String.raw`(?<![${WORD}+]|\d[-–.,:/])`;

/**
 * An e-mail address, also written with "(at)", "[at]" or "(snabel-a)" for the @. Local part and
 * domain may hold non-ASCII letters (åäö, IDN domains).
 */
const EMAIL = new RegExp(String.raw`[${WORD}._%+-]+(?:@|\s?[([](?:at|snabel-a)[)\]]\s?)[${WORD}-]+(?:\.[${WORD}-]+)*\.\p{L}{2,}`, 'giu');

/**
 * A personnummer or samordningsnummer: YYMMDD-XXXX, YYMMDD+XXXX (100 years or older),
 * YYMMDDXXXX, YYYYMMDD-XXXX, YYYYMMDDXXXX, also with an en dash or a space before the last four.
 * Groups: century, year, month, day, separator, last four.
 */
const PERSONNUMMER = new RegExp(String.raw`${NOT_AFTER}((?:18|19|20)?)(\d{2})(\d{2})(\d{2})([-+–\u00a0 ]?)(\d{4})(?![${WORD}]|[-–.,:/]\d)`, 'gu');

// Between two digit groups of a phone number: nothing, one space, or one dash (spaces around it allowed).
const SEP = String.raw`(?:[ \u00a0]?[-–][ \u00a0]?|[ \u00a0])?`;

/**
 * A phone number: national (0…), with an area code in brackets ((0512) 310 00), or
 * international (+46 70…, 0046 70…, +46 (0)70…, and other country codes). Digits may be
 * grouped with single spaces or dashes, never with dots or colons (those are times and amounts).
 * Groups: the prefix, the rest.
 */
const PHONE = new RegExp(String.raw`${NOT_AFTER}((?:\+|00)[1-9]\d{0,2}(?:[ \u00a0]?\(0\))?|\(0\d{1,3}\)|0)((?:${SEP}\d){5,13})(?![${WORD}]|[-–.,:/]\d)`, 'gu');

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

/**
 * Whether the parts of a candidate make a personnummer or samordningsnummer (the day of a
 * samordningsnummer is the birth day plus 60). Ten bare digits starting with 0 (0701234567)
 * may as well be a phone number: there the check digit decides, and the phone pattern takes
 * the rest.
 */
function isPersonnummer(century: string, yy: string, mm: string, dd: string, separator: string, last: string): boolean {
  const day = Number(dd) > 60 ? Number(dd) - 60 : Number(dd);
  if (!isDayOfYear(Number(mm), day)) return false;
  if (century && separator === '+') return false; // "+" stands in for the century
  const bare = !century && !separator;
  if (bare && yy.startsWith('0')) return luhnValid(yy + mm + dd + last);
  return true;
}

/** How many digits a phone number has after its prefix, by kind of prefix. */
function phoneLength(prefix: string): [min: number, max: number] {
  if (prefix === '0') return [6, 9]; // 08-12 34 56 … 0771-12 34 56: 7–10 digits with the 0
  if (prefix.startsWith('(')) return [5, 8]; // (0512) 310 00
  if (/^(?:\+|00)46/.test(prefix)) return [7, 9]; // +46 70 123 45 67: the national number without its 0
  return [6, 12]; // other countries
}

// A digit group of a phone candidate, with the separator before it.
const GROUP = new RegExp(String.raw`${SEP}\d+`, 'gu');

/**
 * The masked form of a phone candidate: the longest run of its leading digit groups that has the
 * length of a phone number is masked ("070-123 45 67 12 gånger" keeps " 12"); a candidate that
 * is a date written with dashes, or has no such run, is left as it was.
 */
function maskPhone(match: string, prefix: string, rest: string): string | undefined {
  if (/^\d{2}[-–]\d{2}[-–]\d{4}$|^\d{4}[-–]\d{2}[-–]\d{2}$/.test(match)) return undefined;
  const [min, max] = phoneLength(prefix);
  const groups = rest.match(GROUP) ?? [];
  for (let count = groups.length; count > 0; count--) {
    const length = digits(groups.slice(0, count).join('')).length;
    if (length >= min && length <= max) return MASKS.phone + groups.slice(count).join('');
  }
  return undefined;
}

/**
 * Replaces e-mail addresses, phone numbers and personnummer/samordningsnummer in `text` with
 * {@link MASKS}. Pure: same input, same output.
 */
export function maskPersonalData(text: string): MaskResult {
  const found: Record<PersonalDataKind, number> = { email: 0, phone: 0, personnummer: 0 };
  // E-mail first (a local part may hold digits), then identity numbers (YYMMDD-XXXX must not be
  // read as a phone number), then phone numbers. The markers hold no digits, so nothing is masked twice.
  let result = text.replace(EMAIL, () => {
    found.email++;
    return MASKS.email;
  });
  result = result.replace(PERSONNUMMER, (match: string, century: string, yy: string, mm: string, dd: string, separator: string, last: string) => {
    if (!isPersonnummer(century, yy, mm, dd, separator, last)) return match;
    found.personnummer++;
    return MASKS.personnummer;
  });
  result = result.replace(PHONE, (match: string, prefix: string, rest: string) => {
    const masked = maskPhone(match, prefix, rest);
    if (masked === undefined) return match;
    found.phone++;
    return masked;
  });
  return { text: result, found };
}

/** The masked text only. */
export function maskComment(text: string): string {
  return maskPersonalData(text).text;
}
