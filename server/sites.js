// @ts-check
// Sites and tokens. A site is one origin that may post; every record carries the site it was
// posted from. A site's token reads and erases that site's records only; the admin token
// (--token) reads and erases all of them.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A site as configured: --site origin=token, --origin origin, or an entry of --config's "sites".
 * @typedef {object} SiteConfig
 * @property {string} origin     such as https://www.vara.se
 * @property {string} [token]    this site's editors' token; none: only the admin token reads it
 * @property {string} [name]     shown in the report and the log (default: the host name)
 */

/**
 * @typedef {object} Site
 * @property {string} origin
 * @property {string} name
 */

/**
 * Who a valid token belongs to: the admin (site undefined) or one site's editors.
 * @typedef {{ site?: Site }} Grant
 */

/** Without configured sites: local development pages, all one site. */
export const LOCAL_SITE = Object.freeze({ origin: 'http://localhost', name: 'localhost' });

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

/** The key that signs a token's sessions: derived from the token, never the token itself. */
const sessionKeyOf = (/** @type {string} */ token) => createHash('sha256').update(`kommun-elements-feedback session\0${token}`).digest();

/**
 * "https://www.vara.se=TOKEN" (the token is optional) as given to --site.
 * @param {string} text
 * @returns {SiteConfig}
 */
export function parseSiteArgument(text) {
  const at = text.indexOf('=');
  return at === -1 ? { origin: text } : { origin: text.slice(0, at), token: text.slice(at + 1) };
}

/**
 * The sites a receiver serves and the tokens that read them.
 * @param {object} options
 * @param {SiteConfig[]} options.sites in order; the first is the default site
 * @param {string} options.adminToken
 */
export function createSites({ sites: configured, adminToken }) {
  /** @type {Map<string, Site>} */
  const byOrigin = new Map();
  /** @type {{ digest: Buffer, grant: Grant, name: string, sessionKey: Buffer }[]} */
  const tokens = [{ digest: digest(adminToken), grant: {}, name: '', sessionKey: sessionKeyOf(adminToken) }];
  for (const config of configured) {
    const origin = normalizeOrigin(config.origin);
    if (byOrigin.has(origin)) throw new TypeError(`The site ${origin} is configured twice.`);
    const site = { origin, name: config.name || new URL(origin).hostname };
    byOrigin.set(origin, site);
    if (config.token === undefined || config.token === '') continue;
    const tokenDigest = digest(config.token);
    if (tokens.some((t) => t.digest.equals(tokenDigest))) {
      throw new TypeError(`The token of ${origin} is also the admin token or another site's: give each its own.`);
    }
    tokens.push({ digest: tokenDigest, grant: { site }, name: origin, sessionKey: sessionKeyOf(config.token) });
  }
  const local = byOrigin.size === 0;
  const list = local ? [LOCAL_SITE] : [...byOrigin.values()];

  return {
    /** Every site, the default first. */
    list,
    /** True when no site was configured: local development pages only. */
    local,
    /**
     * The site an Origin header posts to; undefined when that origin may not post.
     * A request without Origin (not a browser: a server, curl) belongs to the default site.
     * @param {string | undefined} origin
     * @returns {Site | undefined}
     */
    forOrigin(origin) {
      if (origin === undefined) return list[0];
      if (local) return isLoopbackOrigin(origin) ? LOCAL_SITE : undefined;
      return byOrigin.get(origin);
    },
    /**
     * The grant of a token, compared in constant time against every token (as hashes: equal
     * length for timingSafeEqual, and no early exit on the first wrong byte or the first match).
     * @param {string} given
     * @returns {Grant | undefined}
     */
    grantOf(given) {
      const givenDigest = digest(given);
      /** @type {Grant | undefined} */
      let found;
      for (const { digest: known, grant } of tokens) if (timingSafeEqual(givenDigest, known)) found = grant;
      return found;
    },
    /**
     * A session cookie's value for a grant: whose it is, until when, and an HMAC under a key
     * made from that grant's token. It holds no token, needs no server-side state (several
     * receiver processes accept each other's sessions), and ends when the token is changed.
     * @param {Grant} grant
     * @param {number} expires ms since the epoch
     */
    sessionOf(grant, expires) {
      const entry = tokens.find((t) => t.grant === grant);
      if (!entry) throw new TypeError('Not a grant of these sites.');
      const data = `${Buffer.from(entry.name).toString('base64url')}.${expires}`;
      return `${data}.${createHmac('sha256', entry.sessionKey).update(data).digest('base64url')}`;
    },
    /**
     * The grant of a session cookie's value, if it is genuine and not expired.
     * @param {string} value
     * @param {number} [now]
     * @returns {Grant | undefined}
     */
    grantOfSession(value, now = Date.now()) {
      const [name, expires, mac] = value.split('.');
      if (mac === undefined || !/^\d+$/.test(expires) || Number(expires) <= now) return undefined;
      const entry = tokens.find((t) => t.name === Buffer.from(name, 'base64url').toString());
      if (!entry) return undefined;
      const expected = createHmac('sha256', entry.sessionKey).update(`${name}.${expires}`).digest();
      const given = Buffer.from(mac, 'base64url');
      return given.length === expected.length && timingSafeEqual(given, expected) ? entry.grant : undefined;
    },
  };
}

/** @typedef {ReturnType<typeof createSites>} Sites */

/**
 * Who did it, for the log: never the token itself.
 * @param {Grant} grant
 */
export const actor = (grant) => (grant.site ? { role: 'site', site: grant.site.origin, name: grant.site.name } : { role: 'admin' });
