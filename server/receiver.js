// @ts-check
// The feedback receiver: an HTTP server that stores <page-feedback> answers and shows them to editors.
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { openStore } from './store.js';
import { actor, createSites, normalizeOrigin } from './sites.js';
import { hasRetention, purge, stderrAudit } from './retention.js';
import { validateRecord } from './validate.js';
import { createRateLimiter } from './rate-limit.js';
import { CSV_DIALECTS, exportChunks, writeChunks } from './export.js';
import { COMMENTS_PER_PAGE, LATEST_COMMENTS, REPORT_STYLE_HASH, renderLogin, renderOverview, renderPageReport } from './report.js';
import { reportLanguage } from './report-text.js';

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

const REPORT_CSP = `default-src 'none'; style-src '${REPORT_STYLE_HASH}'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;

/** The editors' session cookie (see sites.sessionOf) and how long a login lasts. */
const SESSION_COOKIE = 'kommun_feedback_session';
const SESSION_MS = 8 * 60 * 60 * 1000;
/** The login form's body: a token and a little more. */
const LOGIN_BODY_BYTES = 4096;

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
    '/report/page': { GET: pageReport },
    '/login': { GET: loginForm, POST: login },
    '/logout': { POST: logout },
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
   * The read and erase endpoints take the token as "Authorization: Bearer …" (scripts) or the
   * session cookie a login sets (editors in a browser). Wrong guesses use up the rate limit.
   * @param {http.IncomingMessage} req
   * @returns {Grant}
   */
  function authorize(req) {
    const bearer = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(req.headers.authorization ?? '')?.[1];
    const session = cookie(req, SESSION_COOKIE);
    const grant = bearer ? sites.grantOf(bearer) : session ? sites.grantOfSession(session) : undefined;
    if (grant) return grant;
    if (bearer || session) takeToken(req);
    throw new HttpError(401, 'unauthorized', 'A valid token is required (Authorization: Bearer <token>).', {
      headers: { 'WWW-Authenticate': 'Bearer realm="kommun-elements-feedback"' },
    });
  }

  /**
   * The Set-Cookie header of a session for this grant (or one that ends the session).
   * Secure when the editor reached the receiver over HTTPS (directly, or through a trusted proxy).
   * @param {http.IncomingMessage} req
   * @param {Grant | undefined} grant
   */
  function sessionCookie(req, grant) {
    const https =
      /** @type {import('node:tls').TLSSocket} */ (req.socket).encrypted || (trustProxy && /^https$/i.test(String(req.headers['x-forwarded-proto'] ?? '')));
    const value = grant ? sites.sessionOf(grant, Date.now() + SESSION_MS) : '';
    const age = grant ? SESSION_MS / 1000 : 0;
    return `${SESSION_COOKIE}=${value}; Path=/; Max-Age=${age}; HttpOnly; SameSite=Strict${https ? '; Secure' : ''}`;
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
   * Stream an export: batch by batch from the store, waiting for the client to take each.
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {URLSearchParams} query
   * @param {{ format: 'json' } | { format: 'csv', dialect: import('./export.js').CsvDialect }} kind
   * @param {Record<string, string>} headers
   */
  async function streamExport(req, res, query, kind, headers) {
    const grant = authorize(req);
    const filter = readFilter(query, grant);
    const store = await openedStore();
    res.writeHead(200, { ...SECURITY_HEADERS, ...headers, ...(closing ? { Connection: 'close' } : {}) });
    if (req.method === 'HEAD') return void res.end();
    await writeChunks(res, exportChunks(store.recordBatches(filter), kind, severalSites));
  }

  /** @type {AsyncHandler} */
  async function readJson(req, res, query) {
    await streamExport(req, res, query, { format: 'json' }, { 'Content-Type': 'application/json; charset=utf-8' });
  }

  /**
   * ?dialect=excel-sv: semicolons, which Excel in a Swedish locale opens directly; else RFC 4180 commas.
   * @type {AsyncHandler}
   */
  async function readCsv(req, res, query) {
    const dialect = query.get('dialect') ?? 'rfc4180';
    if (!Object.hasOwn(CSV_DIALECTS, dialect)) {
      throw new HttpError(400, 'invalid_query', `dialect is ${Object.keys(CSV_DIALECTS).join(' or ')}.`, { field: 'dialect' });
    }
    const name = dialect === 'rfc4180' ? 'feedback.csv' : `feedback-${dialect}.csv`;
    await streamExport(
      req,
      res,
      query,
      { format: 'csv', dialect: /** @type {import('./export.js').CsvDialect} */ (dialect) },
      {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="${name}"`,
      },
    );
  }

  const HTML = { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': REPORT_CSP, Vary: 'Accept-Language, Cookie' };

  /**
   * Who reads the report. Without a valid session or bearer token: the login form (401).
   * `?token=` (the address printed at start, and older bookmarks) logs in once: the session
   * cookie is set, and no link or form on the page carries the token on.
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {URLSearchParams} query
   * @returns {Grant | undefined} undefined when the login form was sent instead
   */
  function reportReader(req, res, query) {
    const lang = reportLanguage(req.headers['accept-language']);
    const given = query.get('token');
    if (given) {
      const grant = sites.grantOf(given);
      if (grant) {
        res.setHeader('Set-Cookie', sessionCookie(req, grant));
        return grant;
      }
      takeToken(req);
    }
    try {
      return authorize(req);
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 401) throw error;
      send(res, 401, renderLogin(lang, { failed: !!given }), { ...error.headers, ...HTML });
      return undefined;
    }
  }

  /**
   * The site a report shows: the token's own, else ?site= (one of the configured), else the first.
   * @param {URLSearchParams} query
   * @param {Grant} grant
   */
  function reportSite(query, grant) {
    const asked = query.get('site') ? readFilter(new URLSearchParams({ site: String(query.get('site')) }), grant).site : undefined;
    if (grant.site) return grant.site;
    const site = asked === undefined ? sites.list[0] : sites.list.find((s) => s.origin === asked);
    if (!site) throw new HttpError(404, 'not_found', 'No such site.', { field: 'site' });
    return site;
  }

  /**
   * The report's period from ?from= and ?until= (days, both inclusive); the last 30 days by default.
   * @param {URLSearchParams} query
   * @returns {import('./report.js').DayRange}
   */
  function reportRange(query) {
    const day = (/** @type {string | null} */ text) => (text && /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text)) ? text : undefined);
    const today = new Date().toISOString().slice(0, 10);
    const until = day(query.get('until')) ?? today;
    const from = day(query.get('from')) ?? new Date(Date.parse(until) - 29 * 86_400_000).toISOString().slice(0, 10);
    return from <= until ? { from, until } : { from: until, until: from };
  }

  /** @param {import('./report.js').DayRange} range @param {string} origin */
  const rangeFilter = (range, origin) => ({
    site: origin,
    from: `${range.from}T00:00:00.000Z`,
    to: new Date(Date.parse(range.until) + 86_400_000).toISOString(),
  });

  /** @param {URLSearchParams} query */
  const pageNumber = (query) => Math.max(1, Math.min(1_000_000, Number.parseInt(query.get('p') ?? '1', 10) || 1));

  /** @type {AsyncHandler} */
  async function report(req, res, query) {
    const grant = reportReader(req, res, query);
    if (!grant) return;
    const site = reportSite(query, grant);
    const range = reportRange(query);
    const filter = rangeFilter(range, site.origin);
    const store = await openedStore();
    const html = await renderOverview({
      lang: reportLanguage(req.headers['accept-language']),
      sites: grant.site ? [grant.site] : sites.list,
      site,
      range,
      pages: await store.pages(filter),
      async latest(shown) {
        const lists = await Promise.all(shown.map((p) => store.latestComments(LATEST_COMMENTS, { ...filter, page: p.page })));
        return new Map(shown.map((p, i) => [p.page, lists[i]]));
      },
      pageNumber: pageNumber(query),
      generatedAt: new Date(),
    });
    send(res, 200, html, HTML);
  }

  /** @type {AsyncHandler} */
  async function pageReport(req, res, query) {
    const grant = reportReader(req, res, query);
    if (!grant) return;
    const site = reportSite(query, grant);
    const range = reportRange(query);
    const page = query.get('page') ?? '';
    if (!page) throw new HttpError(400, 'invalid_query', 'page is required.', { field: 'page' });
    const search = (query.get('q') ?? '').trim().slice(0, 200);
    const filter = { ...rangeFilter(range, site.origin), page };
    const store = await openedStore();
    const current = pageNumber(query);
    const [[stats], days, comments] = await Promise.all([
      store.pages(filter),
      store.days(filter),
      store.comments(search ? { ...filter, search } : filter, { limit: COMMENTS_PER_PAGE, offset: (current - 1) * COMMENTS_PER_PAGE }),
    ]);
    const lang = reportLanguage(req.headers['accept-language']);
    const sitesShown = grant.site ? [grant.site] : sites.list;
    send(res, 200, renderPageReport({ lang, sites: sitesShown, site, range, page, stats, days, comments, search, pageNumber: current }), HTML);
  }

  /**
   * A form posted from another site (a browser sends Origin with every POST) is refused:
   * nobody can log an editor in to someone else's session, or out, from elsewhere.
   * @param {http.IncomingMessage} req
   */
  function checkSameOrigin(req) {
    const origin = req.headers.origin;
    if (origin === undefined || origin === 'null') return;
    const host = URL.canParse(origin) ? new URL(origin).host : '';
    if (host !== req.headers.host && host !== req.headers['x-forwarded-host']) {
      throw new HttpError(403, 'forbidden_origin', 'The login form is posted from the report only.');
    }
  }

  /** @type {Handler} */
  function loginForm(req, res) {
    send(res, 200, renderLogin(reportLanguage(req.headers['accept-language'])), HTML);
  }

  /**
   * POST /login with the token in a form body: the session cookie, then the report.
   * @type {AsyncHandler}
   */
  async function login(req, res) {
    checkSameOrigin(req);
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') throw new HttpError(415, 'unsupported_media_type', 'Send the login form.');
    const token = new URLSearchParams((await readBody(req, LOGIN_BODY_BYTES)).toString('utf8')).get('token') ?? '';
    const grant = token ? sites.grantOf(token) : undefined;
    if (!grant) {
      takeToken(req);
      return send(res, 401, renderLogin(reportLanguage(req.headers['accept-language']), { failed: true }), HTML);
    }
    send(res, 303, '', { ...HTML, Location: '/report', 'Set-Cookie': sessionCookie(req, grant) });
  }

  /** @type {Handler} */
  function logout(req, res) {
    checkSameOrigin(req);
    send(res, 303, '', { ...HTML, Location: '/login', 'Set-Cookie': sessionCookie(req, undefined) });
  }

  /**
   * DELETE /feedback/<id>: erase one answer, e.g. on a resident's request. A site's token
   * erases its own site's answers only; another site's id is "not found", as if it did not exist.
   * @type {AsyncHandler}
   */
  async function erase(req, res, _query, path) {
    const grant = authorize(req);
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

/**
 * A cookie's value from the request, if sent.
 * @param {http.IncomingMessage} req
 * @param {string} name
 */
function cookie(req, name) {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at !== -1 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
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
