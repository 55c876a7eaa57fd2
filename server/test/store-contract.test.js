// @ts-check
// One contract, two stores: every test here runs against SQLite and against a real PostgreSQL
// server (a throwaway cluster, see postgres.js). Each test gets a new empty database, opened
// twice where it matters, as two receiver processes would.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore } from '../store.js';
import { record, tempDir } from './helpers.js';
import { postgresSkipReason, usePostgres } from './postgres.js';

/** @typedef {import('../store.js').FeedbackStore} FeedbackStore */

const VARA = 'https://www.vara.se';
const GRASTORP = 'https://www.grastorp.se';

/**
 * A validated record, as the receiver hands it to the store.
 * @param {Record<string, unknown>} [overrides]
 * @returns {import('../store.js').FeedbackRecord}
 */
const stored = (overrides = {}) => ({ comment: null, ...record({ submittedAt: '2026-05-04T10:00:00.000Z', ...overrides }) });

/**
 * @param {string} name
 * @param {() => Promise<string>} newDatabase a new empty database: what --db takes
 * @param {string | false} [skip]
 */
function storeContract(name, newDatabase, skip = false) {
  describe(`store contract: ${name}`, { skip }, () => {
    /** @type {FeedbackStore[]} */
    const open = [];
    after(() => Promise.all(open.map((store) => store.close())));
    /** Connections to one new database; more than one act as separate receivers would. */
    async function fresh(connections = 1) {
      const db = await newDatabase();
      const stores = [];
      for (let i = 0; i < connections; i++) stores.push(await openStore(db, { defaultSite: VARA }));
      open.push(...stores);
      return stores;
    }

    test("saves a record with its site and the receiver's times; the same id again updates it", async () => {
      const [store] = await fresh();
      const sent = stored({ comment: 'Saknar årtal.', lang: 'sv-SE' });
      const now = new Date('2026-05-04T10:00:01.000Z');
      assert.equal(await store.save(sent, VARA, now), 'created');
      assert.equal(await store.save(sent, VARA, new Date('2026-05-04T10:00:02.000Z')), 'updated');
      assert.deepEqual(await store.records(), [
        {
          ...sent,
          site: VARA,
          receivedAt: now.toISOString(),
          updatedAt: '2026-05-04T10:00:02.000Z',
        },
      ]);
    });

    test('upsert: a later comment updates the vote; a late older retry changes nothing; site, page, url and lang stay', async () => {
      const [store] = await fresh();
      const vote = stored({ helpful: false, submittedAt: '2026-05-04T10:00:00.000Z' });
      await store.save(vote, VARA);
      await store.save({ ...vote, comment: 'Fel telefonnummer.', submittedAt: '2026-05-04T10:00:20.000Z' }, VARA);
      // The vote's own retry, late from the browser's queue: no comment, older time.
      assert.equal(await store.save(vote, VARA), 'updated');
      // A newer post without comment keeps the comment; a changed page, url, lang or site is ignored.
      await store.save(
        {
          ...vote,
          helpful: true,
          page: '/annan',
          url: 'https://www.vara.se/annan',
          lang: 'en',
          submittedAt: '2026-05-04T10:01:00.000Z',
        },
        GRASTORP,
      );
      const [row] = await store.records();
      assert.equal(row.comment, 'Fel telefonnummer.');
      assert.equal(row.helpful, true);
      assert.equal(row.submittedAt, '2026-05-04T10:01:00.000Z');
      assert.deepEqual([row.site, row.page, row.url, row.lang], [VARA, vote.page, vote.url, vote.lang]);
      // An older post with a comment does not overwrite either.
      await store.save({ ...vote, helpful: false, comment: 'Äldre.', submittedAt: '2026-05-04T09:00:00.000Z' }, VARA);
      const [again] = await store.records();
      assert.deepEqual([again.helpful, again.comment], [true, 'Fel telefonnummer.']);
    });

    test('concurrency: one id saved 60 times at once through two connections is one row, created once', async () => {
      const [one, two] = await fresh(2);
      const sent = stored();
      const outcomes = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? one : two).save(sent, VARA)));
      assert.equal(outcomes.filter((o) => o === 'created').length, 1);
      assert.equal(outcomes.filter((o) => o === 'updated').length, 59);
      assert.equal((await one.records()).length, 1);
      assert.equal((await two.records()).length, 1);
    });

    test('idempotency: what one connection stored, the other sees and updates', async () => {
      const [one, two] = await fresh(2);
      const sent = stored();
      assert.equal(await one.save(sent, VARA), 'created');
      assert.equal(await two.save({ ...sent, comment: 'Från den andra.', submittedAt: '2026-05-04T10:00:05.000Z' }, VARA), 'updated');
      assert.equal((await one.records())[0].comment, 'Från den andra.');
    });

    test('read filters: site, page and time range, on records, page stats and comments', async () => {
      const [store] = await fresh();
      const answers = [
        stored({ page: '/kontakt', helpful: false, comment: 'Vara 1', submittedAt: '2026-04-30T23:59:59.999Z' }),
        stored({ page: '/kontakt', helpful: true, submittedAt: '2026-05-01T00:00:00.000Z' }),
        stored({ page: '/skola', helpful: true, comment: 'Vara 2', submittedAt: '2026-05-10T12:00:00.000Z' }),
      ];
      for (const answer of answers) await store.save(answer, VARA);
      const other = stored({
        page: '/kontakt',
        url: 'https://www.grastorp.se/kontakt',
        helpful: false,
        comment: 'Grästorp',
        submittedAt: '2026-05-02T08:00:00.000Z',
      });
      await store.save(other, GRASTORP);

      const ids = async (/** @type {import('../store.js').RecordFilter} */ filter) => (await store.records(filter)).map((r) => r.id);
      assert.deepEqual(await ids({}), [answers[0].id, answers[1].id, other.id, answers[2].id]);
      assert.deepEqual(await ids({ site: GRASTORP }), [other.id]);
      assert.deepEqual(await ids({ site: VARA, page: '/kontakt' }), [answers[0].id, answers[1].id]);
      // from inclusive, to exclusive
      assert.deepEqual(await ids({ from: '2026-05-01T00:00:00.000Z', to: '2026-05-10T12:00:00.000Z' }), [answers[1].id, other.id]);
      assert.deepEqual(await ids({ site: 'https://elsewhere.example' }), []);

      // /kontakt on two sites is two rows.
      const pages = (await store.pages()).sort((a, b) => `${a.site}${a.page}`.localeCompare(`${b.site}${b.page}`));
      assert.deepEqual(
        pages.map((p) => [p.site, p.page, p.answers, p.yes, p.no]),
        [
          [GRASTORP, '/kontakt', 1, 0, 1],
          [VARA, '/kontakt', 2, 1, 1],
          [VARA, '/skola', 1, 1, 0],
        ],
      );
      const vara = (await store.pages({ site: VARA, page: '/kontakt' }))[0];
      assert.deepEqual([vara.latest, vara.url], ['2026-05-01T00:00:00.000Z', answers[1].url]);
      assert.deepEqual((await store.pages({ from: '2026-05-01T00:00:00.000Z', site: VARA })).map((p) => p.answers).sort(), [1, 1]);

      const comments = await store.latestComments(5);
      assert.deepEqual(
        comments.map((c) => [c.site, c.page, c.comment, c.helpful]),
        [
          [GRASTORP, '/kontakt', 'Grästorp', false],
          [VARA, '/kontakt', 'Vara 1', false],
          [VARA, '/skola', 'Vara 2', true],
        ],
      );
      assert.deepEqual(
        (await store.latestComments(5, { site: VARA, from: '2026-05-01T00:00:00.000Z' })).map((c) => c.comment),
        ['Vara 2'],
      );
    });

    test('saves at once (committed together): each answered for itself, one that fails fails alone', async () => {
      const [store] = await fresh();
      const answers = Array.from({ length: 40 }, (_, i) => stored({ comment: `Svar ${i}` }));
      const again = { ...answers[3], comment: 'Ändrad.', submittedAt: '2026-05-04T11:00:00.000Z' };
      const bad = /** @type {any} */ ({ ...stored(), lang: null });
      const results = await Promise.allSettled([...answers.map((a) => store.save(a, VARA)), store.save(again, VARA), store.save(bad, VARA)]);
      const outcomes = results.map((r) => r.status === 'fulfilled' && r.value);
      assert.deepEqual(
        outcomes.filter((_, i) => i !== 3 && i < 40),
        answers.slice(1).map(() => 'created'),
      );
      // answers[3] and its newer version race on a pool of connections (PostgreSQL): whichever
      // lands first creates the row, the other updates it; the newer text wins either way (below).
      assert.deepEqual([outcomes[3], outcomes[40]].sort(), ['created', 'updated']);
      assert.equal(results[41].status, 'rejected');
      const rows = await store.records();
      assert.equal(rows.length, 40);
      assert.equal(rows.find((r) => r.id === answers[3].id)?.comment, 'Ändrad.');
    });

    test('record batches: every record once, in order, in batches of the size asked, with the filters', async () => {
      const [store] = await fresh();
      const saved = [];
      // Ties in submittedAt are ordered by id, across batch boundaries too.
      for (let i = 0; i < 23; i++) {
        const answer = stored({ page: i % 2 ? '/a' : '/b', submittedAt: `2026-05-${String(1 + Math.floor(i / 4)).padStart(2, '0')}T10:00:00.000Z` });
        saved.push(answer);
        await store.save(answer, i === 22 ? GRASTORP : VARA);
      }
      const expected = (await store.records()).map((r) => r.id);
      const batches = [];
      for await (const batch of store.recordBatches({}, 5)) batches.push(batch.map((r) => r.id));
      assert.deepEqual(
        batches.map((b) => b.length),
        [5, 5, 5, 5, 3],
      );
      assert.deepEqual(batches.flat(), expected);
      const [first] = await (async () => {
        for await (const batch of store.recordBatches({ site: GRASTORP })) return batch;
        return [];
      })();
      assert.deepEqual(first, (await store.records({ site: GRASTORP }))[0]);
      const filtered = [];
      for await (const batch of store.recordBatches({ site: VARA, page: '/a', from: '2026-05-02T00:00:00.000Z', to: '2026-05-05T00:00:00.000Z' }, 2))
        filtered.push(...batch);
      assert.deepEqual(
        filtered.map((r) => r.id),
        (await store.records({ site: VARA, page: '/a', from: '2026-05-02T00:00:00.000Z', to: '2026-05-05T00:00:00.000Z' })).map((r) => r.id),
      );
      assert.equal(filtered.length, 6);
    });

    test("comments: one page at a time, newest first, searchable; days: a page's answers per day", async () => {
      const [store] = await fresh();
      for (let i = 0; i < 7; i++) {
        const comment = ['Öppettider saknas', 'Fel NUMMER', '100% fel_svar'][i % 3];
        await store.save(stored({ page: '/a', helpful: i % 2 === 0, comment: `${comment} ${i}`, submittedAt: `2026-05-0${i + 1}T10:00:00.000Z` }), VARA);
      }
      await store.save(stored({ page: '/a', comment: null, submittedAt: '2026-05-01T11:00:00.000Z' }), VARA);
      await store.save(stored({ page: '/a', comment: 'Annan sajt nummer' }), GRASTORP);
      const page = { site: VARA, page: '/a' };
      const first = await store.comments(page, { limit: 3, offset: 0 });
      assert.equal(first.total, 7);
      assert.deepEqual(
        first.comments.map((c) => c.comment),
        ['Öppettider saknas 6', '100% fel_svar 5', 'Fel NUMMER 4'],
      );
      assert.match(first.comments[0].id, /\w{8}/);
      assert.deepEqual(
        (await store.comments(page, { limit: 3, offset: 6 })).comments.map((c) => c.comment),
        ['Öppettider saknas 0'],
      );
      const search = async (/** @type {string} */ text) =>
        (await store.comments({ ...page, search: text }, { limit: 10, offset: 0 })).comments.map((c) => c.comment);
      assert.deepEqual(await search('nummer'), ['Fel NUMMER 4', 'Fel NUMMER 1'], 'case-insensitive, this site only');
      assert.deepEqual(await search('%'), ['100% fel_svar 5', '100% fel_svar 2'], 'wildcards are taken literally');
      assert.deepEqual(await search('l%s'), []);
      assert.deepEqual(await search('_'), ['100% fel_svar 5', '100% fel_svar 2']);
      assert.equal((await store.comments({ ...page, search: 'saknas' }, { limit: 1, offset: 0 })).total, 3);

      assert.deepEqual(
        (await store.days({ ...page, to: '2026-05-03T00:00:00.000Z' })).map((d) => [d.day, Number(d.yes), Number(d.no)]),
        [
          ['2026-05-01', 2, 0],
          ['2026-05-02', 0, 1],
        ],
      );
    });

    test('latest comments: newest first, at most perPage per site and page', async () => {
      const [store] = await fresh();
      for (let i = 1; i <= 4; i++) await store.save(stored({ page: '/a', comment: `K${i}`, submittedAt: `2026-05-0${i}T10:00:00.000Z` }), VARA);
      await store.save(stored({ page: '/a', comment: null }), VARA);
      const comments = await store.latestComments(2);
      assert.deepEqual(
        comments.map((c) => [c.comment, c.submittedAt]),
        [
          ['K4', '2026-05-04T10:00:00.000Z'],
          ['K3', '2026-05-03T10:00:00.000Z'],
        ],
      );
    });

    test('erasure: one answer by id, only within its site when a site is given', async () => {
      const [store] = await fresh();
      const mine = stored({ comment: 'Ta bort mig.' });
      const kept = stored();
      await store.save(mine, VARA);
      await store.save(kept, VARA);
      assert.equal(await store.erase(mine.id, GRASTORP), undefined, 'another site cannot erase it');
      assert.equal((await store.records()).length, 2);
      assert.deepEqual(await store.erase(mine.id, VARA), { id: mine.id, site: VARA, page: mine.page });
      assert.equal(await store.erase(mine.id), undefined, 'gone already');
      assert.deepEqual(
        (await store.records()).map((r) => r.id),
        [kept.id],
      );
      assert.deepEqual(await store.erase(kept.id), { id: kept.id, site: VARA, page: kept.page });
      assert.deepEqual(await store.records(), []);
    });

    test('retention: comments and records received before the cutoffs go; nothing younger is touched', async () => {
      const [store] = await fresh();
      const at = (/** @type {string} */ day) => new Date(`${day}T12:00:00.000Z`);
      const old = stored({ comment: 'Gammal.' });
      const middle = stored({ comment: 'Mellan.' });
      const young = stored({ comment: 'Ny.' });
      const edge = stored({ comment: 'Precis på gränsen.' });
      await store.save(old, VARA, at('2023-01-01'));
      await store.save(middle, GRASTORP, at('2025-06-01'));
      await store.save(young, VARA, at('2026-04-01'));
      await store.save(edge, VARA, at('2025-12-01'));

      assert.deepEqual(await store.purge({}), { comments: 0, records: 0 });
      const removed = await store.purge({ comments: at('2025-12-01'), records: at('2024-01-01') });
      assert.deepEqual(removed, { comments: 1, records: 1 });
      const byId = new Map((await store.records()).map((r) => [r.id, r]));
      assert.equal(byId.has(old.id), false, 'the record older than its period is gone');
      assert.equal(byId.get(middle.id)?.comment, null, 'an older comment is gone, its vote kept');
      assert.equal(byId.get(middle.id)?.helpful, middle.helpful);
      assert.equal(byId.get(edge.id)?.comment, 'Precis på gränsen.', 'received exactly at the cutoff: kept');
      assert.equal(byId.get(young.id)?.comment, 'Ny.');
      assert.deepEqual(await store.purge({ comments: at('2025-12-01'), records: at('2024-01-01') }), { comments: 0, records: 0 });
    });
  });
}

const sqlite = await tempDir();
after(sqlite.remove);
let files = 0;
storeContract('SQLite', async () => join(sqlite.dir, `feedback-${++files}.sqlite`));

describe('PostgreSQL', { skip: postgresSkipReason() }, () => {
  const postgres = usePostgres();
  storeContract('PostgreSQL', () => postgres.cluster.database());
});
