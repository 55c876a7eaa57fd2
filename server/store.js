// @ts-check
// The feedback table in SQLite (better-sqlite3, WAL). One row per client-made id.
import Database from 'better-sqlite3';

/** @typedef {import('./validate.js').FeedbackRecord} FeedbackRecord */

/**
 * A stored record: what the client sent plus the receiver's own times.
 * @typedef {FeedbackRecord & { receivedAt: string, updatedAt: string }} StoredRecord
 */

/**
 * @typedef {object} PageStats
 * @property {string} page
 * @property {string} url      the page's most recent url
 * @property {number} answers
 * @property {number} yes
 * @property {number} no
 * @property {string} latest   most recent submittedAt
 */

/**
 * @typedef {object} PageComment
 * @property {string} page
 * @property {boolean} helpful
 * @property {string} comment
 * @property {string} submittedAt
 */

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
    updated_at   TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS feedback_page ON feedback (page, submitted_at);
`;

// A retry of the vote may arrive after the comment (it waited in a queue): an older
// submittedAt never overwrites a newer one, and a record without comment keeps the stored one.
// page, url and lang stay as first stored: the answer belongs to that page.
const UPSERT = `
  INSERT INTO feedback (id, page, url, helpful, comment, lang, submitted_at, received_at, updated_at)
  VALUES (@id, @page, @url, @helpful, @comment, @lang, @submittedAt, @now, @now)
  ON CONFLICT (id) DO UPDATE SET
    helpful = excluded.helpful,
    comment = coalesce(excluded.comment, feedback.comment),
    submitted_at = excluded.submitted_at,
    updated_at = excluded.updated_at
  WHERE excluded.submitted_at >= feedback.submitted_at
`;

const COLUMNS = `id, page, url, helpful, comment, lang, submitted_at AS submittedAt,
  received_at AS receivedAt, updated_at AS updatedAt`;

/**
 * @param {string} file path of the database file (created when missing), or ':memory:'
 */
export function openStore(file) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // An acknowledged answer must survive a power cut too, not only a crash of this process.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const exists = db.prepare('SELECT 1 FROM feedback WHERE id = ?').pluck();
  const upsert = db.prepare(UPSERT);
  const all = db.prepare(`SELECT ${COLUMNS} FROM feedback ORDER BY submitted_at, id`);
  // SQLite takes the bare column url from the row that holds max(submitted_at).
  const pages = db.prepare(`
    SELECT page, url, max(submitted_at) AS latest, count(*) AS answers,
      sum(helpful) AS yes, count(*) - sum(helpful) AS no
    FROM feedback GROUP BY page`);
  const comments = db.prepare(`
    SELECT page, helpful, comment, submitted_at AS submittedAt FROM (
      SELECT *, row_number() OVER (PARTITION BY page ORDER BY submitted_at DESC, id) AS n
      FROM feedback WHERE comment IS NOT NULL
    ) WHERE n <= ? ORDER BY page, submitted_at DESC, id`);

  const save = db.transaction(
    /**
     * @param {FeedbackRecord} record
     * @param {string} now
     * @returns {'created' | 'updated'}
     */
    (record, now) => {
      const existed = exists.get(record.id) !== undefined;
      upsert.run({ ...record, helpful: record.helpful ? 1 : 0, now });
      return existed ? 'updated' : 'created';
    },
  );

  /** @param {any} row */
  const toRecord = (row) => ({ ...row, helpful: row.helpful === 1 });

  return {
    /**
     * Insert the record, or update the one with its id.
     * @param {FeedbackRecord} record
     * @param {Date} [now]
     */
    save: (record, now = new Date()) => save(record, now.toISOString()),
    /** @returns {StoredRecord[]} */
    all: () => all.all().map(toRecord),
    /** @returns {PageStats[]} */
    pages: () => /** @type {PageStats[]} */ (pages.all()),
    /**
     * The newest comments of every page, newest first.
     * @param {number} perPage
     * @returns {PageComment[]}
     */
    latestComments: (perPage) => comments.all(perPage).map(toRecord),
    close: () => db.close(),
  };
}

/** @typedef {ReturnType<typeof openStore>} Store */
