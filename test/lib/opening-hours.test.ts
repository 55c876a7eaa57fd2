import { expect } from '@open-wc/testing';
import { DataError } from '../../src/lib/data-error.js';
import { closedSince, compileHours, instantAt, localDate, openingStatus, parseOpeningHours, weekSchedule } from '../../src/lib/hours/opening-hours.js';
import type { DaySchedule, OpeningHours, OpeningStatus } from '../../src/lib/hours/opening-hours.js';

// Instants are written with the office's UTC offset (CET +01:00, CEST +02:00), so the tables
// read as wall-clock times and still mean one exact instant whatever zone the browser runs in.

/** The reference page's contact centre. */
const REFERENCE: OpeningHours = {
  regular: [
    { days: ['mon', 'tue', 'wed', 'thu'], opens: '08.00', closes: '16.30' },
    { days: ['fri'], opens: '08.00', closes: '15.00' },
  ],
  holidays: 'closed',
  eves: 'closed',
  dayBeforeHoliday: { closes: '12.00' },
};

const SUMMER_CLOSURE: OpeningHours = {
  ...REFERENCE,
  exceptions: [{ from: '2026-07-06', to: '2026-08-07', closed: true, note: 'Sommarstängt' }],
};

const EVERY_DAY: OpeningHours = { regular: [{ days: ['mon-sun'], opens: '08:00', closes: '16:00' }] };

const NIGHTS: OpeningHours = { regular: [{ days: ['fri', 'sat'], opens: '22.00', closes: '02.00' }] };

const withException = (exception: NonNullable<OpeningHours['exceptions']>[number], hours = REFERENCE): OpeningHours => ({
  ...hours,
  exceptions: [...(hours.exceptions ?? []), exception],
});

const iso = (instant: string) => new Date(instant).toISOString();

function plain(status: OpeningStatus): Record<string, string> {
  const text = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));
  return Object.fromEntries(Object.entries(status).map(([key, value]: [string, unknown]) => [key, text(value)]));
}

/** The status expected: the next change is the closing when open, the opening when closed. */
function expected(state: OpeningStatus['state'], next?: string): Record<string, string> {
  if (!next) return { state };
  const at = iso(next);
  return state === 'open' ? { state, changesAt: at, closesAt: at } : { state, changesAt: at, opensAt: at };
}

function check(hours: OpeningHours, instant: string, state: OpeningStatus['state'], next?: string, timeZone?: string) {
  expect(plain(openingStatus(hours, new Date(instant), timeZone))).to.deep.equal(expected(state, next));
}

type Case = [label: string, instant: string, state: OpeningStatus['state'], next?: string, hours?: OpeningHours, timeZone?: string];

function table(cases: Case[]) {
  for (const [label, instant, state, next, hours = REFERENCE, timeZone] of cases) {
    it(`${label} (${instant})`, () => check(hours, instant, state, next, timeZone));
  }
}

