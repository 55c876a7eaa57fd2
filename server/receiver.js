// @ts-check
// The feedback receiver: an HTTP server that stores <page-feedback> answers and shows them to editors.
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { openStore } from './store.js';
import { actor, createSites, normalizeOrigin } from './sites.js';
import { hasRetention, purge, stderrAudit } from './retention.js';
import { validateRecord } from './validate.js';
import { createRateLimiter } from './rate-limit.js';
import { COMMENTS_PER_PAGE, CSV_COLUMNS, REPORT_STYLE_HASH, renderReport, renderUnauthorized, toCsv } from './report.js';

export { normalizeOrigin };

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
  /** How often retention is applied while running (also once at start). */
  purgeIntervalMs: 24 * 60 * 60 * 1000,
});

/**
 * @typedef {object} ReceiverOptions
 * @property {string} token                the admin token: reads and erases every site's records
 * @property {string} [db]                 SQLite file (created when missing), ':memory:', or a
 *                                         postgres:// URL (several receivers may share it)
 * @property {import('./sites.js').SiteConfig[]} [sites] sites allowed to post, each with its
 *                                         editors' token if any; the first is the default site
 * @property {string[]} [origins]          more sites allowed to post, without a token of their own;
 *                                         no sites at all: only http(s)://localhost, 127.0.0.1 and
 *                                         [::1] on any port (local development)
 * @property {import('./retention.js').Retention} [retention] applied at start and daily
 * @property {(entry: Record<string, unknown>) => void} [audit] where erase and purge are logged
 *                                         (default: one JSON line on stderr)
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

/** @typedef {import('./sites.js').Site} Site */
/** @typedef {import('./sites.js').Grant} Grant */
/** @typedef {import('./store.js').RecordFilter} RecordFilter */

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

/** The fields of an exported record, in order (a receiver of several sites adds site). */
const RECORD_FIELDS = [...CSV_COLUMNS];

