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
import { DataError } from '../data-error.js';
import { describe, isRecord } from '../validate.js';
import type { LocalizedText, Validator } from '../validate.js';
import { isTimeZone, localDate, zonedInstant } from './zoned-time.js';

export { localDate };

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
  /** Klämdagar (a weekday between a holiday and a weekend); default "regular". */
  bridgeDays?: 'closed' | 'regular' | Period;
  /** Win over everything else; a dated one wins over a range, then the first listed. */
  exceptions?: OpeningException[];
}

// ---------------------------------------------------------------------------------------------
// Validation

/** Every problem with opening hours is a 'value' error named by its path: `hours.regular[1].closes`. */
function invalid(path: string, message: string): DataError {
  return new DataError('value', path, `${path}: ${message}`);
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

/** An object with only the allowed keys; any other key is rejected, since it is most likely a typo. */
function object(value: unknown, path: string, allowed: readonly string[]): Record<string, unknown> {
  if (!isRecord(value)) throw invalid(path, `expected an object, got ${describe(value)}`);
  const unknown = Object.keys(value).find((key) => !allowed.includes(key));
  if (unknown !== undefined) throw invalid(`${path}.${unknown}`, `unknown field; expected ${allowed.join(', ')}`);
  return value;
}

/** A time normalised to "HH:MM". */
function time(value: unknown, path: string, closing: boolean): string {
  if (value === undefined) throw invalid(path, 'is missing');
  const minutes = typeof value === 'string' ? minutesOf(value, closing) : undefined;
  if (minutes === undefined) {
    const range = closing ? '00.00 to 24.00' : '00.00 to 23.59';
    throw invalid(path, `expected a time from ${range} written HH.MM or HH:MM, got ${describe(value)}`);
  }
  return hhmm(minutes);
}

/** An opening and a closing time; a closing before the opening runs past midnight. */
function period(from: Record<string, unknown>, path: string): Period {
  const opens = time(from['opens'], `${path}.opens`, false);
  const closes = time(from['closes'], `${path}.closes`, true);
  if (opens === closes) throw invalid(`${path}.closes`, 'equals opens; for a whole day write opens 00.00 and closes 24.00');
  return { opens, closes };
}

function date(value: unknown, path: string): string {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  const message =
    value === undefined
      ? 'is missing'
      : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? `${value} does not exist`
        : `expected a date written YYYY-MM-DD, got ${describe(value)}`;
  throw invalid(path, message);
}

function note(value: unknown, path: string): LocalizedText {
  if (typeof value === 'string' && value.trim()) return value;
  if (isRecord(value) && Object.keys(value).length > 0) {
    for (const [lang, text] of Object.entries(value)) {
      if (typeof text !== 'string' || !text.trim()) throw invalid(`${path}.${lang}`, `expected text, got ${describe(text)}`);
    }
    return { ...(value as Record<string, string>) };
  }
  throw invalid(path, `expected text or an object like {"sv": "…", "en": "…"}, got ${describe(value)}`);
}

function dayToken(value: unknown, path: string): DayName | DayRange {
  const match = typeof value === 'string' ? DAY_TOKEN.exec(value) : null;
  const known = (name: string | undefined) => name === undefined || (DAY_NAMES as readonly string[]).includes(name);
  if (match && known(match[1]) && known(match[2])) return value as DayName | DayRange;
  throw invalid(path, `expected a day (${DAY_NAMES.join(', ')}) or a range like "mon-thu", got ${describe(value)}`);
}

/** A regular period; an empty one (opens = closes) is `undefined`, and a warning. */
function regularHours(value: unknown, path: string, warnings: DataError[]): RegularHours | undefined {
  const from = object(value, path, ['days', 'opens', 'closes']);
  const days = from['days'];
  if (!Array.isArray(days) || days.length === 0) {
    throw invalid(`${path}.days`, `expected a list of days like ["mon-thu", "sat"], got ${describe(days)}`);
  }
  const checked = days.map((day, i) => dayToken(day, `${path}.days[${i}]`));
  const opens = time(from['opens'], `${path}.opens`, false);
  const closes = time(from['closes'], `${path}.closes`, true);
  if (opens === closes) {
    warnings.push(invalid(`${path}.closes`, `equals opens (${opens}): the period is empty and left out; for a whole day write opens 00.00 and closes 24.00`));
    return undefined;
  }
  return { days: checked, opens, closes };
}

/** A warning for each regular period that overlaps an earlier one of the same day (they count as one). */
function overlaps(regular: readonly (RegularHours | undefined)[], path: string): DataError[] {
  const warnings: DataError[] = [];
  const byDay: { span: Span; index: number }[][] = DAY_NAMES.map(() => []);
  regular.forEach((entry, index) => {
    if (entry) for (const day of new Set(entry.days.flatMap(expandDays))) byDay[day]!.push({ span: span(entry), index });
  });
  const said = new Set<number>();
  byDay.forEach((periods, day) => {
    periods.sort((a, b) => a.span.start - b.span.start);
    periods.slice(1).forEach((later, i) => {
      const earlier = periods[i]!;
      if (later.span.start >= earlier.span.end || said.has(later.index)) return;
      said.add(later.index);
      const [first, second] = [earlier.index, later.index].sort((a, b) => a - b) as [number, number];
      warnings.push(invalid(`${path}.regular[${second}]`, `overlaps ${path}.regular[${first}] on ${DAY_NAMES[day]}; the two count as one period`));
    });
  });
  return warnings;
}

function exception(value: unknown, path: string): OpeningException {
  const from = object(value, path, ['date', 'from', 'to', 'opens', 'closes', 'closed', 'note']);
  const withNote = from['note'] === undefined ? {} : { note: note(from['note'], `${path}.note`) };
  const closed = from['closed'];
  const hasHours = from['opens'] !== undefined || from['closes'] !== undefined;
  if (closed !== undefined && closed !== true) {
    throw invalid(`${path}.closed`, `expected true, or no closed and opens and closes; got ${describe(closed)}`);
  }
  if (closed === true && hasHours) throw invalid(`${path}.closed`, 'give either closed: true or opens and closes, not both');

  if (from['date'] === undefined && from['from'] === undefined && from['to'] === undefined) {
    throw invalid(`${path}.date`, 'is missing; give date, or from and to');
  }

  if (from['date'] !== undefined) {
    if (from['from'] !== undefined || from['to'] !== undefined) {
      throw invalid(`${path}.date`, 'give either date or from and to, not both');
    }
    const day = date(from['date'], `${path}.date`);
    if (closed === true) return { date: day, closed: true, ...withNote };
    if (!hasHours) throw invalid(`${path}.opens`, 'is missing; give opens and closes, or closed: true');
    return { date: day, ...period(from, path), ...withNote };
  }

  const first = date(from['from'], `${path}.from`);
  const last = date(from['to'], `${path}.to`);
  if (last < first) throw invalid(`${path}.to`, `${last} is before from (${first})`);
  // Hours over a range would also open the weekends in it; a range only closes.
  if (hasHours) throw invalid(`${path}.opens`, 'a range of dates can only be closed: true; give opening hours per date');
  if (closed !== true) throw invalid(`${path}.closed`, 'is missing; a range of dates takes closed: true');
  return { from: first, to: last, closed: true, ...withNote };
}

const CHOICES = ['closed', 'regular'] as const;

function choice<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw invalid(path, `expected ${allowed.map((a) => `"${a}"`).join(' or ')}, got ${describe(value)}`);
}

