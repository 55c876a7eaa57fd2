// @ts-check
// Shared by the receiver tests: a receiver on a free loopback port with its own database file.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { startReceiver } from '../receiver.js';

export const TOKEN = 'test-token-0123456789abcdef';

/** A fresh temporary directory, removed by the returned function. */
export async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'kommun-feedback-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * @param {Partial<import('../receiver.js').ReceiverOptions> & import('../receiver.js').StartOptions} [options]
 */
export async function startTestReceiver(options = {}) {
  const { dir, remove } = await tempDir();
  const db = join(dir, 'feedback.sqlite');
  const receiver = await startReceiver({ port: 0, db, token: TOKEN, rateLimit: 100_000, log: () => {}, ...options });
  return {
    ...receiver,
    db,
    async close() {
      await receiver.close();
      await remove();
    },
  };
}

/**
 * A valid record, as <page-feedback> sends it.
 * @param {Record<string, unknown>} [overrides]
 * @returns {{ id: string, page: string, url: string, helpful: boolean, lang: string, submittedAt: string, comment?: string }}
 */
export function record(overrides = {}) {
  return /** @type {any} */ ({
    id: randomUUID(),
    page: '/kommun-och-politik/overgripande-mal',
    url: 'https://www.vara.se/kommun-och-politik/overgripande-mal.html',
    helpful: true,
    lang: 'sv',
    submittedAt: new Date().toISOString(),
    ...overrides,
  });
}

/**
 * POST a record (or a raw string body) to /feedback.
 * @param {string} url receiver base URL
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function post(url, body, headers = {}) {
  return fetch(`${url}/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/**
 * Every row of the database file, read by a separate connection.
 * @param {string} file
 * @returns {any[]}
 */
export function rows(file) {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT * FROM feedback ORDER BY submitted_at, id').all();
  } finally {
    db.close();
  }
}

export const BIN = fileURLToPath(new URL('../../bin/kommun-elements-feedback.js', import.meta.url));

/**
 * Run the bin as a child process. `listening` resolves with the URL it prints.
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 */
export function spawnBin(args, options = {}) {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: options.env ?? { ...process.env, KOMMUN_FEEDBACK_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  /**
   * Resolves once stdout matches, however the output was split into chunks.
   * @param {RegExp} pattern
   * @returns {Promise<RegExpExecArray>}
   */
  const waitForOutput = (pattern) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(stdout);
        if (match) {
          child.stdout.off('data', check);
          resolve(match);
        }
      };
      child.stdout.on('data', check);
      check();
      exited.then(() => reject(new Error(`exited before printing ${pattern}: ${stdout}${stderr}`)));
    });
  /** @type {Promise<string>} */
  const listening = waitForOutput(/listening on (http:\/\/\S+)\n/).then((match) => match[1]);
  listening.catch(() => {}); // only a test that awaits it cares
  return { child, listening, exited, waitForOutput, output: () => ({ stdout, stderr }) };
}

/**
 * Log in to the report with a token, as the login form does; the Cookie header to send after.
 * @param {string} url receiver base URL
 * @param {string} token
 */
export async function login(url, token) {
  const res = await fetch(`${url}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token }),
    redirect: 'manual',
  });
  if (res.status !== 303) throw new Error(`login: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

/**
 * A CSV reader that honours quotes, as spreadsheets do, with any separator: to check what a
 * spreadsheet would see in each reading.
 * @param {string} text
 * @param {string} separator
 */
export function parseCsv(text, separator) {
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
    else if (c === separator) (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') (row.push(cell), table.push(row), (row = []), (cell = ''), i++);
    else cell += c;
  }
  return table;
}
