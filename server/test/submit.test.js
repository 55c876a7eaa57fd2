// @ts-check
// POST /feedback over real HTTP: storing, idempotency, content type, size, JSON, validation.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { post, record, rows, startTestReceiver } from './helpers.js';

/** @typedef {Awaited<ReturnType<typeof startTestReceiver>>} TestReceiver */

/**
 * @param {Response} res
 * @param {number} status
 * @param {string} code
 */
async function assertError(res, status, code) {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  const body = /** @type {any} */ (await res.json());
  assert.equal(body.ok, false);
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
  return body.error;
}

describe('POST /feedback', () => {
  /** @type {TestReceiver} */
  let receiver;
  before(async () => {
    receiver = await startTestReceiver({ maxBodyBytes: 4096 });
  });
  after(() => receiver.close());

  test('a new record is stored: 201 { ok: true, id }', async () => {
    const sent = record({ helpful: false, comment: 'Årtalen saknas.' });
    const res = await post(receiver.url, sent);
    assert.equal(res.status, 201);
    assert.deepEqual(await res.json(), { ok: true, id: sent.id });
    const row = rows(receiver.db).find((r) => r.id === sent.id);
    assert.equal(row.helpful, 0);
    assert.equal(row.comment, 'Årtalen saknas.');
    assert.equal(row.page, sent.page);
  });

  test('the same id twice is one row: the retry answers 200', async () => {
    const sent = record();
    assert.equal((await post(receiver.url, sent)).status, 201);
    const retry = await post(receiver.url, sent);
    assert.equal(retry.status, 200);
    assert.deepEqual(await retry.json(), { ok: true, id: sent.id });
    assert.equal(rows(receiver.db).filter((r) => r.id === sent.id).length, 1);
  });

  test('the comment step updates the vote it belongs to', async () => {
    const vote = record({ helpful: false, submittedAt: '2026-05-04T10:00:00.000Z' });
    await post(receiver.url, vote);
    const withComment = { ...vote, comment: 'Kontaktuppgifterna är fel.', submittedAt: '2026-05-04T10:00:20.000Z' };
    assert.equal((await post(receiver.url, withComment)).status, 200);
    // The vote's own retry arrives late from the browser's queue: it neither adds a row
    // nor wipes the comment.
    assert.equal((await post(receiver.url, vote)).status, 200);
    const stored = rows(receiver.db).filter((r) => r.id === vote.id);
    assert.equal(stored.length, 1);
    assert.equal(stored[0].comment, 'Kontaktuppgifterna är fel.');
    assert.equal(stored[0].submitted_at, '2026-05-04T10:00:20.000Z');
  });

  test('an older retry never overwrites a newer answer', async () => {
    const first = record({ helpful: true, submittedAt: '2026-05-04T10:00:00.000Z' });
    await post(receiver.url, { ...first, helpful: false, submittedAt: '2026-05-04T10:05:00.000Z' });
    await post(receiver.url, first);
    const [row] = rows(receiver.db).filter((r) => r.id === first.id);
    assert.equal(row.helpful, 0);
  });

  test('concurrent posts of one id still make one row', async () => {
    const sent = record();
    const statuses = (await Promise.all(Array.from({ length: 20 }, () => post(receiver.url, sent)))).map((r) => r.status);
    assert.deepEqual(statuses.filter((s) => s === 201).length, 1);
    assert.ok(statuses.every((s) => s === 200 || s === 201));
    assert.equal(rows(receiver.db).filter((r) => r.id === sent.id).length, 1);
  });

  test('each invalid field answers 400 with the field named, and stores nothing', async () => {
    const before = rows(receiver.db).length;
    const bad = { id: 'x', page: 'not a path', url: 'javascript:alert(1)', helpful: 'yes', comment: 5, lang: 'sv_SE', submittedAt: 'now' };
    for (const [field, value] of Object.entries(bad)) {
      const error = await assertError(await post(receiver.url, record({ [field]: value })), 400, 'invalid_field');
      assert.equal(error.field, field);
    }
    const missing = await assertError(await post(receiver.url, { ...record(), lang: undefined }), 400, 'missing_field');
    assert.equal(missing.field, 'lang');
    await assertError(await post(receiver.url, '[1, 2]'), 400, 'invalid_body');
    assert.equal(rows(receiver.db).length, before);
  });

  test('malformed bodies answer 400 invalid_json', async () => {
    for (const body of ['{', '', '{"id": "abc",}', "{'id': 1}", 'undefined']) {
      await assertError(await post(receiver.url, body), 400, 'invalid_json');
    }
    // Bytes that are not UTF-8 are not guessed at.
    const latin1 = Buffer.from(JSON.stringify(record({ comment: 'ö' })), 'latin1');
    const res = await fetch(`${receiver.url}/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: latin1 });
    await assertError(res, 400, 'invalid_json');
  });

  test('anything but JSON answers 415', async () => {
    const body = JSON.stringify(record());
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=iso-8859-1',
      'application/jsonx',
    ]) {
      const res = await fetch(`${receiver.url}/feedback`, { method: 'POST', headers: { 'content-type': type }, body });
      await assertError(res, 415, 'unsupported_media_type');
    }
    const untyped = await fetch(`${receiver.url}/feedback`, { method: 'POST', body: new Blob([body]) });
    await assertError(untyped, 415, 'unsupported_media_type');
    const utf8 = await post(receiver.url, record(), { 'content-type': 'Application/JSON; charset=UTF-8' });
    assert.equal(utf8.status, 201);
  });

  test('an over-size body answers 413, by Content-Length or while streaming', async () => {
    const big = JSON.stringify(record({ comment: 'x'.repeat(5000) }));
    const error = await assertError(await post(receiver.url, big), 413, 'payload_too_large');
    assert.match(error.message, /4096/);
    // Without Content-Length (chunked), the limit holds while the body streams in.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode(' '.repeat(1000)));
        controller.close();
      },
    });
    const chunked = await fetch(`${receiver.url}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    });
    await assertError(chunked, 413, 'payload_too_large');
    // A large honest body (64 MB announced, 1 MB sent) is refused without being read.
    const status = await new Promise((resolve, reject) => {
      const req = http.request(
        `${receiver.url}/feedback`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(64 * 1024 * 1024) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      req.write(Buffer.alloc(1024 * 1024, 32));
    });
    assert.equal(status, 413);
  });

  test('a body exactly at the limit is accepted', async () => {
    const sent = record();
    const base = JSON.stringify(sent);
    const padded = base.slice(0, -1) + ' '.repeat(4096 - Buffer.byteLength(base)) + '}';
    assert.equal(Buffer.byteLength(padded), 4096);
    assert.equal((await post(receiver.url, padded)).status, 201);
  });

  test('/health answers 200; unknown paths 404; wrong methods 405 with Allow', async () => {
    const health = await fetch(`${receiver.url}/health`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { ok: true });
    await assertError(await fetch(`${receiver.url}/nope`), 404, 'not_found');
    const get = await fetch(`${receiver.url}/feedback`);
    await assertError(get, 405, 'method_not_allowed');
    assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
    await assertError(await fetch(`${receiver.url}/report`, { method: 'POST' }), 405, 'method_not_allowed');
  });

  test('no response sets a cookie', async () => {
    const responses = await Promise.all([post(receiver.url, record()), fetch(`${receiver.url}/health`), fetch(`${receiver.url}/report?token=wrong`)]);
    for (const res of responses) assert.equal(res.headers.get('set-cookie'), null);
  });
});
