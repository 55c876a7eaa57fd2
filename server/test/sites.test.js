// @ts-check
// Several sites on one receiver: each record carries its site, a site's token reads and erases
// only its own site (on every read and erase endpoint), the admin token reads all.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parseOptions } from '../cli.js';
import { createReceiver } from '../receiver.js';
import { openStore } from '../store.js';
import { TOKEN, post, record, rows, spawnBin, startTestReceiver, tempDir } from './helpers.js';

const VARA = 'https://www.vara.se';
const GRASTORP = 'https://www.grastorp.se';
const VARA_TOKEN = 'vara-editors-0123456789';
const GRASTORP_TOKEN = 'grastorp-editors-0123456789';

/** @param {string} token */
const bearer = (token) => ({ authorization: `Bearer ${token}` });

describe('site isolation', () => {
  /** @type {Awaited<ReturnType<typeof startTestReceiver>>} */
  let receiver;
  /** @type {Record<string, any>[]} */
  const audit = [];
  const vara = record({ page: '/kontakt', url: `${VARA}/kontakt`, helpful: false, comment: 'Vara: fel nummer.' });
  const grastorp = record({ page: '/kontakt', url: `${GRASTORP}/kontakt`, helpful: false, comment: 'Grästorp: stängt.' });
  const serverPost = record({ page: '/skola', url: `${VARA}/skola`, comment: 'Utan Origin.' });

  before(async () => {
    receiver = await startTestReceiver({
      sites: [
        { origin: VARA, token: VARA_TOKEN, name: 'Vara kommun' },
        { origin: GRASTORP, token: GRASTORP_TOKEN },
      ],
      audit: (entry) => audit.push(entry),
    });
    assert.equal((await post(receiver.url, vara, { origin: VARA })).status, 201);
    assert.equal((await post(receiver.url, grastorp, { origin: GRASTORP })).status, 201);
    assert.equal((await post(receiver.url, serverPost)).status, 201);
  });
  after(() => receiver.close());

  test('each record carries the site it was posted from; without Origin, the first site', () => {
    const site = new Map(rows(receiver.db).map((row) => [row.id, row.site]));
    assert.deepEqual([site.get(vara.id), site.get(grastorp.id), site.get(serverPost.id)], [VARA, GRASTORP, VARA]);
  });

  test('an origin that is no configured site may not post', async () => {
    assert.equal((await post(receiver.url, record(), { origin: 'https://www.example.se' })).status, 403);
  });

  /**
   * @param {string} path
   * @param {string} token
   */
  const read = (path, token) => fetch(`${receiver.url}${path}`, { headers: bearer(token) });

  test('/feedback.json: a site token sees its site only, the admin token all, each with its site', async () => {
    const ids = async (/** @type {string} */ token, query = '') => {
      const res = await read(`/feedback.json${query}`, token);
      assert.equal(res.status, 200);
      return /** @type {any[]} */ (await res.json()).map((r) => `${r.site} ${r.id}`).sort();
    };
    assert.deepEqual(await ids(VARA_TOKEN), [`${VARA} ${vara.id}`, `${VARA} ${serverPost.id}`].sort());
    assert.deepEqual(await ids(GRASTORP_TOKEN), [`${GRASTORP} ${grastorp.id}`]);
    assert.equal((await ids(TOKEN)).length, 3);
    assert.deepEqual(await ids(TOKEN, `?site=${encodeURIComponent(GRASTORP)}`), [`${GRASTORP} ${grastorp.id}`]);
    assert.deepEqual(await ids(VARA_TOKEN, `?site=${encodeURIComponent(VARA)}&page=/kontakt`), [`${VARA} ${vara.id}`]);
  });

  test("every read endpoint refuses a site token another site's records", async () => {
    for (const path of ['/feedback.json?', '/feedback.csv?', '/report?', '/report/page?page=/kontakt&']) {
      const res = await read(`${path}site=${encodeURIComponent(GRASTORP)}`, VARA_TOKEN);
      assert.equal(res.status, 403, path);
      assert.equal(/** @type {any} */ (await res.json()).error.code, 'forbidden_site');
    }
  });

  test('/feedback.csv: a site token gets its site only; the site is the last column', async () => {
    const text = await (await read('/feedback.csv', GRASTORP_TOKEN)).text();
    const lines = text.trim().split('\r\n'); // text() drops the BOM
    assert.equal(lines[0], '"id","page","url","helpful","comment","lang","submittedAt","receivedAt","updatedAt","site"');
    assert.equal(lines.length, 2);
    assert.ok(lines[1].startsWith(`"${grastorp.id}"`) && lines[1].endsWith(`,"${GRASTORP}"`));
    const admin = await (await read('/feedback.csv', TOKEN)).text();
    assert.equal(admin.trim().split('\r\n').length, 4);
  });

  test("/report: a site token sees its site's pages and comments only; the admin chooses the site", async () => {
    const own = await (await read('/report', VARA_TOKEN)).text();
    assert.match(own, /Vara: fel nummer\./);
    assert.match(own, /Utan Origin\./);
    assert.doesNotMatch(own, /Grästorp: stängt|grastorp/);
    const other = await (await read('/report', GRASTORP_TOKEN)).text();
    assert.match(other, /Grästorp: stängt\./);
    assert.doesNotMatch(other, /Vara: fel nummer|Utan Origin/);

    assert.doesNotMatch(own, /<select id="site"/, 'a site token has no other site to choose');
    assert.match(await (await read('/report/page?page=/kontakt', VARA_TOKEN)).text(), /Vara: fel nummer/);
    assert.doesNotMatch(await (await read('/report/page?page=/kontakt', VARA_TOKEN)).text(), /Grästorp/);

    // The admin sees the first site, and chooses another: /kontakt is one row on each.
    const admin = await (await read('/report', TOKEN)).text();
    assert.match(admin, /<h1>[^<]*Vara kommun<\/h1>/);
    assert.match(
      admin,
      /<select id="site" name="site"><option value="https:\/\/www\.vara\.se" selected>Vara kommun<\/option><option value="https:\/\/www\.grastorp\.se">www\.grastorp\.se<\/option><\/select>/,
    );
    assert.equal((admin.match(/>\/kontakt</g) ?? []).length, 1);
    assert.match(admin, /Vara: fel nummer/);
    assert.doesNotMatch(admin, /Grästorp: stängt/);
    const grastorpReport = await (await read(`/report?site=${encodeURIComponent(GRASTORP)}`, TOKEN)).text();
    assert.equal((grastorpReport.match(/>\/kontakt</g) ?? []).length, 1);
    assert.match(grastorpReport, /Grästorp: stängt/);
    assert.doesNotMatch(grastorpReport, /Vara: fel nummer/);
  });

  test("DELETE /feedback/<id>: a site token cannot erase another site's answer, only its own", async () => {
    const gone = record({ comment: 'Radera mig, jag skrev mitt namn.' });
    assert.equal((await post(receiver.url, gone, { origin: GRASTORP })).status, 201);
    const erase = (/** @type {string} */ id, /** @type {Record<string, string>} */ headers) =>
      fetch(`${receiver.url}/feedback/${encodeURIComponent(id)}`, { method: 'DELETE', headers });

    const refused = await erase(gone.id, bearer(VARA_TOKEN));
    assert.equal(refused.status, 404, "another site's answer looks like none at all");
    assert.equal(/** @type {any} */ (await refused.json()).error.code, 'not_found');
    assert.equal(rows(receiver.db).filter((r) => r.id === gone.id).length, 1);
    assert.equal((await erase(gone.id, {})).status, 401);
    assert.equal((await erase(gone.id, bearer('wrong-token'))).status, 401);

    const erased = await erase(gone.id, bearer(GRASTORP_TOKEN));
    assert.equal(erased.status, 200);
    assert.deepEqual(await erased.json(), { ok: true, id: gone.id });
    assert.equal(rows(receiver.db).filter((r) => r.id === gone.id).length, 0);
    assert.equal((await erase(gone.id, bearer(GRASTORP_TOKEN))).status, 404);

    // The admin erases any site's answer.
    const another = record();
    await post(receiver.url, another, { origin: VARA });
    assert.equal((await erase(another.id, bearer(TOKEN))).status, 200);

    const entries = audit.filter((entry) => entry.event === 'erase');
    for (const entry of entries) assert.ok(Math.abs(Date.parse(entry.at) - Date.now()) < 60_000, 'when');
    assert.deepEqual(
      entries.map((entry) => ({ ...entry, at: undefined })),
      [
        { event: 'erase', at: undefined, id: gone.id, site: GRASTORP, page: gone.page, by: { role: 'site', site: GRASTORP, name: 'www.grastorp.se' } },
        { event: 'erase', at: undefined, id: another.id, site: VARA, page: another.page, by: { role: 'admin' } },
      ],
    );
    const logged = JSON.stringify(entries);
    assert.ok(!logged.includes('Radera mig'), 'the comment is never logged');
    for (const token of [TOKEN, VARA_TOKEN, GRASTORP_TOKEN]) assert.ok(!logged.includes(token), 'no token is logged');
  });

  test('read filters are checked: a bad site or time answers 400', async () => {
    for (const query of ['?site=vara.se', '?from=yesterday', '?to=2026-13-01']) {
      const res = await read(`/feedback.json${query}`, TOKEN);
      assert.equal(res.status, 400, query);
      assert.equal(/** @type {any} */ (await res.json()).error.code, 'invalid_query');
    }
    const res = await read('/feedback.json?from=2020-01-01&to=2020-01-02', TOKEN);
    assert.deepEqual(await res.json(), []);
  });
});

