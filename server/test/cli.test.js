// @ts-check
// The kommun-elements-feedback command as a user runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { OPTIONS, parseOptions } from '../cli.js';
import { DEFAULTS } from '../receiver.js';
import { spawn } from 'node:child_process';
import { TOKEN, post, record, rows, spawnBin, tempDir } from './helpers.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('--help lists every option and exits 0', async () => {
  for (const flag of ['--help', '-h']) {
    const run = spawnBin([flag]);
    assert.equal(await run.exited, 0);
    const { stdout } = run.output();
    assert.match(stdout, /^Usage: kommun-elements-feedback/);
    for (const name of Object.keys(OPTIONS)) assert.match(stdout, new RegExp(`--${name}\\b`), `--${name} missing from --help`);
    for (const value of [DEFAULTS.port, DEFAULTS.host, DEFAULTS.db, 'KOMMUN_FEEDBACK_TOKEN']) assert.ok(stdout.includes(String(value)));
  }
});

test('--version prints the package version', async () => {
  const run = spawnBin(['--version']);
  assert.equal(await run.exited, 0);
  assert.equal(run.output().stdout, `${pkg.version}\n`);
});

test('bad options exit 2 with a message', async () => {
  for (const args of [['--nope'], ['--port', 'x'], ['--port', '70000'], ['--rate', '0'], ['--max-body', '-1'], ['--origin', 'www.vara.se'], ['extra']]) {
    const run = spawnBin(args);
    assert.equal(await run.exited, 2, args.join(' '));
    assert.match(run.output().stderr, /--help/);
  }
});

test('options are read with their defaults', () => {
  assert.deepEqual(parseOptions([], {}), {
    help: false,
    version: false,
    port: 8787,
    host: '127.0.0.1',
    db: './feedback.sqlite',
    origins: [],
    token: undefined,
    maxBodyBytes: DEFAULTS.maxBodyBytes,
    rateLimit: 60,
    trustProxy: false,
  });
  const parsed = parseOptions(
    [
      '--port',
      '0',
      '--host',
      '::1',
      '--db',
      'x.sqlite',
      '--origin',
      'https://a.se',
      '--origin',
      'https://b.se',
      '--max-body',
      '1000',
      '--rate',
      '5',
      '--trust-proxy',
    ],
    { KOMMUN_FEEDBACK_TOKEN: 'from-env' },
  );
  assert.deepEqual(parsed, {
    help: false,
    version: false,
    port: 0,
    host: '::1',
    db: 'x.sqlite',
    origins: ['https://a.se', 'https://b.se'],
    token: 'from-env',
    maxBodyBytes: 1000,
    rateLimit: 5,
    trustProxy: true,
  });
  assert.equal(parseOptions(['--token', 'given'], { KOMMUN_FEEDBACK_TOKEN: 'from-env' }).token, 'given');
});

/** @param {number} port */
function portFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer().once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

test('starts with no options at all: port 8787, ./feedback.sqlite, a printed token', async (t) => {
  if (!(await portFree(DEFAULTS.port))) return t.skip(`port ${DEFAULTS.port} is in use`);
  const { dir, remove } = await tempDir();
  t.after(remove);
  const run = spawnBin([], { cwd: dir, env: { ...process.env, KOMMUN_FEEDBACK_TOKEN: '' } });
  t.after(() => run.child.kill('SIGKILL')); // only matters when an assertion failed
  const url = await run.listening;
  assert.equal(url, 'http://127.0.0.1:8787');
  const [, token] = await run.waitForOutput(/token \(generated[^)]*\): (\S+)\n/);
  assert.ok(token.length >= 32, 'a strong token is printed');
  assert.ok(run.output().stdout.includes(`report: ${url}/login`));
  assert.ok(!run.output().stdout.includes('?token='), 'no URL with the token in it is printed');
  assert.equal((await post(url, record())).status, 201);
  assert.equal((await fetch(`${url}/report?token=${token}`)).status, 200);
  run.child.kill('SIGINT');
  assert.equal(await run.exited, 0);
  assert.ok(existsSync(join(dir, 'feedback.sqlite')));
  assert.equal(rows(join(dir, 'feedback.sqlite')).length, 1);
});

test('a token from the environment is used and not printed', async (t) => {
  const { dir, remove } = await tempDir();
  t.after(remove);
  const run = spawnBin(['--port', '0', '--db', join(dir, 'f.sqlite')], { env: { ...process.env, KOMMUN_FEEDBACK_TOKEN: TOKEN } });
  t.after(() => run.child.kill('SIGKILL'));
  const url = await run.listening;
  assert.equal((await fetch(`${url}/feedback.json`, { headers: { authorization: `Bearer ${TOKEN}` } })).status, 200);
  assert.ok(!run.output().stdout.includes(TOKEN));
  run.child.kill('SIGTERM');
  assert.equal(await run.exited, 0);
});

test('a port in use is a clear error, exit 1', async (t) => {
  const { dir, remove } = await tempDir();
  t.after(remove);
  const blocker = net.createServer();
  await new Promise((resolve) => blocker.listen(0, '127.0.0.1', () => resolve(undefined)));
  t.after(() => blocker.close());
  const port = /** @type {net.AddressInfo} */ (blocker.address()).port;
  const run = spawnBin(['--port', String(port), '--db', join(dir, 'f.sqlite')]);
  assert.equal(await run.exited, 1);
  assert.match(run.output().stderr, /EADDRINUSE/);
});

test('without better-sqlite3 installed, the bin says how to install it', async (t) => {
  const { dir, remove } = await tempDir();
  t.after(remove);
  // A copy of the package with no node_modules next to it: what a front-end-only install has.
  for (const part of ['bin', 'server', 'package.json', 'src/lib/feedback/wire.js']) {
    cpSync(new URL(`../../${part}`, import.meta.url), join(dir, part), { recursive: true });
  }
  const child = spawn(process.execPath, [join(dir, 'bin/kommun-elements-feedback.js')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.on('exit', resolve));
  assert.equal(code, 1);
  assert.match(stderr, /npm install better-sqlite3@12/);
});
