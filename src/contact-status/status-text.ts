/**
 * The words of <contact-status>: the status line ("Stängt · Öppnar i morgon kl. 08.00") and the
 * rows of the week's hours, from the opening-hours engine's answers.
 *
 * Plain functions of their inputs: the instant and the office's time zone are passed in, the
 * words come from the element's locale file through `t`, and weekday and month names from
 * Intl in the UI language. Nothing here reads the clock or depends on the machine's zone.
 */
import { addDays } from '../lib/hours/holidays.js';
import { localDate, wallClock } from '../lib/hours/zoned-time.js';
import { intlLocale } from '../lib/intl-locale.js';
import { primaryLanguage } from '../lib/language-tag.js';
import type { DaySchedule, OpeningStatus, Period } from '../lib/hours/opening-hours.js';
import type { LocalizedText } from '../data/types.js';

/** Looks up a string of the element's locale file and fills in `{{values}}`. */
export type Translate = (key: string, values?: Record<string, string>) => string;

/** How to write things: the UI language (for Intl) and its strings. */
export interface Wording {
  /** A BCP 47 tag for Intl: the element's UI language (`sv`, `en`, …). */
  locale: string;
  t: Translate;
}

// ---------------------------------------------------------------------------------------------
// Times and dates

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

/** A formatter of `kind` for the UI language, made once, in the locale intlLocale gives it. */
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(kind: string, lang: string, make: (locale: string) => T): T {
  const key = `${kind} ${lang}`;
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make(intlLocale(lang));
    cache.set(key, format);
  }
  return format;
}

/** Two digits in the language's own numbering system. */
const twoDigits = (lang: string) => cached('2d', lang, (locale) => new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false }));

/**
 * A time of day, `08.00` in Swedish and `08:00` in English. The separator comes from the
 * locale file's `time` template, not from Intl: ICU writes Swedish times with a colon.
 * Midnight at the end of a day is `hour` 24.
 */
export function formatClock(hour: number, minute: number, { locale, t }: Wording): string {
  const digits = twoDigits(locale);
  return t('time', { hours: digits.format(hour), minutes: digits.format(minute) });
}

/** A wall-clock time written "HH:MM" (as in DaySchedule, "24:00" included) in the language. */
export function formatTimeOfDay(time: string, wording: Wording): string {
  const [hours = '0', minutes = '0'] = time.split(':');
  return formatClock(Number(hours), Number(minutes), wording);
}

/** Languages that write the month of a date as a number (Finnish `28.9.`, not `28.syysk.`). */
const NUMERIC_MONTH = new Set(['fi']);

/**
 * A calendar date ('YYYY-MM-DD') with its weekday: `måndag 28 sep.` / `Monday 28 Sep` /
 * `maanantai 28.9.`. The weekday, day and month names come from Intl in the UI language and are put in the
 * order of the locale file's `date` template, so that ICU's punctuation ("Monday, Sep 28"
 * in `en`, "Monday 28 Sept" in newer `en-GB`) does not leak in.
 */
export function formatDate(date: string, { locale, t }: Wording): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const monthStyle = NUMERIC_MONTH.has(primaryLanguage(locale)) ? 'numeric' : 'short';
  const format = cached('date', locale, (intl) => new Intl.DateTimeFormat(intl, { weekday: 'long', day: 'numeric', month: monthStyle, timeZone: 'UTC' }));
  const parts = format.formatToParts(Date.UTC(year, month - 1, day, 12));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return t('date', { weekday: part('weekday'), day: part('day'), month: part('month') });
}

// ---------------------------------------------------------------------------------------------
// The status line

export interface StatusLine {
  state: 'open' | 'closed';
  /** "Öppet" / "Stängt". */
  label: string;
  /** Between the label and the change: " · ". */
  separator: string;
  /** "Stänger kl. 16.30", "Öppnar i morgon kl. 08.00", …; absent when no change is in sight. */
  change?: string;
}

/**
 * The status line for `status` (from `openingStatus(hours, instant, timeZone)`), or undefined
 * when the state is unknown: no line rather than a wrong one. `closedSince` (the engine's
 * `closedSince(hours, instant, timeZone)`) tells a break within the day from a closed evening.
 *
 * "Today" and "tomorrow" are calendar days in the office's time zone, not 24-hour spans:
 * at 23.00 an opening at 08.00 is "i morgon", and so is one 31 hours ahead at 00.30. Between two
 * periods of one day the office is "Stängt för lunch · Öppnar igen kl. 13.00" (a short break
 * around midday) or "Stängt för paus · Öppnar igen kl. 15.00". A closing
 * at midnight is written as 24.00 of the day before ("Stänger kl. 24.00"), not as 00.00.
 */
