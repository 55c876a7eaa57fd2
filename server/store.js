// @ts-check
// The store: one small interface, two implementations. SQLite (better-sqlite3) is the embedded
// default; PostgreSQL (node-postgres) lets several receiver processes share one database.
// Each driver is an optional peer dependency, loaded only when its kind of --db is asked for.

/** @typedef {import('./validate.js').FeedbackRecord} FeedbackRecord */

/**
 * A stored record: what the client sent, the site it was posted from, and the receiver's own times.
 * @typedef {FeedbackRecord & { site: string, receivedAt: string, updatedAt: string }} StoredRecord
 */

/**
 * @typedef {object} PageStats
 * @property {string} site
 * @property {string} page
 * @property {string} url      the page's most recent url
 * @property {number} answers
 * @property {number} yes
 * @property {number} no
 * @property {string} latest   most recent submittedAt
 */

/**
 * @typedef {object} PageComment
 * @property {string} site
 * @property {string} page
 * @property {boolean} helpful
 * @property {string} comment
 * @property {string} submittedAt
 */

/**
 * Which records a read covers; every field optional, all given ones must hold.
 * @typedef {object} RecordFilter
 * @property {string} [site] the site's origin
 * @property {string} [page]
 * @property {string} [from] ISO 8601 instant in UTC: submittedAt at or after
 * @property {string} [to]   ISO 8601 instant in UTC: submittedAt before
 * @property {string} [search] the comment contains this text (case-insensitive)
 */

/**
 * Answers of one day (UTC), for a trend.
 * @typedef {object} DayStats
 * @property {string} day  YYYY-MM-DD
 * @property {number} yes
 * @property {number} no
 */

/**
 * What retention removes: comments of answers received before `comments`, whole answers
 * received before `records`.
 * @typedef {object} PurgeCutoffs
 * @property {Date} [comments]
 * @property {Date} [records]
 */

/**
 * @typedef {object} FeedbackStore
 * @property {(record: FeedbackRecord, site: string, now?: Date) => Promise<'created' | 'updated'>} save
 *   insert the record, or update the one with its id: an older submittedAt never overwrites a
 *   newer one, a record without comment keeps the stored comment, site/page/url/lang stay as
 *   first stored
 * @property {(filter?: RecordFilter) => Promise<StoredRecord[]>} records ordered by submittedAt, id
 * @property {(filter?: RecordFilter) => Promise<PageStats[]>} pages one row per site and page
 * @property {(perPage: number, filter?: RecordFilter) => Promise<PageComment[]>} latestComments
 *   the newest comments of every site and page, newest first
 * @property {(filter?: RecordFilter, size?: number) => AsyncGenerator<StoredRecord[], void, void>} recordBatches
 *   the same records as records(), in batches of at most `size` (default 1000), each read on
 *   its own: an export of any size holds one batch in memory and lets other requests run between
 * @property {(filter: RecordFilter, page: { limit: number, offset: number }) => Promise<{ total: number, comments: (PageComment & { id: string })[] }>} comments
 *   one page of the comments the filter covers, newest first, and how many there are in all
 * @property {(filter?: RecordFilter) => Promise<DayStats[]>} days answers per day (UTC), oldest first
 * @property {(id: string, site?: string) => Promise<{ id: string, site: string, page: string } | undefined>} erase
 *   delete one answer (only if it belongs to `site`, when given); what was deleted, if anything
 * @property {(cutoffs: PurgeCutoffs) => Promise<{ comments: number, records: number }>} purge
 *   apply retention; how many comments were cleared and records deleted
 * @property {() => Promise<void>} close
 */

/** @param {string} db */
export const isPostgresUrl = (db) => /^postgres(?:ql)?:\/\//i.test(db);

/**
 * Open the store `db` names: a postgres:// or postgresql:// URL, else an SQLite file (created
 * when missing) or ':memory:'. Creates the schema when missing.
 * @param {string} db
 * @param {{ defaultSite: string }} options the site of records stored before sites existed
 * @returns {Promise<FeedbackStore>}
 */
export async function openStore(db, options) {
  const postgres = isPostgresUrl(db);
  // better-sqlite3 13 needs Node 22 (on Node 20 it installs, then crashes): name the one that runs here.
  const sqlite = Number(process.versions.node.split('.')[0]) >= 22 ? 'better-sqlite3@13' : 'better-sqlite3@12';
  const [driver, install] = postgres ? ['pg', 'pg@8'] : ['better-sqlite3', sqlite];
  let module;
  try {
    module = postgres ? await import('./store-postgres.js') : await import('./store-sqlite.js');
  } catch (error) {
    // The drivers are optional peer dependencies, so that a front-end install never builds them.
    const { code, message } = /** @type {NodeJS.ErrnoException} */ (error);
    if (code !== 'ERR_MODULE_NOT_FOUND' || !message.includes(`'${driver}'`)) throw error;
    throw new Error(
      `${driver} is not installed; it is needed for --db ${postgres ? 'postgres://…' : '<file>'}.\n` +
        `Install it next to kommun-elements:  npm install ${install}`,
      { cause: error },
    );
  }
  return 'openPostgresStore' in module ? module.openPostgresStore(db) : module.openSqliteStore(db, options);
}
