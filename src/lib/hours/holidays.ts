/**
 * The Swedish calendar of days that change opening hours: the public holidays of
 * Lag (1989:253) om allmänna helgdagar, the eves (aftnar), the days before a holiday and the
 * bridge days (klämdagar).
 *
 * Everything here is arithmetic on calendar dates ('YYYY-MM-DD'). Dates become whole days
 * through Date.UTC and back through toISOString, so the machine's time zone never enters.
 */

export type HolidayKind = 'holiday' | 'eve' | 'bridge' | 'dayBefore';

/** A holiday's name in each built-in language. */
export type HolidayName = Record<'sv' | 'en' | 'fi' | 'ar', string>;

export interface SwedishHoliday {
  /** 'YYYY-MM-DD' */
  date: string;
  name: HolidayName;
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

const RANK: Record<HolidayKind, number> = { holiday: 0, eve: 1, bridge: 2, dayBefore: 3 };

/** Two names of one day, "Första maj / Kristi himmelsfärdsdag", in every language. */
function bothNames(first: HolidayName, second: HolidayName): HolidayName {
  const joined = (lang: keyof HolidayName) => `${first[lang]} / ${second[lang]}`;
  return { sv: joined('sv'), en: joined('en'), fi: joined('fi'), ar: joined('ar') };
}

const BRIDGE: HolidayName = { sv: 'Klämdag', en: 'Bridge day', fi: 'Siltapäivä', ar: 'يوم بين عطلتين' };

/**
 * Every holiday, eve, bridge day and day before a holiday of `year` (1583–9999, the Gregorian
 * years), sorted by date.
 *
 * A bridge day (klämdag) is a weekday between a holiday and a weekend: the Friday after a
 * holiday on a Thursday, the Monday before a holiday on a Tuesday, unless it is a holiday or an
 * eve itself.
 *
 * One date carries one entry, because one entry is what decides that day's hours:
 * - a holiday wins over an eve and a day before (pingstafton on nationaldagen, 6 June, is a
 *   holiday; pingstdagen on 5 June is not also "the day before nationaldagen"),
 * - an eve wins over a day before (pingstafton on 5 June stays an eve),
 * - a bridge day wins over a day before and carries both names (Monday 5 June before a
 *   Tuesday nationaldag: "Klämdag / Dagen före nationaldagen"),
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

  // The Finnish and Arabic names: for Sweden-Finnish readers and Arabic-speaking residents, to be reviewed by native translators.
  const days: [number, HolidayKind, HolidayName][] = [
    [on(1, 1), 'holiday', { sv: 'Nyårsdagen', en: "New Year's Day", fi: 'Uudenvuodenpäivä', ar: 'يوم رأس السنة الميلادية' }],
    [on(1, 5), 'dayBefore', { sv: 'Trettondagsafton', en: 'Twelfth Night', fi: 'Loppiaisaatto', ar: 'عشية عيد الغطاس' }],
    [on(1, 6), 'holiday', { sv: 'Trettondedag jul', en: 'Epiphany', fi: 'Loppiainen', ar: 'عيد الغطاس' }],
    [easter - 3, 'dayBefore', { sv: 'Skärtorsdagen', en: 'Maundy Thursday', fi: 'Kiirastorstai', ar: 'خميس العهد' }],
    [easter - 2, 'holiday', { sv: 'Långfredagen', en: 'Good Friday', fi: 'Pitkäperjantai', ar: 'الجمعة العظيمة' }],
    [easter - 1, 'eve', { sv: 'Påskafton', en: 'Easter Eve', fi: 'Pääsiäisaatto', ar: 'عشية عيد الفصح' }],
    [easter, 'holiday', { sv: 'Påskdagen', en: 'Easter Sunday', fi: 'Pääsiäispäivä', ar: 'عيد الفصح' }],
    [easter + 1, 'holiday', { sv: 'Annandag påsk', en: 'Easter Monday', fi: 'Toinen pääsiäispäivä', ar: 'ثاني أيام عيد الفصح' }],
    [on(4, 30), 'dayBefore', { sv: 'Valborgsmässoafton', en: 'Walpurgis Night', fi: 'Vappuaatto', ar: 'ليلة فالبوري' }],
    [on(5, 1), 'holiday', { sv: 'Första maj', en: 'May Day', fi: 'Vappu', ar: 'عيد العمال' }],
    [
      ascension - 1,
      'dayBefore',
      { sv: 'Dagen före Kristi himmelsfärdsdag', en: 'Day before Ascension Day', fi: 'Helatorstaita edeltävä päivä', ar: 'اليوم السابق لعيد الصعود' },
    ],
    [ascension, 'holiday', { sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day', fi: 'Helatorstai', ar: 'عيد الصعود' }],
    [pentecost - 1, 'eve', { sv: 'Pingstafton', en: 'Whitsun Eve', fi: 'Helluntaiaatto', ar: 'عشية عيد العنصرة' }],
    [pentecost, 'holiday', { sv: 'Pingstdagen', en: 'Whit Sunday', fi: 'Helluntaipäivä', ar: 'عيد العنصرة' }],
    [
      on(6, 5),
      'dayBefore',
      { sv: 'Dagen före nationaldagen', en: 'Day before the National Day', fi: 'Kansallispäivää edeltävä päivä', ar: 'اليوم السابق لليوم الوطني' },
    ],
    [on(6, 6), 'holiday', { sv: 'Sveriges nationaldag', en: 'National Day of Sweden', fi: 'Ruotsin kansallispäivä', ar: 'اليوم الوطني للسويد' }],
    [midsummer - 1, 'eve', { sv: 'Midsommarafton', en: 'Midsummer Eve', fi: 'Juhannusaatto', ar: 'عشية عيد منتصف الصيف' }],
    [midsummer, 'holiday', { sv: 'Midsommardagen', en: 'Midsummer Day', fi: 'Juhannuspäivä', ar: 'عيد منتصف الصيف' }],
    [allSaints - 1, 'dayBefore', { sv: 'Allhelgonaafton', en: "All Saints' Eve", fi: 'Pyhäinpäivän aatto', ar: 'عشية عيد جميع القديسين' }],
    [allSaints, 'holiday', { sv: 'Alla helgons dag', en: "All Saints' Day", fi: 'Pyhäinpäivä', ar: 'عيد جميع القديسين' }],
    [on(12, 24), 'eve', { sv: 'Julafton', en: 'Christmas Eve', fi: 'Jouluaatto', ar: 'عشية عيد الميلاد' }],
    [on(12, 25), 'holiday', { sv: 'Juldagen', en: 'Christmas Day', fi: 'Joulupäivä', ar: 'عيد الميلاد' }],
    [on(12, 26), 'holiday', { sv: 'Annandag jul', en: 'Boxing Day', fi: 'Tapaninpäivä', ar: 'ثاني أيام عيد الميلاد' }],
    [on(12, 31), 'eve', { sv: 'Nyårsafton', en: "New Year's Eve", fi: 'Uudenvuodenaatto', ar: 'ليلة رأس السنة' }],
  ];

  const byDay = new Map<number, SwedishHoliday>();
  for (const [day, kind, name] of days) {
    const taken = byDay.get(day);
    if (!taken || RANK[kind] < RANK[taken.kind]) {
      byDay.set(day, { date: isoDate(day), name, kind });
    } else if (taken.kind === kind) {
      taken.name = bothNames(taken.name, name);
    }
  }
  for (const holiday of [...byDay.values()].filter((h) => h.kind === 'holiday')) {
    const day = toDays(holiday.date);
    const weekdayNumber = weekdayOf(day);
    const bridge = weekdayNumber === 3 ? day + 1 : weekdayNumber === 1 ? day - 1 : undefined;
    if (bridge === undefined) continue;
    const taken = byDay.get(bridge);
    if (!taken) {
      // The Monday before a Tuesday nyårsdag is nyårsafton, of the year before.
      if (isoDate(bridge).startsWith(`${year}-`)) byDay.set(bridge, { date: isoDate(bridge), name: { ...BRIDGE }, kind: 'bridge' });
    } else if (taken.kind === 'dayBefore') {
      byDay.set(bridge, { date: taken.date, name: bothNames(BRIDGE, taken.name), kind: 'bridge' });
    }
  }
  return [...byDay.entries()].sort(([a], [b]) => a - b).map(([, holiday]) => holiday);
}