export function statusLine(status: OpeningStatus, instant: Date | number, timeZone: string, wording: Wording, closedSince?: Date): StatusLine | undefined {
  if (status.state === 'unknown') return undefined;
  const { t } = wording;
  const pause = breakKind(status, closedSince, instant, timeZone);
  const line: StatusLine = { state: status.state, label: t(`status.${pause ?? status.state}`), separator: t('status.separator') };
  const closing = status.state === 'open';
  const at = closing ? status.closesAt : status.opensAt;
  if (!at) return line;

  const clock = new Date(wallClock(+at, timeZone));
  let date = clock.toISOString().slice(0, 10);
  let hour = clock.getUTCHours();
  const minute = clock.getUTCMinutes();
  if (closing && hour === 0 && minute === 0) {
    date = addDays(date, -1);
    hour = 24;
  }
  const today = localDate(instant, timeZone);
  const verb = closing ? 'closes' : 'opens';
  const key = pause ? 'reopens' : date === today ? verb : date === addDays(today, 1) ? `${verb}Tomorrow` : `${verb}On`;
  line.change = t(`status.${key}`, { time: formatClock(hour, minute, wording), day: formatDate(date, wording) });
  return line;
}

/** A lunch break begins between 11.00 and 14.00 and lasts at most two hours. */
const LUNCH = { from: 11 * 60, until: 14 * 60, longest: 120 };

/**
 * Whether a closed office is between two periods of the same day (it closed at `closedSince`,
 * from the engine's closedSince): `lunch` for a short break around midday, `break` for any
 * other; undefined when it is closed for the day.
 */
function breakKind(status: OpeningStatus, closedSince: Date | undefined, instant: Date | number, timeZone: string): 'lunch' | 'break' | undefined {
  const { opensAt } = status;
  if (status.state !== 'closed' || !closedSince || !opensAt) return undefined;
  const today = localDate(instant, timeZone);
  if (localDate(closedSince, timeZone) !== today || localDate(opensAt, timeZone) !== today) return undefined;
  const began = new Date(wallClock(+closedSince, timeZone));
  const minute = began.getUTCHours() * 60 + began.getUTCMinutes();
  const length = (+opensAt - +closedSince) / 60_000;
  return minute >= LUNCH.from && minute < LUNCH.until && length <= LUNCH.longest ? 'lunch' : 'break';
}

/** The whole line as one string: "Öppet · Stänger kl. 16.30". */
export function statusText(line: StatusLine): string {
  return line.change === undefined ? line.label : `${line.label}${line.separator}${line.change}`;
}

// ---------------------------------------------------------------------------------------------
// The week

export interface WeekRow {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** "måndag 28 sep." */
  day: string;
  today: boolean;
  closed: boolean;
  /** "08.00–16.30", several periods as a list ("08.00–12.00, 13.00–16.30"), or "Stängt". */
  hours: string;
  /** The same in pieces, so that a period is not broken across lines. */
  parts: HoursPart[];
  /** Why the day differs: the holiday's name, the exception's note (or a general word for an unnamed one). */
  note?: LocalizedText;
}

/** A piece of a day's hours: a period ("08.00–16.30", kept on one line) or the list's glue (", "). */
export interface HoursPart {
  value: string;
  period: boolean;
}

/** A day's periods, each `08.00–16.30`, listed the language's way, in pieces. */
export function periodParts(periods: readonly Period[], wording: Wording): HoursPart[] {
  const list = cached('list', wording.locale, (locale) => new Intl.ListFormat(locale, { type: 'unit', style: 'short' }));
  const texts = periods.map((p) => wording.t('period', { opens: formatTimeOfDay(p.opens, wording), closes: formatTimeOfDay(p.closes, wording) }));
  return list.formatToParts(texts).map((part) => ({ value: part.value, period: part.type === 'element' }));
}

/** A day's periods as one string: "08.00–12.00, 13.00–16.30". */
export function formatPeriods(periods: readonly Period[], wording: Wording): string {
  return periodParts(periods, wording)
    .map((part) => part.value)
    .join('');
}

/** The rows of a week's table (from `weekSchedule`), `today` being the office's local date. */
export function weekRows(week: readonly DaySchedule[], today: string, wording: Wording): WeekRow[] {
  return week.map((day) => {
    const note = day.reason?.name ?? (day.reason?.kind === 'exception' ? wording.t('week.exception') : undefined);
    const parts = day.closed ? [{ value: wording.t('week.closed'), period: false }] : periodParts(day.periods, wording);
    return {
      date: day.date,
      day: formatDate(day.date, wording),
      today: day.date === today,
      closed: day.closed,
      hours: parts.map((part) => part.value).join(''),
      parts,
      ...(note !== undefined && { note }),
    };
  });
}
