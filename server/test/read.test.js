// @ts-check
// The read endpoints: the token on each, JSON, CSV without formula injection, the HTML report.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { attentionScore, csvCell, escapeHtml, rankPages } from '../report.js';
import { TOKEN, post, record, startTestReceiver } from './helpers.js';

const ENDPOINTS = ['/feedback.json', '/feedback.csv', '/report'];

/**
 * Minimal RFC 4180 reader, to check what a spreadsheet would see.
 * @param {string} text
 */
function parseCsv(text) {
  /** @type {string[][]} */
  const table = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') (row.push(cell), table.push(row), (row = []), (cell = ''), i++);
    else cell += c;
  }
  return table;
}

describe('auth on the read endpoints', () => {
  /** @type {Awaited<ReturnType<typeof startTestReceiver>>} */
  let receiver;
  before(async () => {
    receiver = await startTestReceiver();
  });
  after(() => receiver.close());

  for (const path of ENDPOINTS) {
    test(`${path}: 401 without a valid token`, async () => {
      /** @type {Record<string, string>[]} */
      const attempts = [
        {},
        { authorization: 'Bearer wrong-token' },
        { authorization: `Bearer ${TOKEN}x` },
        { authorization: `Bearer ${TOKEN.slice(0, -1)}` },
        { authorization: `Basic ${Buffer.from(`user:${TOKEN}`).toString('base64')}` },
        { authorization: TOKEN },
      ];
      for (const headers of attempts) {
        const res = await fetch(`${receiver.url}${path}`, { headers });
        assert.equal(res.status, 401, JSON.stringify(headers));
        assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
        await res.arrayBuffer();
      }
      assert.equal((await fetch(`${receiver.url}${path}?token=wrong`)).status, 401);
    });

    test(`${path}: 200 with the bearer token or ?token=`, async () => {
      const bearer = await fetch(`${receiver.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(bearer.status, 200);
      assert.equal(bearer.headers.get('cache-control'), 'no-store');
      assert.equal(bearer.headers.get('referrer-policy'), 'no-referrer');
      const query = await fetch(`${receiver.url}${path}?token=${encodeURIComponent(TOKEN)}`);
      assert.equal(query.status, 200);
    });
  }

  test('the report tells an editor without a token what to do, in HTML', async () => {
    const res = await fetch(`${receiver.url}/report`);
    assert.equal(res.status, 401);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await res.text(), /<html lang="sv">[\s\S]*report\?token=/);
  });
});

describe('exports', () => {
  /** @type {Awaited<ReturnType<typeof startTestReceiver>>} */
  let receiver;
  const auth = { authorization: `Bearer ${TOKEN}` };
  // Comments are trimmed on the way in, so a leading tab or CR cannot reach a stored cell;
  // csvCell is tested with them below.
  const dangerous = ['=HYPERLINK("https://evil.example","Klicka")', '+46 70 123', '-1+1', '@SUM(A1)', "=cmd|' /C calc'!A0"];
  const sent = dangerous.map((comment, i) =>
    record({
      page: `/sida-${i}`,
      comment,
      helpful: i % 2 === 0,
      submittedAt: `2026-05-0${i + 1}T08:00:00.000Z`,
    }),
  );
  before(async () => {
    receiver = await startTestReceiver();
    for (const r of sent) assert.equal((await post(receiver.url, r)).status, 201);
    await post(receiver.url, record({ page: '/citat', comment: 'Han sa "hej", sen\ngick han.', submittedAt: '2026-05-09T08:00:00.000Z' }));
  });
  after(() => receiver.close());

  test("JSON lists every record with the receiver's times", async () => {
    const res = await fetch(`${receiver.url}/feedback.json`, { headers: auth });
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    const records = /** @type {any[]} */ (await res.json());
    assert.equal(records.length, sent.length + 1);
    const { receivedAt, updatedAt, ...stored } = records.find((r) => r.id === sent[1].id);
    assert.deepEqual(stored, sent[1]);
    assert.match(receivedAt, /^\d{4}-\d{2}-\d{2}T/);
    assert.match(updatedAt, /^\d{4}-\d{2}-\d{2}T/);
  });

  test('CSV: a cell that starts with = + - @ tab or CR is neutralised', async () => {
    const res = await fetch(`${receiver.url}/feedback.csv`, { headers: auth });
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="feedback\.csv"/);
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for Excel');
    const text = bytes.subarray(3).toString('utf8');
    assert.ok(text.startsWith('id,page,url,helpful,comment,lang,submittedAt,receivedAt,updatedAt\r\n'));
    const [header, ...body] = parseCsv(text);
    const comment = header.indexOf('comment');
    const comments = body.map((row) => row[comment]);
    for (const value of dangerous) assert.ok(comments.includes(`'${value}`), `${JSON.stringify(value)} not neutralised`);
    assert.ok(comments.includes('Han sa "hej", sen\ngick han.'));
    for (const row of body) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
  });

  test('csvCell', () => {
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell('-5 grader'), "'-5 grader");
    assert.equal(csvCell('@a'), "'@a");
    assert.equal(csvCell('+a'), "'+a");
    assert.equal(csvCell('\t=1'), `'\t=1`);
    assert.equal(csvCell('\r=1'), `"'\r=1"`);
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('"=1"'), '"""=1"""');
    assert.equal(csvCell('vanlig text'), 'vanlig text');
    assert.equal(csvCell(true), 'true');
    assert.equal(csvCell(null), '');
  });
});

