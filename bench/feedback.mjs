// npm run bench:feedback — the receiver on loopback, measured against a bare node:http +
// insert receiver in the same run, on SQLite and on PostgreSQL (a throwaway local cluster,
// fsync on, as deployed). Not a test: it prints tables.
//
//   npm run bench:feedback                          POSTs under 50 connections, both stores
//   npm run bench:feedback -- --store sqlite        one store
//   npm run bench:feedback -- --mode export         a 1,000,000-row export while POSTs arrive:
//                                                   peak RSS of the receiver, POST p99 meanwhile
//   options: --duration 10 --connections 50 --rows 1000000
//
// Every acknowledged answer must be in the database, once. autocannon stops by cutting its
// connections, so a few requests are in flight at the end: the receiver may have stored them
// without the answer arriving. Like <page-feedback>, the bench sends those again with the same
// id (a retry never adds a row) and compares.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore } from '../server/store.js';
import { startPostgres } from '../server/test/postgres.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    store: { type: 'string', default: 'both' },
    mode: { type: 'string', default: 'post' },
    rows: { type: 'string', default: '1000000' },
  },
});
if (!['sqlite', 'postgres', 'both'].includes(values.store)) throw new Error('--store is sqlite, postgres or both');
if (!['post', 'export'].includes(values.mode)) throw new Error('--mode is post or export');
const duration = Number(values.duration);
const connections = Number(values.connections);
const token = randomUUID();
const bin = fileURLToPath(new URL('../bin/kommun-elements-feedback.js', import.meta.url));
const SITE = 'https://www.vara.se';
const pages = ['/kommun-och-politik/overgripande-mal', '/bygga-bo-och-miljo', '/skola-och-forskola', '/omsorg-och-stod'];

// The baseline: what any receiver must do at least — parse the JSON body and insert it, with
// the same database, schema and durability — and nothing else (no validation, CORS, rate limit,
// headers, idempotency answer).
const BARE = `
import http from 'node:http';
const db = process.argv[1];
let insert;
if (/^postgres/.test(db)) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: db, max: 10 });
  const sql = "INSERT INTO feedback (id, site, page, url, helpful, comment, lang, submitted_at, received_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), now()) ON CONFLICT (id) DO NOTHING";
  insert = (r) => pool.query(sql, [r.id, '${SITE}', r.page, r.url, r.helpful, r.comment ?? null, r.lang, r.submittedAt]);
} else {
  const { default: Database } = await import('better-sqlite3');
  const sqlite = new Database(db);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  const statement = sqlite.prepare("INSERT INTO feedback (id, site, page, url, helpful, comment, lang, submitted_at, received_at, updated_at) VALUES (?, '${SITE}', ?, ?, ?, ?, ?, ?, datetime('now'), datetime('now')) ON CONFLICT (id) DO NOTHING");
  insert = async (r) => statement.run(r.id, r.page, r.url, r.helpful ? 1 : 0, r.comment ?? null, r.lang, r.submittedAt);
}
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    const record = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    await insert(record);
    const body = JSON.stringify({ ok: true, id: record.id });
    res.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();

/**
 * Start a receiver process; resolves once it prints its URL.
 * @param {string[]} args
 */
async function startProcess(args) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], cwd: fileURLToPath(new URL('..', import.meta.url)) });
  children.add(child);
  child.on('exit', () => children.delete(child));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)\n/.exec(out);
      if (match) resolve(match[1]);
    });
    exited.then((code) => reject(new Error(`receiver exited with ${code}`)));
  });
  return {
    url,
    child,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** @param {string} db */
const startReceiver = (db) => startProcess([bin, '--port', '0', '--host', '127.0.0.1', '--db', db, '--token', token, '--rate', '1000000000', '--origin', SITE]);
/** @param {string} db */
const startBare = async (db) => {
  await (await openStore(db, { defaultSite: SITE })).close(); // the same schema and indexes
  return startProcess(['--input-type=module', '-e', BARE, db]);
};

/** @param {number} n */
function answer(n) {
  const page = pages[n % pages.length];
  return {
    id: randomUUID(),
    page,
    url: `${SITE}${page}.html`,
    helpful: n % 3 !== 0,
    comment: n % 5 === 0 ? 'Informationen om öppettider saknas.' : undefined,
    lang: 'sv',
    submittedAt: new Date().toISOString(),
  };
}

/** @param {string} db @returns {Promise<Set<string>>} the ids in the database */
async function storedIds(db) {
  if (!/^postgres/.test(db)) {
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

/**
 * POSTs of new records under `connections` connections for `duration` seconds; then the
 * unanswered ones again, and the check that every acknowledged id is stored.
 * @param {{ url: string, stop: () => Promise<unknown> }} receiver
 * @param {string} db
 */
async function postLoad(receiver, db) {
  const bodies = new Map();
  const acknowledged = new Set();
  const result = await autocannon({
    url: receiver.url,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/feedback',
        headers: { 'content-type': 'application/json' },
        setupRequest(request) {
          const record = answer(bodies.size);
          const body = JSON.stringify(record);
          bodies.set(record.id, body);
          return { ...request, body };
        },
        // The answer names the id it stored, so no bookkeeping per connection is needed.
        onResponse(status, body) {
          if (status >= 200 && status < 300) acknowledged.add(JSON.parse(body).id);
        },
      },
    ],
  });
  let retryFailures = 0;
  for (const id of [...bodies.keys()].filter((key) => !acknowledged.has(key))) {
    const res = await fetch(`${receiver.url}/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies.get(id) });
    if (res.ok) acknowledged.add(id);
    else retryFailures++;
  }
  const exitCode = await receiver.stop();
  const stored = await storedIds(db);
  const missing = [...acknowledged].filter((id) => !stored.has(id)).length;
  return { result, acknowledged: acknowledged.size, stored: stored.size, missing, retryFailures, exitCode };
}