const REPORT_CSP = `default-src 'none'; style-src '${REPORT_STYLE_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

/**
 * A receiver that is not listening yet: call server.listen(), or use startReceiver().
 * @param {ReceiverOptions} options
 */
export function createReceiver(options) {
  const {
    token,
    db = DEFAULTS.db,
    sites: siteConfigs = [],
    origins = [],
    retention,
    audit = stderrAudit,
    rateLimit = DEFAULTS.rateLimit,
    maxBodyBytes = DEFAULTS.maxBodyBytes,
    trustProxy = false,
    shutdownTimeoutMs = DEFAULTS.shutdownTimeoutMs,
    log = console.error,
  } = options;
  if (!token) throw new TypeError('A token is required.');
  if (!(rateLimit > 0)) throw new TypeError('rateLimit must be a positive number.');
  if (!(maxBodyBytes > 0)) throw new TypeError('maxBodyBytes must be a positive number.');

  const sites = createSites({ sites: [...siteConfigs, ...origins.map((origin) => ({ origin }))], adminToken: token });
  // One site's exports and report look as they did before sites: the site column is implied.
  const severalSites = sites.list.length > 1;
  const limiter = createRateLimiter({ perMinute: rateLimit });
  const opening = openStore(db, { defaultSite: sites.list[0].origin });
  /** Resolves once the database is open and its schema in place. */
  const ready = opening.then(() => undefined);
  ready.catch(() => {}); // whoever awaits ready (startReceiver) sees the error; requests do too
  /** @type {Promise<void> | undefined} */
  let closing;
  let storeClosed = false;
  /** @type {Promise<unknown>} */
  let purging = Promise.resolve();
  /** @type {NodeJS.Timeout | undefined} */
  let purgeTimer;
  if (retention && hasRetention(retention)) {
    const applyRetention = () => {
      purging = opening
        .then((store) => purge(store, retention, audit, { role: 'retention' }))
        .catch((error) => log(`kommun-elements-feedback: retention: ${error instanceof Error ? error.message : error}`));
    };
    applyRetention();
    // Daily, without keeping the process alive for it.
    purgeTimer = setInterval(applyRetention, DEFAULTS.purgeIntervalMs).unref();
  }

  /** @type {Record<string, Record<string, Handler | AsyncHandler>>} */
  const routes = {
    '/feedback': { POST: submit, OPTIONS: preflight },
    '/feedback.json': { GET: readJson },
    '/feedback.csv': { GET: readCsv },
    '/report': { GET: report },
    '/health': { GET: (_req, res) => send(res, 200, { ok: true }) },
  };
  /** DELETE /feedback/<id>: the id is in the path. */
  const answerRoute = { DELETE: erase };

  /** @typedef {(req: http.IncomingMessage, res: http.ServerResponse, query: URLSearchParams, path: string) => void} Handler */
  /** @typedef {(req: http.IncomingMessage, res: http.ServerResponse, query: URLSearchParams, path: string) => Promise<void>} AsyncHandler */

  const server = http.createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, async (req, res) => {
    const [path, search = ''] = (req.url ?? '/').split('?', 2);
    const methods = routes[path] ?? (path.startsWith('/feedback/') ? answerRoute : undefined);
    try {
      if (!methods) throw new HttpError(404, 'not_found', 'No such endpoint.');
      const handler = methods[req.method === 'HEAD' ? 'GET' : (req.method ?? '')];
      if (!handler) {
        throw new HttpError(405, 'method_not_allowed', `Use ${Object.keys(methods).join(' or ')}.`, {
          headers: { Allow: Object.keys(methods).join(', ') },
        });
      }
      await handler(req, res, new URLSearchParams(search), path);
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
   * @returns {{ site: Site, browser: boolean }} the site posted to; without Origin (not a
   *   browser: curl, a server, a test) the default site
   */
  function checkOrigin(req, res) {
    res.setHeader('Vary', 'Origin');
    const origin = req.headers.origin;
    const site = sites.forOrigin(origin);
    if (!site) throw new HttpError(403, 'forbidden_origin', 'This site may not post feedback here.');
    if (origin === undefined) return { site, browser: false };
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    return { site, browser: true };
  }

  /** @type {Handler} */
  function preflight(req, res) {
    if (!checkOrigin(req, res).browser) throw new HttpError(403, 'forbidden_origin', 'A preflight needs an Origin.');
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
    const { site } = checkOrigin(req, res);
    takeToken(req);
    checkJsonType(req);
    const input = parseJson(await readBody(req, maxBodyBytes));
    const result = validateRecord(input);
    if (!result.ok) throw new HttpError(400, result.error.code, result.error.message, { field: result.error.field });
    if (storeClosed) throw new HttpError(503, 'shutting_down', 'The receiver is shutting down; try again.');
    const outcome = await (await opening).save(result.record, site.origin);
    send(res, outcome === 'created' ? 201 : 200, { ok: true, id: result.record.id });
  }

  /** @param {http.IncomingMessage} req */
  function takeToken(req) {
    const forwarded = trustProxy
      ? String(req.headers['x-forwarded-for'] ?? '')
          .split(',')
          .pop()
          ?.trim()
      : '';
    const taken = limiter.take(forwarded || req.socket.remoteAddress || '');
    if (!taken.ok) {
      throw new HttpError(429, 'rate_limited', `Too many requests; try again in ${taken.retryAfter} s.`, {
        headers: { 'Retry-After': String(taken.retryAfter) },
      });
    }
  }

  /**
   * The read and erase endpoints take the token as "Authorization: Bearer …" or as ?token= (so
   * an editor can open the report, and its download links, in a browser). Wrong guesses use up
   * the rate limit.
   * @param {http.IncomingMessage} req
   * @param {URLSearchParams} query
   * @returns {{ grant: Grant, queryToken?: string }} whose token it is; the token itself when it
   *   came in the query, for links in the report
   */
  function authorize(req, query) {
    const bearer = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(req.headers.authorization ?? '')?.[1];
    const given = bearer ?? query.get('token');
    const grant = given ? sites.grantOf(given) : undefined;
    if (grant) return bearer || !given ? { grant } : { grant, queryToken: given };
    takeToken(req);
    throw new HttpError(401, 'unauthorized', 'A valid token is required (Authorization: Bearer <token>).', {
      headers: { 'WWW-Authenticate': 'Bearer realm="kommun-elements-feedback"' },
    });
  }

  /**
   * What a read covers: ?site=, ?page=, ?from= and ?to= (ISO 8601 dates or instants, from
   * inclusive, to exclusive, on submittedAt), within what the token may see.
   * @param {URLSearchParams} query
   * @param {Grant} grant
   * @returns {RecordFilter}
   */
  function readFilter(query, grant) {
    /** @type {RecordFilter} */
    const filter = {};
    const site = query.get('site');
    if (site) {
      try {
        filter.site = normalizeOrigin(site);
      } catch (error) {
        throw new HttpError(400, 'invalid_query', /** @type {Error} */ (error).message, { field: 'site' });
      }
      if (grant.site && grant.site.origin !== filter.site) {
        throw new HttpError(403, 'forbidden_site', 'This token reads its own site only.', { field: 'site' });
      }
    }
    if (grant.site) filter.site = grant.site.origin;
    const page = query.get('page');
    if (page) filter.page = page;
    for (const field of /** @type {const} */ (['from', 'to'])) {
      const text = query.get(field);
      if (!text) continue;
      const time = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))?$/i.test(text) ? Date.parse(text) : NaN;
      if (Number.isNaN(time)) {
        throw new HttpError(400, 'invalid_query', `${field} must be an ISO 8601 date or instant, such as 2026-05-01.`, { field });
      }
      filter[field] = new Date(time).toISOString();
    }
    return filter;
  }

  /** @returns {Promise<import('./store.js').FeedbackStore>} */
  async function openedStore() {
    if (storeClosed) throw new HttpError(503, 'shutting_down', 'The receiver is shutting down; try again.');
    return opening;
  }

  /**
   * @param {URLSearchParams} query
   * @param {Grant} grant
   */
  async function exportedRecords(query, grant) {
    return (await openedStore()).records(readFilter(query, grant));
  }

  /** @type {AsyncHandler} */
  async function readJson(req, res, query) {
    const { grant } = authorize(req, query);
    const records = await exportedRecords(query, grant);
    // One site's records carry no site field: the site is the receiver's only one.
    send(res, 200, JSON.stringify(records, severalSites ? undefined : RECORD_FIELDS), {
      'Content-Type': 'application/json; charset=utf-8',
    });
  }

  /** @type {AsyncHandler} */
  async function readCsv(req, res, query) {
    const { grant } = authorize(req, query);
    send(res, 200, toCsv(await exportedRecords(query, grant), { withSite: severalSites }), {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': 'attachment; filename="feedback.csv"',
    });
  }

  /** @type {AsyncHandler} */
  async function report(req, res, query) {
    const html = { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': REPORT_CSP };
    let access;
    try {
      access = authorize(req, query);
    } catch (error) {
      // An editor in a browser gets a page that says what to do, not JSON.
      if (!(error instanceof HttpError) || error.status !== 401) throw error;
      return send(res, 401, renderUnauthorized(), { ...error.headers, ...html });
    }
    const filter = readFilter(query, access.grant);
    const store = await openedStore();
    const [pages, comments] = await Promise.all([store.pages(filter), store.latestComments(COMMENTS_PER_PAGE, filter)]);
    const siteNames = severalSites ? new Map(sites.list.map((site) => [site.origin, site.name])) : undefined;
    send(res, 200, renderReport({ pages, comments, generatedAt: new Date(), token: access.queryToken, siteNames }), html);
  }

  /**
   * DELETE /feedback/<id>: erase one answer, e.g. on a resident's request. A site's token
   * erases its own site's answers only; another site's id is "not found", as if it did not exist.
   * @type {AsyncHandler}
   */
  async function erase(req, res, query, path) {
    const { grant } = authorize(req, query);
    let id;
    try {
      id = decodeURIComponent(path.slice('/feedback/'.length));
    } catch {
      id = '';
    }
    const erased = id ? await (await openedStore()).erase(id, grant.site?.origin) : undefined;
    if (!erased) throw new HttpError(404, 'not_found', 'No answer with this id that this token may erase.');
    audit({ event: 'erase', at: new Date().toISOString(), id: erased.id, site: erased.site, page: erased.page, by: actor(grant) });
    send(res, 200, { ok: true, id: erased.id });
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
        clearInterval(purgeTimer);
        storeClosed = true;
        const closed = purging
          .then(() => opening)
          .then(
            (store) => store.close(),
            () => {},
          );
        if (error && /** @type {NodeJS.ErrnoException} */ (error).code !== 'ERR_SERVER_NOT_RUNNING') closed.then(() => reject(error), reject);
        else closed.then(() => resolve(), reject);
      });
    });
    return closing;
  }

  return { server, ready, close };
}

/** @param {http.IncomingMessage} req */
function checkJsonType(req) {
  const [type = '', ...params] = (req.headers['content-type'] ?? '').split(';').map((s) => s.trim().toLowerCase());
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice(8)
    .replaceAll('"', '');
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
  const tooLarge = () =>
    new HttpError(413, 'payload_too_large', `The body must be at most ${limit} bytes.`, {
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
    await receiver.ready;
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
