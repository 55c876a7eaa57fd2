// @ts-check
// The feedback receiver: an HTTP server that stores <page-feedback> answers and shows them to editors.
import http from 'node:http';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { openStore } from './store.js';
import { validateRecord } from './validate.js';
import { createRateLimiter } from './rate-limit.js';
import { COMMENTS_PER_PAGE, REPORT_STYLE_HASH, renderReport, renderUnauthorized, toCsv } from './report.js';

export const DEFAULTS = Object.freeze({
  port: 8787,
  host: '127.0.0.1',
  db: './feedback.sqlite',
  /** A full record with a 2000-character comment is well under 16 KiB even fully escaped. */
  maxBodyBytes: 32 * 1024,
  /** Requests per minute per client; a vote and its comment are two. */
  rateLimit: 60,
  /** How long close() waits for in-flight requests before it cuts them off. */
  shutdownTimeoutMs: 10_000,
});

/**
 * @typedef {object} ReceiverOptions
 * @property {string} token                bearer token for the read endpoints
 * @property {string} [db]                 SQLite file (created when missing) or ':memory:'
 * @property {string[]} [origins]          origins allowed to post; none: only http(s)://localhost,
 *                                         127.0.0.1 and [::1] on any port (local development)
 * @property {number} [rateLimit]          requests per minute per client
 * @property {number} [maxBodyBytes]
 * @property {boolean} [trustProxy]        take the client address from X-Forwarded-For (last entry)
 * @property {number} [shutdownTimeoutMs]
 * @property {(message: string) => void} [log] where unexpected errors go (default console.error)
 */

/**
 * @typedef {object} StartOptions
 * @property {number} [port]  0 picks a free port
 * @property {string} [host]
 * @property {string} [token] generated when missing
 */

/**
 * @typedef {object} RunningReceiver
 * @property {string} url             e.g. http://127.0.0.1:8787
 * @property {number} port
 * @property {string} host
 * @property {string} token
 * @property {boolean} tokenGenerated
 * @property {http.Server} server
 * @property {() => Promise<void>} close stop accepting, finish in-flight requests, close the database
 */

class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   * @param {{ field?: string, headers?: Record<string, string> }} [extra]
   */
  constructor(status, code, message, extra = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = extra.field;
    this.headers = extra.headers ?? {};
  }
}

const SECURITY_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

const REPORT_CSP = `default-src 'none'; style-src '${REPORT_STYLE_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/**
 * An origin as the browser sends it in the Origin header.
 * @param {string} text
 */
export function normalizeOrigin(text) {
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new TypeError(`Not an origin: "${text}" (expected scheme, host and optional port, such as https://www.vara.se).`);
  }
  return url.origin;
}

