/**
 * kommun-elements/data: the validators the elements read their data with, for a server or a build
 * script that checks a goal set before publishing it. Each throws a DataError naming the path of
 * the first problem (`goals[2].title`). Registers no element and imports no package.
 */
export { contactFrom, parseContact } from './data/contact.js';
export { factorsFrom, goalsFrom, parseFactor, parseGoal } from './data/goal-set.js';
export { parseOpeningHours } from './lib/hours/opening-hours.js';
export { DataError } from './lib/data-error.js';
export type { DataErrorCode, KommunErrorDetail } from './lib/data-error.js';
export { STATUS_LEVELS } from './data/types.js';
export type * from './data/types.js';
