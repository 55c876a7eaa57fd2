// @ts-check
// Two receiver processes on one PostgreSQL database, as behind a load balancer: the same id
// posted to both at once is one row, and each process sees what the other stored.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { TOKEN, post, record, spawnBin } from './helpers.js';
import { postgresSkipReason, usePostgres } from './postgres.js';

/** @param {string} db */
const startBin = (db) => spawnBin(['--port', '0', '--db', db, '--token', TOKEN, '--rate', '1000000']);

describe('two receivers on one PostgreSQL', { skip: postgresSkipReason() }, () => {
  const postgres = usePostgres();

  test('the same id posted to both at once is one row, created once', async (t) => {
    const db = await postgres.cluster.database();
    // The test cluster trusts every login; the password is there to check that it is not printed.
    const withPassword = db.replace('postgres@', 'postgres:not-to-be-printed@');
    // Both start at once too: creating the schema must not race.
    const runs = [startBin(withPassword), startBin(withPassword)];
    t.after(() => runs.forEach((run) => run.child.kill('SIGKILL'))); // only matters when an assertion failed
    const urls = await Promise.all(runs.map((run) => run.listening));
    assert.notEqual(urls[0], urls[1]);
    for (const run of runs) {
      assert.match(run.output().stdout, /database: postgres:\/\/postgres:redacted@127\.0\.0\.1:\d+\/feedback_\d+\n/);
      assert.doesNotMatch(run.output().stdout, /not-to-be-printed/);
    }

    const sent = record({ helpful: false });
    const statuses = await Promise.all(Array.from({ length: 40 }, async (_, i) => (await post(urls[i % 2], sent)).status));
    assert.equal(statuses.filter((s) => s === 201).length, 1, String(statuses));
    assert.equal(statuses.filter((s) => s === 200).length, 39);

    // Distinct ids through either process all arrive; each process reads the other's.
    const more = Array.from({ length: 30 }, () => record());
    await Promise.all(more.map(async (r, i) => assert.equal((await post(urls[i % 2], r)).status, 201)));
    for (const url of urls) {
      const records = /** @type {any[]} */ (await (await fetch(`${url}/feedback.json`, { headers: { authorization: `Bearer ${TOKEN}` } })).json());
      assert.equal(records.length, 31);
    }

    const client = new pg.Client({ connectionString: db });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT count(*)::int AS n FROM feedback WHERE id = $1', [sent.id]);
      assert.equal(rows[0].n, 1);
    } finally {
      await client.end();
    }
    for (const run of runs) run.child.kill('SIGTERM');
    assert.deepEqual(await Promise.all(runs.map((run) => run.exited)), [0, 0]);
  });
});
