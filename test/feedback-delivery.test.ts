/**
 * Delivery of feedback records against the REAL receiver (server/receiver.js with SQLite),
 * started by the test run (test/receiver-plugin.js) behind a proxy that can answer 503, cut
 * the network, and report what it saw. No fetch is mocked: in every test the database must end
 * with exactly the records sent, once each.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  FeedbackDelivery,
  QUEUE_LIMITS,
  classifyStatus,
  deliveryFor,
  flushQueuedFeedback,
  parseRetryAfter,
  queuedEndpoints,
  removeEntry,
  resetDeliveries,
  retryDelay,
  upsertEntry,
} from '../src/lib/feedback/delivery.js';
import type { DroppedDetail, QueueEntry } from '../src/lib/feedback/delivery.js';
import { createRecord, withComment } from '../src/lib/feedback/record.js';
import type { FeedbackRecord } from '../src/lib/feedback/record.js';
import { forgetVotes } from '../src/page-feedback/session.js';
import type { KommunErrorDetail } from '../src/lib/data-error.js';
import '../src/page-feedback/page-feedback.js';
import type { PageFeedback } from '../src/page-feedback/page-feedback.js';
import { captureWarnings, shadow, until } from './helpers.js';
import { receiver } from './receiver.js';
import type { Post, Row } from './receiver.js';

/** Polls the database until `condition` holds; returns the rows. */
async function rowsWhen(condition: (rows: Row[]) => boolean, message: string, timeout = 8000): Promise<Row[]> {
  const start = performance.now();
  for (;;) {
    const rows = await receiver.rows();
    if (condition(rows)) return rows;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting: ${message} (rows: ${JSON.stringify(rows)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The database holds exactly these records (by id, answer and comment), once each. */
function expectExactly(rows: Row[], records: FeedbackRecord[]): void {
  const summary = (list: { id: string; page: string; helpful: boolean; comment?: string | null; lang: string }[]) =>
    list.map(({ id, page, helpful, comment, lang }) => ({ id, page, helpful, comment: comment ?? null, lang })).sort((a, b) => a.id.localeCompare(b.id));
  expect(summary(rows)).to.deep.equal(summary(records));
  expect(new Set(rows.map((row) => row.id)).size, 'each id once').to.equal(rows.length);
}

/** The queue entries of `endpoint` in localStorage (one key per record). */
function queuedEntries(endpoint: string): QueueEntry[] {
  const prefix = `kommun-elements:feedback-queue:${endpoint} `;
  return Object.keys(localStorage)
    .filter((key) => key.startsWith(prefix))
    .map((key) => JSON.parse(localStorage.getItem(key)!) as QueueEntry);
}

let serial = 0;
const vote = (helpful = true, page = `/test/delivery-${++serial}`) => createRecord({ page, url: `${location.origin}${page}`, helpful, lang: 'sv' });

describe('feedback delivery: pure parts', () => {
  it('classifies answers: 2xx delivered; 408, 429, 5xx queued; other 4xx dropped', () => {
    const table: [number, string][] = [
      [200, 'delivered'],
      [201, 'delivered'],
      [204, 'delivered'],
      [408, 'queued'],
      [429, 'queued'],
      [500, 'queued'],
      [502, 'queued'],
      [503, 'queued'],
      [504, 'queued'],
      [400, 'dropped'],
      [401, 'dropped'],
      [403, 'dropped'],
      [404, 'dropped'],
      [413, 'dropped'],
      [415, 'dropped'],
    ];
    for (const [status, outcome] of table) expect(classifyStatus(status), String(status)).to.equal(outcome);
  });

  it('waits exponentially longer, with jitter between half and all of each step, capped', () => {
    const options = { baseDelayMs: 1000, maxDelayMs: 60_000 };
    const low = (attempt: number) => retryDelay(attempt, () => 0, options);
    const high = (attempt: number) => retryDelay(attempt, () => 1, options);
    expect([1, 2, 3, 4].map(low)).to.deep.equal([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map(high)).to.deep.equal([1000, 2000, 4000, 8000]);
    expect(high(10)).to.equal(60_000);
    expect(low(10)).to.equal(30_000);
    expect(high(1000)).to.equal(60_000); // no overflow
    for (let i = 0; i < 50; i++) expect(retryDelay(3, Math.random, options)).to.be.within(2000, 4000);
  });

  it('reads Retry-After in seconds or as a date', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    expect(parseRetryAfter('30', now)).to.equal(30_000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 12:01:00 GMT', now)).to.equal(60_000);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
  });

  it('keeps one queue entry per id: the comment update replaces the vote, never the other way round', () => {
    const first = vote(false);
    const update = withComment(first, 'Saknar kontaktuppgifter.', Date.parse(first.submittedAt) + 5000);
    let entries: QueueEntry[] = upsertEntry([], first, 1);
    entries = upsertEntry(entries, update, 2);
    expect(entries.map((entry) => entry.record)).to.deep.equal([update]);
    expect(entries[0]!.queuedAt).to.equal(1);
    entries = upsertEntry(entries, first, 3); // a late retry of the vote
    expect(entries.map((entry) => entry.record)).to.deep.equal([update]);
    // The vote's answer does not take out the newer comment update.
    expect(removeEntry(entries, first)).to.deep.equal(entries);
    expect(removeEntry(entries, update)).to.deep.equal([]);
  });

  it(`holds at most ${QUEUE_LIMITS.entries} entries, dropping the oldest`, () => {
    let entries: QueueEntry[] = [];
    const records = Array.from({ length: QUEUE_LIMITS.entries + 5 }, () => vote());
    for (const record of records) entries = upsertEntry(entries, record, 0);
    expect(entries).to.have.length(QUEUE_LIMITS.entries);
    expect(entries[0]!.record).to.equal(records[5]);
  });
});

describe('feedback delivery against the real receiver', function () {
  this.timeout(20_000);
  let endpoint: string;
  let warnings: ReturnType<typeof captureWarnings>;
  const made: FeedbackDelivery[] = [];
  const delivery = (options: ConstructorParameters<typeof FeedbackDelivery>[1] = {}) => {
    const instance = new FeedbackDelivery(endpoint, { baseDelayMs: 40, maxDelayMs: 400, ...options });
    made.push(instance);
    return instance;
  };

  beforeEach(async () => {
    ({ endpoint } = await receiver.reset());
    localStorage.clear();
    resetDeliveries();
    forgetVotes();
    warnings = captureWarnings();
  });

  afterEach(async () => {
    warnings.stop();
    for (const instance of made.splice(0)) instance.dispose();
    resetDeliveries();
    await receiver.network(false);
  });

  it('delivers a vote, then the comment updates the same row', async () => {
    const d = delivery();
    const first = vote(false);
    expect(await d.send(first)).to.deep.include({ outcome: 'delivered', status: 201 });
    const update = withComment(first, 'Ring 070-123 45 67, det saknas öppettider.');
    expect(await d.send(update)).to.deep.include({ outcome: 'delivered', status: 200 });
    const rows = await receiver.rows();
    expectExactly(rows, [update]);
    expect(rows[0]!.comment).to.equal('Ring [telefon], det saknas öppettider.');
    expect(d.pending()).to.deep.equal([]);
    expect(localStorage.length, 'nothing left in storage').to.equal(0);
  });

  it('a server that answers 503 twice, then accepts: retried with backoff, stored once', async () => {
    await receiver.fail(503, 2);
    const d = delivery();
    const record = vote();
    expect(await d.send(record)).to.deep.include({ outcome: 'queued', status: 503 });
    expect(d.pending()).to.deep.equal([record]);
    const rows = await rowsWhen((r) => r.length > 0, 'the retries get through');
    expectExactly(rows, [record]);
    expect((await receiver.posts()).map((post) => post.status)).to.deep.equal([503, 503, 201]);
    await until(() => d.pending().length === 0, 'the queue empties once the answer is read');
  });

  // (408 is left to the pure table: Chromium itself retries a request that gets 408.)
  for (const status of [429, 500, 502]) {
    it(`retries after ${status} too`, async () => {
      await receiver.fail(status, 1);
      const d = delivery();
      const record = vote();
      expect(await d.send(record)).to.deep.include({ outcome: 'queued', status });
      expectExactly(await rowsWhen((r) => r.length > 0, 'the retry gets through'), [record]);
      expect((await receiver.posts()).map((post) => post.status)).to.deep.equal([status, 201]);
      await until(() => d.pending().length === 0, 'the queue empties');
    });
  }

  it('the network down, then back: queued in localStorage, delivered on `online`, the comment update replacing the vote', async () => {
    const d = delivery({ baseDelayMs: 60_000, maxDelayMs: 60_000 }); // only `online` may bring it
    await receiver.network(true);
    const first = vote(false);
    expect(await d.send(first)).to.deep.include({ outcome: 'queued', reason: 'network' });
    const update = withComment(first, 'Svårt att hitta.');
    expect(await d.send(update)).to.deep.include({ outcome: 'queued', reason: 'network' });
    expect(d.pending(), 'one entry per id').to.deep.equal([update]);
    expect(queuedEndpoints()).to.deep.equal([endpoint]);
    expect(queuedEntries(endpoint)).to.have.length(1);

    await receiver.network(false);
    window.dispatchEvent(new Event('online'));
    const rows = await rowsWhen((r) => r.length > 0, 'delivered on online');
    expectExactly(rows, [update]);
    expect(rows[0]!.comment).to.equal('Svårt att hitta.');
    expect(await receiver.posts(), 'one POST: the queued vote was replaced').to.have.length(1);
    await until(() => d.pending().length === 0, 'the queue empties once the answer is read');
  });

  it('the network down, then a reload: a fresh delivery sends what the last page queued', async () => {
    const before = delivery({ baseDelayMs: 60_000, maxDelayMs: 60_000 });
    await receiver.network(true);
    const records = [vote(true), vote(false), vote(true)];
    for (const record of records) await before.send(record);
    before.dispose(); // the page is gone
    await receiver.network(false);

    const after = delivery();
    expect(after.pending()).to.deep.equal(records);
    await flushQueuedFeedback(); // what the element's module does on load
    expectExactly(await rowsWhen((r) => r.length === 3, 'all three delivered'), records);
    expect(await receiver.posts()).to.have.length(3);
    expect(after.pending()).to.deep.equal([]);
  });

  it('the network down, then a real reload: a new document loading the element sends the queued vote', async () => {
    await receiver.network(true);
    const el = await fixture<PageFeedback>(html`<page-feedback endpoint=${endpoint} page="/test/reload" comment="never"></page-feedback>`);
    shadow(el).querySelector<HTMLButtonElement>('button.yes')!.click();
    // Queued, and its first attempt failed (the record is written to the queue before it is sent).
    await until(() => queuedEntries(endpoint)[0]?.attempts === 1, 'the first attempt fails');
    expect(deliveryFor(endpoint).pending()).to.have.length(1);
    resetDeliveries(); // this page's delivery stops, as when the visitor leaves
    await receiver.network(false);

    const frame = document.createElement('iframe');
    const module = new URL('/src/page-feedback/page-feedback.ts', location.href).href;
    frame.srcdoc = `<!doctype html><html lang="sv"><title>reload</title><script type="module" src="${module}"></script></html>`;
    document.body.append(frame);
    try {
      const rows = await rowsWhen((r) => r.length > 0, 'the new page sends it');
      expect(rows.map(({ page, helpful }) => ({ page, helpful }))).to.deep.equal([{ page: '/test/reload', helpful: true }]);
      await until(() => localStorage.length === 0, 'the queue is emptied');
      expect(await receiver.posts()).to.have.length(1);
    } finally {
      frame.remove();
    }
  });

  it('a 400 is not retried: dropped, reported, and never sent again', async () => {
    const d = delivery();
    const bad = { ...vote(), page: 'not a path' };
    const dropped = new Promise<CustomEvent<DroppedDetail>>((resolve) =>
      d.addEventListener('dropped', (event) => resolve(event as CustomEvent<DroppedDetail>), { once: true }),
    );
    const result = await d.send(bad);
    expect(result).to.deep.include({ outcome: 'dropped', status: 400 });
    expect((await dropped).detail.error).to.deep.include({ code: 'invalid_field', field: 'page' });
    expect(warnings.messages.some((m) => m.includes('refused the answer'))).to.equal(true);
    window.dispatchEvent(new Event('online'));
    await d.flush({ all: true });
    await sleep(200);
    expect(await receiver.posts()).to.deep.equal([{ id: bad.id, status: 400 }]);
    expect(await receiver.rows()).to.deep.equal([]);
    expect(d.pending()).to.deep.equal([]);
  });

  it('sends the same record once when it is sent twice at the same time', async () => {
    const d = delivery();
    const record = vote();
    const [a, b] = await Promise.all([d.send(record), d.send(record)]);
    expect(a).to.equal(b);
    expectExactly(await receiver.rows(), [record]);
    expect(await receiver.posts()).to.have.length(1);
  });

  it('tolerates storage that throws (private mode, quota): the queue lives in memory for the page', async () => {
    const broken = {
      get length(): number {
        throw new DOMException('blocked', 'SecurityError');
      },
      key: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      clear: () => undefined,
    } as Storage;
    const d = delivery({ storage: broken, baseDelayMs: 60_000, maxDelayMs: 60_000 });
    await receiver.network(true);
    const record = vote();
    expect(await d.send(record)).to.deep.include({ outcome: 'queued' });
    expect(d.pending()).to.deep.equal([record]);
    expect(queuedEndpoints(broken)).to.deep.equal([endpoint]);
    await receiver.network(false);
    window.dispatchEvent(new Event('online'));
    expectExactly(await rowsWhen((r) => r.length > 0, 'delivered from memory'), [record]);
  });

  it('works with no storage at all (null): sends at once', async () => {
    const d = delivery({ storage: null });
    const record = vote();
    expect(await d.send(record)).to.deep.include({ outcome: 'delivered' });
    expectExactly(await receiver.rows(), [record]);
  });

  it('gives up a record that has waited longer than a week, with a warning, and sends the rest', async () => {
    const old = vote();
    const fresh = vote();
    const entry = (record: FeedbackRecord, queuedAt: number): QueueEntry => ({ record, attempts: 40, nextAt: 0, queuedAt });
    localStorage.setItem(
      `kommun-elements:feedback-queue:${endpoint}`,
      JSON.stringify([entry(old, Date.now() - QUEUE_LIMITS.maxAgeMs - 60_000), entry(fresh, Date.now() - 60_000)]),
    );
    const d = delivery();
    await d.flush();
    expectExactly(await receiver.rows(), [fresh]);
    expect(warnings.messages.some((m) => m.includes(`gave up the answer ${old.id}`))).to.equal(true);
    expect(d.pending()).to.deep.equal([]);
  });

  it('reads past a corrupt queue in storage', async () => {
    localStorage.setItem(`kommun-elements:feedback-queue:${endpoint}`, '{not json');
    const d = delivery();
    expect(d.pending()).to.deep.equal([]);
    localStorage.setItem(`kommun-elements:feedback-queue:${endpoint}`, JSON.stringify([{ record: { id: 1 } }, 'x']));
    expect(d.pending()).to.deep.equal([]);
    const record = vote();
    expect(await d.send(record)).to.deep.include({ outcome: 'delivered' });
    expectExactly(await receiver.rows(), [record]);
  });

  it("drops queued entries whose record breaks the receiver's rules, and sends the rest", async () => {
    const kept = vote();
    const extra = { ...vote(), extra: 'not kept' };
    const withText = withComment(vote(false), 'Saknar årtal.');
    const queued = (record: unknown) => ({ record, attempts: 1, nextAt: 0, queuedAt: Date.now() - 1000 });
    localStorage.setItem(
      `kommun-elements:feedback-queue:${endpoint}`,
      JSON.stringify([
        queued(kept),
        queued({ ...vote(), page: 'not a path' }),
        queued({ ...vote(), lang: 'und' }),
        queued({ ...vote(), id: '<script>x</script>' }),
        queued({ ...vote(), helpful: 'yes' }),
        queued({ ...vote(), submittedAt: '2026-02-31T10:00:00Z' }),
        queued(extra),
        { ...queued(vote()), attempts: 'many' },
        queued(withText),
      ]),
    );
    const d = delivery();
    const pending = d.pending();
    expect(pending.map((record) => record.id)).to.deep.equal([kept.id, extra.id, withText.id]);
    expect(pending[1], 'only the known fields are kept').to.not.have.property('extra');
    expect(pending[2]).to.deep.equal(withText);
    await d.flush({ all: true });
    const byId = (a: Post, b: Post) => (a.id ?? '').localeCompare(b.id ?? '');
    const sent = [kept, extra, withText].map(({ id }) => ({ id, status: 201 }));
    expect((await receiver.posts()).sort(byId), 'only the valid ones are sent').to.deep.equal(sent.sort(byId));
    expect(d.pending()).to.deep.equal([]);
  });

  describe('two tabs', () => {
    /**
     * One tab's localStorage as Chromium gives it: reads come from the tab's own copy, which
     * learns of another tab's writes only later (`sync`); writes go to the copy and to the store.
     */
    function tab(store: Map<string, string>): { storage: Storage; sync: () => void } {
      let copy = new Map(store);
      const storage = {
        get length() {
          return copy.size;
        },
        key: (i: number) => [...copy.keys()][i] ?? null,
        getItem: (key: string) => copy.get(key) ?? null,
        setItem: (key: string, value: string) => {
          copy.set(key, value);
          store.set(key, value);
        },
        removeItem: (key: string) => {
          copy.delete(key);
          store.delete(key);
        },
        clear: () => {
          copy.clear();
          store.clear();
        },
      } as Storage;
      return { storage, sync: () => (copy = new Map(store)) };
    }

    it('voting at the same time while the endpoint fails, each with its own copy of storage: every vote arrives once', async () => {
      await receiver.network(true);
      const store = new Map<string, string>();
      const [a, b] = [tab(store), tab(store)];
      const slow = { baseDelayMs: 60_000, maxDelayMs: 60_000, listenOnline: false };
      const [tabA, tabB] = [delivery({ ...slow, storage: a.storage }), delivery({ ...slow, storage: b.storage })];
      const votes: FeedbackRecord[] = [];
      for (let round = 0; round < 5; round++) {
        const [fromA, fromB] = [vote(true), vote(false)];
        votes.push(fromA, fromB);
        await Promise.all([tabA.send(fromA), tabB.send(fromB)]);
      }
      a.sync();
      b.sync();
      expect(tabA.pending().length, 'both tabs see every vote').to.equal(votes.length);
      await receiver.network(false);
      await Promise.all([tabA.flush({ all: true }), tabB.flush({ all: true })]);
      expectExactly(await rowsWhen((rows) => rows.length >= votes.length, 'every vote'), votes);
      a.sync();
      expect(tabA.pending()).to.deep.equal([]);
    });

    it('two pages of the site (same-origin frames) voting through <page-feedback> while the endpoint fails, then it works: every vote arrives once', async () => {
      await receiver.network(true);
      const pages = (frame: number) => [1, 2, 3].map((n) => `/test/two-tabs-${frame}-${n}`);
      const frames = [1, 2].map((n) => {
        const frame = document.createElement('iframe');
        const query = new URLSearchParams([['endpoint', endpoint], ...pages(n).map((page) => ['page', page])]);
        frame.src = `/test/fixtures/feedback-tab.html?${query}`;
        document.body.append(frame);
        return frame;
      });
      try {
        const elementsOf = (frame: HTMLIFrameElement) => [...(frame.contentDocument?.querySelectorAll<PageFeedback>('page-feedback') ?? [])];
        const ready = (frame: HTMLIFrameElement) => elementsOf(frame).filter((el) => el.shadowRoot?.querySelector('button.yes')).length === 3;
        await until(() => frames.every(ready), 'both pages ready');
        // Alternately, as two people in two tabs would.
        for (let n = 0; n < 3; n++) for (const frame of frames) elementsOf(frame)[n]!.shadowRoot!.querySelector<HTMLButtonElement>('button.yes')!.click();
        await until(() => queuedEntries(endpoint).filter((entry) => entry.attempts > 0).length === 6, 'six votes queued, each tried once', 8000);
        await receiver.network(false);
        for (const frame of frames) frame.contentWindow!.dispatchEvent(new Event('online'));
        const rows = await rowsWhen((r) => r.length >= 6, 'all six votes');
        expect(rows.map((row) => row.page).sort()).to.deep.equal([...pages(1), ...pages(2)].sort());
        await until(() => queuedEntries(endpoint).length === 0, 'both queues empty');
      } finally {
        for (const frame of frames) frame.remove();
      }
    });
  });

  describe('a queue found in storage', () => {
    const queued = (record: FeedbackRecord, queuedAt: number): QueueEntry => ({ record, attempts: 3, nextAt: Date.now() + 3_600_000, queuedAt });
    const store = (entry: QueueEntry) => localStorage.setItem(`kommun-elements:feedback-queue:${endpoint} ${entry.record.id}`, JSON.stringify(entry));

    it(`of 300 forged entries: only the newest ${QUEUE_LIMITS.entries} are sent, each one given up with a warning`, async () => {
      const records = Array.from({ length: 300 }, () => vote());
      records.forEach((record, i) => store(queued(record, Date.now() - 300_000 + i)));
      await flushQueuedFeedback();
      const newest = records.slice(-QUEUE_LIMITS.entries);
      expectExactly(await rowsWhen((r) => r.length >= QUEUE_LIMITS.entries, 'the newest fifty'), newest);
      await sleep(100);
      // Only these records' posts count: a frame of the test before may still be retrying its own.
      const ids = new Set(records.map((record) => record.id));
      const posted = (await receiver.posts()).filter((post) => ids.has(post.id ?? ''));
      expect(posted.map((post) => post.id).sort()).to.deep.equal(newest.map((record) => record.id).sort());
      const givenUp = warnings.messages.filter((m) => m.includes('gave up the answer') && m.includes(`more than ${QUEUE_LIMITS.entries}`));
      expect(givenUp).to.have.length(300 - QUEUE_LIMITS.entries);
      expect(givenUp[0]).to.include(records[0]!.id);
    });

    it('the same in the whole-queue format of 0.x: split into keys, capped, sent', async () => {
      const records = Array.from({ length: QUEUE_LIMITS.entries + 2 }, () => vote());
      const list = records.map((record, i) => queued(record, Date.now() - 60_000 + i));
      localStorage.setItem(`kommun-elements:feedback-queue:${endpoint}`, JSON.stringify(list));
      await flushQueuedFeedback();
      expectExactly(await rowsWhen((r) => r.length >= QUEUE_LIMITS.entries, 'the newest fifty'), records.slice(2));
      expect(localStorage.getItem(`kommun-elements:feedback-queue:${endpoint}`)).to.equal(null);
      expect(warnings.messages.filter((m) => m.includes('gave up the answer'))).to.have.length(2);
    });

    it('full: an answer pushed out by a new one is given up with a warning, the new one is sent', async () => {
      const waiting = Array.from({ length: QUEUE_LIMITS.entries }, () => vote());
      waiting.forEach((record, i) => store(queued(record, Date.now() - 60_000 + i)));
      const d = delivery();
      const fresh = vote(false);
      expect(await d.send(fresh)).to.deep.include({ outcome: 'delivered' });
      expect(warnings.messages.filter((m) => m.includes(`gave up the answer ${waiting[0]!.id}`) && m.includes('make room'))).to.have.length(1);
      expect(d.pending().map((record) => record.id)).to.deep.equal(waiting.slice(1).map((record) => record.id));
    });

    it('under a key that names no URL ("http://["): left alone, and the page-load flush still resolves', async () => {
      const unhandled: unknown[] = [];
      const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
      window.addEventListener('unhandledrejection', onUnhandled);
      try {
        const record = vote();
        localStorage.setItem(`kommun-elements:feedback-queue:http://[ ${record.id}`, JSON.stringify(queued(record, Date.now())));
        localStorage.setItem('kommun-elements:feedback-queue:http://[', '[]');
        store(queued(vote(), Date.now()));
        await flushQueuedFeedback();
        await sleep(50);
        expect(unhandled).to.deep.equal([]);
        expect(await receiver.rows(), 'the valid queue is still sent').to.have.length(1);
      } finally {
        window.removeEventListener('unhandledrejection', onUnhandled);
      }
    });
  });

  describe('through <page-feedback>', () => {
    const button = (el: Element, name: string) => shadow(el).querySelector<HTMLButtonElement>(`button.${name}, [part~="${name}"]`)!;

    it('double clicks on Nej and on Send: one row, with the comment', async () => {
      const el = await fixture<PageFeedback>(html`<page-feedback endpoint=${endpoint} page="/test/double"></page-feedback>`);
      let now = Date.now();
      el.clock = () => now;
      const events: FeedbackRecord[] = [];
      el.addEventListener('page-feedback', (event) => events.push((event as CustomEvent<FeedbackRecord>).detail));
      const no = button(el, 'no');
      no.click();
      no.click();
      no.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
      await el.updateComplete;
      const textarea = shadow(el).querySelector('textarea')!;
      textarea.value = 'Mejla mig på anna@exempel.se, sidan saknar datum.';
      textarea.dispatchEvent(new Event('input'));
      now += 5000;
      await el.updateComplete;
      const send = button(el, 'send');
      send.click();
      send.click();
      expect(events).to.have.length(2);
      expect(events[1]!.comment).to.equal('Mejla mig på [e-post], sidan saknar datum.');
      const rows = await rowsWhen((r) => r[0]?.comment != null, 'the comment arrives');
      expectExactly(rows, [events[1]!]);
      await sleep(100);
      expect(await receiver.posts()).to.have.length(2);
    });

    it('a vote whose event is cancelled is not posted', async () => {
      const el = await fixture<PageFeedback>(html`<page-feedback endpoint=${endpoint} page="/test/cancelled" comment="never"></page-feedback>`);
      el.addEventListener('page-feedback', (event) => event.preventDefault());
      button(el, 'yes').click();
      await sleep(200);
      expect(await receiver.posts()).to.deep.equal([]);
      expect(localStorage.length).to.equal(0);
    });

    it("a slug as page id, as the editors' guide writes it: the vote arrives, then the thanks", async () => {
      const el = await fixture<PageFeedback>(html`<page-feedback endpoint=${endpoint} page="overgripande-mal" comment="never"></page-feedback>`);
      button(el, 'yes').click();
      const rows = await rowsWhen((r) => r.length > 0, 'the vote arrives');
      expect(rows.map((row) => row['page'])).to.deep.equal(['overgripande-mal']);
      await waitUntil(() => el.currentStep === 'thanks', 'thanked once the receiver has the answer');
    });

    for (const lang of ['sv', 'en'] as const) {
      it(`${lang}: a 400 from the receiver: no thanks, the refusal with the contact way, focus on it, kommun-error naming the field, not retried`, async () => {
        const el = await fixture<PageFeedback>(
          html`<page-feedback lang=${lang} endpoint=${endpoint} page="inte en sida" comment="never" contact-href="/kontakt"></page-feedback>`,
        );
        const error = oneEvent(el, 'kommun-error');
        button(el, 'yes').click();
        const detail = ((await error) as CustomEvent<KommunErrorDetail>).detail;
        expect(detail).to.include({ code: 'value', path: 'page' });
        expect(detail.message).to.contain('invalid_field page');
        expect(warnings.messages.filter((m) => m.startsWith('page-feedback:'))).to.have.length(1);
        await waitUntil(() => el.currentStep === 'refused', 'the refusal is shown');
        await el.updateComplete;
        expect(shadow(el).querySelector('.thanks'), 'never thanked for a refused answer').to.not.exist;
        const refused = shadow(el).querySelector<HTMLElement>('[part~="refused"]')!;
        expect(refused.textContent.replace(/\s+/g, ' ').trim()).to.equal(
          lang === 'sv'
            ? 'Vi kunde inte ta emot ditt svar. Du kan i stället kontakta oss på annat sätt. Kontakta kommunen'
            : 'We could not receive your answer. You can contact us another way instead. Contact the municipality',
        );
        expect(refused.querySelector('a')!.getAttribute('href')).to.equal(new URL('/kontakt', document.baseURI).href);
        expect(refused.closest('[role="status"]'), 'announced').to.exist;
        expect(shadow(el).activeElement).to.equal(refused);
        await expect(el).to.be.accessible();
        window.dispatchEvent(new Event('online'));
        await sleep(300);
        expect((await receiver.posts()).map((post) => post.status)).to.deep.equal([400]);
        expect(await receiver.rows()).to.deep.equal([]);
      });
    }

    it('a comment refused after its vote was taken: the refusal replaces the thanks', async () => {
      const el = await fixture<PageFeedback>(html`<page-feedback endpoint=${endpoint} page="/test/late-refusal"></page-feedback>`);
      let now = Date.now();
      el.clock = () => now;
      button(el, 'no').click();
      await rowsWhen((r) => r.length > 0, 'the vote arrives');
      await el.updateComplete;
      const textarea = shadow(el).querySelector('textarea')!;
      textarea.value = 'Sidan saknar datum.';
      textarea.dispatchEvent(new Event('input'));
      now += 5000;
      await receiver.fail(400, 1);
      button(el, 'send').click();
      await waitUntil(() => el.currentStep === 'refused', 'the refused comment is said');
      expect(shadow(el).querySelector('.thanks')).to.not.exist;
      await expect(el).to.be.accessible();
    });

    it('analytics="matomo" with a _paq.push that throws: the vote is still sent, and the thanks shows', async () => {
      (window as { _paq?: unknown })._paq = {
        push: () => {
          throw new Error('tracker broken');
        },
      };
      try {
        const el = await fixture<PageFeedback>(
          html`<page-feedback endpoint=${endpoint} analytics="matomo" page="/test/analytics" comment="never"></page-feedback>`,
        );
        button(el, 'yes').click();
        const rows = await rowsWhen((r) => r.length > 0, 'the vote arrives');
        expect(rows.map((row) => row.page)).to.deep.equal(['/test/analytics']);
        await waitUntil(() => el.currentStep === 'thanks', 'thanked');
        expect(warnings.messages.some((m) => m.includes('_paq.push threw'))).to.equal(true);
      } finally {
        delete (window as { _paq?: unknown })._paq;
      }
    });

    it('503 twice, then accepted: the vote from the element arrives once', async () => {
      await receiver.fail(503, 2);
      const el = await fixture<PageFeedback>(html`<page-feedback endpoint=${endpoint} page="/test/element-503" comment="never"></page-feedback>`);
      let sent: FeedbackRecord | undefined;
      el.addEventListener('page-feedback', (event) => (sent = (event as CustomEvent<FeedbackRecord>).detail));
      button(el, 'no').click();
      // The element's delivery uses the real backoff: about 0.5–1 s, then 1–2 s.
      const rows = await rowsWhen((r) => r.length > 0, 'delivered after two 503s', 12_000);
      expectExactly(rows, [sent!]);
      expect((await receiver.posts()).map((post) => post.status)).to.deep.equal([503, 503, 201]);
    });
  });
});