describe('openingStatus', () => {
  describe('an ordinary week (Tuesday 22 – Monday 28 September 2026)', () => {
    table([
      ['weekday morning before opening', '2026-09-22T07:00+02:00', 'closed', '2026-09-22T08:00+02:00'],
      ['at opening', '2026-09-22T08:00+02:00', 'open', '2026-09-22T16:30+02:00'],
      ['open', '2026-09-22T10:15+02:00', 'open', '2026-09-22T16:30+02:00'],
      ['a minute before closing', '2026-09-22T16:29+02:00', 'open', '2026-09-22T16:30+02:00'],
      ['a millisecond before closing', '2026-09-22T16:29:59.999+02:00', 'open', '2026-09-22T16:30+02:00'],
      ['exactly at closing', '2026-09-22T16:30+02:00', 'closed', '2026-09-23T08:00+02:00'],
      ['evening', '2026-09-22T21:00+02:00', 'closed', '2026-09-23T08:00+02:00'],
      ['after midnight, still the previous day in UTC', '2026-09-23T00:30+02:00', 'closed', '2026-09-23T08:00+02:00'],
      ['Friday, closes 15.00', '2026-09-25T14:59+02:00', 'open', '2026-09-25T15:00+02:00'],
      ['Friday evening → Monday', '2026-09-25T18:00+02:00', 'closed', '2026-09-28T08:00+02:00'],
      ['Sunday → Monday', '2026-09-27T12:00+02:00', 'closed', '2026-09-28T08:00+02:00'],
    ]);
  });

  describe('holidays, eves and days before a holiday', () => {
    table([
      ['skärtorsdagen, shortened', '2026-04-02T11:59+02:00', 'open', '2026-04-02T12:00+02:00'],
      ['skärtorsdagen after 12.00 → Tuesday after Easter', '2026-04-02T12:00+02:00', 'closed', '2026-04-07T08:00+02:00'],
      ['långfredagen', '2026-04-03T10:00+02:00', 'closed', '2026-04-07T08:00+02:00'],
      ['annandag påsk (Monday) → Tuesday', '2026-04-06T10:00+02:00', 'closed', '2026-04-07T08:00+02:00'],
      ['the day before julafton is an ordinary day', '2024-12-23T16:00+01:00', 'open', '2024-12-23T16:30+01:00'],
      ['julafton → the day after annandag jul', '2024-12-24T09:00+01:00', 'closed', '2024-12-27T08:00+01:00'],
      ['juldagen → the day after annandag jul', '2024-12-25T12:00+01:00', 'closed', '2024-12-27T08:00+01:00'],
      ['the day after annandag jul, Friday hours', '2024-12-27T14:00+01:00', 'open', '2024-12-27T15:00+01:00'],
      ['julafton 2026 (Thursday) → Monday 28 December', '2026-12-24T10:00+01:00', 'closed', '2026-12-28T08:00+01:00'],
      ['nyårsafton → 2 January', '2025-12-31T09:00+01:00', 'closed', '2026-01-02T08:00+01:00'],
      ['the Thursday before midsommarafton is an ordinary day', '2026-06-18T16:00+02:00', 'open', '2026-06-18T16:30+02:00'],
      ['midsommarafton → Monday', '2026-06-19T09:00+02:00', 'closed', '2026-06-22T08:00+02:00'],
      ['the day before Kristi himmelsfärdsdag closes 12.00', '2026-05-13T09:00+02:00', 'open', '2026-05-13T12:00+02:00'],
      ['…and stays closed until Friday', '2026-05-13T12:30+02:00', 'closed', '2026-05-15T08:00+02:00'],
      ['valborgsmässoafton → Monday after första maj', '2026-04-30T13:00+02:00', 'closed', '2026-05-04T08:00+02:00'],
      ['the day before nationaldagen, a Friday, closes 12.00', '2026-06-05T11:00+02:00', 'open', '2026-06-05T12:00+02:00'],
      ['allhelgonaafton closes 12.00', '2026-10-30T11:00+01:00', 'open', '2026-10-30T12:00+01:00'],
      ['trettondagsafton (Monday) → after trettondedag jul', '2026-01-05T12:00+01:00', 'closed', '2026-01-07T08:00+01:00'],
    ]);

    it('keeps a day before a holiday whole without dayBeforeHoliday, and shortens from the start with opens', () => {
      const whole: OpeningHours = { ...REFERENCE, dayBeforeHoliday: undefined };
      check(whole, '2026-04-02T15:00+02:00', 'open', '2026-04-02T16:30+02:00');
      const late = { ...REFERENCE, dayBeforeHoliday: { opens: '10.00' } };
      check(late, '2026-04-02T09:00+02:00', 'closed', '2026-04-02T10:00+02:00');
    });

    it('opens on holidays and eves when told to', () => {
      const regular: OpeningHours = { ...REFERENCE, holidays: 'regular', eves: 'regular' };
      check(regular, '2026-04-06T10:00+02:00', 'open', '2026-04-06T16:30+02:00');
      check(regular, '2026-12-24T10:00+01:00', 'open', '2026-12-24T16:30+01:00');
    });

    it('uses eve hours on an eve that has regular hours, and stays closed on one that has none', () => {
      const short: OpeningHours = { ...REFERENCE, eves: { opens: '09.00', closes: '13.00' } };
      check(short, '2026-12-24T08:30+01:00', 'closed', '2026-12-24T09:00+01:00');
      check(short, '2026-12-24T12:00+01:00', 'open', '2026-12-24T13:00+01:00');
      // Påskafton is a Saturday: still closed.
      check(short, '2026-04-04T10:00+02:00', 'closed', '2026-04-07T08:00+02:00');
    });
  });

  describe('exceptions', () => {
    table([
      ['the last day before a 5-week summer closure', '2026-07-03T14:00+02:00', 'open', '2026-07-03T15:00+02:00', SUMMER_CLOSURE],
      ['Friday evening → after the summer closure', '2026-07-03T15:00+02:00', 'closed', '2026-08-10T08:00+02:00', SUMMER_CLOSURE],
      ['in the middle of the summer closure', '2026-07-22T10:00+02:00', 'closed', '2026-08-10T08:00+02:00', SUMMER_CLOSURE],
      [
        'a dated opening inside the closure wins over the range',
        '2026-07-03T15:00+02:00',
        'closed',
        '2026-07-20T10:00+02:00',
        withException({ date: '2026-07-20', opens: '10.00', closes: '12.00' }, SUMMER_CLOSURE),
      ],
      [
        'a shortened 23 December',
        '2026-12-23T13:00+01:00',
        'closed',
        '2026-12-28T08:00+01:00',
        withException({ date: '2026-12-23', opens: '08.00', closes: '12.00', note: { sv: 'Kort dag', en: 'Short day' } }),
      ],
      [
        'an opening on a holiday',
        '2026-05-14T09:00+02:00',
        'closed',
        '2026-05-14T10:00+02:00',
        withException({ date: '2026-05-14', opens: '10.00', closes: '14.00' }),
      ],
      ['a closed weekday', '2026-09-21T20:00+02:00', 'closed', '2026-09-23T08:00+02:00', withException({ date: '2026-09-22', closed: true })],
    ]);
  });

  describe('daylight saving time in Europe/Stockholm, 2026', () => {
    table([
      ['Friday before the spring-forward night → Monday CEST', '2026-03-27T16:00+01:00', 'closed', '2026-03-30T08:00+02:00'],
      ['Friday before the fall-back night → Monday CET', '2026-10-23T16:00+02:00', 'closed', '2026-10-26T08:00+01:00'],
      ['Saturday evening → Sunday 08.00, 23-hour night', '2026-03-28T21:00+01:00', 'closed', '2026-03-29T08:00+02:00', EVERY_DAY],
      ['Saturday evening → Sunday 08.00, 25-hour night', '2026-10-24T21:00+02:00', 'closed', '2026-10-25T08:00+01:00', EVERY_DAY],
      [
        'an opening at 02.30 on the spring-forward night opens at 03.00 CEST',
        '2026-03-29T01:30+01:00',
        'closed',
        '2026-03-29T03:00+02:00',
        withException({ date: '2026-03-29', opens: '02.30', closes: '06.00' }),
      ],
      [
        '…and is open from then',
        '2026-03-29T03:00+02:00',
        'open',
        '2026-03-29T06:00+02:00',
        withException({ date: '2026-03-29', opens: '02.30', closes: '06.00' }),
      ],
      [
        'a period lost in the skipped hour never opens',
        '2026-03-29T01:00+01:00',
        'closed',
        '2026-03-30T08:00+02:00',
        withException({ date: '2026-03-29', opens: '02.00', closes: '03.00' }),
      ],
      [
        'an opening at 02.30 on the fall-back night opens at the first 02.30',
        '2026-10-25T02:00+02:00',
        'closed',
        '2026-10-25T02:30+02:00',
        withException({ date: '2026-10-25', opens: '02.30', closes: '04.00' }),
      ],
      [
        '…and is still open at the second 02.45',
        '2026-10-25T02:45+01:00',
        'open',
        '2026-10-25T04:00+01:00',
        withException({ date: '2026-10-25', opens: '02.30', closes: '04.00' }),
      ],
    ]);

    it('"tomorrow 08.00" is the wall-clock time, not now + 24 h', () => {
      const opensAt = (instant: string) => openingStatus(EVERY_DAY, new Date(instant)).opensAt?.toISOString();
      expect(opensAt('2026-03-28T16:00:00Z')).to.equal('2026-03-29T06:00:00.000Z');
      expect(opensAt('2026-10-24T16:00:00Z')).to.equal('2026-10-25T07:00:00.000Z');
    });

    it('keeps a 00.00–24.00 day open for 25 hours on the fall-back day', () => {
      const hours = withException({ date: '2026-10-25', opens: '00.00', closes: '24.00' });
      const before = openingStatus(hours, new Date('2026-10-24T23:59+02:00'));
      const during = openingStatus(hours, new Date('2026-10-25T02:30+01:00'));
      expect(plain(before)).to.deep.equal(expected('closed', '2026-10-25T00:00+02:00'));
      expect(plain(during)).to.deep.equal(expected('open', '2026-10-26T00:00+01:00'));
      expect(during.closesAt!.getTime() - before.opensAt!.getTime()).to.equal(25 * 3_600_000);
    });
  });

  describe('periods crossing midnight', () => {
    table([
      ['Friday night', '2026-09-25T23:00+02:00', 'open', '2026-09-26T02:00+02:00', NIGHTS],
      ['after midnight, Friday night goes on', '2026-09-26T01:00+02:00', 'open', '2026-09-26T02:00+02:00', NIGHTS],
      ['at 02.00 → Saturday night', '2026-09-26T02:00+02:00', 'closed', '2026-09-26T22:00+02:00', NIGHTS],
      ['Saturday night runs into Sunday', '2026-09-27T01:30+02:00', 'open', '2026-09-27T02:00+02:00', NIGHTS],
      ['Sunday → next Friday', '2026-09-27T03:00+02:00', 'closed', '2026-10-02T22:00+02:00', NIGHTS],
      ['a night that opened before a holiday runs into it', '2026-06-06T01:00+02:00', 'open', '2026-06-06T02:00+02:00', NIGHTS],
      ['the holiday night itself is closed', '2026-06-06T02:00+02:00', 'closed', '2026-06-12T22:00+02:00', NIGHTS],
      [
        'periods that touch at midnight count as one',
        '2026-09-25T23:00+02:00',
        'open',
        '2026-09-26T03:00+02:00',
        {
          regular: [
            { days: ['fri'], opens: '18.00', closes: '24.00' },
            { days: ['sat'], opens: '00.00', closes: '03.00' },
          ],
        },
      ],
      [
        'a whole day runs into the next one',
        '2026-09-22T20:00+02:00',
        'open',
        '2026-09-24T00:00+02:00',
        { regular: [{ days: ['tue-wed'], opens: '00.00', closes: '24.00' }] },
      ],
    ]);

    it('is open without a change in sight when always open', () => {
      const always: OpeningHours = {
        regular: [{ days: ['mon-sun'], opens: '00:00', closes: '24:00' }],
        holidays: 'regular',
        eves: 'regular',
      };
      expect(plain(openingStatus(always, new Date('2026-09-22T12:00+02:00')))).to.deep.equal({ state: 'open' });
    });
  });

  describe('unknown rather than a guess', () => {
    table([
      ['no regular periods', '2026-09-22T10:00+02:00', 'unknown', undefined, { regular: [] }],
      [
        'no regular periods, even with an exception',
        '2026-09-22T10:00+02:00',
        'unknown',
        undefined,
        { regular: [], exceptions: [{ date: '2026-09-23', opens: '08.00', closes: '12.00' }] },
      ],
      ['closed for more than a year', '2026-03-01T12:00+01:00', 'unknown', undefined, withException({ from: '2026-01-01', to: '2027-06-30', closed: true })],
      [
        'but an opening 365 days ahead is found',
        '2026-03-01T12:00+01:00',
        'closed',
        '2027-03-01T08:00+01:00',
        withException({ from: '2026-01-01', to: '2027-02-28', closed: true }),
      ],
      ['an unknown time zone', '2026-09-22T10:00+02:00', 'unknown', undefined, REFERENCE, 'Europe/Stockholmm'],
    ]);

    it('for hours that are not valid', () => {
      const bad = { regular: [{ days: ['mon'], opens: '08.00', closes: '25.00' }] } as unknown as OpeningHours;
      expect(openingStatus(bad, new Date('2026-09-21T10:00+02:00'))).to.deep.equal({ state: 'unknown' });
      expect(openingStatus(null as unknown as OpeningHours, 0)).to.deep.equal({ state: 'unknown' });
    });

    it('for an instant that is not one', () => {
      expect(openingStatus(REFERENCE, new Date('not a date'))).to.deep.equal({ state: 'unknown' });
      expect(openingStatus(REFERENCE, Number.NaN)).to.deep.equal({ state: 'unknown' });
    });
  });

  describe('other time zones', () => {
    const newYork: OpeningHours = {
      regular: [{ days: ['mon-fri'], opens: '09:00', closes: '17:00' }],
      holidays: 'regular',
      eves: 'regular',
    };
    const NY = 'America/New_York';
    table([
      ['New York, Friday → Monday after its DST start', '2026-03-06T18:00-05:00', 'closed', '2026-03-09T09:00-04:00', newYork, NY],
      ['New York, while Stockholm is open', '2026-09-22T10:00+02:00', 'closed', '2026-09-22T09:00-04:00', newYork, NY],
      ['New York, open', '2026-09-22T12:00-04:00', 'open', '2026-09-22T17:00-04:00', newYork, NY],
      ['Kolkata, the reference hours', '2026-09-22T10:00+05:30', 'open', '2026-09-22T16:30+05:30', REFERENCE, 'Asia/Kolkata'],
      ['the holidays stay Swedish in another zone', '2026-06-19T10:00-04:00', 'closed', '2026-06-22T08:00-04:00', REFERENCE, NY],
    ]);

    it('takes a number as well as a Date', () => {
      const instant = Date.parse('2026-09-22T10:00+02:00');
      expect(plain(openingStatus(REFERENCE, instant))).to.deep.equal(plain(openingStatus(REFERENCE, new Date(instant))));
    });
  });
});