test("tokens must be distinct: a site token equal to another's or to the admin token is refused", () => {
  assert.throws(() => createReceiver({ token: TOKEN, db: ':memory:', sites: [{ origin: VARA, token: TOKEN }] }), /admin token/);
  assert.throws(
    () =>
      createReceiver({
        token: TOKEN,
        db: ':memory:',
        sites: [
          { origin: VARA, token: VARA_TOKEN },
          { origin: GRASTORP, token: VARA_TOKEN },
        ],
      }),
    /another site's/,
  );
  assert.throws(() => createReceiver({ token: TOKEN, db: ':memory:', sites: [{ origin: VARA }], origins: [`${VARA}/`] }), /twice/);
});

describe('configuring sites', () => {
  test('--site origin=token, repeatable, with --origin for sites without a token', () => {
    const options = parseOptions(['--site', `${VARA}=${VARA_TOKEN}`, '--site', GRASTORP, '--origin', 'https://test.vara.se'], {});
    assert.deepEqual(options.sites, [{ origin: VARA, token: VARA_TOKEN }, { origin: GRASTORP }]);
    assert.deepEqual(options.origins, ['https://test.vara.se']);
  });

  test('a small JSON file: sites, admin token and retention', async (t) => {
    const { dir, remove } = await tempDir();
    t.after(remove);
    const file = join(dir, 'sites.json');
    await writeFile(
      file,
      JSON.stringify({
        token: 'admin-from-file-0123456789',
        sites: [{ origin: VARA, token: VARA_TOKEN, name: 'Vara kommun' }],
        retainComments: '365d',
        retainRecords: '3y',
      }),
    );
    const options = parseOptions(['--config', file, '--site', `${GRASTORP}=${GRASTORP_TOKEN}`, '--retain-records', '5y'], {});
    assert.deepEqual(options.sites, [
      { origin: VARA, token: VARA_TOKEN, name: 'Vara kommun' },
      { origin: GRASTORP, token: GRASTORP_TOKEN },
    ]);
    assert.equal(options.token, 'admin-from-file-0123456789');
    assert.deepEqual(options.retention, { comments: '365d', records: '5y' }, 'an option wins over the file');
    assert.equal(parseOptions(['--config', file, '--token', 'given'], {}).token, 'given');

    const run = spawnBin(['--port', '0', '--db', join(dir, 'f.sqlite'), '--config', file]);
    t.after(() => run.child.kill('SIGKILL'));
    const url = await run.listening;
    assert.match(run.output().stdout, /accepting posts from: https:\/\/www\.vara\.se\n/);
    assert.equal((await post(url, record(), { origin: VARA })).status, 201);
    assert.equal((await fetch(`${url}/feedback.json`, { headers: bearer(VARA_TOKEN) })).status, 200);
    run.child.kill('SIGTERM');
    assert.equal(await run.exited, 0);
  });

  test('bad site configuration exits 2 with a message', async (t) => {
    const { dir, remove } = await tempDir();
    t.after(remove);
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ sites: [{ origin: VARA, tokn: 'typo' }] }));
    const unknownKey = join(dir, 'unknown.json');
    await writeFile(unknownKey, JSON.stringify({ site: [] }));
    for (const args of [
      ['--site', 'www.vara.se=x'],
      ['--site', VARA, '--origin', VARA],
      ['--config', bad],
      ['--config', unknownKey],
      ['--config', join(dir, 'missing.json')],
      ['--retain-comments', '1 year'],
      ['--retain-records', '0d'],
    ]) {
      const run = spawnBin(args);
      assert.equal(await run.exited, 2, args.join(' '));
      assert.match(run.output().stderr, /--help/);
    }
  });
});

