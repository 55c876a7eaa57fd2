/**
 * Examples of <contact-status> data and frozen instants, shared by the stories and the tests so
 * that every example a reader sees is one the tests check (with axe, in both languages).
 *
 * Instants carry the office's UTC offset (CET +01:00, CEST +02:00), so they read as Swedish
 * wall-clock times and still mean one exact instant whatever zone the computer runs in.
 */
import vara from '../../data/vara-kommun.json';
import type { OpeningHours } from '../lib/hours/opening-hours.js';
import type { Contact } from '../data/types.js';

/** The reference page's contact centre (Vara kommun): Mon–Thu 08.00–16.30, Fri 08.00–15.00. */
export const referenceContact = vara.contact as Contact;

/** The reference hours on their own. */
export const referenceHours = referenceContact.hours!;

/** The reference hours with a five-week summer closure. */
export const summerClosureHours: OpeningHours = {
  ...referenceHours,
  exceptions: [{ from: '2026-07-06', to: '2026-08-07', closed: true, note: { sv: 'Sommarstängt', en: 'Closed for the summer' } }],
};

/** Open every day 08.00–16.00, holidays included: for the nights when the clocks change. */
export const everyDayHours: OpeningHours = {
  regular: [{ days: ['mon-sun'], opens: '08:00', closes: '16:00' }],
  holidays: 'regular',
  eves: 'regular',
};

/** Friday and Saturday nights, 22.00–02.00: periods that cross midnight. */
export const nightHours: OpeningHours = { regular: [{ days: ['fri', 'sat'], opens: '22.00', closes: '02.00' }] };

/** `hours` with one more exception. */
export const withException = (exception: NonNullable<OpeningHours['exceptions']>[number], hours: OpeningHours = referenceHours): OpeningHours => ({
  ...hours,
  exceptions: [...(hours.exceptions ?? []), exception],
});

/** [label, instant, Swedish line, English line, hours (default: the reference), time zone (default: Stockholm)]; undefined: no line. */
export type StatusCase = [string, string, string | undefined, string | undefined, OpeningHours?, string?];

/**
 * The status line table: every form of SPEC.md in both languages, and the calendar's hard
 * days. The pure function's tests and the element's tests (through `now`) both run it.
 */