describe('weekSchedule', () => {
  const ordinary = (date: string, weekday: number, closes = '16:30') => ({
    date,
    weekday,
    periods: [{ opens: '08:00', closes }],
    closed: false,
  });
  const closedFor = (date: string, weekday: number, kind: string, sv: string, en: string) => ({
    date,
    weekday,
    periods: [],
    closed: true,
    reason: { kind, name: { sv, en } },
  });

  it('lists the Easter week Monday to Sunday, naming the holidays', () => {
    expect(weekSchedule(REFERENCE, new Date('2026-04-01T12:00+02:00')).map(inSwedishAndEnglish)).to.deep.equal([
      ordinary('2026-03-30', 0),
      ordinary('2026-03-31', 1),
      ordinary('2026-04-01', 2),
      {
        date: '2026-04-02',
        weekday: 3,
        periods: [{ opens: '08:00', closes: '12:00' }],
        closed: false,
        reason: { kind: 'dayBefore', name: { sv: 'Skärtorsdagen', en: 'Maundy Thursday' } },
      },
      closedFor('2026-04-03', 4, 'holiday', 'Långfredagen', 'Good Friday'),
      closedFor('2026-04-04', 5, 'eve', 'Påskafton', 'Easter Eve'),
      closedFor('2026-04-05', 6, 'holiday', 'Påskdagen', 'Easter Sunday'),
    ]);
  });

  it('starts on the Monday of the local week, whatever the UTC date', () => {
    expect(weekSchedule(REFERENCE, new Date('2026-04-06T00:30+02:00'))[0]!.date).to.equal('2026-04-06');
    expect(weekSchedule(REFERENCE, new Date('2026-04-05T23:30+02:00'))[0]!.date).to.equal('2026-03-30');
    expect(weekSchedule(REFERENCE, new Date('2026-04-06T00:30+02:00'), 'America/New_York')[0]!.date).to.equal('2026-03-30');
  });

  it('names exceptions by their note', () => {
    const week = weekSchedule(SUMMER_CLOSURE, new Date('2026-07-22T10:00+02:00'));
    expect(week.map((day) => day.closed)).to.deep.equal([true, true, true, true, true, true, true]);
    expect(week[0]!.reason).to.deep.equal({ kind: 'exception', name: 'Sommarstängt' });
    const unnamed = weekSchedule(withException({ date: '2026-09-22', closed: true }), new Date('2026-09-22T10:00+02:00'));
    expect(unnamed[1]).to.deep.equal({ date: '2026-09-22', weekday: 1, periods: [], closed: true, reason: { kind: 'exception' } });
  });

  it('names a day before a holiday only when it shortened the day', () => {
    // 2027-06-05 is a Saturday: closed anyway.
    const week = weekSchedule(REFERENCE, new Date('2027-06-02T10:00+02:00'));
    expect(week[5]).to.deep.equal({ date: '2027-06-05', weekday: 5, periods: [], closed: true });
    expect(inSwedishAndEnglish(week[6]!).reason).to.deep.equal({ kind: 'holiday', name: { sv: 'Sveriges nationaldag', en: 'National Day of Sweden' } });
  });

  it('writes periods past midnight with the closing before the opening, and midnight as 24:00', () => {
    const tuesday = new Date('2026-09-22T10:00+02:00');
    expect(weekSchedule(NIGHTS, tuesday)[4]!.periods).to.deep.equal([{ opens: '22:00', closes: '02:00' }]);
    const whole = weekSchedule({ regular: [{ days: ['mon'], opens: '0.00', closes: '24.00' }] }, tuesday);
    expect(whole[0]!.periods).to.deep.equal([{ opens: '00:00', closes: '24:00' }]);
  });

  it('lists split days in order', () => {
    const split: OpeningHours = {
      regular: [
        { days: ['mon'], opens: '13.00', closes: '16.00' },
        { days: ['mon-fri'], opens: '08.00', closes: '12.00' },
      ],
    };
    expect(weekSchedule(split, new Date('2026-09-22T10:00+02:00'))[0]!.periods).to.deep.equal([
      { opens: '08:00', closes: '12:00' },
      { opens: '13:00', closes: '16:00' },
    ]);
  });

  it('is empty for hours, instants or zones that are not usable', () => {
    expect(weekSchedule({ regular: 'mon' } as unknown as OpeningHours, 0)).to.deep.equal([]);
    expect(weekSchedule(REFERENCE, Number.NaN)).to.deep.equal([]);
    expect(weekSchedule(REFERENCE, 0, 'Mars/Olympus_Mons')).to.deep.equal([]);
  });
});