test('an SQLite database from before sites: its answers belong to the default site', async (t) => {
  const { dir, remove } = await tempDir();
  t.after(remove);
  const file = join(dir, 'old.sqlite');
  const old = new Database(file);
  old.exec(`CREATE TABLE feedback (id TEXT PRIMARY KEY, page TEXT NOT NULL, url TEXT NOT NULL,
    helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)), comment TEXT, lang TEXT NOT NULL,
    submitted_at TEXT NOT NULL, received_at TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;
    CREATE INDEX feedback_page ON feedback (page, submitted_at);
    INSERT INTO feedback VALUES ('before-sites-1', '/mal', 'https://www.vara.se/mal', 0, 'Gammal.', 'sv',
      '2026-01-01T10:00:00.000Z', '2026-01-01T10:00:01.000Z', '2026-01-01T10:00:01.000Z');`);
  old.close();
  const store = await openStore(file, { defaultSite: VARA });
  t.after(() => store.close());
  const [row] = await store.records();
  assert.deepEqual([row.id, row.site, row.comment], ['before-sites-1', VARA, 'Gammal.']);
  assert.equal(await store.save({ ...row, comment: null, submittedAt: '2026-01-02T10:00:00.000Z' }, GRASTORP), 'updated');
  assert.equal((await store.pages({ site: VARA }))[0].answers, 1);
});
