/**
 * kommun-elements: importing this module registers every element and exports their classes,
 * the data types, `registerLocale()` and the pure helpers.
 */
export { SuccessFactors } from './success-factors/success-factors.js';
export { registerLocale } from './core/i18n.js';
export type { Strings } from './core/i18n.js';
export { DataError } from './core/data-error.js';
export type { DataErrorCode, KommunErrorDetail } from './core/data-error.js';
export type { Contact, Factor, Goal, GoalLink, GoalSet, GoalStatus, Indicator, LocalizedText, StatusLevel } from './core/types.js';
export { VERSION } from './core/version.js';
