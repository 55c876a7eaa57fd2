// @ts-check
// Retention: how long comments and whole answers are kept. The municipality's own rules decide
// the periods (its dokumenthanteringsplan and gallringsbeslut); the receiver only applies them.

/**
 * @typedef {object} Retention
 * @property {string} [comments] period after which an answer's comment is removed, e.g. "365d"
 * @property {string} [records]  period after which the whole answer is removed, e.g. "3y"
 */

/** @typedef {{ count: number, unit: 'd' | 'w' | 'm' | 'y' }} Period */

const PERIOD = /^([1-9]\d{0,4})(d|w|m|y)$/;

/**
 * "30d", "12w", "18m" (months) or "3y".
 * @param {string} text
 * @returns {Period}
 */
export function parsePeriod(text) {
  const match = PERIOD.exec(text.trim());
  if (!match) throw new TypeError(`Not a period: "${text}" (a whole number and d, w, m or y, such as 365d or 3y).`);
  return { count: Number(match[1]), unit: /** @type {Period['unit']} */ (match[2]) };
}

/**
 * The instant a period before `now`; months and years by the calendar (UTC).
 * @param {string} period
 * @param {Date} now
 */
export function before(period, now) {
  const { count, unit } = parsePeriod(period);
  const date = new Date(now);
  if (unit === 'd' || unit === 'w') {
    date.setUTCDate(date.getUTCDate() - count * (unit === 'w' ? 7 : 1));
    return date;
  }
  const day = date.getUTCDate();
  date.setUTCMonth(date.getUTCMonth() - count * (unit === 'y' ? 12 : 1));
  // 31 March less a month is the last of February, not 3 March: never later than the period.
  if (date.getUTCDate() !== day) date.setUTCDate(0);
  return date;
}

/**
 * The cutoffs a retention gives at `now`.
 * @param {Retention} retention
 * @param {Date} now
 * @returns {import('./store.js').PurgeCutoffs}
 */
export function cutoffs(retention, now) {
  return {
    ...(retention.comments && { comments: before(retention.comments, now) }),
    ...(retention.records && { records: before(retention.records, now) }),
  };
}

/** @param {Retention | undefined} retention */
export const hasRetention = (retention) => !!(retention?.comments || retention?.records);

/**
 * Apply a retention now, and log one line of what went.
 * @param {import('./store.js').FeedbackStore} store
 * @param {Retention} retention
 * @param {(entry: Record<string, unknown>) => void} audit
 * @param {Record<string, unknown>} by who asked: { role: 'retention' } (the timer) or { role: 'cli' }
 * @param {Date} [now]
 */
export async function purge(store, retention, audit, by, now = new Date()) {
  const cut = cutoffs(retention, now);
  const removed = await store.purge(cut);
  audit({
    event: 'purge',
    at: now.toISOString(),
    by,
    ...(cut.comments && { commentsReceivedBefore: cut.comments.toISOString() }),
    ...(cut.records && { recordsReceivedBefore: cut.records.toISOString() }),
    commentsRemoved: removed.comments,
    recordsRemoved: removed.records,
  });
  return removed;
}

/** One JSON line per event on stderr (the journal under systemd). */
export const stderrAudit = (/** @type {Record<string, unknown>} */ entry) => {
  process.stderr.write(`${JSON.stringify({ service: 'kommun-elements-feedback', ...entry })}\n`);
};