export const statusCases: StatusCase[] = [
  ['weekday morning before opening', '2026-09-22T07:00+02:00', 'Stängt · Öppnar kl. 08.00', 'Closed · Opens 08:00'],
  ['open', '2026-09-22T10:15+02:00', 'Öppet · Stänger kl. 16.30', 'Open · Closes 16:30'],
  ['a minute before closing', '2026-09-22T16:29+02:00', 'Öppet · Stänger kl. 16.30', 'Open · Closes 16:30'],
  ['at closing', '2026-09-22T16:30+02:00', 'Stängt · Öppnar i morgon kl. 08.00', 'Closed · Opens tomorrow 08:00'],
  ['evening', '2026-09-22T21:00+02:00', 'Stängt · Öppnar i morgon kl. 08.00', 'Closed · Opens tomorrow 08:00'],
  ['a minute before midnight', '2026-09-22T23:59+02:00', 'Stängt · Öppnar i morgon kl. 08.00', 'Closed · Opens tomorrow 08:00'],
  ['after midnight the opening is today', '2026-09-23T00:30+02:00', 'Stängt · Öppnar kl. 08.00', 'Closed · Opens 08:00'],
  ['Friday, closes 15.00', '2026-09-25T14:59+02:00', 'Öppet · Stänger kl. 15.00', 'Open · Closes 15:00'],
  ['Friday evening → Monday (the reference page)', '2026-09-25T18:00+02:00', 'Stängt · Öppnar måndag 28 sep. kl. 08.00', 'Closed · Opens Monday 28 Sep 08:00'],
  ['Saturday → Monday', '2026-09-26T11:00+02:00', 'Stängt · Öppnar måndag 28 sep. kl. 08.00', 'Closed · Opens Monday 28 Sep 08:00'],
  ['Sunday → Monday is tomorrow', '2026-09-27T12:00+02:00', 'Stängt · Öppnar i morgon kl. 08.00', 'Closed · Opens tomorrow 08:00'],
  ['skärtorsdagen, shortened to 12.00', '2026-04-02T11:00+02:00', 'Öppet · Stänger kl. 12.00', 'Open · Closes 12:00'],
  ['långfredagen → Tuesday after Easter', '2026-04-03T10:00+02:00', 'Stängt · Öppnar tisdag 7 apr. kl. 08.00', 'Closed · Opens Tuesday 7 Apr 08:00'],
  ['annandag påsk (a Monday holiday) → Tuesday', '2026-04-06T10:00+02:00', 'Stängt · Öppnar i morgon kl. 08.00', 'Closed · Opens tomorrow 08:00'],
  ['the evening before annandag påsk → Tuesday', '2026-04-05T20:00+02:00', 'Stängt · Öppnar tisdag 7 apr. kl. 08.00', 'Closed · Opens Tuesday 7 Apr 08:00'],
  ['julafton 2026 (Thursday) → Monday', '2026-12-24T10:00+01:00', 'Stängt · Öppnar måndag 28 dec. kl. 08.00', 'Closed · Opens Monday 28 Dec 08:00'],
  [
    'julafton 2024 (Tuesday) → the day after annandag jul',
    '2024-12-24T09:00+01:00',
    'Stängt · Öppnar fredag 27 dec. kl. 08.00',
    'Closed · Opens Friday 27 Dec 08:00',
  ],
  ['nyårsafton 2026 → Monday 4 January', '2026-12-31T09:00+01:00', 'Stängt · Öppnar måndag 4 jan. kl. 08.00', 'Closed · Opens Monday 4 Jan 08:00'],
  ['midsommarafton → Monday', '2026-06-19T09:00+02:00', 'Stängt · Öppnar måndag 22 juni kl. 08.00', 'Closed · Opens Monday 22 Jun 08:00'],
  ['the last day before the summer closure', '2026-07-03T14:00+02:00', 'Öppet · Stänger kl. 15.00', 'Open · Closes 15:00', summerClosureHours],
  [
    'inside a five-week summer closure',
    '2026-07-22T10:00+02:00',
    'Stängt · Öppnar måndag 10 aug. kl. 08.00',
    'Closed · Opens Monday 10 Aug 08:00',
    summerClosureHours,
  ],
  [
    'Friday before the spring-forward night → Monday',
    '2026-03-27T16:00+01:00',
    'Stängt · Öppnar måndag 30 mars kl. 08.00',
    'Closed · Opens Monday 30 Mar 08:00',
  ],
  [
    'the 23-hour night: tomorrow 08.00 is wall-clock time',
    '2026-03-28T21:00+01:00',
    'Stängt · Öppnar i morgon kl. 08.00',
    'Closed · Opens tomorrow 08:00',
    everyDayHours,
  ],
  ['the 25-hour night', '2026-10-24T21:00+02:00', 'Stängt · Öppnar i morgon kl. 08.00', 'Closed · Opens tomorrow 08:00', everyDayHours],
  [
    'an opening at 02.30 on the spring-forward night opens at 03.00',
    '2026-03-29T01:30+01:00',
    'Stängt · Öppnar kl. 03.00',
    'Closed · Opens 03:00',
    withException({ date: '2026-03-29', opens: '02.30', closes: '06.00' }),
  ],
  ['a period crossing midnight', '2026-09-25T23:00+02:00', 'Öppet · Stänger i morgon kl. 02.00', 'Open · Closes tomorrow 02:00', nightHours],
  ['…after midnight it closes today', '2026-09-26T01:00+02:00', 'Öppet · Stänger kl. 02.00', 'Open · Closes 02:00', nightHours],
  [
    'a closing at midnight is 24.00, not 00.00',
    '2026-09-25T20:00+02:00',
    'Öppet · Stänger kl. 24.00',
    'Open · Closes 24:00',
    { regular: [{ days: ['fri'], opens: '18.00', closes: '24.00' }] },
  ],
  [
    'open through the next day',
    '2026-09-22T20:00+02:00',
    'Öppet · Stänger i morgon kl. 24.00',
    'Open · Closes tomorrow 24:00',
    { regular: [{ days: ['tue-wed'], opens: '00.00', closes: '24.00' }] },
  ],
  [
    'open for days: the closing gets its weekday',
    '2026-12-20T12:00+01:00',
    'Öppet · Stänger onsdag 23 dec. kl. 24.00',
    'Open · Closes Wednesday 23 Dec 24:00',
    { regular: [{ days: ['mon-sun'], opens: '00.00', closes: '24.00' }] },
  ],
  [
    'tomorrow is a calendar day: 31 hours ahead is still tomorrow',
    '2026-09-22T00:30+02:00',
    'Stängt · Öppnar i morgon kl. 08.00',
    'Closed · Opens tomorrow 08:00',
    withException({ date: '2026-09-22', closed: true }),
  ],
  [
    'always open: no change to tell',
    '2026-09-22T12:00+02:00',
    'Öppet',
    'Open',
    { regular: [{ days: ['mon-sun'], opens: '00:00', closes: '24:00' }], holidays: 'regular', eves: 'regular' },
  ],
  ['no regular hours: no line', '2026-09-22T10:00+02:00', undefined, undefined, { regular: [] }],
  [
    'closed for more than a year: no line',
    '2026-03-01T12:00+01:00',
    undefined,
    undefined,
    withException({ from: '2026-01-01', to: '2027-06-30', closed: true }),
  ],
  [
    'another time zone: New York wall clock',
    '2026-09-22T10:00+02:00',
    'Stängt · Öppnar kl. 09.00',
    'Closed · Opens 09:00',
    { regular: [{ days: ['mon-fri'], opens: '09:00', closes: '17:00' }] },
    'America/New_York',
  ],
];

