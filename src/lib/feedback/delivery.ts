/**
 * Delivery of feedback records to a receiver (SPEC.md, `<page-feedback>`): nothing lost on a
 * bad network, nothing counted twice.
 *
 * - A record is POSTed as JSON with `fetch(…, { keepalive: true })`, so it still goes out when
 *   the visitor leaves the page right after answering. No cookies (`credentials: 'omit'`).
 * - The answer decides ({@link classifyStatus}): 2xx delivered; a network failure, 5xx, 408 or
 *   429 queued; any other 4xx dropped (the record itself is wrong: sending it again cannot help),
 *   and a `dropped` event tells the element, which reports `kommun-error`.
 * - The queue lives in `localStorage`, one key per endpoint and record id: the comment update
 *   replaces the queued vote of the same id, so the receiver (which upserts by id) never counts a
 *   vote twice, whatever is retried. Each record is written to the queue before it is sent and
 *   taken out when the receiver has answered, so a page closed mid-request loses nothing. One key
 *   per record, and only the keys that changed written, so that two tabs queueing at once (each
 *   with its own, possibly stale, copy of storage) never overwrite each other's records.
 * - Queued records are retried with exponential backoff and jitter ({@link retryDelay}; 1 s, 2 s,
 *   4 s … at most 5 min, or the receiver's Retry-After), at once on the `online` event, and on the
 *   next page load ({@link flushOnLoad}). One flush runs at a time.
 * - Storage that fails (blocked, private mode, quota) is tolerated: the queue is then kept in
 *   memory for the life of the page.
 * - Bounded: at most {@link QUEUE_LIMITS}.entries records wait per endpoint (the oldest go
 *   first, also from a queue found in storage), and a record that has waited longer than
 *   {@link QUEUE_LIMITS}.maxAgeMs is given up; each given up with a console warning.
 */
import { DataError } from '../data-error.js';
import { isRecord } from '../validate.js';
import { feedbackRecord } from './record.js';
import type { FeedbackRecord } from './record.js';

export type DeliveryOutcome = 'delivered' | 'queued' | 'dropped';

/** What the receiver said when it refused a record (its JSON error, when it sent one). */
export interface ReceiverError {
  code: string;
  message: string;
  field?: string;
}

export type DeliveryResult =
  | { outcome: 'delivered'; status: number }
  | { outcome: 'queued'; status?: number; reason: 'network' | 'offline' | 'status'; retryAfterMs?: number }
  | { outcome: 'dropped'; status: number; error: ReceiverError };

/** The `detail` of the delivery's `dropped` event. */
export interface DroppedDetail {
  record: FeedbackRecord;
  status: number;
  error: ReceiverError;
}

export const QUEUE_LIMITS = Object.freeze({
  /** Records waiting per endpoint. */
  entries: 50,
  /** A week: after that a record is given up (with a console warning). */
  maxAgeMs: 7 * 24 * 60 * 60 * 1000,
});

export const RETRY_DEFAULTS = Object.freeze({
  /** The first retry waits between half of this and all of it. */
  baseDelayMs: 1000,
  /** No wait is longer than this. */
  maxDelayMs: 5 * 60 * 1000,
  /** A request that has not been answered by then counts as a network failure. */
  timeoutMs: 15_000,
});

/** What to do with a record after the receiver answered with `status`. */
export function classifyStatus(status: number): DeliveryOutcome {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 408 || status === 429 || status >= 500) return 'queued';
  if (status >= 400) return 'dropped';
  return 'queued'; // anything else is not an answer from a receiver: try again later
}

/**
 * How long to wait before retry number `attempt` (1, 2, …): exponential, capped, with "equal
 * jitter" (between half and all of the step) so that many browsers coming back online at once
 * do not all retry in the same instant.
 */
export function retryDelay(
  attempt: number,
  random: () => number = Math.random,
  { baseDelayMs = RETRY_DEFAULTS.baseDelayMs, maxDelayMs = RETRY_DEFAULTS.maxDelayMs }: { baseDelayMs?: number; maxDelayMs?: number } = {},
): number {
  const step = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  return Math.round(step / 2 + (random() * step) / 2);
}