/** @param {string[][]} rows */
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (/** @type {string[]} */ row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log([line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n'));
}

const stores = values.store === 'both' ? ['sqlite', 'postgres'] : [values.store];
const dir = await mkdtemp(join(tmpdir(), 'kommun-feedback-bench-'));
const cluster = stores.includes('postgres') ? await startPostgres({ durable: true }) : undefined;
let files = 0;
/** @param {string} store */
const newDatabase = async (store) => (store === 'postgres' && cluster ? cluster.database() : join(dir, `feedback-${++files}.sqlite`));
let ok = true;

async function postBench() {
  const rows = [['store', 'receiver', 'requests/s', 'p50', 'p99', 'non-2xx', 'acknowledged', 'in database', 'missing']];
  const ratios = [];
  for (const store of stores) {
    /** @type {Record<string, number>} */
    const rate = {};
    for (const [name, start] of /** @type {const} */ ([
      ['bare node:http + insert', startBare],
      ['kommun-elements-feedback', startReceiver],
    ])) {
      const db = await newDatabase(store);
      const run = await postLoad(await start(db), db);
      rate[name] = run.result.requests.average;
      rows.push([
        store,
        name,
        run.result.requests.average.toFixed(0),
        `${run.result.latency.p50} ms`,
        `${run.result.latency.p99} ms`,
        String(run.result.non2xx + run.result.errors),
        String(run.acknowledged),
        String(run.stored),
        String(run.missing),
      ]);
      ok &&= run.missing === 0 && run.retryFailures === 0 && run.result.non2xx === 0 && run.exitCode === 0;
    }
    ratios.push([store, (rate['kommun-elements-feedback'] / rate['bare node:http + insert']).toFixed(2)]);
  }
  table(rows);
  console.log('');
  table([['store', 'receiver ÷ bare (requests/s)'], ...ratios]);
}

/**
 * Peak resident memory of a process so far (VmHWM), in MiB.
 * @param {number} pid
 */
const peakRss = (pid) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
const currentRss = (/** @type {number} */ pid) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

/**
 * Fill a database with `count` answers straight into its table (POSTing them would take long).
 * @param {string} db
 * @param {number} count
 */
async function seed(db, count) {
  await (await openStore(db, { defaultSite: SITE })).close();
  const values = `
    SELECT 'seed-' || n, '${SITE}', '/sida-' || (n % 5000), '${SITE}/sida-' || (n % 5000), n % 3 <> 0,
      CASE WHEN n % 4 = 0 THEN 'Jag hittade inte öppettiderna för återvinningscentralen, och telefonnumret på sidan går inte fram.' END, 'sv'`;
  if (/^postgres/.test(db)) {
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    await client.query(`INSERT INTO feedback (id, site, page, url, helpful, comment, lang, submitted_at, received_at, updated_at)
      ${values}, t, t, t FROM generate_series(1, ${count}) AS n, LATERAL (SELECT now() - n * interval '1 second' AS t) AS at`);
    await client.query('VACUUM ANALYZE feedback');
    await client.end();
    return;
  }
  const database = new Database(db);
  database.exec(`WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ${count})
    INSERT INTO feedback (id, site, page, url, helpful, comment, lang, submitted_at, received_at, updated_at)
    ${values.replace('n % 3 <> 0', '(n % 3 <> 0)')}, t, t, t FROM (SELECT n, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || n || ' seconds') AS t FROM s)`);
  database.close();
}

async function exportBench() {
  const count = Number(values.rows);
  const rows = [
    ['store', 'export', 'rows', 'MB', 'seconds', 'RSS before', 'peak RSS', 'POSTs meanwhile', 'POST p50', 'POST p99', 'POST max', 'POST p99 without export'],
  ];
  for (const store of stores) {
    const db = await newDatabase(store);
    await seed(db, count);
    for (const path of ['/feedback.json', '/feedback.csv?dialect=excel-sv']) {
      const receiver = await startReceiver(db);
      const pid = /** @type {number} */ (receiver.child.pid);
      // Warm up: a few POSTs and a small report, so that the baseline is a working process.
      for (let i = 0; i < 20; i++)
        await fetch(`${receiver.url}/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(answer(i)) });
      const before = currentRss(pid);
      let exporting = true;
      /**
       * POSTs one after another in 4 lanes, for as long as `exporting` holds.
       * @param {number[]} latencies
       */
      const postWhile = (latencies) =>
        Promise.all(
          Array.from({ length: 4 }, async (_, lane) => {
            for (let n = 0; exporting; n++) {
              const sent = performance.now();
              const answered = await fetch(`${receiver.url}/feedback`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(answer(n * 4 + lane)),
              });
              await answered.arrayBuffer();
              if (!answered.ok) ok = false;
              latencies.push(performance.now() - sent);
              await new Promise((resolve) => setTimeout(resolve, 10));
            }
          }),
        );
      // The same POSTs for 3 s without an export: what the export adds.
      /** @type {number[]} */
      const quiet = [];
      const quietPosting = postWhile(quiet);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      exporting = false;
      await quietPosting;
      exporting = true;
      /** @type {number[]} */
      const latencies = [];
      const started = performance.now();
      const res = await fetch(`${receiver.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      const posting = postWhile(latencies);
      let bytes = 0;
      for await (const chunk of /** @type {AsyncIterable<Uint8Array>} */ (res.body)) bytes += chunk.length;
      const seconds = (performance.now() - started) / 1000;
      exporting = false;
      await posting;
      const peak = peakRss(pid);
      await receiver.stop();
      latencies.sort((a, b) => a - b);
      quiet.sort((a, b) => a - b);
      const quantile = (/** @type {number[]} */ sorted, /** @type {number} */ q) =>
        `${sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1)} ms`;
      const at = (/** @type {number} */ q) => quantile(latencies, q);
      rows.push([
        store,
        path,
        count.toLocaleString('en'),
        (bytes / 2 ** 20).toFixed(0),
        seconds.toFixed(1),
        `${before.toFixed(0)} MiB`,
        `${peak.toFixed(0)} MiB`,
        String(latencies.length),
        at(0.5),
        at(0.99),
        at(1),
        quantile(quiet, 0.99),
      ]);
    }
  }
  table(rows);
}

try {
  console.log(`\nkommun-elements-feedback on loopback, Node ${process.version}, ${duration} s, ${connections} connections\n`);
  if (values.mode === 'post') await postBench();
  else await exportBench();
} finally {
  for (const child of children) child.kill('SIGKILL'); // only those a failure left running
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
}
process.exitCode = ok ? 0 : 1;
