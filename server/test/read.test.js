// @ts-check
// The read endpoints: the token (bearer for scripts, a session cookie after a login for
// editors), JSON and CSV exports without formula injection, the HTML report.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { attentionScore, escapeHtml, isoWeek, linksToSite, rankPages } from '../report.js';
import { csvCell } from '../export.js';
import { reportLanguage } from '../report-text.js';
import { TOKEN, login, parseCsv, post, record, startTestReceiver } from './helpers.js';

const ENDPOINTS = ['/feedback.json', '/feedback.csv', '/report'];
const auth = { authorization: `Bearer ${TOKEN}` };

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
        { cookie: 'kommun_feedback_session=forged.9999999999999.AAAA' },
      ];
      for (const headers of attempts) {
        const res = await fetch(`${receiver.url}${path}`, { headers });
        assert.equal(res.status, 401, JSON.stringify(headers));
        assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
        await res.arrayBuffer();
      }
    });

    test(`${path}: 200 with the bearer token or the session cookie of a login`, async () => {
      const bearer = await fetch(`${receiver.url}${path}`, { headers: auth });
      assert.equal(bearer.status, 200);
      assert.equal(bearer.headers.get('cache-control'), 'no-store');
      assert.equal(bearer.headers.get('referrer-policy'), 'no-referrer');
      await bearer.arrayBuffer();
      const session = await fetch(`${receiver.url}${path}`, { headers: { cookie: await login(receiver.url, TOKEN) } });
      assert.equal(session.status, 200);
      await session.arrayBuffer();
    });
  }

  test('the exports no longer take the token in the URL', async () => {
    for (const path of ['/feedback.json', '/feedback.csv']) {
      const res = await fetch(`${receiver.url}${path}?token=${TOKEN}`);
      assert.equal(res.status, 401, path);
      await res.arrayBuffer();
    }
  });

  test('login: a POST form sets an HttpOnly, SameSite=Strict session cookie that holds no token', async () => {
    const res = await fetch(`${receiver.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: TOKEN }),
      redirect: 'manual',
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/report');
    const cookie = res.headers.get('set-cookie') ?? '';
    assert.match(cookie, /^kommun_feedback_session=[^;]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
    assert.ok(!cookie.includes(TOKEN) && !cookie.includes(encodeURIComponent(TOKEN)));
    // Over HTTPS through a trusted proxy it is Secure too; this receiver trusts no proxy.
    const wrong = await fetch(`${receiver.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: 'wrong' }),
      redirect: 'manual',
    });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.headers.get('set-cookie'), null);
    assert.match(await wrong.text(), /role="alert"/);
  });

  test('a login form posted from another site is refused', async () => {
    const res = await fetch(`${receiver.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: new URLSearchParams({ token: TOKEN }),
      redirect: 'manual',
    });
    assert.equal(res.status, 403);
    assert.equal(res.headers.get('set-cookie'), null);
    const own = await fetch(`${receiver.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: receiver.url },
      body: new URLSearchParams({ token: TOKEN }),
      redirect: 'manual',
    });
    assert.equal(own.status, 303);
  });

  test('logout ends the session', async () => {
    const res = await fetch(`${receiver.url}/logout`, { method: 'POST', redirect: 'manual' });
    assert.equal(res.status, 303);
    assert.match(res.headers.get('set-cookie') ?? '', /^kommun_feedback_session=; Path=\/; Max-Age=0;/);
  });

  test('the report without a session shows the login form, a POST without the token in any URL', async () => {
    const res = await fetch(`${receiver.url}/report`);
    assert.equal(res.status, 401);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    const html = await res.text();
    assert.match(html, /<html lang="sv">/);
    assert.match(html, /<form method="post" action="\/login">[\s\S]*<input id="token" name="token" type="password"/);
  });

  test('?token= on the report (the old printed address) logs in; the page then links without it', async () => {
    const res = await fetch(`${receiver.url}/report?token=${TOKEN}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('set-cookie') ?? '', /^kommun_feedback_session=/);
    assert.ok(!(await res.text()).includes(TOKEN));
  });
});

describe('exports', () => {
  /** @type {Awaited<ReturnType<typeof startTestReceiver>>} */
  let receiver;
  // Comments are trimmed on the way in, so a leading tab or CR cannot reach a stored cell;
  // csvCell is tested with them below.
  const dangerous = ['=HYPERLINK("https://evil.example","Klicka")', '+46 70 123', '-1+1', '@SUM(A1)', "=cmd|' /C calc'!A0", '＝1+1', '＋1', '－1', '＠SUM(A1)'];
  const sent = dangerous.map((comment, i) =>
    record({
      page: `/sida-${i}`,
      comment,
      helpful: i % 2 === 0,
      submittedAt: `2026-05-0${i + 1}T08:00:00.000Z`,
    }),
  );
  const semicolons = record({ page: '/semikolon', comment: 'hej;=1+1;då', submittedAt: '2026-05-10T08:00:00.000Z' });
  const quoted = record({ page: '/citat', comment: 'Han sa "hej", sen\ngick han.', submittedAt: '2026-05-11T08:00:00.000Z' });
  before(async () => {
    receiver = await startTestReceiver();
    for (const r of [...sent, semicolons, quoted]) assert.equal((await post(receiver.url, r)).status, 201);
  });
  after(() => receiver.close());

  test("JSON lists every record with the receiver's times", async () => {
    const res = await fetch(`${receiver.url}/feedback.json`, { headers: auth });
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    const records = /** @type {any[]} */ (await res.json());
    assert.equal(records.length, sent.length + 2);
    const { receivedAt, updatedAt, ...stored } = records.find((r) => r.id === sent[1].id);
    assert.deepEqual(stored, sent[1]);
    assert.match(receivedAt, /^\d{4}-\d{2}-\d{2}T/);
    assert.match(updatedAt, /^\d{4}-\d{2}-\d{2}T/);
  });

  test('JSON and CSV take the filters: page and time range', async () => {
    const json = await (await fetch(`${receiver.url}/feedback.json?from=2026-05-02&to=2026-05-04`, { headers: auth })).json();
    assert.deepEqual(
      /** @type {any[]} */ (json).map((r) => r.id),
      [sent[1].id, sent[2].id],
    );
    const csv = await (await fetch(`${receiver.url}/feedback.csv?page=/citat`, { headers: auth })).text();
    assert.equal(parseCsv(csv, ',').length, 2);
    assert.equal((await fetch(`${receiver.url}/feedback.csv?dialect=excel-fr`, { headers: auth })).status, 400);
  });

  /** @param {string} dialect */
  const csvOf = async (dialect) => {
    const res = await fetch(`${receiver.url}/feedback.csv${dialect ? `?dialect=${dialect}` : ''}`, { headers: auth });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for Excel');
    return { text: bytes.subarray(3).toString('utf8'), disposition: res.headers.get('content-disposition') ?? '' };
  };

  for (const [dialect, separator] of [
    ['', ','],
    ['excel-sv', ';'],
  ]) {
    test(`CSV ${dialect || 'rfc4180'}: "${separator}", CRLF, every cell quoted, no cell a formula in any reading`, async () => {
      const { text, disposition } = await csvOf(dialect);
      assert.match(disposition, /^attachment; filename="feedback(-excel-sv)?\.csv"$/);
      const header = ['id', 'page', 'url', 'helpful', 'comment', 'lang', 'submittedAt', 'receivedAt', 'updatedAt'].map((c) => `"${c}"`);
      assert.ok(text.startsWith(`${header.join(separator)}\r\n`));
      const [columns, ...body] = parseCsv(text, separator);
      const comments = body.map((row) => row[columns.indexOf('comment')]);
      for (const value of dangerous) assert.ok(comments.includes(`'${value}`), `${JSON.stringify(value)} not neutralised`);
      assert.ok(comments.includes('hej;=1+1;då'), 'the semicolons stay inside their cell');
      assert.ok(comments.includes('Han sa "hej", sen\ngick han.'));
      for (const line of text.split('\r\n').filter(Boolean)) assert.match(line, /^"/);
      // Read with either separator (a spreadsheet in another locale), no cell starts a formula.
      for (const reading of [',', ';']) {
        for (const row of parseCsv(text, reading)) for (const cell of row) assert.doesNotMatch(cell, /^\s*[=+\-@＝＋－＠\t\r]/u, `${reading}: ${cell}`);
      }
    });
  }

  test('csvCell quotes every cell and guards formulas, also full-width and after whitespace', () => {
    assert.equal(csvCell('=1+1'), `"'=1+1"`);
    assert.equal(csvCell('-5 grader'), `"'-5 grader"`);
    assert.equal(csvCell('@a'), `"'@a"`);
    assert.equal(csvCell('+a'), `"'+a"`);
    assert.equal(csvCell('\t=1'), `"'\t=1"`);
    assert.equal(csvCell('\r=1'), `"'\r=1"`);
    assert.equal(csvCell('\nx'), `"'\nx"`);
    assert.equal(csvCell('  =1+1'), `"'  =1+1"`);
    assert.equal(csvCell('\u3000＝1+1'), `"'\u3000＝1+1"`);
    assert.equal(csvCell('＋1'), `"'＋1"`);
    assert.equal(csvCell('－1'), `"'－1"`);
    assert.equal(csvCell('＠a'), `"'＠a"`);
    assert.equal(csvCell('a,b;c'), '"a,b;c"');
    assert.equal(csvCell('"=1"'), '"""=1"""');
    assert.equal(csvCell('hej;=1+1;då'), '"hej;=1+1;då"');
    assert.equal(csvCell('vanlig text'), '"vanlig text"');
    assert.equal(csvCell(true), '"true"');
    assert.equal(csvCell(null), '""');
  });

  test('an export streams: a slow reader gets it all, and a client that leaves stops it', async () => {
    const many = await startTestReceiver();
    try {
      for (let i = 0; i < 3000; i++) await post(many.url, record({ comment: `Kommentar ${i} ${'x'.repeat(1500)}` }));
      const res = await fetch(`${many.url}/feedback.json`, { headers: auth });
      assert.equal(res.headers.get('content-length'), null, 'chunked, not built whole');
      const reader = /** @type {ReadableStreamDefaultReader<Uint8Array>} */ (res.body?.getReader());
      let bytes = 0;
      /** @type {Uint8Array[]} */
      const chunks = [];
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.length;
        chunks.push(value);
        if (chunks.length % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      assert.ok(bytes > 3000 * 1500);
      assert.equal(JSON.parse(Buffer.concat(chunks).toString('utf8')).length, 3000);

      const left = await fetch(`${many.url}/feedback.csv`, { headers: auth });
      await left.body?.cancel();
      assert.equal((await post(many.url, record())).status, 201, 'the receiver goes on');
    } finally {
      await many.close();
    }
  });
});