/** A Retry-After header (seconds or an HTTP date) as milliseconds from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** One waiting record. */
export interface QueueEntry {
  record: FeedbackRecord;
  /** Failed attempts so far. */
  attempts: number;
  /** Not retried by the timer before this time (ms since the epoch). */
  nextAt: number;
  /** When it was first queued. */
  queuedAt: number;
}

/**
 * Puts `record` into `entries`, replacing an entry with the same id unless that one is newer
 * (a late retry of the vote must not replace its comment update). Pure; returns a new list.
 */
export function upsertEntry(entries: readonly QueueEntry[], record: FeedbackRecord, now: number): QueueEntry[] {
  const existing = entries.find((entry) => entry.record.id === record.id);
  if (existing && existing.record.submittedAt > record.submittedAt) return [...entries];
  const entry: QueueEntry = { record, attempts: 0, nextAt: now, queuedAt: existing?.queuedAt ?? now };
  const rest = entries.filter((each) => each.record.id !== record.id);
  return [...rest, entry].slice(-QUEUE_LIMITS.entries);
}

/** Takes the entry of `record` out, unless a newer version of the record has replaced it meanwhile. Pure. */
export function removeEntry(entries: readonly QueueEntry[], record: FeedbackRecord): QueueEntry[] {
  return entries.filter((entry) => entry.record.id !== record.id || entry.record.submittedAt > record.submittedAt);
}

const QUEUE_PREFIX = 'kommun-elements:feedback-queue:';
/**
 * Between the endpoint and the record id in a queue key; an endpoint (a URL's href) never holds
 * a space, an id never does either. A key without one is a whole queue in the format of 0.x.
 */
const ID_SEPARATOR = ' ';

/** The endpoint a queue key in storage belongs to. */
function endpointOfKey(key: string): string {
  const rest = key.slice(QUEUE_PREFIX.length);
  const separator = rest.lastIndexOf(ID_SEPARATOR);
  return separator === -1 ? rest : rest.slice(0, separator);
}

/** Queues that could not be written to storage, kept in memory for this page (by endpoint key). */
const memoryQueues = new Map<string, QueueEntry[]>();

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // a SecurityError where storage is blocked
  }
}

/** One entry read back from storage, or undefined when it is corrupt or forged (its record breaks the receiver's rules). */
function readEntry(value: unknown, path: string): QueueEntry | undefined {
  if (!isRecord(value)) return undefined;
  const { attempts, nextAt, queuedAt } = value;
  if (typeof attempts !== 'number' || typeof nextAt !== 'number' || typeof queuedAt !== 'number') return undefined;
  try {
    return { record: feedbackRecord(value['record'], `${path}.record`), attempts, nextAt, queuedAt };
  } catch (error) {
    if (error instanceof DataError) return undefined;
    throw error;
  }
}

/** JSON text as a value; undefined when it is not JSON. */
function parsed(text: string | null): unknown {
  try {
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Every key in `storage`, listed before any is changed (removing one renumbers the rest). */
function keysOf(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key) => key !== null);
}

/** Warns, once per record, that an answer that waited to be sent is given up. */
function warnGivenUp(entries: readonly QueueEntry[], endpoint: string, why: string): void {
  for (const { record } of entries) console.warn(`page-feedback: gave up the answer ${record.id} for ${record.page} ${why} to ${endpoint}`);
}

/**
 * The queue of one endpoint in `localStorage`: one key per record, with a memory copy of the
 * whole queue when storage fails.
 */
class Queue {
  private readonly key: string;

  constructor(
    private readonly endpoint: string,
    private readonly storage: Storage | null,
  ) {
    this.key = QUEUE_PREFIX + endpoint;
  }

  private entryKey(id: string): string {
    return this.key + ID_SEPARATOR + id;
  }

