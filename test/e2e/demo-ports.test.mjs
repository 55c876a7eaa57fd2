// `npm start` on a machine where a port is taken: one clear line naming the variable to set.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Holds a loopback port until released. */
function occupiedPort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => resolve({ port: server.address().port, release: () => server.close() }));
  });
}

/** Runs the demo with `env` until it exits; resolves to its exit code and output. */
function runDemo(env) {
  return new Promise((resolve) => {
    const demo = spawn(process.execPath, ['scripts/demo.mjs'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    demo.stdout.on('data', (chunk) => (output += chunk));
    demo.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => demo.kill('SIGTERM'), 30_000);
    demo.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

for (const [variable, other] of [
  ['PORT', 'FEEDBACK_PORT'],
  ['FEEDBACK_PORT', 'PORT'],
]) {
  it(`names ${variable} when its port is taken, and exits 1 without a stack trace`, async () => {
    const taken = await occupiedPort();
    const free = await occupiedPort();
    free.release(); // Free again: the other server may start there.
    const dir = await mkdtemp(join(tmpdir(), 'kommun-demo-ports-'));
    try {
      const { code, output } = await runDemo({ [variable]: String(taken.port), [other]: String(free.port), FEEDBACK_DB: join(dir, 'f.sqlite') });
      assert.equal(code, 1, output);
      assert.match(output, new RegExp(`port ${taken.port} is in use\\. Set ${variable} to a free port`));
      assert.doesNotMatch(output, /\n\s+at /, 'no stack trace');
    } finally {
      taken.release();
      await rm(dir, { recursive: true, force: true });
    }
  });
}
