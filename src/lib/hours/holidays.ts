/**
 * The Swedish calendar of days that change opening hours: the public holidays of
 * Lag (1989:253) om allmänna helgdagar, the eves (aftnar) and the days before a holiday.
 *
 * Everything here is arithmetic on calendar dates ('YYYY-MM-DD'). Dates become whole days
 * through Date.UTC and back through toISOString, so the machine's time zone never enters.
 */

export type HolidayKind = 'holiday' | 'eve' | 'dayBefore';

export interface SwedishHoliday {
  /** 'YYYY-MM-DD' */
  date: string;
  name: { sv: string; en: string };
  kind: HolidayKind;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a valid 'YYYY-MM-DD', else undefined (2026-02-30 does not exist). */
function dayNumber(date: string): number | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 02-30 over to 03-02; a date that survives the round trip exists.
  return new Date(ms).toISOString().slice(0, 10) === date ? ms / DAY_MS : undefined;
}

function isoDate(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday, from a day number (1970-01-01 was a Thursday). */
function weekdayOf(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

function toDays(date: string): number {
  const days = dayNumber(date);
  if (days === undefined) throw new RangeError(`${JSON.stringify(date)} is not a date (YYYY-MM-DD)`);
  return days;
}

/** Whether `value` is an existing calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(value: string): boolean {
  return dayNumber(value) !== undefined;
}

/** The date `count` days after `date` (before, when negative). Throws RangeError on a non-date. */
export function addDays(date: string, count: number): string {
  return isoDate(toDays(date) + count);
}

/** The day of the week of `date`: 0 = Monday … 6 = Sunday (Swedish weeks start on Monday). */
export function weekday(date: string): number {
  return weekdayOf(toDays(date));
}

/** Easter Sunday by the Gregorian computus (the anonymous algorithm, Meeus/Jones/Butcher). */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The first Saturday on or after a day number. */
function saturdayFrom(days: number): number {
  return days + ((5 - weekdayOf(days) + 7) % 7);
}

const RANK: Record<HolidayKind, number> = { holiday: 0, eve: 1, dayBefore: 2 };

/**
 * Every holiday, eve and day before a holiday of `year` (1583–9999, the Gregorian years),
 * sorted by date.
 *
 * One date carries one entry, because one entry is what decides that day's hours:
 * - a holiday wins over an eve and a day before (pingstafton on nationaldagen, 6 June, is a
 *   holiday; pingstdagen on 5 June is not also "the day before nationaldagen"),
 * - an eve wins over a day before (pingstafton on 5 June stays an eve),
 * - two days of the same kind share the entry and both names, joined by " / "
 *   (2008-05-01: "Första maj / Kristi himmelsfärdsdag").
 * Days before a holiday are listed whatever the weekday; whether they shorten anything is
 * up to the opening hours.
 */
export function swedishHolidays(year: number): SwedishHoliday[] {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`swedishHolidays: ${year} is not a Gregorian year from 1583 to 9999`);
  }
  const on = (month: number, day: number) => Date.UTC(year, month - 1, day) / DAY_MS;
  const easter = easterSunday(year);
  const ascension = easter + 39;
  const pentecost = easter + 49;
  const midsummer = saturdayFrom(on(6, 20)); // the Saturday 20–26 June
  const allSaints = saturdayFrom(on(10, 31)); // the Saturday 31 October – 6 November

  const days: [number, HolidayKind, string, string][] = [
    [on(1, 1), 'holiday', 'Nyårsdagen', "New Year's Day"],
    [on(1, 5), 'dayBefore', 'Trettondagsafton', 'Twelfth Night'],
    [on(1, 6), 'holiday', 'Trettondedag jul', 'Epiphany'],
    [easter - 3, 'dayBefore', 'Skärtorsdagen', 'Maundy Thursday'],
    [easter - 2, 'holiday', 'Långfredagen', 'Good Friday'],
    [easter - 1, 'eve', 'Påskafton', 'Easter Eve'],
    [easter, 'holiday', 'Påskdagen', 'Easter Sunday'],
    [easter + 1, 'holiday', 'Annandag påsk', 'Easter Monday'],
    [on(4, 30), 'dayBefore', 'Valborgsmässoafton', 'Walpurgis Night'],
    [on(5, 1), 'holiday', 'Första maj', 'May Day'],
    [ascension - 1, 'dayBefore', 'Dagen före Kristi himmelsfärdsdag', 'Day before Ascension Day'],
    [ascension, 'holiday', 'Kristi himmelsfärdsdag', 'Ascension Day'],
    [pentecost - 1, 'eve', 'Pingstafton', 'Whitsun Eve'],
    [pentecost, 'holiday', 'Pingstdagen', 'Whit Sunday'],
    [on(6, 5), 'dayBefore', 'Dagen före nationaldagen', 'Day before the National Day'],
    [on(6, 6), 'holiday', 'Sveriges nationaldag', 'National Day of Sweden'],
    [midsummer - 1, 'eve', 'Midsommarafton', 'Midsummer Eve'],
    [midsummer, 'holiday', 'Midsommardagen', 'Midsummer Day'],
    [allSaints - 1, 'dayBefore', 'Allhelgonaafton', "All Saints' Eve"],
    [allSaints, 'holiday', 'Alla helgons dag', "All Saints' Day"],
    [on(12, 24), 'eve', 'Julafton', 'Christmas Eve'],
    [on(12, 25), 'holiday', 'Juldagen', 'Christmas Day'],
    [on(12, 26), 'holiday', 'Annandag jul', 'Boxing Day'],
    [on(12, 31), 'eve', 'Nyårsafton', "New Year's Eve"],
  ];

  const byDay = new Map<number, SwedishHoliday>();
  for (const [day, kind, sv, en] of days) {
    const taken = byDay.get(day);
    if (!taken || RANK[kind] < RANK[taken.kind]) {
      byDay.set(day, { date: isoDate(day), name: { sv, en }, kind });
    } else if (taken.kind === kind) {
      taken.name = { sv: `${taken.name.sv} / ${sv}`, en: `${taken.name.en} / ${en}` };
    }
  }
  return [...byDay.entries()].sort(([a], [b]) => a - b).map(([, holiday]) => holiday);
}