  /**
   * The waiting records, oldest first. Read from every key of this endpoint: corrupt ones are
   * removed, a whole queue of 0.x is split into keys, and beyond QUEUE_LIMITS.entries the oldest
   * are given up, so that a forged or grown queue never sends more than the limit.
   */
  read(): QueueEntry[] {
    const inMemory = memoryQueues.get(this.key);
    if (inMemory) return [...inMemory];
    const storage = this.storage;
    if (!storage) return [];
    try {
      const byId = new Map<string, QueueEntry>();
      for (const key of keysOf(storage)) {
        if (key === this.key) {
          this.splitWholeQueue(storage, byId);
        } else if (key.startsWith(this.key + ID_SEPARATOR)) {
          const id = key.slice(this.key.length + ID_SEPARATOR.length);
          const entry = readEntry(parsed(storage.getItem(key)), `queue[${JSON.stringify(id)}]`);
          if (entry?.record.id === id) byId.set(id, entry);
          else storage.removeItem(key); // unreadable, forged, or under another record's key
        }
      }
      const entries = [...byId.values()].sort((a, b) => a.queuedAt - b.queuedAt);
      const over = entries.splice(0, Math.max(0, entries.length - QUEUE_LIMITS.entries));
      for (const { record } of over) storage.removeItem(this.entryKey(record.id));
      warnGivenUp(over, this.endpoint, `because more than ${QUEUE_LIMITS.entries} answers were waiting`);
      return entries;
    } catch {
      return []; // storage that cannot be read has nothing we can send
    }
  }

  /** Moves the entries of a whole queue (the format of 0.x) into keys of their own. */
  private splitWholeQueue(storage: Storage, into: Map<string, QueueEntry>): void {
    const list = parsed(storage.getItem(this.key));
    const entries = Array.isArray(list) ? list.map((value, i) => readEntry(value, `queue[${i}]`)) : [];
    for (const entry of entries) {
      if (!entry || into.has(entry.record.id)) continue;
      into.set(entry.record.id, entry);
      storage.setItem(this.entryKey(entry.record.id), JSON.stringify(entry));
    }
    storage.removeItem(this.key);
  }

  /**
   * Applies `change` to the queue and writes back only what changed: a removed entry's key is
   * removed, a new or changed entry's key written. Keys this page did not read (another tab's,
   * just written) are left as they are.
   */
  update(change: (entries: QueueEntry[]) => QueueEntry[]): QueueEntry[] {
    const before = this.read();
    const after = change([...before]);
    if (memoryQueues.has(this.key)) {
      memoryQueues.set(this.key, [...after]);
      return after;
    }
    try {
      if (!this.storage) throw new Error('no storage');
      const kept = new Map(after.map((entry) => [entry.record.id, entry]));
      for (const entry of before) if (!kept.has(entry.record.id)) this.storage.removeItem(this.entryKey(entry.record.id));
      const old = new Map(before.map((entry) => [entry.record.id, entry]));
      for (const entry of after) if (old.get(entry.record.id) !== entry) this.storage.setItem(this.entryKey(entry.record.id), JSON.stringify(entry));
    } catch {
      memoryQueues.set(this.key, [...after]);
    }
    return after;
  }
}

export interface DeliveryOptions {
  fetch?: typeof globalThis.fetch;
  /** Where the queue lives; null keeps it in memory. Default: localStorage. */
  storage?: Storage | null;
  now?: () => number;
  random?: () => number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
  /** Retry at once when the browser comes back online (default true). */
  listenOnline?: boolean;
}

/**
 * Sends records to one endpoint and keeps those that could not be delivered.
 *
 * Events: `dropped` (CustomEvent<DroppedDetail>, cancelable) when the receiver refused a record
 * for good. A listener that reports it calls `preventDefault()`; otherwise the delivery warns
 * on the console itself.
 */
export class FeedbackDelivery extends EventTarget {
  readonly endpoint: string;
  private readonly queue: Queue;
  private readonly fetchImpl: typeof globalThis.fetch;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly delays: { baseDelayMs: number; maxDelayMs: number };
  private readonly timeoutMs: number;
  private readonly inFlight = new Map<string, Promise<DeliveryResult>>();
  private flushing: Promise<void> | undefined;
  private flushAgain: 'all' | 'due' | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(endpoint: string, options: DeliveryOptions = {}) {
    super();
    this.endpoint = endpoint;
    this.queue = new Queue(endpoint, options.storage === undefined ? defaultStorage() : options.storage);
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.delays = {
      baseDelayMs: options.baseDelayMs ?? RETRY_DEFAULTS.baseDelayMs,
      maxDelayMs: options.maxDelayMs ?? RETRY_DEFAULTS.maxDelayMs,
    };
    this.timeoutMs = options.timeoutMs ?? RETRY_DEFAULTS.timeoutMs;
    if (options.listenOnline !== false) globalThis.addEventListener?.('online', this.onOnline);
  }