describe('localDate and instantAt', () => {
  it('reads the local date in the given zone', () => {
    const instant = new Date('2026-03-28T23:30:00Z');
    expect(localDate(instant, 'Europe/Stockholm')).to.equal('2026-03-29');
    expect(localDate(instant, 'America/New_York')).to.equal('2026-03-28');
    expect(localDate(instant.getTime(), 'Asia/Kolkata')).to.equal('2026-03-29');
  });

  it('finds the instant of a wall-clock time', () => {
    expect(instantAt('2026-09-28', '08:00', 'Europe/Stockholm').toISOString()).to.equal('2026-09-28T06:00:00.000Z');
    expect(instantAt('2026-01-05', '08.00', 'Europe/Stockholm').toISOString()).to.equal('2026-01-05T07:00:00.000Z');
    expect(instantAt('2026-09-28', '08:00', 'Asia/Kolkata').toISOString()).to.equal('2026-09-28T02:30:00.000Z');
    expect(instantAt('2026-12-31', '24:00', 'Europe/Stockholm').toISOString()).to.equal('2026-12-31T23:00:00.000Z');
  });

  it('moves a skipped time to the end of the gap, and takes the first of a repeated one', () => {
    expect(instantAt('2026-03-29', '02:30', 'Europe/Stockholm').toISOString()).to.equal('2026-03-29T01:00:00.000Z');
    expect(instantAt('2026-03-29', '03:00', 'Europe/Stockholm').toISOString()).to.equal('2026-03-29T01:00:00.000Z');
    expect(instantAt('2026-10-25', '02:30', 'Europe/Stockholm').toISOString()).to.equal('2026-10-25T00:30:00.000Z');
    expect(instantAt('2026-03-08', '02:30', 'America/New_York').toISOString()).to.equal('2026-03-08T07:00:00.000Z');
    // Lord Howe Island moves its clocks by half an hour, 02.00 → 02.30.
    expect(instantAt('2026-10-04', '02:15', 'Australia/Lord_Howe').toISOString()).to.equal('2026-10-03T15:30:00.000Z');
  });

  it('rejects what is not a date, time or zone', () => {
    expect(() => instantAt('2026-02-30', '08:00', 'Europe/Stockholm')).to.throw(RangeError);
    expect(() => instantAt('2026-02-03', '25:00', 'Europe/Stockholm')).to.throw(RangeError);
    expect(() => instantAt('2026-02-03', '08:00', 'Nowhere/Else')).to.throw(RangeError);
    expect(() => localDate(Number.NaN, 'Europe/Stockholm')).to.throw(RangeError);
  });
});

