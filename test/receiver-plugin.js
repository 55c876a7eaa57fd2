// @ts-check
// A @web/test-runner plugin that runs the REAL feedback receiver (server/receiver.js, SQLite in a
// temporary file) for the browser tests, behind a small proxy on loopback that can break the
// network on purpose. Tests drive it with executeServerCommand() from @web/test-runner-commands:
//
//   'feedback-receiver-reset'   → a new receiver with an empty database; faults cleared.
//                                 Returns { endpoint } (the proxy's /feedback URL).
//   'feedback-receiver-fail'    { status, times } → the next `times` POSTs are answered with
//                                 `status` by the proxy (the receiver never sees them).
//   'feedback-receiver-network' { down } → while down, every connection is cut without an answer
//                                 (the browser sees a network error), open ones too.
//   'feedback-receiver-rows'    → every row of the database, read from the file.
//   'feedback-receiver-posts'   → the POSTs the proxy saw: [{ id, status }], in order.
//
// Nothing starts until a test asks; the other test files pay nothing.
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The receiver and the SQLite driver are loaded on first use, so that the test runner starts
// (and every other test file runs) even where the native driver is not built.
const loadReceiver = () => import('../server/receiver.js');
const loadDatabase = async () => (await import('better-sqlite3')).default;

/** @typedef {Awaited<ReturnType<Awaited<ReturnType<typeof loadReceiver>>['startReceiver']>>} RunningReceiver */

export function feedbackReceiverPlugin() {
  /** @type {string | undefined} */
  let dir;
  let generation = 0;
  /** @type {{ receiver: RunningReceiver, db: string } | undefined} */
  let current;
  /** @type {http.Server | undefined} */
  let proxy;
  /** @type {string | undefined} */
  let proxyUrl;
  const sockets = new Set();
  const faults = { down: false, /** @type {number[]} */ failures: [] };
  /** @type {{ id: string | undefined, status: number }[]} */
  let posts = [];

  async function startProxy() {
    proxy = http.createServer((req, res) => {
      if (faults.down) return void req.socket.destroy();
      /** @type {Buffer[]} */
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const id = req.method === 'POST' ? idOf(body) : undefined;
        const injected = req.method === 'POST' ? faults.failures.shift() : undefined;
        if (injected !== undefined) {
          posts.push({ id, status: injected });
          const text = JSON.stringify({ ok: false, error: { code: 'injected', message: `Injected ${injected} by the test proxy.` } });
          res.writeHead(injected, {
            'Content-Type': 'application/json',
            'Access-Control-Allow-Origin': req.headers.origin ?? '*',
            'Access-Control-Expose-Headers': 'Retry-After',
            Vary: 'Origin',
          });
          return void res.end(text);
        }
        if (!current) return void res.writeHead(502).end();
        const target = new URL(req.url ?? '/', current.receiver.url);
        const forward = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
          if (req.method === 'POST') posts.push({ id, status: answer.statusCode ?? 0 });
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        forward.on('error', () => res.destroy());
        forward.end(body);
      });
    });
    proxy.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise((resolve) => proxy?.listen(0, '127.0.0.1', () => resolve(undefined)));
    const address = /** @type {import('node:net').AddressInfo} */ (proxy.address());
    proxyUrl = `http://127.0.0.1:${address.port}`;
  }

  /** @param {Buffer} body */
  function idOf(body) {
    try {
      const id = JSON.parse(body.toString('utf8'))?.id;
      return typeof id === 'string' ? id : undefined;
    } catch {
      return undefined;
    }
  }

  async function stopReceiver() {
    if (!current) return;
    await current.receiver.close();
    current = undefined;
  }

  async function reset() {
    dir ??= await mkdtemp(join(tmpdir(), 'kommun-feedback-wtr-'));
    if (!proxy) await startProxy();
    await stopReceiver();
    const db = join(dir, `feedback-${++generation}.sqlite`);
    const { startReceiver } = await loadReceiver();
    const receiver = await startReceiver({ port: 0, db, token: 'wtr-token-0123456789', rateLimit: 100_000, log: () => {} });
    current = { receiver, db };
    faults.down = false;
    faults.failures = [];
    posts = [];
    return { endpoint: `${proxyUrl}/feedback` };
  }

  async function rows() {
    if (!current) return [];
    const Database = await loadDatabase();
    const db = new Database(current.db, { readonly: true });
    try {
      return db
        .prepare('SELECT id, page, url, helpful, comment, lang, submitted_at AS submittedAt FROM feedback ORDER BY submitted_at, id')
        .all()
        .map((row) => ({ .../** @type {object} */ (row), helpful: /** @type {{ helpful: number }} */ (row).helpful === 1 }));
    } finally {
      db.close();
    }
  }

  return {
    name: 'feedback-receiver',

    /** @param {{ command: string, payload?: any }} args */
    async executeCommand({ command, payload }) {
      switch (command) {
        case 'feedback-receiver-reset':
          return reset();
        case 'feedback-receiver-fail':
          faults.failures.push(...Array.from({ length: Number(payload?.times ?? 1) }, () => Number(payload?.status ?? 503)));
          return true;
        case 'feedback-receiver-network':
          faults.down = !!payload?.down;
          if (faults.down) for (const socket of sockets) socket.destroy();
          return true;
        case 'feedback-receiver-rows':
          return rows();
        case 'feedback-receiver-posts':
          return posts;
        default:
          return undefined; // not ours
      }
    },

    async serverStop() {
      await stopReceiver();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => (proxy ? proxy.close(() => resolve(undefined)) : resolve(undefined)));
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}