  /** The records waiting to be delivered, oldest first. */
  pending(): FeedbackRecord[] {
    return this.queue.read().map((entry) => entry.record);
  }

  /**
   * Sends one record now. A second call for the same version of a record while the first is
   * under way returns the same promise (a double click sends once).
   */
  send(record: FeedbackRecord): Promise<DeliveryResult> {
    const key = versionKey(record);
    const running = this.inFlight.get(key);
    if (running) return running;
    // Written ahead: if the page goes away before the answer, the next page load sends it.
    let pushedOut: QueueEntry[] = [];
    this.queue.update((entries) => {
      const next = upsertEntry(entries, record, this.now());
      pushedOut = entries.filter((entry) => !next.some((each) => each.record.id === entry.record.id));
      return next;
    });
    warnGivenUp(pushedOut, this.endpoint, `to make room for a newer one (at most ${QUEUE_LIMITS.entries} wait)`);
    return this.attempt(record);
  }

  /**
   * Sends the queued records: those whose wait is over, or all of them with `{ all: true }`
   * (on `online` and on page load). Returns when the flush is over; a flush asked for while one
   * runs happens after it.
   */
  flush({ all = false }: { all?: boolean } = {}): Promise<void> {
    if (this.disposed) return Promise.resolve();
    if (this.flushing) {
      this.flushAgain = all || this.flushAgain === 'all' ? 'all' : 'due';
      return this.flushing.then(() => this.flushing);
    }
    const run = this.runFlush(all).finally(() => {
      this.flushing = undefined;
      const again = this.flushAgain;
      this.flushAgain = undefined;
      if (again) void this.flush({ all: again === 'all' });
    });
    this.flushing = run;
    return run;
  }

  /** Stops timers and listeners (the queue stays in storage for the next page). */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    globalThis.removeEventListener?.('online', this.onOnline);
  }

  private readonly onOnline = () => void this.flush({ all: true });

  private async runFlush(all: boolean): Promise<void> {
    const now = this.now();
    const expired: QueueEntry[] = [];
    const entries = this.queue.update((list) =>
      list.filter((entry) => {
        const keep = now - entry.queuedAt <= QUEUE_LIMITS.maxAgeMs;
        if (!keep) expired.push(entry);
        return keep;
      }),
    );
    warnGivenUp(expired, this.endpoint, 'after a week of failed attempts');
    const due = entries.filter((entry) => (all || entry.nextAt <= now) && !this.inFlight.has(versionKey(entry.record))).sort((a, b) => a.nextAt - b.nextAt);
    // One at a time: keepalive requests share a small budget, and a receiver in trouble gets a break.
    for (const entry of due) {
      if (this.disposed) return;
      await this.attempt(entry.record);
    }
  }

  private attempt(record: FeedbackRecord): Promise<DeliveryResult> {
    const key = versionKey(record);
    const running = this.post(record)
      .then((result) => {
        this.settle(record, result);
        return result;
      })
      .finally(() => {
        this.inFlight.delete(key);
        this.schedule();
      });
    this.inFlight.set(key, running);
    return running;
  }

  private settle(record: FeedbackRecord, result: DeliveryResult): void {
    if (result.outcome === 'queued') {
      this.queue.update((entries) =>
        entries.map((entry) => {
          if (versionKey(entry.record) !== versionKey(record)) return entry;
          const attempts = entry.attempts + 1;
          const wait = Math.min(this.delays.maxDelayMs, Math.max(retryDelay(attempts, this.random, this.delays), result.retryAfterMs ?? 0));
          return { ...entry, attempts, nextAt: this.now() + wait };
        }),
      );
      return;
    }
    this.queue.update((entries) => removeEntry(entries, record));
    if (result.outcome === 'dropped') {
      const detail: DroppedDetail = { record, status: result.status, error: result.error };
      const event = new CustomEvent<DroppedDetail>('dropped', { detail, cancelable: true });
      if (this.dispatchEvent(event)) {
        console.warn(`page-feedback: ${this.endpoint} refused the answer for ${record.page} (${describeRefusal(detail)}); it is not sent again`);
      }
    }
  }

  /** A timer for the next retry, when anything waits. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.disposed) return;
    const waiting = this.queue.read().filter((entry) => !this.inFlight.has(versionKey(entry.record)));
    if (waiting.length === 0) return;
    const next = Math.min(...waiting.map((entry) => entry.nextAt));
    this.timer = setTimeout(() => void this.flush(), Math.max(0, next - this.now()));
  }

  private async post(record: FeedbackRecord): Promise<DeliveryResult> {
    if (globalThis.navigator?.onLine === false) return { outcome: 'queued', reason: 'offline' };
    let response: Response;
    try {
      response = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        keepalive: true,
        mode: 'cors',
        credentials: 'omit',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(record),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch {
      return { outcome: 'queued', reason: 'network' };
    }
    const status = response.status;
    switch (classifyStatus(status)) {
      case 'delivered':
        return { outcome: 'delivered', status };
      case 'dropped':
        return { outcome: 'dropped', status, error: await readError(response) };
      default:
        return {
          outcome: 'queued',
          status,
          reason: 'status',
          retryAfterMs: parseRetryAfter(response.headers.get('Retry-After'), this.now()),
        };
    }
  }
}

/** One version of a record: its id and when it was made. */
const versionKey = (record: FeedbackRecord) => `${record.id}@${record.submittedAt}`;

