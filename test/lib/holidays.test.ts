import { expect } from '@open-wc/testing';
import { addDays, isIsoDate, swedishHolidays, weekday } from '../../src/lib/hours/holidays.js';
import type { HolidayKind } from '../../src/lib/hours/holidays.js';
import { compileHours, dateSchedules } from '../../src/lib/hours/opening-hours.js';

// ---------------------------------------------------------------------------------------------
// An independent calendar, sharing nothing with the implementation: Gauss's Easter formula
// with its two corrections, Sakamoto's weekday, and a day counter stepping through month
// lengths. Dates are [year, month, day] until they are written out.

type Ymd = [number, number, number];

/** Gauss's algorithm for the Gregorian Easter Sunday. */
function gaussEaster(year: number): Ymd {
  const a = year % 19;
  const b = year % 4;
  const c = year % 7;
  const k = Math.floor(year / 100);
  const p = Math.floor((13 + 8 * k) / 25);
  const q = Math.floor(k / 4);
  const M = (15 - p + k - q + 30) % 30;
  const N = (4 + k - q) % 7;
  const d = (19 * a + M) % 30;
  const e = (2 * b + 4 * c + 6 * d + N) % 7;
  if (d === 29 && e === 6) return [year, 4, 19];
  if (d === 28 && e === 6 && (11 * M + 11) % 30 < 19) return [year, 4, 18];
  const march = 22 + d + e;
  return march <= 31 ? [year, 3, march] : [year, 4, march - 31];
}

/** Sakamoto's day of the week: 0 = Sunday … 6 = Saturday. */
function sakamoto([year, month, day]: Ymd): number {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + t[month - 1]! + day) % 7;
}

