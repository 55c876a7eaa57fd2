// @ts-check
// Who may post: CORS for the configured origins only, a per-client rate limit, no IP kept.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { clientPrefix, createRateLimiter } from '../rate-limit.js';
import { post, record, rows, startTestReceiver } from './helpers.js';

const ALLOWED = 'https://www.vara.se';

/**
 * @param {string} url
 * @param {string} origin
 */
const preflight = (url, origin) =>
  fetch(`${url}/feedback`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });

describe('CORS with --origin', () => {
  /** @type {Awaited<ReturnType<typeof startTestReceiver>>} */
  let receiver;
  before(async () => {
    receiver = await startTestReceiver({ origins: [ALLOWED, 'https://test.vara.se:8443/'] });
  });
  after(() => receiver.close());

  test('an allowed origin gets its preflight answered', async () => {
    const res = await preflight(receiver.url, ALLOWED);
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), ALLOWED);
    assert.equal(res.headers.get('access-control-allow-methods'), 'POST');
    assert.match(res.headers.get('access-control-allow-headers') ?? '', /content-type/i);
    assert.match(res.headers.get('vary') ?? '', /Origin/);
    const withPort = await preflight(receiver.url, 'https://test.vara.se:8443');
    assert.equal(withPort.headers.get('access-control-allow-origin'), 'https://test.vara.se:8443');
  });

  test('an allowed origin may post, and may read the answer', async () => {
    const res = await post(receiver.url, record(), { origin: ALLOWED });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('access-control-allow-origin'), ALLOWED);
    assert.match(res.headers.get('vary') ?? '', /Origin/);
    // So that the element can read why a post failed, errors carry the CORS headers too.
    const bad = await post(receiver.url, record({ lang: 'sv_SE' }), { origin: ALLOWED });
    assert.equal(bad.status, 400);
    assert.equal(bad.headers.get('access-control-allow-origin'), ALLOWED);
  });

  test('other origins get no CORS headers and a 403, and nothing is stored', async () => {
    const count = rows(receiver.db).length;
    for (const origin of ['https://evil.example', 'http://www.vara.se', 'https://www.vara.se.evil.example', 'null', 'http://localhost:3000']) {
      const pre = await preflight(receiver.url, origin);
      assert.equal(pre.status, 403, origin);
      assert.equal(pre.headers.get('access-control-allow-origin'), null);
      const res = await post(receiver.url, record(), { origin });
      assert.equal(res.status, 403, origin);
      assert.equal(res.headers.get('access-control-allow-origin'), null);
      assert.equal(/** @type {any} */ (await res.json()).error.code, 'forbidden_origin');
    }
    assert.equal(rows(receiver.db).length, count);
  });

  test('a post without Origin (not a browser) is accepted without CORS headers', async () => {
    const res = await post(receiver.url, record());
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  test('the read endpoints send no CORS headers', async () => {
    const res = await fetch(`${receiver.url}/feedback.json`, { headers: { origin: ALLOWED, authorization: 'Bearer x' } });
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });
});

describe('CORS without --origin', () => {
  /** @type {Awaited<ReturnType<typeof startTestReceiver>>} */
  let receiver;
  before(async () => {
    receiver = await startTestReceiver();
  });
  after(() => receiver.close());

  test('local development pages may post', async () => {
    for (const origin of ['http://localhost:6006', 'http://127.0.0.1:8000', 'http://[::1]:5173', 'https://localhost']) {
      const res = await post(receiver.url, record(), { origin });
      assert.equal(res.status, 201, origin);
      assert.equal(res.headers.get('access-control-allow-origin'), origin);
    }
  });

  test('public sites may not', async () => {
    for (const origin of [ALLOWED, 'http://localhost.evil.example', 'file://']) {
      assert.equal((await post(receiver.url, record(), { origin })).status, 403, origin);
    }
  });
});

describe('rate limit', () => {
  /** @type {Awaited<ReturnType<typeof startTestReceiver>>} */
  let receiver;
  before(async () => {
    receiver = await startTestReceiver({ rateLimit: 3, trustProxy: true, origins: [ALLOWED] });
  });
  after(() => receiver.close());

  test('a client over its rate gets 429 with Retry-After; others are not affected', async () => {
    const client = { 'x-forwarded-for': '203.0.113.7', origin: ALLOWED };
    for (let i = 0; i < 3; i++) assert.equal((await post(receiver.url, record(), client)).status, 201);
    const limited = await post(receiver.url, record(), client);
    assert.equal(limited.status, 429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 20, `Retry-After ${retryAfter}`);
    // The element reads Retry-After cross-origin to schedule its retry.
    assert.equal(limited.headers.get('access-control-allow-origin'), ALLOWED);
    assert.match(limited.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    const body = /** @type {any} */ (await limited.json());
    assert.deepEqual([body.ok, body.error.code], [false, 'rate_limited']);

    const other = await post(receiver.url, record(), { 'x-forwarded-for': '198.51.100.1' });
    assert.equal(other.status, 201);
    // One IPv6 /64 is one client.
    for (let i = 0; i < 3; i++) await post(receiver.url, record(), { 'x-forwarded-for': `2001:db8:1:2::${i + 1}` });
    assert.equal((await post(receiver.url, record(), { 'x-forwarded-for': '2001:db8:1:2:ffff::9' })).status, 429);
  });

  test('wrong tokens use up the rate too', async () => {
    const client = { 'x-forwarded-for': '192.0.2.99' };
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await fetch(`${receiver.url}/feedback.json`, { headers: { ...client, authorization: `Bearer guess${i}` } })).status);
    }
    assert.deepEqual(statuses, [401, 401, 401, 429, 429]);
  });

  test('no IP address is stored in the database', async () => {
    const dir = dirname(receiver.db);
    for (const file of await readdir(dir)) {
      const bytes = await readFile(join(dir, file));
      for (const address of ['203.0.113.7', '198.51.100.1', '127.0.0.1', '2001:db8']) {
        assert.equal(bytes.includes(address), false, `${address} found in ${file}`);
      }
    }
  });
});

describe('rate limiter', () => {
  test('a bucket refills at the configured rate', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 60, now: () => now });
    for (let i = 0; i < 60; i++) assert.equal(limiter.take('192.0.2.1').ok, true);
    const limited = limiter.take('192.0.2.1');
    assert.deepEqual(limited, { ok: false, retryAfter: 1 });
    now += 1000;
    assert.equal(limiter.take('192.0.2.1').ok, true);
    assert.equal(limiter.take('192.0.2.1').ok, false);
    limiter.stop();
  });

  test('clients are keyed without their address', () => {
    const limiter = createRateLimiter({ perMinute: 1 });
    limiter.take('192.0.2.1');
    limiter.take('::ffff:192.0.2.1'); // the same client over IPv4-mapped IPv6
    assert.equal(limiter.size, 1);
    limiter.stop();
  });

  test('IPv6 addresses count per /64', () => {
    assert.equal(clientPrefix('2001:db8:0:1::5'), '2001:db8:0:1::/64');
    assert.equal(clientPrefix('2001:0db8:0000:0001:aaaa:bbbb:cccc:dddd'), '2001:db8:0:1::/64');
    assert.equal(clientPrefix('fe80::1%eth0'), 'fe80:0:0:0::/64');
    assert.equal(clientPrefix('::1'), '0:0:0:0::/64');
    assert.equal(clientPrefix('::ffff:10.0.0.1'), '10.0.0.1');
  });
});