describe('report', () => {
  /** @type {Awaited<ReturnType<typeof startTestReceiver>>} */
  let receiver;
  /** @type {string} */
  let html;
  /** @type {Response} */
  let res;
  /** @type {string} */
  let cookie;
  const today = new Date().toISOString().slice(0, 10);
  /** @param {number} daysAgo @param {number} [minute] */
  const at = (daysAgo, minute = 0) => new Date(Date.parse(`${today}T08:00:00Z`) - daysAgo * 86_400_000 + minute * 60_000).toISOString();

  /**
   * @param {string} page
   * @param {number} yes
   * @param {number} no
   */
  async function answers(page, yes, no) {
    for (let i = 0; i < yes + no; i++) {
      await post(receiver.url, record({ page, url: `https://www.vara.se${page}`, helpful: i < yes, submittedAt: at(1, i) }));
    }
  }

  /** @param {string} path @param {Record<string, string>} [headers] */
  const get = async (path, headers = {}) => {
    const response = await fetch(`${receiver.url}${path}`, { headers: { cookie, ...headers } });
    assert.equal(response.status, 200, path);
    return response.text();
  };

  before(async () => {
    receiver = await startTestReceiver({ origins: ['https://www.vara.se'] });
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
        submittedAt: at(1),
      }),
    );
    for (let i = 1; i <= 7; i++) {
      await post(
        receiver.url,
        record({ page: '/trasig', url: 'https://www.vara.se/trasig', helpful: false, comment: `Kommentar ${i}`, submittedAt: at(8 - i) }),
      );
    }
    // Older than the default 30 days: not in the report unless the period says so.
    await post(receiver.url, record({ page: '/gammal', url: 'https://www.vara.se/gammal', helpful: false, submittedAt: at(45) }));
    cookie = await login(receiver.url, TOKEN);
    res = await fetch(`${receiver.url}/report`, { headers: { cookie } });
    html = await res.text();
  });
  after(() => receiver.close());

  test('is a Swedish HTML page with a real table, for the last 30 days by default', () => {
    assert.match(res.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
    assert.match(html, /^<!doctype html>\s*<html lang="sv">/);
    assert.match(html, /<title>[^<]+<\/title>/);
    assert.match(html, /<table>\s*<caption>[^<]+<\/caption>/);
    assert.equal((html.match(/<th scope="col">/g) ?? []).length, 6);
    assert.equal((html.match(/<th scope="row">/g) ?? []).length, 5);
    assert.doesNotMatch(html, />\/gammal</);
    assert.ok(html.includes(`name="until" type="date" value="${today}"`));
  });

  test('the period is chosen with a form; older answers then show', async () => {
    const from = at(60).slice(0, 10);
    assert.match(await get(`/report?from=${from}&until=${today}`), />\/gammal</);
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
    assert.deepEqual(comments, ['Kommentar 7', 'Kommentar 6', 'Kommentar 5']);
  });

  test('escapes everything that came from residents', () => {
    assert.doesNotMatch(html, /<script>|<img/);
    assert.match(html, /&#60;img src=x onerror=alert\(1\)&#62; &#38; &#34;citat&#34;/);
    assert.equal(escapeHtml(`<a href='x'>&"`), '&#60;a href=&#39;x&#39;&#62;&#38;&#34;');
  });

  test('runs under a CSP that allows only its own style and forms to itself', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(style).digest('base64');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /form-action 'self'/);
    assert.ok(csp.includes(`style-src 'sha256-${hash}'`), csp);
    assert.doesNotMatch(html, /<script/);
  });

  test('no token in any link or form action, in any view', async () => {
    const page = await get('/report/page?page=/trasig');
    for (const text of [html, page, await get(`/report?token=${TOKEN}`)]) {
      const urls = [...text.matchAll(/(?:href|action|src)="([^"]*)"/g)].map((m) => m[1]);
      assert.ok(urls.length > 3);
      for (const url of urls) assert.doesNotMatch(url, /token/i, url);
      assert.ok(!text.includes(TOKEN));
    }
    assert.ok(html.includes('href="/feedback.csv?site=https%3A%2F%2Fwww.vara.se&#38;from='), 'downloads by the session, for the period');
    assert.match(html, /href="\/feedback\.csv\?[^"]*dialect=excel-sv"/);
  });

  test('in English when the browser asks for it', async () => {
    const english = await get('/report', { 'accept-language': 'en-GB,en;q=0.9,sv;q=0.5' });
    assert.match(english, /<html lang="en">/);
    assert.match(english, /Feedback per page/);
    assert.equal(reportLanguage('fi, en;q=0.5'), 'en');
    assert.equal(reportLanguage('sv-SE, en;q=0.9'), 'sv');
    assert.equal(reportLanguage('en;q=0, sv'), 'sv');
    assert.equal(reportLanguage(undefined), 'sv');
  });

  test('the overview is paginated, 50 pages at a time', async () => {
    const many = await startTestReceiver();
    try {
      for (let i = 0; i < 51; i++) await post(many.url, record({ page: `/p${String(i).padStart(2, '0')}` }));
      const session = await login(many.url, TOKEN);
      const first = await (await fetch(`${many.url}/report`, { headers: { cookie: session } })).text();
      assert.equal((first.match(/<th scope="row">/g) ?? []).length, 50);
      assert.match(first, /<nav aria-label="Sidnumrering">[\s\S]*Sida 1 av 2[\s\S]*href="\/report\?[^"]*p=2"/);
      const second = await (await fetch(`${many.url}/report?p=2`, { headers: { cookie: session } })).text();
      assert.equal((second.match(/<th scope="row">/g) ?? []).length, 1);
    } finally {
      await many.close();
    }
  });

  test("a page's report: a weekly trend as a chart with its table, and its comments", async () => {
    const page = await get('/report/page?page=/trasig');
    assert.match(page, /<h1>\/trasig /);
    assert.match(page, /<svg [^>]*role="img" aria-labelledby="chart-name">\s*<title id="chart-name">[^<]+tabellen/);
    const table = page.slice(page.indexOf('<table>'), page.indexOf('</table>'));
    assert.match(table, /<caption>Svar per vecka/);
    const weeks = [...table.matchAll(/<tr><th scope="row"><time datetime="(\d{4}-W\d{2})">[^<]*<\/time><\/th>((?:<td class="num">[^<]*<\/td>)+)<\/tr>/g)];
    assert.ok(weeks.length >= 5, 'every week of the 30 days');
    const sum = weeks.reduce((total, [, , cells]) => total + Number(/<td class="num">(\d+)<\/td>/.exec(cells)?.[1]), 0);
    assert.equal(sum, 22, 'the table holds every answer of the chart');
    const { year, week } = isoWeek(at(1).slice(0, 10));
    assert.ok(table.includes(`datetime="${year}-W${String(week).padStart(2, '0')}"`));
    assert.match(page, /7 kommentarer/);
    assert.equal((page.match(/<span class="comment">/g) ?? []).length, 7);
  });

  test("a page's comments are searchable and paginated", async () => {
    for (let i = 0; i < 25; i++) {
      await post(
        receiver.url,
        record({ page: '/mycket', url: 'https://www.vara.se/mycket', comment: `${i % 5 === 0 ? 'Öppettider' : 'Annat'} ${i}`, submittedAt: at(2, i) }),
      );
    }
    const first = await get('/report/page?page=/mycket');
    assert.equal((first.match(/<span class="comment">/g) ?? []).length, 20);
    assert.match(first, /Sida 1 av 2/);
    const second = await get('/report/page?page=/mycket&p=2');
    assert.equal((second.match(/<span class="comment">/g) ?? []).length, 5);
    const found = await get(`/report/page?page=/mycket&q=${encodeURIComponent('öppettider')}`);
    assert.deepEqual(
      [...found.matchAll(/<span class="comment">([^<]*)<\/span>/g)].map((m) => m[1]),
      ['Öppettider 20', 'Öppettider 15', 'Öppettider 10', 'Öppettider 5', 'Öppettider 0'],
    );
    assert.match(found, /value="öppettider"/);
  });

  test("a url that is not on the site's origin is stored but never linked", async () => {
    const evil = record({ page: '/kontakt', url: 'https://evil.example/bankid-login', helpful: false, comment: 'Se här', submittedAt: at(1) });
    assert.equal((await post(receiver.url, evil, { origin: 'https://www.vara.se' })).status, 201);
    const json = /** @type {any[]} */ (await (await fetch(`${receiver.url}/feedback.json?page=/kontakt`, { headers: auth })).json());
    assert.equal(json[0].url, 'https://evil.example/bankid-login', 'stored as sent');
    for (const text of [await get('/report'), await get('/report/page?page=/kontakt')]) {
      assert.doesNotMatch(text, /href="https:\/\/evil\.example/);
    }
    assert.match(await get('/report/page?page=/kontakt'), /<code>https:\/\/evil\.example\/bankid-login<\/code>/);
    assert.match(await get('/report/page?page=/trasig'), /href="https:\/\/www\.vara\.se\/trasig" rel="noreferrer"/);
    assert.equal(linksToSite('https://www.vara.se.evil.example/', 'https://www.vara.se'), false);
    assert.equal(linksToSite('http://www.vara.se/', 'https://www.vara.se'), false);
    assert.equal(linksToSite('http://localhost:6006/x', 'http://localhost'), true);
  });

  test('an empty database says so', async () => {
    const empty = await startTestReceiver();
    const text = await (await fetch(`${empty.url}/report`, { headers: auth })).text();
    assert.match(text, /Inga svar i perioden/);
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

  test('ISO weeks', () => {
    assert.deepEqual(isoWeek('2026-01-01'), { year: 2026, week: 1, monday: '2025-12-29' });
    assert.deepEqual(isoWeek('2027-01-03'), { year: 2026, week: 53, monday: '2026-12-28' });
    assert.deepEqual(isoWeek('2026-05-04'), { year: 2026, week: 19, monday: '2026-05-04' });
  });
});
