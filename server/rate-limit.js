// @ts-check
// Per-client token bucket that never keeps an IP address: a client is known only by an HMAC
// of its address under a random secret that is made at start, never written anywhere and gone
// with the process. Buckets live in memory only and are forgotten once full again.
import { createHmac, randomBytes } from 'node:crypto';

/**
 * @param {object} options
 * @param {number} options.perMinute requests a client may make per minute (also the burst size)
 * @param {() => number} [options.now] clock in ms, for tests
 */
export function createRateLimiter({ perMinute, now = Date.now }) {
  const secret = randomBytes(32);
  const perMs = perMinute / 60_000;
  /** @type {Map<string, { tokens: number, at: number }>} */
  const buckets = new Map();

  /** @param {string} address */
  const keyOf = (address) => createHmac('sha256', secret).update(clientPrefix(address)).digest('base64url');

  /** Tokens a bucket holds at time t. */
  const level = (/** @type {{ tokens: number, at: number }} */ bucket, /** @type {number} */ t) => Math.min(perMinute, bucket.tokens + (t - bucket.at) * perMs);

  // A full bucket is the same as no bucket: forget it, so memory follows the active clients.
  const sweep = setInterval(() => {
    const t = now();
    for (const [key, bucket] of buckets) if (level(bucket, t) >= perMinute) buckets.delete(key);
  }, 60_000);
  sweep.unref();

  return {
    /**
     * Take one token for the client at this address.
     * @param {string} address
     * @returns {{ ok: true } | { ok: false, retryAfter: number }} retryAfter in whole seconds
     */
    take(address) {
      const key = keyOf(address);
      const t = now();
      const bucket = buckets.get(key);
      const tokens = bucket ? level(bucket, t) : perMinute;
      if (tokens < 1) return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
      buckets.set(key, { tokens: tokens - 1, at: t });
      return { ok: true };
    },
    /** Number of clients currently tracked (for tests). */
    get size() {
      return buckets.size;
    },
    stop: () => clearInterval(sweep),
  };
}

/**
 * What identifies one client: an IPv4 address, or the /64 of an IPv6 address, since one
 * household or server gets a whole /64 and could otherwise take a fresh address per request.
 * @param {string} address
 */
export function clientPrefix(address) {
  const bare = address.replace(/%.*$/, '').toLowerCase();
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/.exec(bare);
  if (v4) return v4[1];
  if (!bare.includes(':')) return bare;
  const [head, tail] = bare.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