/** The frozen instants of the stories, in the week of Monday 21 – Sunday 27 September 2026. */
export const instants = {
  /** Tuesday 10.15: open. */
  open: '2026-09-22T10:15+02:00',
  /** Tuesday 16.20: closes in ten minutes. */
  closingSoon: '2026-09-22T16:20+02:00',
  /** Tuesday 07.00: opens later today. */
  morning: '2026-09-22T07:00+02:00',
  /** Tuesday 19.00: opens tomorrow. */
  evening: '2026-09-22T19:00+02:00',
  /** Friday 18.00: opens on Monday 28 September, as on the reference page. */
  fridayEvening: '2026-09-25T18:00+02:00',
  /** Saturday 11.00. */
  weekend: '2026-09-26T11:00+02:00',
  /** Julafton 2026, a Thursday: closed until Monday 28 December. */
  julafton: '2026-12-24T10:00+01:00',
  /** Inside the summer closure: opens Monday 10 August. */
  summer: '2026-07-22T10:00+02:00',
} as const;

/** Hours an editor could plausibly get wrong, with the path the notice must name. */
export const badHours: { name: string; hours: unknown; path: string }[] = [
  {
    name: 'an unknown day name',
    hours: { regular: [{ days: ['mån-tor'], opens: '08.00', closes: '16.30' }] },
    path: 'hours.regular[0].days[0]',
  },
  {
    name: 'a time that does not exist (25.00)',
    hours: {
      regular: [
        { days: ['mon-thu'], opens: '08.00', closes: '16.30' },
        { days: ['fri'], opens: '08.00', closes: '25.00' },
      ],
    },
    path: 'hours.regular[1].closes',
  },
  {
    name: 'a date that does not exist',
    hours: { regular: [{ days: ['mon-fri'], opens: '08.00', closes: '16.00' }], exceptions: [{ date: '2026-02-30', closed: true }] },
    path: 'hours.exceptions[0].date',
  },
  {
    name: 'a range that ends before it starts',
    hours: {
      regular: [{ days: ['mon-fri'], opens: '08.00', closes: '16.00' }],
      exceptions: [{ from: '2026-08-07', to: '2026-07-06', closed: true }],
    },
    path: 'hours.exceptions[0].to',
  },
];

/** Text that must show literally, never as markup. */
export const hostileText = `<img src=x onerror="window.__pwned=true"></script>"'&amp;`;
