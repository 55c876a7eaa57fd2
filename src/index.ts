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
export type { FeedbackRecord } from './core/feedback/record.js';
export { MASKS, maskComment, maskPersonalData } from './core/feedback/mask.js';
export { openingStatus, parseOpeningHours, weekSchedule } from './core/opening-hours.js';
export type { OpeningHours, OpeningStatus, DaySchedule } from './core/opening-hours.js';
export { swedishHolidays } from './core/holidays.js';
export type { SwedishHoliday, HolidayKind } from './core/holidays.js';
export { registerLocale } from './core/i18n.js';
export type { Strings } from './core/i18n.js';
export { DataError } from './core/data-error.js';
export type { DataErrorCode, KommunErrorDetail } from './core/data-error.js';
export type { Contact, Factor, Goal, GoalLink, GoalSet, GoalStatus, Indicator, LocalizedText, StatusLevel } from './core/types.js';
export { VERSION } from './core/version.js';