describe('parseOpeningHours', () => {
  it('accepts the SPEC.md example and writes times as HH:MM', () => {
    const input = {
      regular: [
        { days: ['mon', 'tue', 'wed', 'thu'], opens: '08.00', closes: '16.30' },
        { days: ['fri'], opens: '08.00', closes: '15.00' },
      ],
      holidays: 'closed',
      eves: 'closed',
      dayBeforeHoliday: { closes: '12.00' },
      exceptions: [
        { date: '2026-12-23', opens: '08.00', closes: '12.00', note: { sv: 'Kortare dag', en: 'Short day' } },
        { from: '2026-07-13', to: '2026-08-07', closed: true, note: 'Sommarstängt' },
      ],
    };
    const copy = structuredClone(input);
    const result = parseOpeningHours(input);
    expect(result).to.deep.equal({
      regular: [
        { days: ['mon', 'tue', 'wed', 'thu'], opens: '08:00', closes: '16:30' },
        { days: ['fri'], opens: '08:00', closes: '15:00' },
      ],
      holidays: 'closed',
      eves: 'closed',
      dayBeforeHoliday: { closes: '12:00' },
      exceptions: [
        { date: '2026-12-23', opens: '08:00', closes: '12:00', note: { sv: 'Kortare dag', en: 'Short day' } },
        { from: '2026-07-13', to: '2026-08-07', closed: true, note: 'Sommarstängt' },
      ],
    });
    expect(input, 'the input is not changed').to.deep.equal(copy);
    expect(Object.isFrozen(result.exceptions![0]!.note), 'the copy is frozen, notes included').to.equal(true);
    (input.exceptions[0]!.note as { sv: string }).sv = 'Ändrad';
    expect(result.exceptions![0]!.note, 'the copy shares nothing with the input').to.deep.equal({ sv: 'Kortare dag', en: 'Short day' });
  });

  it('fills in the defaults and reads its own output unchanged', () => {
    const result = parseOpeningHours({
      regular: [{ days: ['mon-fri'], opens: '8.00', closes: '0.00' }],
      eves: { opens: '09:00', closes: '13:00' },
    });
    expect(result).to.deep.equal({
      regular: [{ days: ['mon-fri'], opens: '08:00', closes: '00:00' }],
      holidays: 'closed',
      eves: { opens: '09:00', closes: '13:00' },
    });
    expect(parseOpeningHours(result)).to.deep.equal(result);
    expect(parseOpeningHours(structuredClone(result))).to.deep.equal(result);
  });

  it('accepts a closed date, wrapping day ranges and 24.00 as a closing time', () => {
    const result = parseOpeningHours({
      regular: [{ days: ['sun-thu'], opens: '00.00', closes: '24.00' }],
      exceptions: [{ date: '2024-02-29', closed: true }],
      dayBeforeHoliday: { opens: '10.00', closes: '14.00' },
    });
    expect(result.regular[0]).to.deep.equal({ days: ['sun-thu'], opens: '00:00', closes: '24:00' });
    expect(result.exceptions).to.deep.equal([{ date: '2024-02-29', closed: true }]);
  });

  it('compiles once: validated hours and their compiled form give back the same compiled value', () => {
    const compiled = compileHours(structuredClone(REFERENCE));
    expect(compileHours(compiled)).to.equal(compiled);
    expect(compileHours(compiled.hours)).to.equal(compiled);
    expect(compileHours(parseOpeningHours(structuredClone(REFERENCE)))).to.not.equal(compiled, 'a new value is compiled anew');
    const raw = structuredClone(REFERENCE);
    expect(compileHours(raw), 'raw data, which may change, is checked every time').to.not.equal(compileHours(raw));
    expect(compiled.week[4]).to.deep.equal([{ start: 480, end: 900 }]);
  });

  it('answers the same from compiled hours as from the raw data', () => {
    const compiled = compileHours(structuredClone(REFERENCE));
    for (const instant of ['2026-09-22T10:00+02:00', '2026-12-24T10:00+01:00', '2026-06-19T03:00+02:00']) {
      expect(plain(openingStatus(compiled, new Date(instant)))).to.deep.equal(plain(openingStatus(REFERENCE, new Date(instant))));
      expect(weekSchedule(compiled, new Date(instant))).to.deep.equal(weekSchedule(REFERENCE, new Date(instant)));
    }
  });

  const base = () => structuredClone(REFERENCE) as unknown as Record<string, unknown>;
  /** A Friday period with some fields replaced. */
  const friday = (fields: Record<string, unknown>) => ({
    regular: [{ days: ['fri'], opens: '08.00', closes: '15.00', ...fields }],
  });
  const withOne = (exception: Record<string, unknown>) => ({ ...base(), exceptions: [exception] });
  const cases: [label: string, value: unknown, path: string, message: RegExp][] = [
    ['not an object', null, 'hours', /expected an object, got null/],
    ['a list', [], 'hours', /expected an object, got a list/],
    ['no regular', { holidays: 'closed' }, 'hours.regular', /is missing/],
    ['regular not a list', { regular: {} }, 'hours.regular', /expected a list/],
    ['an unknown field', { ...base(), holiday: 'regular' }, 'hours.holiday', /unknown field/],
    ['an unknown day name', friday({ days: ['mån'] }), 'hours.regular[0].days[0]', /"mån"/],
    ['a day in capitals', friday({ days: ['Mon'] }), 'hours.regular[0].days[0]', /"Mon"/],
    ['an unknown day in a range', friday({ days: ['mon', 'tue-fre'] }), 'hours.regular[0].days[1]', /"tue-fre"/],
    ['days not a list', friday({ days: 'mon-fri' }), 'hours.regular[0].days', /list of days/],
    ['no days', friday({ days: [] }), 'hours.regular[0].days', /list of days/],
    ['closes 25.00', { regular: [REFERENCE.regular[0], { days: ['fri'], opens: '08.00', closes: '25.00' }] }, 'hours.regular[1].closes', /"25\.00"/],
    ['opens 24.00', friday({ opens: '24.00', closes: '02.00' }), 'hours.regular[0].opens', /23\.59/],
    ['minutes past 59', friday({ opens: '08.60', closes: '15.00' }), 'hours.regular[0].opens', /"08\.60"/],
    ['24.30', friday({ opens: '08.00', closes: '24.30' }), 'hours.regular[0].closes', /"24\.30"/],
    ['a time without separator', friday({ opens: '0800', closes: '15.00' }), 'hours.regular[0].opens', /"0800"/],
    ['a time as a number', friday({ opens: 8, closes: '15.00' }), 'hours.regular[0].opens', /number 8/],
    ['a missing closing time', friday({ closes: undefined }), 'hours.regular[0].closes', /is missing/],
    ['a misspelt field in a period', friday({ closes: undefined, close: '15.00' }), 'hours.regular[0].close', /unknown field/],
    ['holidays "open"', { ...base(), holidays: 'open' }, 'hours.holidays', /"closed" or "regular"/],
    ['holidays true', { ...base(), holidays: true }, 'hours.holidays', /boolean true/],
    ['eves "sometimes"', { ...base(), eves: 'sometimes' }, 'hours.eves', /"closed" or "regular"/],
    ['eves without closes', { ...base(), eves: { opens: '09.00' } }, 'hours.eves.closes', /is missing/],
    ['eves 25.00', { ...base(), eves: { opens: '09.00', closes: '25.00' } }, 'hours.eves.closes', /"25\.00"/],
    ['an empty dayBeforeHoliday', { ...base(), dayBeforeHoliday: {} }, 'hours.dayBeforeHoliday', /opens, closes or both/],
    [
      'dayBeforeHoliday closing before opening',
      { ...base(), dayBeforeHoliday: { opens: '12.00', closes: '10.00' } },
      'hours.dayBeforeHoliday.closes',
      /not after opens/,
    ],
    ['dayBeforeHoliday 12.60', { ...base(), dayBeforeHoliday: { closes: '12.60' } }, 'hours.dayBeforeHoliday.closes', /"12\.60"/],
    ['exceptions not a list', { ...base(), exceptions: { date: '2026-12-23', closed: true } }, 'hours.exceptions', /a list/],
    ['a date that does not exist', withOne({ date: '2026-02-30', closed: true }), 'hours.exceptions[0].date', /2026-02-30 does not/],
    ['29 February in a common year', withOne({ date: '2025-02-29', closed: true }), 'hours.exceptions[0].date', /does not exist/],
    ['a date written otherwise', withOne({ date: '23/12/2026', closed: true }), 'hours.exceptions[0].date', /YYYY-MM-DD/],
    [
      'a range whose end is before its start',
      withOne({ from: '2026-08-07', to: '2026-07-13', closed: true }),
      'hours.exceptions[0].to',
      /2026-07-13 is before from \(2026-08-07\)/,
    ],
    ['a range without its end', withOne({ from: '2026-07-13', closed: true }), 'hours.exceptions[0].to', /is missing/],
    ['a range that is not closed', withOne({ from: '2026-07-13', to: '2026-07-14' }), 'hours.exceptions[0].closed', /closed: true/],
    [
      'a range with hours',
      withOne({ from: '2026-07-13', to: '2026-07-14', opens: '10.00', closes: '12.00' }),
      'hours.exceptions[0].opens',
      /can only be closed/,
    ],
    ['an exception without a date', withOne({ closed: true }), 'hours.exceptions[0].date', /is missing/],
    ['both a date and a range', withOne({ date: '2026-07-13', from: '2026-07-13', to: '2026-07-14', closed: true }), 'hours.exceptions[0].date', /not both/],
    ['a date with neither hours nor closed', withOne({ date: '2026-07-13' }), 'hours.exceptions[0].opens', /or closed: true/],
    ['closed: false', withOne({ date: '2026-07-13', closed: false }), 'hours.exceptions[0].closed', /expected true/],
    ['closed and hours together', withOne({ date: '2026-07-13', closed: true, opens: '08.00', closes: '12.00' }), 'hours.exceptions[0].closed', /not both/],
    ['a note that is a number', withOne({ date: '2026-07-13', closed: true, note: 5 }), 'hours.exceptions[0].note', /number 5/],
    ['a blank translation', withOne({ date: '2026-07-13', closed: true, note: { sv: ' ' } }), 'hours.exceptions[0].note.sv', /text/],
  ];
  /** The DataError `parse` throws for `value`. */
  const rejection = (value: unknown, parse: (value: unknown, path?: string) => unknown = parseOpeningHours, path?: string) => {
    try {
      parse(value, path);
    } catch (error) {
      expect(error).to.be.instanceOf(DataError);
      return error as DataError;
    }
    throw new Error(`accepted ${JSON.stringify(value)}`);
  };
  for (const [label, value, path, message] of cases) {
    it(`rejects ${label} at ${path}`, () => {
      for (const parse of [parseOpeningHours, compileHours]) {
        const error = rejection(value, parse);
        expect(error.code).to.equal('value');
        expect(error.path).to.equal(path);
        expect(error.message.startsWith(`${path}: `), error.message).to.equal(true);
        expect(error.message).to.match(message);
      }
    });
  }

  it('rejects at the first problem, with the full path under the given one', () => {
    const value = {
      regular: [
        { days: ['mon-thu'], opens: '08.00', closes: '16.30' },
        { days: ['fri'], opens: '08.00', closes: '25.00' },
      ],
      eves: 'sometimes',
      exceptions: [{ date: '2026-02-30', closed: true }],
    };
    const error = rejection(value, parseOpeningHours, 'contact.hours');
    expect(error.path).to.equal('contact.hours.regular[1].closes');
    expect(error.message).to.equal('contact.hours.regular[1].closes: expected a time from 00.00 to 24.00 written HH.MM or HH:MM, got the text "25.00"');
  });
});

