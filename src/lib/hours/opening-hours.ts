/**
 * Opening hours (SPEC.md, "OpeningHours"): the data shape, its validator, and the engine that
 * says whether a place is open at an instant and when that changes.
 *
 * Times are wall-clock times in the office's time zone. Local dates and times are turned into
 * instants through Intl.DateTimeFormat with that zone, so nothing depends on the machine's own
 * zone or clock: the instant is always passed in.
 */
import { addDays, isIsoDate, swedishHolidays, weekday } from './holidays.js';
import type { HolidayKind, SwedishHoliday } from './holidays.js';
import { describe, isRecord } from '../validate.js';
import type { LocalizedText } from '../validate.js';

// ---------------------------------------------------------------------------------------------
// The data shape

export const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayName = (typeof DAY_NAMES)[number];
/** A range of days, "mon-thu"; it may wrap around the week end ("sun-thu"). */
export type DayRange = `${DayName}-${DayName}`;

/** One period on the given days. Times "08:00" or "08.00"; "24:00" only as `closes`. */
export interface RegularHours {
  days: (DayName | DayRange)[];
  opens: string;
  closes: string;
}

export interface Period {
  opens: string;
  closes: string;
}

export type OpeningException =
  | { date: string; opens: string; closes: string; note?: LocalizedText }
  | { date: string; closed: true; note?: LocalizedText }
  | { from: string; to: string; closed: true; note?: LocalizedText };

export interface OpeningHours {
  regular: RegularHours[];
  /** Swedish public holidays; default "closed". */
  holidays?: 'closed' | 'regular';
  /** Julafton, nyårsafton, midsommarafton, påskafton, pingstafton; default "closed". */
  eves?: 'closed' | 'regular' | Period;
  /** Shortens the days before a holiday (trettondagsafton, skärtorsdagen, …). */
  dayBeforeHoliday?: { opens?: string; closes?: string };
  /** Win over everything else; a dated one wins over a range, then the first listed. */
  exceptions?: OpeningException[];
}

// ---------------------------------------------------------------------------------------------
// Validation

export interface ValidationIssue {
  /** Where in the data: `hours.regular[1].closes`. */
  path: string;
  message: string;
}

export type ParsedOpeningHours = { ok: true; value: OpeningHours } | { ok: false; issues: ValidationIssue[] };

type Issues = ValidationIssue[];

/** Records a problem; returns undefined so that a reader can `return report(…)`. */
function report(issues: Issues, path: string, message: string): undefined {
  issues.push({ path, message });
  return undefined;
}

const TIME = /^(\d{1,2})[:.](\d{2})$/;
const DAY_TOKEN = /^([a-z]{3})(?:-([a-z]{3}))?$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes after midnight of "08.00" / "8:00" / "24:00" (closing only), else undefined. */
function minutesOf(value: string, closing: boolean): number | undefined {
  const match = TIME.exec(value);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && (minutes > 0 || !closing))) return undefined;
  return hours * 60 + minutes;
}

function hhmm(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** An object with only the allowed keys; every other key is reported, since it is most likely a typo. */
function object(
  value: unknown,
  path: string,
  allowed: readonly string[],
  issues: Issues,
): Record<string, unknown> | undefined {
  if (!isRecord(value)) return report(issues, path, `expected an object, got ${describe(value)}`);
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) report(issues, `${path}.${key}`, `unknown field; expected ${allowed.join(', ')}`);
  }
  return value;
}

/** A time normalised to "HH:MM". */
function time(value: unknown, path: string, closing: boolean, issues: Issues): string | undefined {
  if (value === undefined) return report(issues, path, 'is missing');
  const minutes = typeof value === 'string' ? minutesOf(value, closing) : undefined;
  if (minutes === undefined) {
    const range = closing ? '00.00 to 24.00' : '00.00 to 23.59';
    return report(issues, path, `expected a time from ${range} written HH.MM or HH:MM, got ${describe(value)}`);
  }
  return hhmm(minutes);
}

/** An opening and a closing time; a closing before the opening runs past midnight. */
function period(from: Record<string, unknown>, path: string, issues: Issues): Period | undefined {
  const opens = time(from['opens'], `${path}.opens`, false, issues);
  const closes = time(from['closes'], `${path}.closes`, true, issues);
  if (opens === undefined || closes === undefined) return undefined;
  if (opens === closes) {
    return report(issues, `${path}.closes`, 'equals opens; for a whole day write opens 00.00 and closes 24.00');
  }
  return { opens, closes };
}

