// @ts-check
// SIGTERM while answers are arriving: no acknowledged write is lost, the process exits 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { TOKEN, record, rows, spawnBin, tempDir } from './helpers.js';

/**
 * POST a record with node:http, so the test controls connections and timing.
 * @param {http.RequestOptions} options
 * @param {Buffer} body
 * @param {(req: http.ClientRequest) => void} [write] writes the body (default: all at once)
 * @returns {Promise<{ status: number | undefined, body: string }>}
 */
function request(options, body, write = (req) => req.end(body)) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        ...options,
        path: '/feedback',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': body.length },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    write(req);
  });
}

test('SIGTERM during writes: every acknowledged record is in the database, exit 0', async (t) => {
  const { dir, remove } = await tempDir();
  t.after(remove);
  const db = join(dir, 'feedback.sqlite');
  const run = spawnBin(['--port', '0', '--db', db, '--token', TOKEN, '--rate', '1000000']);
  t.after(() => run.child.kill('SIGKILL')); // only matters when an assertion failed
  const port = Number(new URL(await run.listening).port);
  const target = { host: '127.0.0.1', port };

  // A slow client: its headers and half its body are in when SIGTERM comes.
  const slow = record({ helpful: false, comment: 'Skickad långsamt, på ett dåligt nät.' });
  const slowBody = Buffer.from(JSON.stringify(slow));
  /** @type {http.ClientRequest | undefined} */
  let slowRequest;
  const slowAnswer = request({ ...target, agent: false }, slowBody, (req) => {
    slowRequest = req;
    req.write(slowBody.subarray(0, 40));
  });

  // Many clients at once, over 20 kept-alive connections.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
  const sent = Array.from({ length: 400 }, () => record());
  /** @type {Set<string>} */
  const acknowledged = new Set();
  const burst = sent.map(async (r) => {
    const answer = await request({ ...target, agent }, Buffer.from(JSON.stringify(r))).catch(() => undefined);
    if (answer?.status === 201) {
      assert.deepEqual(JSON.parse(answer.body), { ok: true, id: r.id });
      acknowledged.add(r.id);
    }
  });

  while (acknowledged.size < 20) await delay(1);
  run.child.kill('SIGTERM');
  await run.waitForOutput(/SIGTERM: finishing/);
  await delay(200);
  slowRequest?.end(slowBody.subarray(40));

  const slowResult = await slowAnswer;
  await Promise.all(burst);
  agent.destroy();
  assert.equal(await run.exited, 0);
  assert.match(run.output().stdout, /Stopped; database closed/);

  assert.equal(slowResult.status, 201, 'the request in flight at SIGTERM was finished');
  assert.ok(acknowledged.size < sent.length, 'SIGTERM came while posts were still coming in');
  const stored = new Map(rows(db).map((row) => [row.id, row]));
  for (const id of acknowledged) assert.ok(stored.has(id), `acknowledged ${id} is missing`);
  assert.equal(stored.get(slow.id)?.comment, slow.comment);
  // Exactly the acknowledged records: nothing stored without an answer, nothing twice.
  assert.deepEqual([...stored.keys()].sort(), [...acknowledged, slow.id].sort());
});
