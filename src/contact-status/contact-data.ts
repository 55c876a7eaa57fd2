/**
 * The plain logic of <contact-status> that is not wording: links for the phone number and the
 * e-mail address, the `now` attribute, the time zone, and when to look at the clock again.
 */
import { DataError } from '../lib/data-error.js';
import { addDays } from '../lib/hours/holidays.js';
import { instantAt, localDate } from '../lib/hours/opening-hours.js';
import type { OpeningStatus } from '../lib/hours/opening-hours.js';

/**
 * The `tel:` link of a phone number written the Swedish way, in international form:
 * "0512-310 00" → "tel:+4651231000", "+46 (0)512-310 00" → "tel:+4651231000",
 * "0046 512 310 00" → "tel:+4651231000", short numbers ("112", "1177") as they are.
 * Undefined when the text is not a phone number (letters, too few or too many digits).
 */
export function telHref(phone: string): string | undefined {
  let number = phone
    .trim()
    .replace(/\(0\)/g, '')
    .replace(/[\s\u00a0\u2011\u2013().\-/]/g, '');
  if (number.startsWith('00')) number = `+${number.slice(2)}`;
  else if (/^0\d/.test(number)) number = `+46${number.slice(1)}`;
  number = number.replace(/^\+460/, '+46'); // "+46 0512 …": the trunk zero does not belong there.
  return /^\+?\d{3,15}$/.test(number) ? `tel:${number}` : undefined;
}

/** Characters that would end the address in a `mailto:` URL (`?subject=…`, `&bcc=…`) or that no address needs. */
const EMAIL = /^[^\s@?&#%<>"'()[\]\\,;:/]+@[^\s@?&#%<>"'()[\]\\,;:/_]+\.[^\s@?&#%<>"'()[\]\\,;:/_.]{2,}$/u;

/** The `mailto:` link of one e-mail address, or undefined when the text is not one. */
export function mailtoHref(email: string): string | undefined {
  const address = email.trim();
  return EMAIL.test(address) ? `mailto:${address}` : undefined;
}

const NOW = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The instant of the `now` attribute, in milliseconds. An ISO 8601 instant with an offset
 * (`2026-09-28T08:00+02:00`, `…Z`) is that instant; a date and time without one
 * (`2026-09-28T08:00`) is the office's wall-clock time in `timeZone`, and a date alone is its
 * midnight. So a preview means the same whatever zone the viewer's computer is set to.
 * Throws a DataError at `path` for anything else.
 */
export function parseInstant(value: string, timeZone: string, path = 'now'): number {
  const match = NOW.exec(value.trim());
  const fail = () => new DataError('value', path, `${path}: expected an ISO 8601 date and time like 2026-09-28T08:00+02:00, got ${JSON.stringify(value)}`);
  if (!match) throw fail();
  const [, date = '', hours = '00', minutes = '00', seconds = '00', fraction = '', offset] = match;
  if (offset !== undefined) {
    const ms = Date.parse(value.trim());
    if (Number.isNaN(ms)) throw fail();
    return ms;
  }
  try {
    const start = instantAt(date, `${hours}:${minutes}`, timeZone).getTime();
    return start + Number(seconds) * 1000 + Math.round(Number(fraction || 0) * 1000);
  } catch {
    throw fail();
  }
}

/** setTimeout takes at most 2^31 − 1 ms (24.8 days); a longer delay fires at once. */
export const MAX_DELAY = 2 ** 31 - 1;

/**
 * When the element must look at the clock again: at the next opening or closing, or at the
 * office's next midnight, whichever comes first (at midnight "i morgon" becomes "i dag" and
 * the week's table moves on). Undefined when the time zone or instant is not usable.
 */
export function nextCheck(status: OpeningStatus, instant: number, timeZone: string): number | undefined {
  try {
    const midnight = instantAt(addDays(localDate(instant, timeZone), 1), '00:00', timeZone).getTime();
    return status.changesAt ? Math.min(status.changesAt.getTime(), midnight) : midnight;
  } catch {
    return undefined;
  }
}

/** A setTimeout delay to `at`: not negative, and clamped so that a far target re-arms rather than fires at once. */
export function timerDelay(at: number, now: number): number {
  return Math.min(Math.max(at - now, 0), MAX_DELAY);
}