function date(value: unknown, path: string, issues: Issues): string | undefined {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  const message =
    value === undefined
      ? 'is missing'
      : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? `${value} does not exist`
        : `expected a date written YYYY-MM-DD, got ${describe(value)}`;
  return report(issues, path, message);
}

function note(value: unknown, path: string, issues: Issues): LocalizedText | undefined {
  if (typeof value === 'string' && value.trim()) return value;
  if (isRecord(value) && Object.keys(value).length > 0) {
    const bad = Object.entries(value).filter(([, text]) => typeof text !== 'string' || !text.trim());
    for (const [lang, text] of bad) report(issues, `${path}.${lang}`, `expected text, got ${describe(text)}`);
    return bad.length ? undefined : (value as Record<string, string>);
  }
  return report(issues, path, `expected text or an object like {"sv": "…", "en": "…"}, got ${describe(value)}`);
}

function dayToken(value: unknown, path: string, issues: Issues): DayName | DayRange | undefined {
  const match = typeof value === 'string' ? DAY_TOKEN.exec(value) : null;
  const known = (name: string | undefined) => name === undefined || (DAY_NAMES as readonly string[]).includes(name);
  if (match && known(match[1]) && known(match[2])) return value as DayName | DayRange;
  const days = DAY_NAMES.join(', ');
  return report(issues, path, `expected a day (${days}) or a range like "mon-thu", got ${describe(value)}`);
}

function regularHours(value: unknown, path: string, issues: Issues): RegularHours | undefined {
  const from = object(value, path, ['days', 'opens', 'closes'], issues);
  if (!from) return undefined;
  const days = from['days'];
  let tokens: (DayName | DayRange | undefined)[] = [];
  if (!Array.isArray(days) || days.length === 0) {
    report(issues, `${path}.days`, `expected a list of days like ["mon-thu", "sat"], got ${describe(days)}`);
  } else {
    tokens = days.map((day, i) => dayToken(day, `${path}.days[${i}]`, issues));
  }
  const hours = period(from, path, issues);
  if (!hours || tokens.length === 0 || tokens.includes(undefined)) return undefined;
  return { days: tokens as (DayName | DayRange)[], ...hours };
}

function exception(value: unknown, path: string, issues: Issues): OpeningException | undefined {
  const from = object(value, path, ['date', 'from', 'to', 'opens', 'closes', 'closed', 'note'], issues);
  if (!from) return undefined;
  const before = issues.length;
  const text = from['note'] === undefined ? undefined : note(from['note'], `${path}.note`, issues);
  const withNote = text === undefined ? {} : { note: text };
  const closed = from['closed'];
  const hasHours = from['opens'] !== undefined || from['closes'] !== undefined;
  if (closed !== undefined && closed !== true) {
    report(issues, `${path}.closed`, `expected true, or no closed and opens and closes; got ${describe(closed)}`);
  } else if (closed === true && hasHours) {
    report(issues, `${path}.closed`, 'give either closed: true or opens and closes, not both');
  }

  if (from['date'] === undefined && from['from'] === undefined && from['to'] === undefined) {
    return report(issues, `${path}.date`, 'is missing; give date, or from and to');
  }

  if (from['date'] !== undefined) {
    if (from['from'] !== undefined || from['to'] !== undefined) {
      report(issues, `${path}.date`, 'give either date or from and to, not both');
    }
    const day = date(from['date'], `${path}.date`, issues);
    if (closed === undefined && !hasHours) {
      report(issues, `${path}.opens`, 'is missing; give opens and closes, or closed: true');
    }
    const hours = closed === undefined && hasHours ? period(from, path, issues) : undefined;
    if (issues.length > before || !day) return undefined;
    return hours ? { date: day, ...hours, ...withNote } : { date: day, closed: true, ...withNote };
  }

  const first = date(from['from'], `${path}.from`, issues);
  const last = date(from['to'], `${path}.to`, issues);
  if (first && last && last < first) report(issues, `${path}.to`, `${last} is before from (${first})`);
  // Hours over a range would also open the weekends in it; a range only closes.
  if (hasHours) {
    report(issues, `${path}.opens`, 'a range of dates can only be closed: true; give opening hours per date');
  } else if (closed !== true) {
    report(issues, `${path}.closed`, 'is missing; a range of dates takes closed: true');
  }
  return issues.length === before && first && last ? { from: first, to: last, closed: true, ...withNote } : undefined;
}