/** A day with its holiday's name in Swedish and English only (the other languages are the locale tests' concern). */
function inSwedishAndEnglish(day: DaySchedule): DaySchedule {
  const name = day.reason?.name;
  if (!day.reason || typeof name !== 'object') return day;
  return { ...day, reason: { ...day.reason, name: { sv: name['sv']!, en: name['en']! } } };
}

describe('several periods a day, and what the validator warns about', () => {
  const lunch = compileHours({
    regular: [
      { days: ['mon-fri'], opens: '08.00', closes: '12.00' },
      { days: ['mon-fri'], opens: '13.00', closes: '16.30' },
    ],
  });
  const at = (time: string) => Date.parse(`2026-09-22T${time}:00+02:00`);
  it('closes for lunch at 12.00 and reopens at 13.00, with the instants the timer is set to', () => {
    expect(openingStatus(lunch, at('11:59'))).to.deep.equal({ state: 'open', changesAt: new Date(at('12:00')), closesAt: new Date(at('12:00')) });
    for (const time of ['12:00', '12:30']) {
      expect(openingStatus(lunch, at(time))).to.deep.equal({ state: 'closed', changesAt: new Date(at('13:00')), opensAt: new Date(at('13:00')) });
      expect(closedSince(lunch, at(time))).to.deep.equal(new Date(at('12:00')));
    }
    expect(openingStatus(lunch, at('13:00'))).to.deep.equal({ state: 'open', changesAt: new Date(at('16:30')), closesAt: new Date(at('16:30')) });
    expect(closedSince(lunch, at('13:00'))).to.equal(undefined);
    expect(weekSchedule(lunch, at('12:00'))[1]!.periods).to.deep.equal([
      { opens: '08:00', closes: '12:00' },
      { opens: '13:00', closes: '16:30' },
    ]);
  });

  it('warns about an empty period (left out) and overlapping ones (counted as one), and uses the rest', () => {
    const hours = compileHours({
      regular: [
        { days: ['mon-fri'], opens: '08.00', closes: '12.00' },
        { days: ['fri'], opens: '08.00', closes: '08:00' },
        { days: ['tue'], opens: '11.30', closes: '16.30' },
      ],
    });
    expect(hours.warnings.map((w) => [w.code, w.path])).to.deep.equal([
      ['value', 'hours.regular[1].closes'],
      ['value', 'hours.regular[2]'],
    ]);
    expect(hours.warnings[1]!.message).to.match(/overlaps hours\.regular\[0\] on tue/);
    expect(hours.hours.regular).to.have.length(2);
    expect(openingStatus(hours, at('12:15')).state).to.equal('open');
    expect(compileHours(REFERENCE).warnings).to.deep.equal([]);
  });
});