function validate(value: unknown, path: string, warnings: DataError[]): OpeningHours {
  const from = object(value, path, ['regular', 'holidays', 'eves', 'dayBeforeHoliday', 'bridgeDays', 'exceptions']);

  const listOf = <T>(key: string, item: Validator<T>): T[] => {
    const entries = from[key];
    const at = `${path}.${key}`;
    if (!Array.isArray(entries)) throw invalid(at, entries === undefined ? 'is missing' : `expected a list, got ${describe(entries)}`);
    return entries.map((entry, i) => item(entry, `${at}[${i}]`));
  };

  const regular = listOf('regular', (entry, at) => regularHours(entry, at, warnings));
  warnings.push(...overlaps(regular, path));
  const result: OpeningHours = {
    regular: regular.filter((entry): entry is RegularHours => entry !== undefined),
    holidays: from['holidays'] === undefined ? 'closed' : choice(from['holidays'], `${path}.holidays`, CHOICES),
    eves: 'closed',
  };

  const eves = from['eves'];
  if (isRecord(eves)) result.eves = period(object(eves, `${path}.eves`, ['opens', 'closes']), `${path}.eves`);
  else if (eves !== undefined) result.eves = choice(eves, `${path}.eves`, CHOICES);

  const bridgeDays = from['bridgeDays'];
  if (isRecord(bridgeDays)) result.bridgeDays = period(object(bridgeDays, `${path}.bridgeDays`, ['opens', 'closes']), `${path}.bridgeDays`);
  else if (bridgeDays !== undefined) result.bridgeDays = choice(bridgeDays, `${path}.bridgeDays`, CHOICES);

  if (from['dayBeforeHoliday'] !== undefined) {
    const at = `${path}.dayBeforeHoliday`;
    const fields = object(from['dayBeforeHoliday'], at, ['opens', 'closes']);
    const opens = fields['opens'] === undefined ? undefined : time(fields['opens'], `${at}.opens`, false);
    const closes = fields['closes'] === undefined ? undefined : time(fields['closes'], `${at}.closes`, true);
    if (opens === undefined && closes === undefined) throw invalid(at, 'give opens, closes or both');
    if (opens !== undefined && closes !== undefined && closes <= opens) {
      throw invalid(`${at}.closes`, `${closes} is not after opens (${opens})`);
    }
    result.dayBeforeHoliday = { ...(opens && { opens }), ...(closes && { closes }) };
  }

  if (from['exceptions'] !== undefined) result.exceptions = listOf('exceptions', exception);
  return result;
}