const CHOICES = ['closed', 'regular'] as const;

function choice<T extends string>(value: unknown, path: string, allowed: readonly T[], issues: Issues): T | undefined {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  return report(issues, path, `expected ${allowed.map((a) => `"${a}"`).join(' or ')}, got ${describe(value)}`);
}

/**
 * Checks unknown data (parsed JSON) against OpeningHours. Every problem is reported with its
 * path (`hours.regular[1].closes`); any problem rejects the whole value. The value returned is
 * a fresh copy with times written "HH:MM" and the defaults of `holidays` and `eves` filled in.
 */
export function parseOpeningHours(value: unknown, path = 'hours'): ParsedOpeningHours {
  const issues: Issues = [];
  const from = object(value, path, ['regular', 'holidays', 'eves', 'dayBeforeHoliday', 'exceptions'], issues);
  if (!from) return { ok: false, issues };

  const listOf = <T>(key: string, item: (entry: unknown, at: string, issues: Issues) => T | undefined): T[] => {
    const entries = from[key];
    if (!Array.isArray(entries)) {
      const message = entries === undefined ? 'is missing' : `expected a list, got ${describe(entries)}`;
      report(issues, `${path}.${key}`, message);
      return [];
    }
    return entries.map((entry, i) => item(entry, `${path}.${key}[${i}]`, issues)).filter((e) => e !== undefined);
    return [];
  };

  const result: OpeningHours = {
    regular: listOf('regular', regularHours),
    holidays: from['holidays'] === undefined ? 'closed' : choice(from['holidays'], `${path}.holidays`, CHOICES, issues),
    eves: 'closed',
  };

  const eves = from['eves'];
  if (isRecord(eves)) {
    const fields = object(eves, `${path}.eves`, ['opens', 'closes'], issues);
    const hours = fields && period(fields, `${path}.eves`, issues);
    if (hours) result.eves = hours;
  } else if (eves !== undefined) {
    const simple = choice(eves, `${path}.eves`, CHOICES, issues);
    if (simple) result.eves = simple;
  }

  if (from['dayBeforeHoliday'] !== undefined) {
    const at = `${path}.dayBeforeHoliday`;
    const fields = object(from['dayBeforeHoliday'], at, ['opens', 'closes'], issues);
    if (fields) {
      const opens = fields['opens'] === undefined ? undefined : time(fields['opens'], `${at}.opens`, false, issues);
      const closes = fields['closes'] === undefined ? undefined : time(fields['closes'], `${at}.closes`, true, issues);
      if (fields['opens'] === undefined && fields['closes'] === undefined) {
        report(issues, at, 'give opens, closes or both');
      } else if (opens !== undefined && closes !== undefined && closes <= opens) {
        report(issues, `${at}.closes`, `${closes} is not after opens (${opens})`);
      }
      result.dayBeforeHoliday = { ...(opens && { opens }), ...(closes && { closes }) };
    }
  }

  if (from['exceptions'] !== undefined) result.exceptions = listOf('exceptions', exception);

  return issues.length ? { ok: false, issues } : { ok: true, value: result };
}

// ---------------------------------------------------------------------------------------------
// Local time in a time zone

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

