// npm run bench:feedback — the receiver on loopback under concurrent POSTs, each a new record.
// Checks the promise behind the numbers: every acknowledged answer is in the database, once.
// --store postgres runs it on a throwaway local PostgreSQL cluster (fsync on, as deployed):
// npm run bench:feedback -- --store postgres
//
// autocannon stops by cutting its connections, so a few requests are in flight at the end: the
// receiver may have stored them without the answer arriving. Like <page-feedback>, the bench
// then sends those again with the same id (a retry never adds a row) and compares.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import pg from 'pg';
import { startPostgres } from '../server/test/postgres.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    store: { type: 'string', default: 'sqlite' },
  },
});
if (values.store !== 'sqlite' && values.store !== 'postgres') throw new Error('--store is sqlite or postgres');
const duration = Number(values.duration);
const connections = Number(values.connections);
const token = randomUUID();
const bin = fileURLToPath(new URL('../bin/kommun-elements-feedback.js', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'kommun-feedback-bench-'));
const cluster = values.store === 'postgres' ? await startPostgres({ durable: true }) : undefined;
const db = cluster ? await cluster.database() : join(dir, 'feedback.sqlite');

/** @returns {Promise<Set<string>>} the ids in the database */
async function storedIds() {
  if (!cluster) {
    const database = new Database(db, { readonly: true });
    const ids = new Set(database.prepare('SELECT id FROM feedback').pluck().all());
    database.close();
    return ids;
  }
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  const { rows } = await client.query('SELECT id FROM feedback');
  await client.end();
  return new Set(rows.map((row) => row.id));
}

const receiver = spawn(process.execPath, [bin, '--port', '0', '--host', '127.0.0.1', '--db', db, '--token', token, '--rate', '1000000000'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const exited = new Promise((resolve) => receiver.on('exit', (code) => resolve(code)));
const url = await new Promise((resolve, reject) => {
  let out = '';
  receiver.stdout.setEncoding('utf8').on('data', (chunk) => {
    out += chunk;
    const match = /listening on (http:\/\/\S+)\n/.exec(out);
    if (match) resolve(match[1]);
  });
  exited.then((code) => reject(new Error(`receiver exited with ${code}`)));
});

/** Body of every record handed to autocannon, by id. */
const bodies = new Map();
/** Ids the receiver acknowledged (2xx). */
const acknowledged = new Set();
const pages = ['/kommun-och-politik/overgripande-mal', '/bygga-bo-och-miljo', '/skola-och-forskola', '/omsorg-och-stod'];

const result = await autocannon({
  url,
  connections,
  duration,
  requests: [
    {
      method: 'POST',
      path: '/feedback',
      headers: { 'content-type': 'application/json' },
      setupRequest(request) {
        const id = randomUUID();
        const page = pages[bodies.size % pages.length];
        const body = JSON.stringify({
          id,
          page,
          url: `https://www.vara.se${page}.html`,
          helpful: bodies.size % 3 !== 0,
          comment: bodies.size % 5 === 0 ? 'Informationen om öppettider saknas.' : undefined,
          lang: 'sv',
          submittedAt: new Date().toISOString(),
        });
        bodies.set(id, body);
        return { ...request, body };
      },
      // The answer names the id it stored, so no bookkeeping per connection is needed.
      onResponse(status, body) {
        if (status >= 200 && status < 300) acknowledged.add(JSON.parse(body).id);
      },
    },
  ],
});

const duringRun = acknowledged.size;
let retriedNew = 0;
let retriedExisting = 0;
let retryFailures = 0;
const unanswered = [...bodies.keys()].filter((id) => !acknowledged.has(id));
for (const id of unanswered) {
  const res = await fetch(`${url}/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies.get(id) });
  if (res.status === 201) retriedNew++;
  else if (res.status === 200) retriedExisting++;
  else retryFailures++;
  if (res.ok) acknowledged.add(id);
}

receiver.kill('SIGTERM');
const exitCode = await exited;
const stored = await storedIds();
await cluster?.stop();
await rm(dir, { recursive: true, force: true });

const missing = [...acknowledged].filter((id) => !stored.has(id)).length;
const equal = stored.size === acknowledged.size && missing === 0;
const rows = [
  ['store', values.store],
  ['duration, connections', `${duration} s, ${connections}`],
  ['requests/s (mean)', result.requests.average.toFixed(0)],
  ['latency p50', `${result.latency.p50} ms`],
  ['latency p99', `${result.latency.p99} ms`],
  ['2xx during the run', String(result['2xx'])],
  ['non-2xx, errors, timeouts', `${result.non2xx}, ${result.errors}, ${result.timeouts}`],
  ['unanswered at stop, sent again', `${unanswered.length} (already stored: ${retriedExisting}, new: ${retriedNew}, failed: ${retryFailures})`],
  ['acknowledged records', String(acknowledged.size)],
  ['rows in the database', String(stored.size)],
  ['acknowledged but missing', String(missing)],
  ['equal', equal ? 'yes' : 'NO'],
  ['receiver exit code after SIGTERM', String(exitCode)],
];
const width = Math.max(...rows.map(([name]) => name.length));
console.log(`\nkommun-elements-feedback on loopback, Node ${process.version}\n`);
console.log(`| ${'metric'.padEnd(width)} | value |\n|${'-'.repeat(width + 2)}|-------|`);
for (const [name, value] of rows) console.log(`| ${name.padEnd(width)} | ${value} |`);
console.log(`\n(${duringRun} acknowledged during the run.)`);

const ok = equal && retryFailures === 0 && result.non2xx === 0 && exitCode === 0;
process.exitCode = ok ? 0 : 1;
