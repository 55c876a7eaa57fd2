// @ts-check
// kill -9 during a burst of POSTs, then a restart: every answer that was acknowledged is in the
// database, on both stores. (SIGTERM, the clean stop, is shutdown.test.js.)
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { TOKEN, record, spawnBin, tempDir } from './helpers.js';
import { postgresSkipReason, usePostgres } from './postgres.js';

/**
 * Start the bin on `db`, post a burst, kill -9 it mid-burst, start it again and read back.
 * @param {string} db
 */
async function crashAndRestart(db) {
  const args = ['--port', '0', '--db', db, '--token', TOKEN, '--rate', '1000000'];
  const run = spawnBin(args);
  try {
    const { port } = new URL(await run.listening);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    /** @type {Set<string>} */
    const acknowledged = new Set();
    const sent = Array.from({ length: 600 }, () => record());
    const burst = sent.map(
      (r) =>
        new Promise((resolve) => {
          const body = JSON.stringify(r);
          const req = http.request(
            {
              host: '127.0.0.1',
              port,
              path: '/feedback',
              method: 'POST',
              agent,
              headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
            },
            (res) => {
              res.resume();
              if (res.statusCode === 201) acknowledged.add(r.id);
              res.on('end', resolve);
            },
          );
          req.on('error', resolve); // cut off by the kill: not acknowledged
          req.end(body);
        }),
    );
    while (acknowledged.size < 50) await delay(1);
    run.child.kill('SIGKILL');
    await Promise.all(burst);
    agent.destroy();
    assert.equal(await run.exited, null, 'killed, not exited');
    assert.ok(acknowledged.size < sent.length, 'the kill came during the burst');

    const again = spawnBin(args);
    try {
      const url = await again.listening;
      const records = /** @type {any[]} */ (await (await fetch(`${url}/feedback.json`, { headers: { authorization: `Bearer ${TOKEN}` } })).json());
      const stored = new Set(records.map((r) => r.id));
      for (const id of acknowledged) assert.ok(stored.has(id), `acknowledged ${id} is missing after the restart`);
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
  } finally {
    run.child.kill('SIGKILL');
  }
}

test('kill -9 during a burst, SQLite: every acknowledged answer is there after a restart', async (t) => {
  const { dir, remove } = await tempDir();
  t.after(remove);
  await crashAndRestart(join(dir, 'feedback.sqlite'));
});

describe('PostgreSQL', { skip: postgresSkipReason() }, () => {
  const postgres = usePostgres();
  test('kill -9 during a burst, PostgreSQL: every acknowledged answer is there after a restart', async () => {
    await crashAndRestart(await postgres.cluster.database());
  });
});
