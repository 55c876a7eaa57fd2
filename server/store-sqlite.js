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
  CREATE INDEX IF NOT EXISTS feedback_submitted ON feedback (submitted_at, id);
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
function where({ site, page, from, to, search }) {
  const parts = [
    site !== undefined && 'site = @site',
    page !== undefined && 'page = @page',
    from !== undefined && 'submitted_at >= @from',
    to !== undefined && 'submitted_at < @to',
    search !== undefined && "fold(comment) LIKE '%' || @search || '%' ESCAPE '\\'",
  ].filter(Boolean);
  const params = { site, page, from, to, search: search === undefined ? undefined : likePattern(search.toLocaleLowerCase('sv')) };
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** Case folding for search; SQLite's own lower() folds ASCII only, and residents write å, ä, ö. */
const fold = (/** @type {string | null} */ text) => (text === null ? null : text.toLocaleLowerCase('sv'));

/** @param {string} text the text searched for, with LIKE's wildcards taken literally */
const likePattern = (text) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

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
  db.function('fold', { deterministic: true }, fold);

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
  /**
   * Group commit: the saves that arrive within one turn of the event loop are committed in one
   * transaction, so one fsync covers them all (synchronous = FULL makes every commit one), and
   * each is acknowledged only after that commit. Each save is a savepoint of its own inside it,
   * so one that fails (a constraint) fails alone.
   * @type {{ record: FeedbackRecord, site: string, now: string, resolve: (outcome: 'created' | 'updated') => void, reject: (error: unknown) => void }[]}
   */
  let pending = [];
  const saveAll = db.transaction((/** @type {typeof pending} */ batch) =>
    batch.map(({ record, site, now }) => {
      try {
        return { outcome: save(record, site, now) };
      } catch (error) {
        return { error };
      }
    }),
  );
  function flush() {
    const batch = pending;
    pending = [];
    let results;
    try {
      // IMMEDIATE: take the write lock before reading, so that another process between the read
      // and the write cannot make the "created or updated" answer wrong.
      results = saveAll.immediate(batch);
    } catch (error) {
      for (const { reject } of batch) reject(error);
      return;
    }
    batch.forEach(({ resolve, reject }, i) => {
      const result = results[i];
      if ('error' in result) reject(result.error);
      else resolve(result.outcome);
    });
  }
  const find = db.prepare('SELECT id, site, page FROM feedback WHERE id = ?');
  const remove = db.prepare('DELETE FROM feedback WHERE id = ?');
  const clearComments = db.prepare('UPDATE feedback SET comment = NULL WHERE received_at < ? AND comment IS NOT NULL');
  const removeOlder = db.prepare('DELETE FROM feedback WHERE received_at < ?');

  // ...and the write-ahead log, which still holds the old pages, is emptied into the file.
  const forgetOldPages = () => db.pragma('wal_checkpoint(TRUNCATE)');

  /** @param {any} row */
  const toRecord = (row) => ({ ...row, helpful: row.helpful === 1 });

  return {
    save: (record, site, now = new Date()) =>
      new Promise((resolve, reject) => {
        pending.push({ record, site, now: now.toISOString(), resolve, reject });
        if (pending.length === 1) setImmediate(flush);
      }),
    async records(filter = {}) {
      const { sql, params } = where(filter);
      return prepare(`SELECT ${COLUMNS} FROM feedback ${sql} ORDER BY submitted_at, id`).all(defined(params)).map(toRecord);
    },
    async *recordBatches(filter = {}, size = 1000) {
      const { sql, params } = where(filter);
      // Keyset pagination: each batch is its own short read, so a long export holds no read
      // transaction open and the event loop serves POSTs between batches.
      const and = sql ? `${sql} AND` : 'WHERE';
      // What is there when the export starts; answers that arrive meanwhile are the next export's.
      const last = /** @type {{ lastAt: string, lastId: string } | undefined} */ (
        prepare(`SELECT submitted_at AS lastAt, id AS lastId FROM feedback ${sql} ORDER BY submitted_at DESC, id DESC LIMIT 1`).get(defined(params))
      );
      if (!last) return;
      const next = prepare(`SELECT ${COLUMNS} FROM feedback ${and} (submitted_at, id) > (@afterAt, @afterId)
        AND (submitted_at, id) <= (@lastAt, @lastId) ORDER BY submitted_at, id LIMIT @size`);
      let after = { afterAt: '', afterId: '' };
      for (;;) {
        const rows = next.all({ ...defined(params), ...after, ...last, size });
        if (rows.length === 0) return;
        yield rows.map(toRecord);
        if (rows.length < size) return;
        const end = /** @type {any} */ (rows.at(-1));
        after = { afterAt: end.submittedAt, afterId: end.id };
        await new Promise((resolve) => setImmediate(resolve));
      }
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
    async comments(filter, { limit, offset }) {
      const { sql, params } = where(filter);
      const condition = `${sql ? `${sql} AND` : 'WHERE'} comment IS NOT NULL`;
      const p = defined(params);
      const total = /** @type {number} */ (prepare(`SELECT count(*) FROM feedback ${condition}`).pluck().get(p));
      const comments = prepare(`SELECT id, site, page, helpful, comment, submitted_at AS submittedAt FROM feedback ${condition}
        ORDER BY submitted_at DESC, id LIMIT @limit OFFSET @offset`)
        .all({ ...p, limit, offset })
        .map(toRecord);
      return { total, comments };
    },
    async days(filter = {}) {
      const { sql, params } = where(filter);
      return /** @type {import('./store.js').DayStats[]} */ (
        prepare(`SELECT substr(submitted_at, 1, 10) AS day, sum(helpful) AS yes, count(*) - sum(helpful) AS no
          FROM feedback ${sql} GROUP BY day ORDER BY day`).all(defined(params))
      );
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
    close: async () => {
      if (pending.length > 0) flush();
      db.close();
    },
  };
}
