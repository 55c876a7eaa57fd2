/**
 * Wall-clock time in an IANA time zone, through Intl.DateTimeFormat: nothing depends on the
 * machine's own zone. Shared by the opening-hours engine and the element's wording.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws RangeError for an unknown time zone. */
function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Whether `timeZone` is an IANA time zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The wall-clock time in `timeZone` at instant `ms` (to the second), read as if it were UTC:
 * `new Date(wallClock(…)).getUTCHours()` is the hour on the office's clock.
 * Throws RangeError for a bad instant or zone.
 */
export function wallClock(ms: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(Math.floor(ms / 1000) * 1000);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
}

const DAY_MS = 86_400_000;

/**
 * The instant at which the wall clock in `timeZone` shows `minutes` after midnight of `date`.
 * A time that occurs twice (clocks turned back) is its first occurrence. A time that does not
 * occur (clocks turned forward: 02.30 in Stockholm on the last Sunday of March) is the first
 * instant after the gap, 03.00 local.
 */
export function zonedInstant(date: string, minutes: number, timeZone: string): number {
  const wall = Date.parse(`${date}T00:00Z`) + minutes * 60_000;
  // The offsets a day before and after cover both sides of any change of offset that day.
  const candidates = [wall - DAY_MS, wall + DAY_MS].map((ms) => wall - (wallClock(ms, timeZone) - ms)).sort((a, b) => a - b);
  const exact = candidates.find((ms) => wallClock(ms, timeZone) === wall);
  if (exact !== undefined) return exact;
  // In a gap: the clock reads before `wall` at the earlier candidate and after it at the later
  // one; bisect to the second the clock jumps.
  let [before, after] = candidates as [number, number];
  while (after - before > 1000) {
    const middle = Math.floor((before + after) / 2000) * 1000;
    if (wallClock(middle, timeZone) < wall) before = middle;
    else after = middle;
  }
  return after;
}

/**
 * The date ('YYYY-MM-DD') the wall clock in `timeZone` shows at `instant`, for "today" and
 * "tomorrow". Throws RangeError for a bad instant or zone.
 */
export function localDate(instant: Date | number, timeZone: string): string {
  return new Date(wallClock(+instant, timeZone)).toISOString().slice(0, 10);
}