function monthLength(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function shift([year, month, day]: Ymd, days: number): Ymd {
  for (; days > 0; days--) {
    day++;
    if (day > monthLength(year, month)) [month, day] = [month + 1, 1];
    if (month > 12) [year, month] = [year + 1, 1];
  }
  for (; days < 0; days++) {
    day--;
    if (day < 1) {
      [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
      day = monthLength(year, month);
    }
  }
  return [year, month, day];
}

/** The Saturday among the seven days starting at `first`. */
function saturdayOf(first: Ymd): Ymd {
  for (let i = 0; i < 7; i++) if (sakamoto(shift(first, i)) === 6) return shift(first, i);
  throw new Error('no Saturday in a week');
}

const write = ([y, m, d]: Ymd) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Every named day of a year, before any two on one date are combined. */
function namedDays(year: number): [string, HolidayKind, string][] {
  const easter = gaussEaster(year);
  const midsummer = saturdayOf([year, 6, 20]);
  const allSaints = saturdayOf([year, 10, 31]);
  const ascension = shift(easter, 39);
  const pentecost = shift(easter, 49);
  return [
    [write([year, 1, 1]), 'holiday', 'Nyårsdagen'],
    [write([year, 1, 6]), 'holiday', 'Trettondedag jul'],
    [write(shift(easter, -2)), 'holiday', 'Långfredagen'],
    [write(easter), 'holiday', 'Påskdagen'],
    [write(shift(easter, 1)), 'holiday', 'Annandag påsk'],
    [write([year, 5, 1]), 'holiday', 'Första maj'],
    [write(ascension), 'holiday', 'Kristi himmelsfärdsdag'],
    [write(pentecost), 'holiday', 'Pingstdagen'],
    [write([year, 6, 6]), 'holiday', 'Sveriges nationaldag'],
    [write(midsummer), 'holiday', 'Midsommardagen'],
    [write(allSaints), 'holiday', 'Alla helgons dag'],
    [write([year, 12, 25]), 'holiday', 'Juldagen'],
    [write([year, 12, 26]), 'holiday', 'Annandag jul'],
    [write([year, 12, 24]), 'eve', 'Julafton'],
    [write([year, 12, 31]), 'eve', 'Nyårsafton'],
    [write(shift(midsummer, -1)), 'eve', 'Midsommarafton'],
    [write(shift(easter, -1)), 'eve', 'Påskafton'],
    [write(shift(pentecost, -1)), 'eve', 'Pingstafton'],
    [write([year, 1, 5]), 'dayBefore', 'Trettondagsafton'],
    [write(shift(easter, -3)), 'dayBefore', 'Skärtorsdagen'],
    [write([year, 4, 30]), 'dayBefore', 'Valborgsmässoafton'],
    [write(shift(ascension, -1)), 'dayBefore', 'Dagen före Kristi himmelsfärdsdag'],
    [write([year, 6, 5]), 'dayBefore', 'Dagen före nationaldagen'],
    [write(shift(allSaints, -1)), 'dayBefore', 'Allhelgonaafton'],
  ];
}

/**
 * The klämdagar of a year: the Friday after a holiday on a Thursday and the Monday before one on
 * a Tuesday (sakamoto: 0 = Sunday), unless that day is a holiday or an eve itself.
 */
function bridgeDays(year: number): string[] {
  const named = namedDays(year);
  // Nyårsafton of the year before stops a bridge before a Tuesday nyårsdag.
  const holidayOrEve = new Set([...named, ...namedDays(year - 1)].filter(([, kind]) => kind !== 'dayBefore').map(([date]) => date));
  const bridges = new Set<string>();
  for (const [date, kind] of named) {
    if (kind !== 'holiday') continue;
    const ymd = date.split('-').map(Number) as Ymd;
    const day = sakamoto(ymd);
    const bridge = day === 4 ? shift(ymd, 1) : day === 2 ? shift(ymd, -1) : undefined;
    if (bridge && !holidayOrEve.has(write(bridge))) bridges.add(write(bridge));
  }
  return [...bridges].sort();
}

/** The documented rule for one date: the strongest kind (holiday, eve, bridge, day before) with all its names. */
function expectedDays(year: number): [string, HolidayKind, string[]][] {
  const strength: HolidayKind[] = ['holiday', 'eve', 'bridge', 'dayBefore'];
  const byDate = new Map<string, [HolidayKind, string][]>();
  const days = [...namedDays(year), ...bridgeDays(year).map((date): [string, HolidayKind, string] => [date, 'bridge', 'Klämdag'])];
  for (const [date, kind, name] of days) byDate.set(date, [...(byDate.get(date) ?? []), [kind, name]]);
  return [...byDate.keys()].sort().map((date) => {
    const days = byDate.get(date)!;
    const kind = strength.find((k) => days.some(([dayKind]) => dayKind === k))!;
    // A bridge day that is also a day before a holiday carries both names.
    const shown =
      kind === 'bridge' ? days.filter(([dayKind]) => dayKind === 'bridge' || dayKind === 'dayBefore') : days.filter(([dayKind]) => dayKind === kind);
    return [date, kind, shown.map(([, name]) => name).sort()];
  });
}

describe('swedishHolidays', () => {
  describe('2000–2100 against an independent computation', () => {
    for (let year = 2000; year <= 2100; year++) {
      it(`${year}: every holiday, eve, bridge day and day before`, () => {
        const actual = swedishHolidays(year).map(({ date, kind, name }) => [date, kind, name.sv.split(' / ').sort()]);
        expect(actual).to.deep.equal(expectedDays(year));
      });
    }
  });

  it('gives every entry a Swedish and an English name, one per combined day', () => {
    for (let year = 2000; year <= 2100; year++) {
      for (const { name } of swedishHolidays(year)) {
        expect(name.sv.trim(), `${year}`).to.not.equal('');
        expect(name.en.split(' / ')).to.have.length(name.sv.split(' / ').length);
      }
    }
  });

  it('puts midsommardagen on the Saturday 20–26 June and alla helgons dag on the Saturday 31 Oct–6 Nov', () => {
    for (let year = 2000; year <= 2100; year++) {
      const days = swedishHolidays(year);
      const midsummer = days.find((d) => d.name.sv === 'Midsommardagen')!.date;
      const allSaints = days.find((d) => d.name.sv === 'Alla helgons dag')!.date;
      expect(weekday(midsummer), midsummer).to.equal(5);
      expect(midsummer >= `${year}-06-20` && midsummer <= `${year}-06-26`, midsummer).to.equal(true);
      expect(weekday(allSaints), allSaints).to.equal(5);
      expect(allSaints >= `${year}-10-31` && allSaints <= `${year}-11-06`, allSaints).to.equal(true);
    }
  });

  // Written out by hand from published Swedish calendars (röda dagar), not computed.
  const official: Record<number, [string, string][]> = {
    2024: [
      ['2024-01-01', 'Nyårsdagen'],
      ['2024-01-05', 'Trettondagsafton'],
      ['2024-01-06', 'Trettondedag jul'],
      ['2024-03-28', 'Skärtorsdagen'],
      ['2024-03-29', 'Långfredagen'],
      ['2024-03-30', 'Påskafton'],
      ['2024-03-31', 'Påskdagen'],
      ['2024-04-01', 'Annandag påsk'],
      ['2024-04-30', 'Valborgsmässoafton'],
      ['2024-05-01', 'Första maj'],
      ['2024-05-08', 'Dagen före Kristi himmelsfärdsdag'],
      ['2024-05-09', 'Kristi himmelsfärdsdag'],
      ['2024-05-18', 'Pingstafton'],
      ['2024-05-19', 'Pingstdagen'],
      ['2024-06-05', 'Dagen före nationaldagen'],
      ['2024-06-06', 'Sveriges nationaldag'],
      ['2024-06-21', 'Midsommarafton'],
      ['2024-06-22', 'Midsommardagen'],
      ['2024-11-01', 'Allhelgonaafton'],
      ['2024-11-02', 'Alla helgons dag'],
      ['2024-12-24', 'Julafton'],
      ['2024-12-25', 'Juldagen'],
      ['2024-12-26', 'Annandag jul'],
      ['2024-12-31', 'Nyårsafton'],
    ],
    2025: [
      ['2025-01-01', 'Nyårsdagen'],
      ['2025-01-05', 'Trettondagsafton'],
      ['2025-01-06', 'Trettondedag jul'],
      ['2025-04-17', 'Skärtorsdagen'],
      ['2025-04-18', 'Långfredagen'],
      ['2025-04-19', 'Påskafton'],
      ['2025-04-20', 'Påskdagen'],
      ['2025-04-21', 'Annandag påsk'],
      ['2025-04-30', 'Valborgsmässoafton'],
      ['2025-05-01', 'Första maj'],
      ['2025-05-28', 'Dagen före Kristi himmelsfärdsdag'],
      ['2025-05-29', 'Kristi himmelsfärdsdag'],
      ['2025-06-05', 'Dagen före nationaldagen'],
      ['2025-06-06', 'Sveriges nationaldag'],
      ['2025-06-07', 'Pingstafton'],
      ['2025-06-08', 'Pingstdagen'],
      ['2025-06-20', 'Midsommarafton'],
      ['2025-06-21', 'Midsommardagen'],
      ['2025-10-31', 'Allhelgonaafton'],
      ['2025-11-01', 'Alla helgons dag'],
      ['2025-12-24', 'Julafton'],
      ['2025-12-25', 'Juldagen'],
      ['2025-12-26', 'Annandag jul'],
      ['2025-12-31', 'Nyårsafton'],
    ],
    2026: [
      ['2026-01-01', 'Nyårsdagen'],
      ['2026-01-05', 'Trettondagsafton'],
      ['2026-01-06', 'Trettondedag jul'],
      ['2026-04-02', 'Skärtorsdagen'],
      ['2026-04-03', 'Långfredagen'],
      ['2026-04-04', 'Påskafton'],
      ['2026-04-05', 'Påskdagen'],
      ['2026-04-06', 'Annandag påsk'],
      ['2026-04-30', 'Valborgsmässoafton'],
      ['2026-05-01', 'Första maj'],
      ['2026-05-13', 'Dagen före Kristi himmelsfärdsdag'],
      ['2026-05-14', 'Kristi himmelsfärdsdag'],
      ['2026-05-23', 'Pingstafton'],
      ['2026-05-24', 'Pingstdagen'],
      ['2026-06-05', 'Dagen före nationaldagen'],
      ['2026-06-06', 'Sveriges nationaldag'],
      ['2026-06-19', 'Midsommarafton'],
      ['2026-06-20', 'Midsommardagen'],
      ['2026-10-30', 'Allhelgonaafton'],
      ['2026-10-31', 'Alla helgons dag'],
      ['2026-12-24', 'Julafton'],
      ['2026-12-25', 'Juldagen'],
      ['2026-12-26', 'Annandag jul'],
      ['2026-12-31', 'Nyårsafton'],
    ],
  };
  for (const [year, days] of Object.entries(official)) {
    it(`${year} matches the almanac`, () => {
      // The almanac has no klämdagar: a bridge day's own name is left out.
      const named = swedishHolidays(Number(year))
        .filter(({ name }) => name.sv !== 'Klämdag')
        .map(({ date, name }) => [date, name.sv.replace(/^Klämdag \/ /, '')]);
      expect(named).to.deep.equal(days);
    });
  }

  const movable: [number, string, string, string, string, string][] = [
    // year, påskdagen, Kristi himmelsfärdsdag, pingstdagen, midsommardagen, alla helgons dag
    [2019, '2019-04-21', '2019-05-30', '2019-06-09', '2019-06-22', '2019-11-02'],
    [2020, '2020-04-12', '2020-05-21', '2020-05-31', '2020-06-20', '2020-10-31'],
    [2021, '2021-04-04', '2021-05-13', '2021-05-23', '2021-06-26', '2021-11-06'],
    [2027, '2027-03-28', '2027-05-06', '2027-05-16', '2027-06-26', '2027-11-06'],
  ];
  for (const [year, ...dates] of movable) {
    it(`${year}: the movable holidays match the calendar`, () => {
      const names = ['Påskdagen', 'Kristi himmelsfärdsdag', 'Pingstdagen', 'Midsommardagen', 'Alla helgons dag'];
      const days = swedishHolidays(year);
      expect(names.map((name) => days.find((d) => d.name.sv === name)?.date)).to.deep.equal(dates);
    });
  }

  it('names kinds and English names as documented (2026)', () => {
    const byName = new Map(swedishHolidays(2026).map((d) => [d.name.sv, d]));
    expect(byName.get('Juldagen')).to.deep.equal({
      date: '2026-12-25',
      kind: 'holiday',
      name: { sv: 'Juldagen', en: 'Christmas Day', fi: 'Joulupäivä', ar: 'عيد الميلاد' },
    });
    expect(byName.get('Julafton')?.kind).to.equal('eve');
    expect(byName.get('Skärtorsdagen')?.kind).to.equal('dayBefore');
    expect(byName.get('Allhelgonaafton')?.kind).to.equal('dayBefore');
  });

  describe('one entry per date', () => {
    const on = (year: number, date: string) => swedishHolidays(year).filter((d) => d.date === date);

    it('combines första maj and Kristi himmelsfärdsdag (2008) and the two days before', () => {
      expect(on(2008, '2008-05-01')).to.deep.equal([
        {
          date: '2008-05-01',
          kind: 'holiday',
          name: {
            sv: 'Första maj / Kristi himmelsfärdsdag',
            en: 'May Day / Ascension Day',
            fi: 'Vappu / Helatorstai',
            ar: 'عيد العمال / عيد الصعود',
          },
        },
      ]);
      expect(on(2008, '2008-04-30')).to.have.length(1);
      expect(on(2008, '2008-04-30')[0]!.name.sv).to.equal('Valborgsmässoafton / Dagen före Kristi himmelsfärdsdag');
    });

    it('combines pingstdagen and nationaldagen (2049), pingstafton staying an eve rather than a day before', () => {
      const combined = [['holiday', 'Pingstdagen / Sveriges nationaldag']];
      expect(on(2049, '2049-06-06').map((d) => [d.kind, d.name.sv])).to.deep.equal(combined);
      expect(on(2049, '2049-06-05').map((d) => [d.kind, d.name.sv])).to.deep.equal([['eve', 'Pingstafton']]);
    });

    it('lets a holiday win over a day before (pingstdagen 2022-06-05) and over an eve (pingstafton 2071-06-06)', () => {
      expect(on(2022, '2022-06-05').map((d) => [d.kind, d.name.sv])).to.deep.equal([['holiday', 'Pingstdagen']]);
      expect(on(2071, '2071-06-06').map((d) => [d.kind, d.name.sv])).to.deep.equal([['holiday', 'Sveriges nationaldag']]);
    });

    it('sorts by date without duplicates', () => {
      for (let year = 2000; year <= 2100; year++) {
        const dates = swedishHolidays(year).map((d) => d.date);
        expect(dates).to.deep.equal([...new Set(dates)].sort());
      }
    });
  });

  it('knows the earliest and latest Easters (22 March, 25 April)', () => {
    const easter = (year: number) => swedishHolidays(year).find((d) => d.name.sv === 'Påskdagen')!.date;
    expect(easter(1818)).to.equal('1818-03-22');
    expect(easter(2285)).to.equal('2285-03-22');
    expect(easter(1943)).to.equal('1943-04-25');
    expect(easter(2038)).to.equal('2038-04-25');
  });

  it('rejects years outside the Gregorian calendar it computes', () => {
    expect(() => swedishHolidays(1582)).to.throw(RangeError);
    expect(() => swedishHolidays(2026.5)).to.throw(RangeError);
    expect(() => swedishHolidays(Number.NaN)).to.throw(RangeError);
  });
});

describe('bridge days (klämdagar) 2025–2035, with each bridgeDays setting', () => {
  const week = { regular: [{ days: ['mon-fri'], opens: '08.00', closes: '16.30' }], dayBeforeHoliday: { closes: '12.00' } };
  // What a bridge day's hours are by the setting; a Monday bridge is also the day before the Tuesday's holiday.
  const settings: [label: string, setting: unknown, hours: (monday: boolean) => { opens: string; closes: string }[]][] = [
    ['default (regular)', undefined, (monday) => [{ opens: '08:00', closes: monday ? '12:00' : '16:30' }]],
    ['"regular"', 'regular', (monday) => [{ opens: '08:00', closes: monday ? '12:00' : '16:30' }]],
    ['"closed"', 'closed', () => []],
    ['{ opens: 10.00, closes: 14.00 }', { opens: '10.00', closes: '14.00' }, () => [{ opens: '10:00', closes: '14:00' }]],
  ];
  for (let year = 2025; year <= 2035; year++) {
    it(`${year}: each bridge day, as an independent computation finds them`, () => {
      const expected = bridgeDays(year);
      expect(expected.length, 'a year has bridge days').to.be.greaterThan(0);
      const found = swedishHolidays(year).filter((day) => day.kind === 'bridge');
      expect(found.map((day) => day.date)).to.deep.equal(expected);
      for (const day of found) expect([0, 4]).to.include(weekday(day.date));
      for (const [label, setting, hours] of settings) {
        const schedule = dateSchedules(compileHours({ ...week, ...(setting !== undefined && { bridgeDays: setting }) }), `${year}-01-01`, `${year}-12-31`);
        for (const date of expected) {
          const day = schedule.find((each) => each.date === date)!;
          expect(day.periods, `${date} with ${label}`).to.deep.equal(hours(weekday(date) === 0));
        }
      }
    });
  }
});

describe('calendar dates', () => {
  it('knows which dates exist', () => {
    expect(isIsoDate('2024-02-29')).to.equal(true);
    expect(isIsoDate('2000-02-29')).to.equal(true);
    expect(isIsoDate('2100-02-29')).to.equal(false);
    expect(isIsoDate('2026-02-30')).to.equal(false);
    expect(isIsoDate('2026-13-01')).to.equal(false);
    expect(isIsoDate('2026-2-3')).to.equal(false);
    expect(isIsoDate('2026-02-03T00:00')).to.equal(false);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2024-03-01', -1)).to.equal('2024-02-29');
    expect(addDays('2026-03-28', 1)).to.equal('2026-03-29');
    expect(addDays('2026-01-01', 365)).to.equal('2027-01-01');
    expect(() => addDays('2026-02-30', 1)).to.throw(RangeError);
  });

  it('numbers weekdays from Monday = 0', () => {
    expect(weekday('2026-09-28')).to.equal(0);
    expect(weekday('2026-06-20')).to.equal(5);
    expect(weekday('2026-03-29')).to.equal(6);
    for (let i = 0; i < 400; i++) {
      const date = shift([2026, 1, 1], i);
      expect(weekday(write(date)), write(date)).to.equal((sakamoto(date) + 6) % 7);
    }
  });
});
