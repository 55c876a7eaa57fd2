// @ts-check
// The feedback table in PostgreSQL (node-postgres), shared by any number of receiver processes.
// The same rules as the SQLite store, kept by the database itself: INSERT … ON CONFLICT is
// atomic, so one id posted to two processes at once is still one row.
import pg from 'pg';

/** @typedef {import('./store.js').RecordFilter} RecordFilter */
/** @typedef {import('./store.js').StoredRecord} StoredRecord */
/** @typedef {import('./store.js').PageStats} PageStats */
/** @typedef {import('./store.js').PageComment} PageComment */

// Two processes starting at once would race on CREATE TABLE IF NOT EXISTS (it is not atomic
// in PostgreSQL); an advisory lock, held to the end of the transaction, makes them take turns.
const SCHEMA_LOCK = 0x6b6f6d6d; // "komm"
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS feedback (
    id           text PRIMARY KEY,
    site         text NOT NULL,
    page         text NOT NULL,
    url          text NOT NULL,
    helpful      boolean NOT NULL,
    comment      text,
    lang         text NOT NULL,
    submitted_at timestamptz NOT NULL,
    received_at  timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
  );
  CREATE INDEX IF NOT EXISTS feedback_site_page ON feedback (site, page, submitted_at);
  CREATE INDEX IF NOT EXISTS feedback_received ON feedback (received_at);
  CREATE INDEX IF NOT EXISTS feedback_submitted ON feedback (submitted_at, id);
