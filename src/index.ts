/**
 * kommun-elements: importing this module registers every element and exports their classes,
 * the data types, `registerLocale()` and the pure helpers.
 */
export { GoalList } from './goal-list/goal-list.js';
export { GoalCard } from './goal-card/goal-card.js';
export { SuccessFactors } from './success-factors/success-factors.js';
export { ContactStatus } from './contact-status/contact-status.js';
export type { ContactState, ContactStatusChangeDetail } from './contact-status/contact-status.js';
export { PageFeedback } from './page-feedback/page-feedback.js';
export type { CommentMode, FeedbackStep } from './page-feedback/page-feedback.js';
export type { FeedbackRecord } from './lib/feedback/record.js';
export { MASKS, maskComment, maskPersonalData } from './lib/feedback/mask.js';
export { openingStatus, parseOpeningHours, weekSchedule } from './lib/hours/opening-hours.js';
export type { OpeningHours, OpeningStatus, DaySchedule } from './lib/hours/opening-hours.js';
export { swedishHolidays } from './lib/hours/holidays.js';
export type { SwedishHoliday, HolidayKind } from './lib/hours/holidays.js';
export { registerLocale } from './base/i18n.js';
export type { Strings } from './base/i18n.js';
export { DataError } from './lib/data-error.js';
export type { DataErrorCode, KommunErrorDetail } from './lib/data-error.js';
export type { Contact, Factor, Goal, GoalLink, GoalSet, GoalStatus, Indicator, KoladaRef, LocalizedText, PostalAddress, StatusLevel } from './data/types.js';
export type {
  ContactInput,
  ContactSource,
  FactorInput,
  FactorsInput,
  GoalInput,
  GoalSetInput,
  GoalsInput,
  IndicatorFields,
  OpeningHoursInput,
  RegularHoursInput,
} from './data/types.js';
export { VERSION } from './base/version.js';
