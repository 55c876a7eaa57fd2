/**
 * Delivery of feedback records to a receiver (SPEC.md, `<page-feedback>`): nothing lost on a
 * bad network, nothing counted twice.
 *
 * - A record is POSTed as JSON with `fetch(…, { keepalive: true })`, so it still goes out when
 *   the visitor leaves the page right after answering. No cookies (`credentials: 'omit'`).
 * - The answer decides ({@link classifyStatus}): 2xx delivered; a network failure, 5xx, 408 or
 *   429 queued; any other 4xx dropped (the record itself is wrong: sending it again cannot help),
 *   and a `dropped` event tells the element, which reports `kommun-error`.
 * - The queue lives in `localStorage`, one per endpoint, one entry per record id: the comment
 *   update replaces the queued vote of the same id, so the receiver (which upserts by id) never
 *   counts a vote twice, whatever is retried. Each record is written to the queue before it is
 *   sent and taken out when the receiver has answered, so a page closed mid-request loses nothing.
 * - Queued records are retried with exponential backoff and jitter ({@link retryDelay}; 1 s, 2 s,
 *   4 s … at most 5 min, or the receiver's Retry-After), at once on the `online` event, and on the
 *   next page load ({@link flushOnLoad}). One flush runs at a time.
 * - Storage that fails (blocked, private mode, quota) is tolerated: the queue is then kept in
 *   memory for the life of the page.
 * - Bounded: at most {@link QUEUE_LIMITS}.entries records wait per endpoint (the oldest go
 *   first), and a record that has waited longer than {@link QUEUE_LIMITS}.maxAgeMs is given up.
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

/** Queues that could not be written to storage, kept in memory for this page (by storage key). */
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

function readEntries(value: unknown): QueueEntry[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry, i) => readEntry(entry, `queue[${i}]`)).filter((entry) => entry !== undefined);
}

/** The queue of one endpoint in `localStorage`, with a memory copy when storage fails. */
class Queue {
  constructor(
    readonly key: string,
    private readonly storage: Storage | null,
  ) {}

  read(): QueueEntry[] {
    const inMemory = memoryQueues.get(this.key);
    if (inMemory) return [...inMemory];
    try {
      const text = this.storage?.getItem(this.key);
      return text ? readEntries(JSON.parse(text)) : [];
    } catch {
      return []; // unreadable or not JSON: nothing we can send
    }
  }

  write(entries: QueueEntry[]): void {
    try {
      if (!this.storage) throw new Error('no storage');
      if (entries.length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(entries));
      memoryQueues.delete(this.key);
    } catch {
      memoryQueues.set(this.key, [...entries]);
    }
  }

  update(change: (entries: QueueEntry[]) => QueueEntry[]): QueueEntry[] {
    const entries = change(this.read());
    this.write(entries);
    return entries;
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
    this.queue = new Queue(QUEUE_PREFIX + endpoint, options.storage === undefined ? defaultStorage() : options.storage);
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
    this.queue.update((entries) => upsertEntry(entries, record, this.now()));
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
    for (const entry of expired) {
      console.warn(`page-feedback: gave up the answer ${entry.record.id} for ${entry.record.page} after a week of failed attempts to ${this.endpoint}`);
    }
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
  for (const key of memoryQueues.keys()) endpoints.add(key.slice(QUEUE_PREFIX.length));
  try {
    for (let i = 0; i < (storage?.length ?? 0); i++) {
      const key = storage?.key(i);
      if (key?.startsWith(QUEUE_PREFIX)) endpoints.add(key.slice(QUEUE_PREFIX.length));
    }
  } catch {
    // Storage that cannot be listed has nothing we can send.
  }
  return [...endpoints];
}

/** Sends everything that waits, for every endpoint (what a page load does). */
export async function flushQueuedFeedback(storage: Storage | null = defaultStorage()): Promise<void> {
  await Promise.all(queuedEndpoints(storage).map((endpoint) => deliveryFor(endpoint).flush({ all: true })));
}

/** Stops and forgets every delivery of this page, as leaving the page would; the queues stay in storage. For tests. */
export function resetDeliveries(): void {
  for (const delivery of deliveries.values()) delivery.dispose();
  deliveries.clear();
  memoryQueues.clear();
}