`;

// xmax is 0 on a row version that an INSERT made; an update sets it. No row comes back when
// the WHERE refused an older retry: the id existed.
const UPSERT = `
  INSERT INTO feedback AS f (id, site, page, url, helpful, comment, lang, submitted_at, received_at, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
  ON CONFLICT (id) DO UPDATE SET
    helpful = excluded.helpful,
    comment = coalesce(excluded.comment, f.comment),
    submitted_at = excluded.submitted_at,
    updated_at = excluded.updated_at
  WHERE excluded.submitted_at >= f.submitted_at
  RETURNING (xmax = 0) AS created
`;

const COLUMNS = `id, page, url, helpful, comment, lang, submitted_at AS "submittedAt",
  received_at AS "receivedAt", updated_at AS "updatedAt", site`;

/**
 * @param {RecordFilter} filter
 * @param {unknown[]} [params] parameters already taken by the query ($1… are numbered after them)
 */
function where({ site, page, from, to, search }, params = []) {
  /** @type {string[]} */
  const parts = [];
  /** @param {string} condition @param {unknown} value */
  const add = (condition, value) => {
    if (value === undefined) return;
    params.push(value);
    parts.push(condition.replace('?', `$${params.length}`));
  };
  add('site = ?', site);
  add('page = ?', page);
  add('submitted_at >= ?', from);
  add('submitted_at < ?', to);
  // lower() folds by the database's LC_CTYPE; strpos takes the text literally (no wildcards).
  add('strpos(lower(comment), lower(?)) > 0', search);
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** @param {Date} date */
const iso = (date) => date.toISOString();

/**
 * @param {string} url postgres://user:password@host:port/database (libpq-style options such as
 *   ?sslmode=require are understood by node-postgres)
 * @returns {Promise<import('./store.js').FeedbackStore>}
 */
export async function openPostgresStore(url) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A connection that dies while idle (database restart) is dropped by the pool; say so, don't crash.
  pool.on('error', (error) => console.error(`kommun-elements-feedback: PostgreSQL: ${error.message}`));
  const client = await pool.connect().catch(async (error) => {
    await pool.end();
    throw error;
  });
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(SCHEMA);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    client.release();
    await pool.end();
    throw error;
  }
  client.release();

  /** @param {any} row */
  const toRecord = (row) => ({
    ...row,
    ...(row.submittedAt && { submittedAt: iso(row.submittedAt) }),
    ...(row.receivedAt && { receivedAt: iso(row.receivedAt), updatedAt: iso(row.updatedAt) }),
  });

  return {
    async save(record, site, now = new Date()) {
      // Named: each connection parses and plans the upsert once, not on every answer.
      const { rows } = await pool.query({
        name: 'feedback-upsert',
        text: UPSERT,
        values: [record.id, site, record.page, record.url, record.helpful, record.comment, record.lang, record.submittedAt, now],
      });
      return rows[0]?.created ? 'created' : 'updated';
    },
    async records(filter = {}) {
      const { sql, params } = where(filter);
      const { rows } = await pool.query(`SELECT ${COLUMNS} FROM feedback ${sql} ORDER BY submitted_at, id`, params);
      return rows.map(toRecord);
    },
    async *recordBatches(filter = {}, size = 1000) {
      // Keyset pagination: each batch is one short query, so a long export holds no
      // connection or snapshot and other requests run between batches.
      // What is there when the export starts; answers that arrive meanwhile are the next export's.
      const bound = where(filter);
      const { rows: lastRows } = await pool.query(
        `SELECT submitted_at, id FROM feedback ${bound.sql} ORDER BY submitted_at DESC, id DESC LIMIT 1`,
        bound.params,
      );
      if (lastRows.length === 0) return;
      const last = [lastRows[0].submitted_at, lastRows[0].id];
      /** @type {[string | Date, string]} */
      let after = ['-infinity', ''];
      for (;;) {
        const { sql, params } = where(filter, [...after, size, ...last]);
        const { rows } = await pool.query(
          `SELECT ${COLUMNS} FROM feedback ${sql ? `${sql} AND` : 'WHERE'} (submitted_at, id) > ($1::timestamptz, $2)
          AND (submitted_at, id) <= ($4::timestamptz, $5) ORDER BY submitted_at, id LIMIT $3`,
          params,
        );
        if (rows.length === 0) return;
        const end = rows.at(-1);
        // The driver's Date keeps milliseconds only, as stored (the receiver writes ISO instants in ms).
        after = [end.submittedAt, end.id];
        yield rows.map(toRecord);
        if (rows.length < size) return;
      }
    },
    async pages(filter = {}) {
      const { sql, params } = where(filter);
      const { rows } = await pool.query(
        `
        SELECT site, page, (array_agg(url ORDER BY submitted_at DESC, id))[1] AS url,
          max(submitted_at) AS latest, count(*)::int AS answers,
          count(*) FILTER (WHERE helpful)::int AS yes, count(*) FILTER (WHERE NOT helpful)::int AS no
        FROM feedback ${sql} GROUP BY site, page`,
        params,
      );
      return rows.map((row) => ({ ...row, latest: iso(row.latest) }));
    },
    async latestComments(perPage, filter = {}) {
      const { sql, params } = where(filter, [perPage]);
      const { rows } = await pool.query(
        `
        SELECT site, page, helpful, comment, "submittedAt" FROM (
          SELECT site, page, helpful, comment, id, submitted_at AS "submittedAt",
            row_number() OVER (PARTITION BY site, page ORDER BY submitted_at DESC, id) AS n
          FROM feedback ${sql ? `${sql} AND` : 'WHERE'} comment IS NOT NULL
        ) AS c WHERE n <= $1 ORDER BY site, page, "submittedAt" DESC, id`,
        params,
      );
      return rows.map(toRecord);
    },
    async comments(filter, { limit, offset }) {
      const counting = where(filter);
      const listing = where(filter, [limit, offset]);
      /** @param {string} sql */
      const withComment = (sql) => `${sql ? `${sql} AND` : 'WHERE'} comment IS NOT NULL`;
      const [{ rows: counted }, { rows }] = await Promise.all([
        pool.query(`SELECT count(*)::int AS total FROM feedback ${withComment(counting.sql)}`, counting.params),
        pool.query(
          `SELECT id, site, page, helpful, comment, submitted_at AS "submittedAt" FROM feedback ${withComment(listing.sql)}
          ORDER BY submitted_at DESC, id LIMIT $1 OFFSET $2`,
          listing.params,
        ),
      ]);
      return { total: counted[0].total, comments: rows.map(toRecord) };
    },
    async days(filter = {}) {
      const { sql, params } = where(filter);
      const { rows } = await pool.query(
        `SELECT to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
          count(*) FILTER (WHERE helpful)::int AS yes, count(*) FILTER (WHERE NOT helpful)::int AS no
        FROM feedback ${sql} GROUP BY day ORDER BY day`,
        params,
      );
      return rows;
    },
    async erase(id, site) {
      const { rows } = await pool.query('DELETE FROM feedback WHERE id = $1 AND ($2::text IS NULL OR site = $2) RETURNING id, site, page', [id, site ?? null]);
      return rows[0];
    },
    async purge({ comments, records }) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // Records first: a comment on a record that goes anyway is not counted twice.
        const removed = records ? (await client.query('DELETE FROM feedback WHERE received_at < $1', [records])).rowCount : 0;
        const cleared = comments
          ? (await client.query('UPDATE feedback SET comment = NULL WHERE received_at < $1 AND comment IS NOT NULL', [comments])).rowCount
          : 0;
        await client.query('COMMIT');
        return { records: removed ?? 0, comments: cleared ?? 0 };
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