/** The receiver's `{ ok: false, error: { code, message, field? } }`, or what can be said without it. */
async function readError(response: Response): Promise<ReceiverError> {
  const fallback: ReceiverError = { code: `http_${response.status}`, message: response.statusText || `HTTP ${response.status}` };
  try {
    const body = (await response.json()) as { error?: Partial<ReceiverError> } | null;
    const error = body?.error;
    if (!error || typeof error.message !== 'string') return fallback;
    return {
      code: typeof error.code === 'string' ? error.code : fallback.code,
      message: error.message,
      ...(typeof error.field === 'string' ? { field: error.field } : {}),
    };
  } catch {
    return fallback;
  }
}

/** "400 invalid_field page: page must be a path …" */
export function describeRefusal({ status, error }: Pick<DroppedDetail, 'status' | 'error'>): string {
  return `${status} ${error.code}${error.field ? ` ${error.field}` : ''}: ${error.message}`;
}

const deliveries = new Map<string, FeedbackDelivery>();

/** The page's one delivery for `endpoint`, made absolute against `base` (the element gives the document's). */
export function deliveryFor(endpoint: string, base?: string): FeedbackDelivery {
  const url = new URL(endpoint, base).href;
  let delivery = deliveries.get(url);
  if (!delivery) {
    delivery = new FeedbackDelivery(url);
    deliveries.set(url, delivery);
  }
  return delivery;
}

/** The endpoints that have records waiting in `storage`. */
export function queuedEndpoints(storage: Storage | null = defaultStorage()): string[] {
  const endpoints = new Set<string>();
  for (const key of memoryQueues.keys()) endpoints.add(endpointOfKey(key));
  try {
    for (const key of storage ? keysOf(storage) : []) if (key.startsWith(QUEUE_PREFIX)) endpoints.add(endpointOfKey(key));
  } catch {
    // Storage that cannot be listed has nothing we can send.
  }
  return [...endpoints];
}

/**
 * Sends everything that waits, for every endpoint (what a page load does). A key that names no
 * absolute URL (forged, or written by other code) is left alone: nothing could be sent to it.
 */
export async function flushQueuedFeedback(storage: Storage | null = defaultStorage()): Promise<void> {
  const endpoints = queuedEndpoints(storage).filter((endpoint) => URL.canParse(endpoint));
  await Promise.all(endpoints.map((endpoint) => deliveryFor(endpoint).flush({ all: true })));
}

/** Stops and forgets every delivery of this page, as leaving the page would; the queues stay in storage. For tests. */
export function resetDeliveries(): void {
  for (const delivery of deliveries.values()) delivery.dispose();
  deliveries.clear();
  memoryQueues.clear();
}
