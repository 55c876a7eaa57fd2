// @ts-check
// Retention and erasure: periods, the automatic purge at start, the purge and erase commands,
// and their log lines, which never hold a comment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { before, parsePeriod } from '../retention.js';
import { openStore } from '../store.js';
import { record, rows, spawnBin, startTestReceiver, tempDir } from './helpers.js';

const SITE = 'http://localhost';
const DAY = 24 * 60 * 60 * 1000;

test('periods: days, weeks, calendar months and years', () => {
  const now = new Date('2026-03-31T10:00:00.000Z');
  assert.deepEqual(parsePeriod('365d'), { count: 365, unit: 'd' });
  assert.equal(before('30d', now).toISOString(), '2026-03-01T10:00:00.000Z');
  assert.equal(before('2w', now).toISOString(), '2026-03-17T10:00:00.000Z');
  assert.equal(before('3y', now).toISOString(), '2023-03-31T10:00:00.000Z');
  // 31 March less one month is the end of February, never a day in March.
  assert.equal(before('1m', now).toISOString(), '2026-02-28T10:00:00.000Z');
  assert.equal(before('1y', new Date('2028-02-29T00:00:00.000Z')).toISOString(), '2027-02-28T00:00:00.000Z');
  for (const bad of ['0d', '1 year', '5', 'd', '-3d', '1.5y', '3h']) assert.throws(() => parsePeriod(bad), /Not a period/, bad);
});

/**
 * A database with answers received at the given ages (days ago).
 * @param {string} file
 * @param {number[]} ages
 */
async function seed(file, ages) {
  const store = await openStore(file, { defaultSite: SITE });
  const sent = [];
  for (const age of ages) {
    const answer = { comment: `Kommentar ${age} dagar gammal.`, ...record() };
    await store.save(answer, SITE, new Date(Date.now() - age * DAY));
    sent.push({ ...answer, age });
  }
  await store.close();
  return sent;
}

test('the receiver applies its retention at start: older answers and comments go, younger stay', async (t) => {
  const { dir, remove } = await tempDir();
  t.after(remove);
  const db = join(dir, 'feedback.sqlite');
  const [old, commentOld, young] = await seed(db, [40, 10, 1]);
  /** @type {Record<string, any>[]} */
  const audit = [];
  const receiver = await startTestReceiver({ db, retention: { comments: '7d', records: '30d' }, audit: (entry) => audit.push(entry) });
  t.after(() => receiver.close());
  while (audit.length === 0) await delay(5);
  const byId = new Map(rows(db).map((row) => [row.id, row]));
  assert.equal(byId.has(old.id), false);
  assert.equal(byId.get(commentOld.id)?.comment, null);
  assert.equal(byId.get(young.id)?.comment, young.comment);
  assert.deepEqual(
    { ...audit[0], at: undefined, commentsReceivedBefore: undefined, recordsReceivedBefore: undefined },
    {
      event: 'purge',
      at: undefined,
      by: { role: 'retention' },
      commentsReceivedBefore: undefined,
      recordsReceivedBefore: undefined,
      commentsRemoved: 1,
      recordsRemoved: 1,
    },
  );
});

test('the daily retention timer does not keep the process alive', async () => {
  const { dir, remove } = await tempDir();
  try {
    const receiver = new URL('../receiver.js', import.meta.url).href;
    const script = `const { createReceiver } = await import(${JSON.stringify(receiver)});
      const r = createReceiver({ token: 'x', db: ${JSON.stringify(join(dir, 'f.sqlite'))}, retention: { records: '1y' }, audit() {} });
      await r.ready;`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const result = await Promise.race([exited, delay(10_000, 'still running')]);
    child.kill('SIGKILL');
    assert.equal(result, 0);
  } finally {
    await remove();
  }
});

test('kommun-elements-feedback purge: removes what is older than the periods, logs one line without comments', async (t) => {
  const { dir, remove } = await tempDir();
  t.after(remove);
  const db = join(dir, 'feedback.sqlite');
  const sent = await seed(db, [800, 400, 200, 5]);
  const run = spawnBin(['purge', '--db', db, '--retain-comments', '180d', '--retain-records', '1y']);
  assert.equal(await run.exited, 0);
  const { stdout, stderr } = run.output();
  assert.match(stdout, /Purged: 1 comments removed, 2 answers removed\./);
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1);
  const entry = JSON.parse(lines[0]);
  assert.deepEqual([entry.event, entry.by, entry.commentsRemoved, entry.recordsRemoved], ['purge', { role: 'cli' }, 1, 2]);
  assert.doesNotMatch(stderr, /Kommentar/);

  const byId = new Map(rows(db).map((row) => [row.id, row]));
  assert.deepEqual([...byId.keys()].sort(), [sent[2].id, sent[3].id].sort());
  assert.equal(byId.get(sent[2].id)?.comment, null);
  assert.equal(byId.get(sent[3].id)?.comment, sent[3].comment, 'nothing younger is touched');

  const nothing = spawnBin(['purge', '--db', db]);
  assert.equal(await nothing.exited, 2, 'purge without a period says what it needs');
  assert.match(nothing.output().stderr, /--retain-comments or --retain-records/);
});

test('kommun-elements-feedback erase <id>: deletes that answer only, logs without the comment', async (t) => {
  const { dir, remove } = await tempDir();
  t.after(remove);
  const db = join(dir, 'feedback.sqlite');
  const [gone, kept] = await seed(db, [3, 2]);
  const run = spawnBin(['erase', gone.id, '--db', db]);
  assert.equal(await run.exited, 0);
  const { stdout, stderr } = run.output();
  assert.match(stdout, new RegExp(`Erased ${gone.id}`));
  const entry = JSON.parse(stderr.trim());
  assert.deepEqual(
    { ...entry, at: undefined },
    {
      service: 'kommun-elements-feedback',
      event: 'erase',
      at: undefined,
      id: gone.id,
      site: SITE,
      page: gone.page,
      by: { role: 'cli' },
    },
  );
  assert.doesNotMatch(stderr, /Kommentar/);
  assert.deepEqual(
    rows(db).map((row) => row.id),
    [kept.id],
  );

  const again = spawnBin(['erase', gone.id, '--db', db]);
  assert.equal(await again.exited, 1);
  assert.match(again.output().stderr, /no answer with id/);
  const noId = spawnBin(['erase', '--db', db]);
  assert.equal(await noId.exited, 2);
  const mistyped = spawnBin(['erase', gone.id, '--db', join(dir, 'feedbak.sqlite')]);
  assert.equal(await mistyped.exited, 1);
  assert.match(mistyped.output().stderr, /no database at/);
});

test('an erased comment is not left in the database files', async (t) => {
  const { dir, remove } = await tempDir();
  t.after(remove);
  const db = join(dir, 'feedback.sqlite');
  const secret = 'Jag heter Anna Andersson och bor på Storgatan 1.';
  const store = await openStore(db, { defaultSite: SITE });
  const answer = { ...record(), comment: secret };
  await store.save(answer, SITE);
  await store.save({ ...record(), comment: null }, SITE);
  await store.erase(answer.id);
  // While the receiver runs, too: not in the file, not in the write-ahead log.
  t.after(() => store.close());
  const files = await readdir(dir);
  assert.ok(files.includes('feedback.sqlite-wal'));
  for (const file of files) {
    assert.equal((await readFile(join(dir, file))).includes(secret), false, `the comment is still in ${file}`);
  }
});