/** Freezes a fresh value all the way down, so that the hours compiled from it stay true to it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Checks unknown data (parsed JSON) against OpeningHours and compiles it for the engine, once.
 * The first problem throws a DataError (code `value`) naming its path, `contact.hours.regular[1].opens`;
 * nothing half-valid gets through. What is odd but usable is kept in `warnings`: an empty
 * regular period (left out) and two regular periods of one day that overlap (counted as one). Given hours this module already validated (the `hours` of a
 * CompiledHours, or what parseOpeningHours returned), it returns their compiled form without
 * checking them again.
 */
export function compileHours(value: unknown, path = 'hours'): CompiledHours {
  const known = isRecord(value) ? compiled.get(value) : undefined;
  if (known) return known;
  const warnings: DataError[] = [];
  const hours = deepFreeze(validate(value, path, warnings));
  const result = compile(hours, warnings);
  compiled.set(hours, result);
  compiled.set(result, result);
  return result;
}

/**
 * Checks unknown data (parsed JSON) against OpeningHours: a Validator, throwing a DataError at
 * the path of the first problem (`hours.regular[1].closes`). The value returned is a fresh,
 * frozen copy with times written "HH:MM" and the defaults of `holidays` and `eves` filled in.
 */
export function parseOpeningHours(value: unknown, path = 'hours'): OpeningHours {
  return compileHours(value, path).hours;
}

// ---------------------------------------------------------------------------------------------
// Local time in a time zone

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
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Valid opening hours turned into minute spans, made once by compileHours (or parseOpeningHours)
 * when the data arrives, and read by openingStatus, weekSchedule and <contact-status>'s timer.
 */
export interface CompiledHours {
  /** The validated hours this was compiled from (times "HH:MM", defaults filled in; frozen). */
  readonly hours: OpeningHours;
  /** Index 0 = Monday. */
  readonly week: readonly (readonly Span[])[];
  readonly holidays: 'closed' | 'regular';
  readonly eves: 'closed' | 'regular' | Span;
  /** What a day before a holiday is cut to (`end` may be Infinity). */
  readonly dayBefore: Span | undefined;
  readonly bridgeDays: 'closed' | 'regular' | Span;
  /** Problems that did not stop the hours from being used (code `value`, with their paths). */
  readonly warnings: readonly DataError[];
  /** Dated ones first, so that they win over ranges. */
  readonly exceptions: readonly { from: string; to: string; spans: readonly Span[]; note: LocalizedText | undefined }[];
}