function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in `timeZone` at instant `ms` (to the second), read as if it were UTC. */
function wallClock(ms: number, timeZone: string): number {
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
function zonedInstant(date: string, minutes: number, timeZone: string): number {
  const wall = Date.parse(`${date}T00:00Z`) + minutes * 60_000;
  // The offsets a day before and after cover both sides of any change of offset that day.
  const candidates = [wall - DAY_MS, wall + DAY_MS]
    .map((ms) => wall - (wallClock(ms, timeZone) - ms))
    .sort((a, b) => a - b);
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

/**
 * The instant at which the wall clock in `timeZone` shows `time` ("08:00", "08.00", "24:00" =
 * midnight at the end of the day) on `date`: "tomorrow 08.00" is this, not now + 24 h. A time
 * skipped by a change to summer time is the first instant after the gap (02.30 → 03.00); a time
 * that occurs twice is the first one. Throws RangeError for a bad date, time or zone.
 */
export function instantAt(date: string, time: string, timeZone: string): Date {
  const minutes = minutesOf(time, true);
  if (minutes === undefined || !isIsoDate(date)) {
    throw new RangeError(`instantAt: ${date} ${time} is not a date and time`);
  }
  return new Date(zonedInstant(date, minutes, timeZone));
}

// ---------------------------------------------------------------------------------------------
// The hours of a day

/** Minutes after the day's midnight; `end` passes 1440 for a period that runs past midnight. */
interface Span {
  start: number;
  end: number;
}

interface Rules {
  /** Index 0 = Monday. */
  week: Span[][];
  holidays: 'closed' | 'regular';
  eves: 'closed' | 'regular' | Span;
  /** What a day before a holiday is cut to (`end` may be Infinity). */
  dayBefore: Span | undefined;
  /** Dated ones first, so that they win over ranges. */
  exceptions: { from: string; to: string; spans: Span[]; note: LocalizedText | undefined }[];
}

function span({ opens, closes }: Period): Span {
  const start = minutesOf(opens, false)!;
  const end = minutesOf(closes, true)!;
  return { start, end: end > start ? end : end + 1440 };
}

function expandDays(token: DayName | DayRange): number[] {
  const [first, last = first] = token.split('-').map((name) => DAY_NAMES.indexOf(name as DayName)) as [number, number?];
  const count = ((last - first + 7) % 7) + 1;
  return Array.from({ length: count }, (_, i) => (first + i) % 7);
}

/** The rules of valid hours, or undefined when `hours` is not valid. */
function compile(hours: unknown): Rules | undefined {
  const parsed = parseOpeningHours(hours);
  if (!parsed.ok) return undefined;
  const { regular, holidays = 'closed', eves = 'closed', dayBeforeHoliday, exceptions = [] } = parsed.value;
  const week: Span[][] = DAY_NAMES.map(() => []);
  for (const entry of regular) {
    for (const day of new Set(entry.days.flatMap(expandDays))) week[day]!.push(span(entry));
  }
  for (const spans of week) spans.sort((a, b) => a.start - b.start);
  return {
    week,
    holidays,
    eves: typeof eves === 'string' ? eves : span(eves),
    dayBefore: dayBeforeHoliday && {
      start: dayBeforeHoliday.opens ? minutesOf(dayBeforeHoliday.opens, false)! : 0,
      end: dayBeforeHoliday.closes ? minutesOf(dayBeforeHoliday.closes, true)! : Infinity,
    },
    exceptions: [...exceptions]
      .sort((a, b) => Number('from' in a) - Number('from' in b))
      .map((e) => ({
        from: 'date' in e ? e.date : e.from,
        to: 'date' in e ? e.date : e.to,
        spans: 'closed' in e ? [] : [span(e)],
        note: e.note,
      })),
  };
}

export interface DayReason {
  kind: HolidayKind | 'exception';
  /** The holiday's name, or the exception's note. */
  name?: LocalizedText;
}

interface DayPlan {
  spans: Span[];
  reason?: DayReason;
}

const sameSpans = (a: Span[], b: Span[]) =>
  a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end);

/**
 * The spans of one local date: an exception, else the day's holiday rule, else the regular
 * hours. Eve hours and a shortened day before a holiday apply only to a day that has regular
 * hours: an office closed on Saturdays stays closed on påskafton. A period belongs to the day
 * it opens on, even when it runs into a holiday.
 */
function dayPlan(rules: Rules, date: string, holidayOn: (date: string) => SwedishHoliday | undefined): DayPlan {
  const exception = rules.exceptions.find((e) => e.from <= date && date <= e.to);
  if (exception) {
    const reason: DayReason = { kind: 'exception', ...(exception.note !== undefined && { name: exception.note }) };
    return { spans: exception.spans, reason };
  }

  const regular = rules.week[weekday(date)]!;
  const holiday = holidayOn(date);
  if (!holiday) return { spans: regular };
  const reason: DayReason = { kind: holiday.kind, name: holiday.name };
  switch (holiday.kind) {
    case 'holiday':
      return { spans: rules.holidays === 'regular' ? regular : [], reason };
    case 'eve': {
      const { eves } = rules;
      return { spans: eves === 'regular' ? regular : eves === 'closed' || regular.length === 0 ? [] : [eves], reason };
    }
    case 'dayBefore': {
      const window = rules.dayBefore;
      if (!window) return { spans: regular };
      const spans = regular
        .map((s) => ({ start: Math.max(s.start, window.start), end: Math.min(s.end, window.end) }))
        .filter((s) => s.end > s.start);
      // Named only when it changed the day: "Sunday, day before the National Day" says nothing.
      return sameSpans(spans, regular) ? { spans } : { spans, reason };
    }
  }
}

/** Looks up the holiday of a date, computing each year's list once. */
function holidayCalendar(): (date: string) => SwedishHoliday | undefined {
  const years = new Map<number, Map<string, SwedishHoliday>>();
  return (date) => {
    const year = Number(date.slice(0, 4));
    let days = years.get(year);
    if (!days) {
      days = new Map(swedishHolidays(year).map((h) => [h.date, h]));
      years.set(year, days);
    }
    return days.get(date);
  };
}

// ---------------------------------------------------------------------------------------------
// Status and week

export interface OpeningStatus {
  state: 'open' | 'closed' | 'unknown';
  /** The next closing when open, the next opening when closed; absent when not known. */
  changesAt?: Date;
  opensAt?: Date;
  closesAt?: Date;
}

/** The instants the engine answers for: the Gregorian years its holiday calendar knows. */
const EARLIEST = Date.UTC(1600, 0, 1);
const LATEST = Date.UTC(9998, 0, 1);

const usable = (now: number, timeZone: string) => now >= EARLIEST && now < LATEST && isTimeZone(timeZone);

/** How far ahead an opening is looked for before the answer is "unknown". */
const HORIZON_DAYS = 366;

/**
 * Whether the place is open at `instant`, and until when.
 *
 * Exceptions win over everything, then holidays, eves and days before a holiday, then the
 * regular hours. Periods that touch or overlap count as one (Fri 18–24 and Sat 00–03: open until
 * Saturday 03.00). The answer is `unknown`, never a guess, when the hours are not valid, have no
 * regular periods, or open nowhere in the next 366 days; and for an instant outside the years
 * 1600–9997 or an unknown time zone.
 * A place that is open throughout those days is `open` without `changesAt`.
 */
export function openingStatus(
  hours: OpeningHours,
  instant: Date | number,
  timeZone = 'Europe/Stockholm',
): OpeningStatus {
  const now = +instant;
  const rules = compile(hours);
  if (!rules || rules.week.every((spans) => !spans.length) || !usable(now, timeZone)) return { state: 'unknown' };

  const today = localDate(now, timeZone);
  const holidayOn = holidayCalendar();
  let openUntil: number | undefined;
  // From yesterday, whose last period may run past midnight.
  for (let day = -1; day <= HORIZON_DAYS; day++) {
    const date = addDays(today, day);
    for (const { start: startMinutes, end: endMinutes } of dayPlan(rules, date, holidayOn).spans) {
      const start = zonedInstant(date, startMinutes, timeZone);
      const end = zonedInstant(date, endMinutes, timeZone);
      if (end <= start) continue; // lost in a change to summer time
      if (openUntil !== undefined) {
        if (start > openUntil) return { state: 'open', changesAt: new Date(openUntil), closesAt: new Date(openUntil) };
        openUntil = Math.max(openUntil, end);
      } else if (start <= now && now < end) {
        openUntil = end;
      } else if (start > now) {
        return { state: 'closed', changesAt: new Date(start), opensAt: new Date(start) };
      }
    }
  }
  return { state: openUntil === undefined ? 'unknown' : 'open' };
}

export interface DaySchedule {
  /** 'YYYY-MM-DD' in the office's time zone. */
  date: string;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** "HH:MM"; `closes` before `opens` runs past midnight, "24:00" is midnight at the end of the day. */
  periods: Period[];
  closed: boolean;
  /** Why the day differs from an ordinary one: always for exceptions, holidays and eves. */
  reason?: DayReason;
}

/**
 * The seven days, Monday to Sunday, of the week (in `timeZone`) that holds `instant`: the week
 * printed on a Swedish office door. Empty when the hours, instant or zone are not usable.
 */
export function weekSchedule(
  hours: OpeningHours,
  instant: Date | number,
  timeZone = 'Europe/Stockholm',
): DaySchedule[] {
  const now = +instant;
  const rules = compile(hours);
  if (!rules || !usable(now, timeZone)) return [];

  const today = localDate(now, timeZone);
  const monday = addDays(today, -weekday(today));
  const holidayOn = holidayCalendar();
  return DAY_NAMES.map((_, i) => {
    const date = addDays(monday, i);
    const { spans, reason } = dayPlan(rules, date, holidayOn);
    return {
      date,
      weekday: i,
      periods: spans.map(({ start, end }) => ({ opens: hhmm(start), closes: hhmm(end > 1440 ? end - 1440 : end) })),
      closed: spans.length === 0,
      ...(reason && { reason }),
    };
  });
}