describe('report', () => {
  /** @type {Awaited<ReturnType<typeof startTestReceiver>>} */
  let receiver;
  /** @type {string} */
  let html;
  /** @type {Response} */
  let res;

  /**
   * @param {string} page
   * @param {number} yes
   * @param {number} no
   */
  async function answers(page, yes, no) {
    for (let i = 0; i < yes + no; i++) {
      await post(
        receiver.url,
        record({ page, url: `https://www.vara.se${page}`, helpful: i < yes, submittedAt: `2026-05-04T08:${String(i).padStart(2, '0')}:00Z` }),
      );
    }
  }

  before(async () => {
    receiver = await startTestReceiver();
    await answers('/bra-sida', 40, 2); // works for people
    await answers('/en-nej', 0, 1); // one "no" says little
    await answers('/halften', 20, 20);
    await answers('/trasig', 3, 12); // clearly fails people
    await post(
      receiver.url,
      record({
        page: '/<script>alert(1)</script>',
        url: 'https://www.vara.se/x',
        helpful: false,
        comment: '<img src=x onerror=alert(1)> & "citat"',
      }),
    );
    for (let i = 1; i <= 7; i++) {
      await post(
        receiver.url,
        record({ page: '/trasig', url: 'https://www.vara.se/trasig', helpful: false, comment: `Kommentar ${i}`, submittedAt: `2026-05-0${i}T12:00:00Z` }),
      );
    }
    res = await fetch(`${receiver.url}/report?token=${TOKEN}`);
    html = await res.text();
  });
  after(() => receiver.close());

  test('is a Swedish HTML page with a real table', () => {
    assert.match(res.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
    assert.match(html, /^<!doctype html>\s*<html lang="sv">/);
    assert.match(html, /<title>[^<]+<\/title>/);
    assert.match(html, /<h1>/);
    assert.match(html, /<table>\s*<caption>[^<]+<\/caption>/);
    assert.equal((html.match(/<th scope="col">/g) ?? []).length, 6);
    assert.equal((html.match(/<th scope="row">/g) ?? []).length, 5);
  });

  test('pages that most need attention come first', () => {
    const order = [...html.matchAll(/<th scope="row"><a [^>]*>([^<]*)<\/a><\/th>/g)].map((m) => m[1]);
    // The two pages with a single "no" tie, and then go by path.
    assert.deepEqual(order, ['/trasig', '/halften', '/&#60;script&#62;alert(1)&#60;/script&#62;', '/en-nej', '/bra-sida']);
  });

  test('shows answers, yes, no, share helpful and the latest comments', () => {
    const row = html.slice(html.indexOf('>/trasig<'), html.indexOf('</tr>', html.indexOf('>/trasig<')));
    const numbers = [...row.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1]);
    assert.deepEqual(numbers, ['22', '3', '19', '14\u00a0%']);
    const comments = [...row.matchAll(/<span class="comment">([^<]*)<\/span>/g)].map((m) => m[1]);
    assert.deepEqual(comments, ['Kommentar 7', 'Kommentar 6', 'Kommentar 5', 'Kommentar 4', 'Kommentar 3']);
    assert.match(row, /<time datetime="2026-05-07T12:00:00.000Z">/);
  });

  test('escapes everything that came from residents', () => {
    assert.doesNotMatch(html, /<script>|<img/);
    assert.match(html, /&#60;img src=x onerror=alert\(1\)&#62; &#38; &#34;citat&#34;/);
    assert.equal(escapeHtml(`<a href='x'>&"`), '&#60;a href=&#39;x&#39;&#62;&#38;&#34;');
  });

  test('runs under a CSP that allows only its own style', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(style).digest('base64');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.ok(csp.includes(`style-src 'sha256-${hash}'`), csp);
    assert.doesNotMatch(html, /<script/);
  });

  test('download links keep the token the report was opened with', async () => {
    assert.ok(html.includes(`href="/feedback.csv?token=${TOKEN}"`));
    const viaHeader = await (await fetch(`${receiver.url}/report`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    assert.ok(viaHeader.includes('href="/feedback.csv"'));
  });

  test('an empty database says so', async () => {
    const empty = await startTestReceiver();
    const text = await (await fetch(`${empty.url}/report?token=${TOKEN}`)).text();
    assert.match(text, /Inga svar ännu/);
    await empty.close();
  });

  test('attention score: surer failure ranks higher', () => {
    assert.ok(attentionScore(1, 1) < attentionScore(20, 40));
    assert.ok(attentionScore(20, 40) < attentionScore(30, 40));
    assert.ok(attentionScore(0, 50) < attentionScore(1, 1));
    assert.equal(attentionScore(0, 0), 0);
    const ranked = rankPages([
      { page: '/b', url: '', answers: 2, yes: 1, no: 1, latest: '' },
      { page: '/a', url: '', answers: 2, yes: 1, no: 1, latest: '' },
    ]);
    assert.deepEqual(
      ranked.map((p) => p.page),
      ['/a', '/b'],
    );
  });
});