/** Validated hours and their compiled form → the compiled form: what makes compiling happen once. */
const compiled = new WeakMap<object, CompiledHours>();

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

/** The spans of validated hours. */
function compile(hours: OpeningHours, warnings: readonly DataError[]): CompiledHours {
  const { regular, holidays = 'closed', eves = 'closed', bridgeDays = 'regular', dayBeforeHoliday, exceptions = [] } = hours;
  const week: Span[][] = DAY_NAMES.map(() => []);
  for (const entry of regular) {
    for (const day of new Set(entry.days.flatMap(expandDays))) week[day]!.push(span(entry));
  }
  for (const spans of week) spans.sort((a, b) => a.start - b.start);
  const compiledHours: CompiledHours = {
    hours,
    warnings,
    bridgeDays: typeof bridgeDays === 'string' ? bridgeDays : span(bridgeDays),
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
  // The warnings are errors the element reports; they stay unfrozen Error objects.
  Object.freeze(compiledHours);
  for (const [key, value] of Object.entries(compiledHours)) if (key !== 'warnings' && key !== 'hours') deepFreeze(value);
  return compiledHours;
}

/** The compiled form of `hours`, or undefined when they are not valid (the public helpers answer "unknown"). */
function compiledOrUndefined(hours: OpeningHours | CompiledHours): CompiledHours | undefined {
  try {
    return compileHours(hours);
  } catch (error) {
    if (error instanceof DataError) return undefined;
    throw error;
  }
}

export interface DayReason {
  kind: HolidayKind | 'exception';
  /** The holiday's name, or the exception's note. */
  name?: LocalizedText;
}

interface DayPlan {
  spans: readonly Span[];
  reason?: DayReason;
}

const sameSpans = (a: readonly Span[], b: readonly Span[]) => a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end);

/**
 * The spans of one local date: an exception, else the day's holiday rule, else the regular
 * hours. Eve hours and a shortened day before a holiday apply only to a day that has regular
 * hours: an office closed on Saturdays stays closed on påskafton. A period belongs to the day
 * it opens on, even when it runs into a holiday.
 */
function dayPlan(rules: CompiledHours, date: string): DayPlan {
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
    case 'eve':
      return { spans: ruled(rules.eves, regular), reason };
    case 'bridge':
      // A Monday bridge day is also the day before the Tuesday's holiday.
      if (rules.bridgeDays === 'regular') return holidayOn(addDays(date, 1))?.kind === 'holiday' ? shortened(rules, regular, reason) : { spans: regular };
      return { spans: ruled(rules.bridgeDays, regular), reason };
    case 'dayBefore':
      return shortened(rules, regular, reason);
  }
}

/** A day's spans by a rule "closed" / "regular" / its own hours (only on a day that opens at all). */
function ruled(rule: 'closed' | 'regular' | Span, regular: readonly Span[]): readonly Span[] {
  return rule === 'regular' ? regular : rule === 'closed' || regular.length === 0 ? [] : [rule];
}

/** The regular spans cut to `dayBeforeHoliday`. */
function shortened(rules: CompiledHours, regular: readonly Span[], reason: DayReason): DayPlan {
  const window = rules.dayBefore;
  if (!window) return { spans: regular };
  const spans = regular.map((s) => ({ start: Math.max(s.start, window.start), end: Math.min(s.end, window.end) })).filter((s) => s.end > s.start);
  // Named only when it changed the day: "Sunday, day before the National Day" says nothing.
  return sameSpans(spans, regular) ? { spans } : { spans, reason };
}

const holidaysByYear = new Map<number, Map<string, SwedishHoliday>>();

/** The holiday of a date, computing each year's list once. */
function holidayOn(date: string): SwedishHoliday | undefined {
  const year = Number(date.slice(0, 4));
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Map(swedishHolidays(year).map((h) => [h.date, h]));
    holidaysByYear.set(year, days);
  }
  return days.get(date);
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
 * 1600–9997 or an unknown time zone. Pass the CompiledHours (or hours parseOpeningHours returned)
 * to skip validating again on every call.
 * A place that is open throughout those days is `open` without `changesAt`.
 */
