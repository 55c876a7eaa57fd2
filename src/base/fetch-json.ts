/** Fetching a `src` data file: JSON only, bounded in size and time, abortable. */
import { DataError } from '../lib/data-error.js';
import { parseJson } from '../lib/validate.js';

export interface FetchLimits {
  /** Largest body read, in bytes. */
  maxBytes: number;
  /** Longest wait for the whole body, in milliseconds. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: FetchLimits = { maxBytes: 2_000_000, timeoutMs: 10_000 };

/**
 * Fetches `url` and parses it as JSON. Errors are DataErrors at path `src`; an abort by
 * `signal` (the element left the page, or `src` changed) rejects with the signal's reason.
 */
export async function fetchJson(url: string, signal: AbortSignal, limits: FetchLimits = DEFAULT_LIMITS): Promise<unknown> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const combined = AbortSignal.any([signal, timeout]);
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  } catch (error) {
    throw failure(error, signal, timeout, url);
  }
  if (!response.ok) throw new DataError('fetch', 'src', `src: ${url} answered ${response.status} ${response.statusText}`);
  // CMS file archives often serve .json as text/plain or octet-stream; only markup is refused outright.
  const type = response.headers.get('content-type') ?? '';
  if (/html|xml/i.test(type)) throw new DataError('not-json', 'src', `src: ${url} is ${type}, not JSON`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > limits.maxBytes) throw tooLarge(url, limits);
  let body: string;
  try {
    body = await readText(response, limits, url);
  } catch (error) {
    throw failure(error, signal, timeout, url);
  }
  if (/^\s*</.test(body)) throw new DataError('not-json', 'src', `src: ${url} holds markup, not JSON`);
  return parseJson(body, 'src');
}

/** Reads the body as text, stopping as soon as it passes the byte limit. */
async function readText(response: Response, limits: FetchLimits, url: string): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > limits.maxBytes) {
      await reader.cancel();
      throw tooLarge(url, limits);
    }
    text += decoder.decode(value, { stream: true });
  }
}

function tooLarge(url: string, limits: FetchLimits): DataError {
  return new DataError('too-large', 'src', `src: ${url} is larger than ${limits.maxBytes} bytes`);
}

function failure(error: unknown, signal: AbortSignal, timeout: AbortSignal, url: string): unknown {
  if (error instanceof DataError) return error;
  if (signal.aborted) return signal.reason;
  if (timeout.aborted) return new DataError('timeout', 'src', `src: ${url} took longer than the time allowed`);
  const reason = error instanceof Error ? error.message : String(error);
  return new DataError('fetch', 'src', `src: ${url} could not be fetched (${reason})`);
}