/** @param {string} origin */
function isLoopbackOrigin(origin) {
  const url = URL.canParse(origin) ? new URL(origin) : null;
  return !!url && /^https?:$/.test(url.protocol) && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** @param {string} text */
const digest = (text) => createHash('sha256').update(text).digest();

/**
 * A receiver that is not listening yet: call server.listen(), or use startReceiver().
 * @param {ReceiverOptions} options
 */
export function createReceiver(options) {
  const {
    token,
    db = DEFAULTS.db,
    origins = [],
    rateLimit = DEFAULTS.rateLimit,
    maxBodyBytes = DEFAULTS.maxBodyBytes,
    trustProxy = false,
    shutdownTimeoutMs = DEFAULTS.shutdownTimeoutMs,
    log = console.error,
  } = options;
  if (!token) throw new TypeError('A token is required.');
  if (!(rateLimit > 0)) throw new TypeError('rateLimit must be a positive number.');
  if (!(maxBodyBytes > 0)) throw new TypeError('maxBodyBytes must be a positive number.');

  const allowed = new Set(origins.map(normalizeOrigin));
  /** @param {string} origin */
  const originAllowed = (origin) => (allowed.size > 0 ? allowed.has(origin) : isLoopbackOrigin(origin));
  // Compared as hashes: equal length for timingSafeEqual, and no early exit on the first wrong byte.
  const tokenDigest = digest(token);
  const limiter = createRateLimiter({ perMinute: rateLimit });
  const store = openStore(db);
  /** @type {Promise<void> | undefined} */
  let closing;
  let storeClosed = false;

  /** @type {Record<string, Record<string, Handler>>} */
  const routes = {
    '/feedback': { POST: submit, OPTIONS: preflight },
    '/feedback.json': { GET: readJson },
    '/feedback.csv': { GET: readCsv },
    '/report': { GET: report },
    '/health': { GET: (_req, res) => send(res, 200, { ok: true }) },
  };

  /** @typedef {(req: http.IncomingMessage, res: http.ServerResponse, query: URLSearchParams) => void | Promise<void>} Handler */

  const server = http.createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, async (req, res) => {
    const [path, search = ''] = (req.url ?? '/').split('?', 2);
    const methods = routes[path];
    try {
      if (!methods) throw new HttpError(404, 'not_found', 'No such endpoint.');
      const handler = methods[req.method === 'HEAD' ? 'GET' : req.method ?? ''];
      if (!handler) {
        throw new HttpError(405, 'method_not_allowed', `Use ${Object.keys(methods).join(' or ')}.`, {
          headers: { Allow: Object.keys(methods).join(', ') },
        });
      }
      await handler(req, res, new URLSearchParams(search));
    } catch (error) {
      if (req.socket.destroyed) return; // the client left; nothing to answer
      if (error instanceof HttpError) {
        const body = { ok: false, error: { code: error.code, message: error.message, field: error.field } };
        send(res, error.status, body, error.headers);
      } else {
        log(`kommun-elements-feedback: ${error instanceof Error ? error.stack : error}`);
        if (res.headersSent) res.destroy();
        else send(res, 500, { ok: false, error: { code: 'internal_error', message: 'Something went wrong.' } });
      }
    }
  });

  /**
   * @param {http.ServerResponse} res
   * @param {number} status
   * @param {unknown} body JSON value, or a string sent as is
   * @param {Record<string, string>} [headers]
   */
  function send(res, status, body, headers = {}) {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const type = typeof body === 'string' ? {} : { 'Content-Type': 'application/json; charset=utf-8' };
    // While shutting down, let every connection end after its answer.
    const connection = closing ? { Connection: 'close' } : {};
    res.writeHead(status, { ...SECURITY_HEADERS, ...type, ...connection, ...headers, 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  }

  /**
   * CORS headers for an allowed origin; 403 for a browser on another site.
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  function checkOrigin(req, res) {
    res.setHeader('Vary', 'Origin');
    const origin = req.headers.origin;
    if (origin === undefined) return false; // not a browser: curl, a server, a test
    if (!originAllowed(origin)) throw new HttpError(403, 'forbidden_origin', 'This site may not post feedback here.');
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    return true;
  }

  /** @type {Handler} */
  function preflight(req, res) {
    if (!checkOrigin(req, res)) throw new HttpError(403, 'forbidden_origin', 'A preflight needs an Origin.');
    res.writeHead(204, {
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'Content-Type',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
      ...(closing ? { Connection: 'close' } : {}),
    });
    res.end();
  }

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  async function submit(req, res) {
    checkOrigin(req, res);
    takeToken(req);
    checkJsonType(req);
    const input = parseJson(await readBody(req, maxBodyBytes));
    const result = validateRecord(input);
    if (!result.ok) throw new HttpError(400, result.error.code, result.error.message, { field: result.error.field });
    if (storeClosed) throw new HttpError(503, 'shutting_down', 'The receiver is shutting down; try again.');
    const outcome = store.save(result.record);
    send(res, outcome === 'created' ? 201 : 200, { ok: true, id: result.record.id });
  }

  /** @param {http.IncomingMessage} req */
  function takeToken(req) {
    const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',').pop()?.trim() : '';
    const taken = limiter.take(forwarded || req.socket.remoteAddress || '');
    if (!taken.ok) {
      throw new HttpError(429, 'rate_limited', `Too many requests; try again in ${taken.retryAfter} s.`, {
        headers: { 'Retry-After': String(taken.retryAfter) },
      });
    }
  }

  /**
   * The read endpoints take the token as "Authorization: Bearer …" or as ?token= (so an editor
   * can open the report, and its download links, in a browser). Wrong guesses use up the rate limit.
   * @param {http.IncomingMessage} req
   * @param {URLSearchParams} query
   * @returns {string | undefined} the token when it came in the query, for links in the report
   */
  function authorize(req, query) {
    const bearer = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(req.headers.authorization ?? '')?.[1];
    const given = bearer ?? query.get('token');
    if (given && timingSafeEqual(digest(given), tokenDigest)) return bearer ? undefined : given;
    takeToken(req);
    throw new HttpError(401, 'unauthorized', 'A valid token is required (Authorization: Bearer <token>).', {
      headers: { 'WWW-Authenticate': 'Bearer realm="kommun-elements-feedback"' },
    });
  }

  /** @type {Handler} */
  function readJson(req, res, query) {
    authorize(req, query);
    send(res, 200, store.all());
  }

  /** @type {Handler} */
  function readCsv(req, res, query) {
    authorize(req, query);
    send(res, 200, toCsv(store.all()), {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': 'attachment; filename="feedback.csv"',
    });
  }

  /** @type {Handler} */
  function report(req, res, query) {
    const html = { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': REPORT_CSP };
    let token;
    try {
      token = authorize(req, query);
    } catch (error) {
      // An editor in a browser gets a page that says what to do, not JSON.
      if (!(error instanceof HttpError) || error.status !== 401) throw error;
      return send(res, 401, renderUnauthorized(), { ...error.headers, ...html });
    }
    const comments = store.latestComments(COMMENTS_PER_PAGE);
    send(res, 200, renderReport({ pages: store.pages(), comments, generatedAt: new Date(), token }), html);
  }

  /**
   * Stop accepting connections, let in-flight requests finish (each answer is written before it
   * is acknowledged), then close the database. Cuts off what is still running after shutdownTimeoutMs.
   * @returns {Promise<void>}
   */
  function close() {
    closing ??= new Promise((resolve, reject) => {
      const timer = setTimeout(() => server.closeAllConnections(), shutdownTimeoutMs).unref();
      server.close((error) => {
        clearTimeout(timer);
        limiter.stop();
        storeClosed = true;
        store.close();
        if (error && /** @type {NodeJS.ErrnoException} */ (error).code !== 'ERR_SERVER_NOT_RUNNING') reject(error);
        else resolve();
      });
    });
    return closing;
  }

  return { server, close };
}

/** @param {http.IncomingMessage} req */
function checkJsonType(req) {
  const [type = '', ...params] = (req.headers['content-type'] ?? '').split(';').map((s) => s.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice(8).replaceAll('"', '');
  if (type !== 'application/json' || (charset && charset !== 'utf-8' && charset !== 'utf8')) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the record as Content-Type: application/json (UTF-8).');
  }
}

/**
 * The body, or 413 as soon as it is known to be too large.
 * @param {http.IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<Buffer>}
 */
function readBody(req, limit) {
  const tooLarge = () => new HttpError(413, 'payload_too_large', `The body must be at most ${limit} bytes.`, {
    headers: { Connection: 'close' },
  });
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > limit) return reject(tooLarge());
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData); // the rest flows on and is dropped
      reject(tooLarge());
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('close', () => reject(new Error('request closed before its end')));
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** @param {Buffer} raw */
function parseJson(raw) {
  try {
    return JSON.parse(utf8.decode(raw));
  } catch {
    throw new HttpError(400, 'invalid_json', 'The body is not valid JSON in UTF-8.');
  }
}

/**
 * Create the receiver and listen. Used by the bin, the demo script and browser tests.
 * @param {Partial<ReceiverOptions> & StartOptions} [options]
 * @returns {Promise<RunningReceiver>}
 */
export async function startReceiver(options = {}) {
  const { port = DEFAULTS.port, host = DEFAULTS.host } = options;
  const token = options.token || randomBytes(32).toString('base64url');
  const receiver = createReceiver({ ...options, token });
  const { server } = receiver;
  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve(undefined);
      });
    });
  } catch (error) {
    await receiver.close();
    throw error;
  }
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${hostInUrl}:${address.port}`,
    port: address.port,
    host,
    token,
    tokenGenerated: !options.token,
    server,
    close: receiver.close,
  };
}