export function openingStatus(hours: OpeningHours | CompiledHours, instant: Date | number, timeZone = 'Europe/Stockholm'): OpeningStatus {
  return scan(hours, +instant, timeZone).status;
}

/**
 * When a place that is closed at `instant` last closed, if that was since the start of
 * yesterday (in `timeZone`): between two periods of one day, the start of the break (a lunch
 * closure). Undefined when it is open, or the hours cannot tell.
 */
export function closedSince(hours: OpeningHours | CompiledHours, instant: Date | number, timeZone = 'Europe/Stockholm'): Date | undefined {
  const { status, lastClosing } = scan(hours, +instant, timeZone);
  return status.state === 'closed' && lastClosing !== undefined ? new Date(lastClosing) : undefined;
}

/** The status at `now`, and the last closing before it since yesterday's start. */
function scan(hours: OpeningHours | CompiledHours, now: number, timeZone: string): { status: OpeningStatus; lastClosing?: number } {
  const rules = compiledOrUndefined(hours);
  if (!rules || rules.week.every((spans) => !spans.length) || !usable(now, timeZone)) return { status: { state: 'unknown' } };

  const today = localDate(now, timeZone);
  let openUntil: number | undefined;
  let lastClosing: number | undefined;
  // From yesterday, whose last period may run past midnight.
  for (let day = -1; day <= HORIZON_DAYS; day++) {
    const date = addDays(today, day);
    for (const { start: startMinutes, end: endMinutes } of dayPlan(rules, date).spans) {
      const start = zonedInstant(date, startMinutes, timeZone);
      const end = zonedInstant(date, endMinutes, timeZone);
      if (end <= start) continue; // lost in a change to summer time
      if (openUntil !== undefined) {
        if (start > openUntil) return { status: { state: 'open', changesAt: new Date(openUntil), closesAt: new Date(openUntil) } };
        openUntil = Math.max(openUntil, end);
      } else if (start <= now && now < end) {
        openUntil = end;
      } else if (start > now) {
        const status: OpeningStatus = { state: 'closed', changesAt: new Date(start), opensAt: new Date(start) };
        return lastClosing === undefined ? { status } : { status, lastClosing };
      } else {
        lastClosing = end;
      }
    }
  }
  return { status: { state: openUntil === undefined ? 'unknown' : 'open' } };
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
export function weekSchedule(hours: OpeningHours | CompiledHours, instant: Date | number, timeZone = 'Europe/Stockholm'): DaySchedule[] {
  const now = +instant;
  const rules = compiledOrUndefined(hours);
  if (!rules || !usable(now, timeZone)) return [];

  const today = localDate(now, timeZone);
  const monday = addDays(today, -weekday(today));
  return DAY_NAMES.map((_, i) => daySchedule(rules, addDays(monday, i)));
}

/**
 * The hours of the local dates `from` to `to` (inclusive, 'YYYY-MM-DD'), by the same rules as
 * the status and the week: what the JSON-LD's dated opening hours are made from. Empty when the
 * hours or dates are not usable.
 */
export function dateSchedules(hours: OpeningHours | CompiledHours, from: string, to: string): DaySchedule[] {
  const rules = compiledOrUndefined(hours);
  if (!rules || !isIsoDate(from) || !isIsoDate(to)) return [];
  const days: DaySchedule[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) days.push(daySchedule(rules, date));
  return days;
}

/** The periods of an ordinary week, Monday first ("HH:MM"; `closes` before `opens` runs past midnight). */
export function regularWeek(hours: CompiledHours): Period[][] {
  return hours.week.map(periodsOf);
}

const periodsOf = (spans: readonly Span[]): Period[] => spans.map(({ start, end }) => ({ opens: hhmm(start), closes: hhmm(end > 1440 ? end - 1440 : end) }));

function daySchedule(rules: CompiledHours, date: string): DaySchedule {
  const { spans, reason } = dayPlan(rules, date);
  return {
    date,
    weekday: weekday(date),
    periods: periodsOf(spans),
    closed: spans.length === 0,
    ...(reason && { reason }),
  };
}
