/**
 * kommun-elements/hours: the Swedish public holidays and the opening-hours engine (is it open,
 * until when, the week's schedule), for a server or a build script. Registers no element and
 * imports no package.
 */
export { swedishHolidays } from './lib/hours/holidays.js';
export type { HolidayKind, HolidayName, SwedishHoliday } from './lib/hours/holidays.js';
export { closedSince, compileHours, dateSchedules, instantAt, openingStatus, parseOpeningHours, weekSchedule } from './lib/hours/opening-hours.js';
export type {
  CompiledHours,
  DayName,
  DayRange,
  DaySchedule,
  OpeningException,
  OpeningHours,
  OpeningStatus,
  Period,
  RegularHours,
} from './lib/hours/opening-hours.js';
export type { OpeningHoursInput, RegularHoursInput } from './data/types.js';
