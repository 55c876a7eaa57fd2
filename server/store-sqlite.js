// @ts-check
// The feedback table in SQLite (better-sqlite3, WAL). One row per client-made id.
import Database from 'better-sqlite3';

/** @typedef {import('./store.js').FeedbackRecord} FeedbackRecord */
/** @typedef {import('./store.js').RecordFilter} RecordFilter */
/** @typedef {import('./store.js').StoredRecord} StoredRecord */
/** @typedef {import('./store.js').PageStats} PageStats */
/** @typedef {import('./store.js').PageComment} PageComment */

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS feedback (
    id           TEXT PRIMARY KEY,
    page         TEXT NOT NULL,
    url          TEXT NOT NULL,
    helpful      INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    comment      TEXT,
    lang         TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    site         TEXT NOT NULL
  ) STRICT;
`;

// Created after the site column exists (a database from before sites gets it added first).
const INDEXES = `
  DROP INDEX IF EXISTS feedback_page;
  CREATE INDEX IF NOT EXISTS feedback_site_page ON feedback (site, page, submitted_at);
  CREATE INDEX IF NOT EXISTS feedback_received ON feedback (received_at);
`;

// A retry of the vote may arrive after the comment (it waited in a queue): an older
// submittedAt never overwrites a newer one, and a record without comment keeps the stored one.
// site, page, url and lang stay as first stored: the answer belongs to that page.
const UPSERT = `
  INSERT INTO feedback (id, site, page, url, helpful, comment, lang, submitted_at, received_at, updated_at)
  VALUES (@id, @site, @page, @url, @helpful, @comment, @lang, @submittedAt, @now, @now)
  ON CONFLICT (id) DO UPDATE SET
    helpful = excluded.helpful,
    comment = coalesce(excluded.comment, feedback.comment),
    submitted_at = excluded.submitted_at,
    updated_at = excluded.updated_at
  WHERE excluded.submitted_at >= feedback.submitted_at
`;

const COLUMNS = `id, page, url, helpful, comment, lang, submitted_at AS submittedAt,
  received_at AS receivedAt, updated_at AS updatedAt, site`;

/**
 * SQL condition and parameters for a filter; submitted_at is ISO text, so text order is time order.
 * @param {RecordFilter} filter
 */
function where({ site, page, from, to }) {
  const parts = [
    site !== undefined && 'site = @site',
    page !== undefined && 'page = @page',
    from !== undefined && 'submitted_at >= @from',
    to !== undefined && 'submitted_at < @to',
  ].filter(Boolean);
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params: { site, page, from, to } };
}

/**
 * @param {string} file path of the database file (created when missing), or ':memory:'
 * @param {{ defaultSite: string }} options
 * @returns {import('./store.js').FeedbackStore}
 */
export function openSqliteStore(file, { defaultSite }) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // An acknowledged answer must survive a power cut too, not only a crash of this process.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  // Erased and purged text is overwritten in the file, not left in free pages.
  db.pragma('secure_delete = ON');
  db.exec(SCHEMA);
  const columns = db.prepare("SELECT name FROM pragma_table_info('feedback')").pluck().all();
  if (!columns.includes('site')) {
    // A database from before sites: its answers came from the one site there was.
    db.transaction(() => {
      db.exec("ALTER TABLE feedback ADD COLUMN site TEXT NOT NULL DEFAULT ''");
      db.prepare("UPDATE feedback SET site = ? WHERE site = ''").run(defaultSite);
    }).immediate();
  }
  db.exec(INDEXES);

  /** @type {Map<string, import('better-sqlite3').Statement>} */
  const statements = new Map();
  /** Prepared once per distinct SQL text; a filter makes one of 16 texts. */
  const prepare = (/** @type {string} */ sql) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  /** Parameters without the undefined ones, which better-sqlite3 refuses as named parameters. */
  const defined = (/** @type {Record<string, unknown>} */ params) => Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));

  const exists = db.prepare('SELECT 1 FROM feedback WHERE id = ?').pluck();
  const upsert = db.prepare(UPSERT);
  const save = db.transaction(
    /**
     * @param {FeedbackRecord} record
     * @param {string} site
     * @param {string} now
     * @returns {'created' | 'updated'}
     */
    (record, site, now) => {
      const existed = exists.get(record.id) !== undefined;
      upsert.run({ ...record, site, helpful: record.helpful ? 1 : 0, now });
      return existed ? 'updated' : 'created';
    },
  );
  const find = db.prepare('SELECT id, site, page FROM feedback WHERE id = ?');
  const remove = db.prepare('DELETE FROM feedback WHERE id = ?');
  const clearComments = db.prepare('UPDATE feedback SET comment = NULL WHERE received_at < ? AND comment IS NOT NULL');
  const removeOlder = db.prepare('DELETE FROM feedback WHERE received_at < ?');

  // ...and the write-ahead log, which still holds the old pages, is emptied into the file.
  const forgetOldPages = () => db.pragma('wal_checkpoint(TRUNCATE)');

  /** @param {any} row */
  const toRecord = (row) => ({ ...row, helpful: row.helpful === 1 });

  return {
    // IMMEDIATE: take the write lock before reading, so that another process between the read
    // and the write cannot make the "created or updated" answer wrong.
    save: async (record, site, now = new Date()) => save.immediate(record, site, now.toISOString()),
    async records(filter = {}) {
      const { sql, params } = where(filter);
      return prepare(`SELECT ${COLUMNS} FROM feedback ${sql} ORDER BY submitted_at, id`).all(defined(params)).map(toRecord);
    },
    async pages(filter = {}) {
      const { sql, params } = where(filter);
      // SQLite takes the bare column url from the row that holds max(submitted_at).
      return /** @type {PageStats[]} */ (
        prepare(`
        SELECT site, page, url, max(submitted_at) AS latest, count(*) AS answers,
          sum(helpful) AS yes, count(*) - sum(helpful) AS no
        FROM feedback ${sql} GROUP BY site, page`).all(defined(params))
      );
    },
    async latestComments(perPage, filter = {}) {
      const { sql, params } = where(filter);
      return prepare(`
        SELECT site, page, helpful, comment, submitted_at AS submittedAt FROM (
          SELECT *, row_number() OVER (PARTITION BY site, page ORDER BY submitted_at DESC, id) AS n
          FROM feedback ${sql ? `${sql} AND` : 'WHERE'} comment IS NOT NULL
        ) WHERE n <= @perPage ORDER BY site, page, submitted_at DESC, id`)
        .all({ ...defined(params), perPage })
        .map(toRecord);
    },
    async erase(id, site) {
      const erased = db
        .transaction(() => {
          const found = /** @type {{ id: string, site: string, page: string } | undefined} */ (find.get(id));
          if (!found || (site !== undefined && found.site !== site)) return undefined;
          remove.run(id);
          return found;
        })
        .immediate();
      if (erased) forgetOldPages();
      return erased;
    },
    async purge({ comments, records }) {
      const purged = db
        .transaction(() => ({
          // Records first: a comment on a record that goes anyway is not counted twice.
          records: records ? removeOlder.run(records.toISOString()).changes : 0,
          comments: comments ? clearComments.run(comments.toISOString()).changes : 0,
        }))
        .immediate();
      if (purged.records + purged.comments > 0) forgetOldPages();
      return purged;
    },
    close: async () => void db.close(),
  };
}
