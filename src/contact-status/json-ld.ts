/**
 * The contact centre as schema.org JSON-LD (a GovernmentOffice), for search engines and maps:
 * the regular week as `openingHoursSpecification`, and every day of the coming twelve months
 * whose hours differ from its weekday's (holidays, eves, days before a holiday, bridge days,
 * exceptions) as a dated `specialOpeningHoursSpecification`. Made from the same compiled hours
 * and by the same engine as the status line and the week, so the page and a search result agree.
 *
 * schema.org's conventions: a closed day has opens = closes = "00:00"; a period past midnight
 * has closes before opens; a day open until midnight closes at "23:59" ("00:00" would read as
 * closed for a whole day 00:00–24:00).
 */
import { addDays, weekday } from '../lib/hours/holidays.js';
import { dateSchedules, regularWeek } from '../lib/hours/opening-hours.js';
import type { CompiledHours, Period } from '../lib/hours/opening-hours.js';
import type { PostalAddress } from '../data/types.js';

const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((day) => `https://schema.org/${day}`);

/** What the JSON-LD says of the office besides its hours, already in the page's language. */
export interface OfficeFacts {
  name?: string;
  /** International form, "+4651231000". */
  telephone?: string;
  email?: string;
  url?: string;
  address?: string | PostalAddress;
}

export interface HoursSpecification {
  '@type': 'OpeningHoursSpecification';
  dayOfWeek?: string[];
  validFrom?: string;
  validThrough?: string;
  opens: string;
  closes: string;
}

export type GovernmentOffice = {
  '@context': 'https://schema.org';
  '@type': 'GovernmentOffice';
  openingHoursSpecification?: HoursSpecification[];
  specialOpeningHoursSpecification?: HoursSpecification[];
} & Omit<OfficeFacts, 'address'> & { address?: string | ({ '@type': 'PostalAddress' } & PostalAddress) };

const closed: Period = { opens: '00:00', closes: '00:00' };
const schemaTime = (time: string) => (time === '24:00' ? '23:59' : time);
const periodsOf = (periods: readonly Period[]): Period[] =>
  periods.length ? periods.map((p) => ({ opens: p.opens, closes: schemaTime(p.closes) })) : [closed];
const sameDay = (a: readonly Period[], b: readonly Period[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The GovernmentOffice of `facts` and `hours`, on the office's local date `today`
 * ('YYYY-MM-DD'): the dated hours run from `today` to the day before the same date next year.
 */
export function governmentOffice(facts: OfficeFacts, hours: CompiledHours | undefined, today: string): GovernmentOffice {
  const { address, ...rest } = facts;
  const office: GovernmentOffice = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOffice',
    ...rest,
    ...(address !== undefined && { address: typeof address === 'string' ? address : { '@type': 'PostalAddress', ...address } }),
  };
  if (!hours) return office;

  const week = regularWeek(hours).map(periodsOf);
  office.openingHoursSpecification = weekSpecifications(week);

  const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  const days = dateSchedules(hours, today, addDays(today, 366)).filter((day) => day.date < nextYear);
  const specials: { from: string; through: string; periods: Period[] }[] = [];
  for (const day of days) {
    const periods = periodsOf(day.periods);
    if (!day.reason || sameDay(periods, week[weekday(day.date)]!)) continue;
    const last = specials.at(-1);
    // Consecutive special days with the same hours are one entry (julafton to annandag jul).
    if (last && addDays(last.through, 1) === day.date && sameDay(last.periods, periods)) last.through = day.date;
    else specials.push({ from: day.date, through: day.date, periods });
  }
  office.specialOpeningHoursSpecification = specials.flatMap(({ from, through, periods }) =>
    periods.map((p) => ({ '@type': 'OpeningHoursSpecification' as const, validFrom: from, validThrough: through, ...p })),
  );
  return office;
}

/** Weekdays with the same periods share entries: Monday–Thursday 08:00–16:30 is one. */
function weekSpecifications(week: readonly Period[][]): HoursSpecification[] {
  const groups: { days: number[]; periods: Period[] }[] = [];
  week.forEach((periods, day) => {
    const group = groups.find((g) => sameDay(g.periods, periods));
    if (group) group.days.push(day);
    else groups.push({ days: [day], periods });
  });
  return groups.flatMap(({ days, periods }) =>
    periods.map((p) => ({ '@type': 'OpeningHoursSpecification' as const, dayOfWeek: days.map((d) => SCHEMA_DAYS[d]!), ...p })),
  );
}

/** The JSON-LD as the text of a `<script type="application/ld+json">`: `<` escaped, so no `</script>` can end it. */
export function jsonLdText(office: GovernmentOffice): string {
  return JSON.stringify(office).replace(/</g, '\\u003c');
}
