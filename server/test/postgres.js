// @ts-check
// A throwaway PostgreSQL cluster for one test run: initdb in a temp dir, started on a free
// loopback port with fsync off (never for real data), stopped with `pg_ctl -m immediate` and
// removed afterwards. The server refuses to run as root, so as root it runs as user postgres.
//
// In CI (CI=true) a missing PostgreSQL fails the tests; on a developer's machine they are
// skipped with a message saying what to install.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** The directory of initdb and pg_ctl: on PATH, or Debian's /usr/lib/postgresql/<version>/bin. */
export function postgresBin() {
  const debian = '/usr/lib/postgresql';
  const versions = existsSync(debian) ? readdirSync(debian).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(debian, v, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
  if (found) return found;
  const onPath = (process.env.PATH ?? '').split(':').find((dir) => dir && existsSync(join(dir, 'initdb')));
  return onPath;
}

/**
 * Why the PostgreSQL tests cannot run here, or false when they can. In CI they must run.
 * @returns {string | false}
 */
export function postgresSkipReason() {
  if (postgresBin() || process.env.CI === 'true') return false;
  return 'PostgreSQL is not installed (apt-get install -y postgresql); CI runs these tests';
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Start a cluster. `database()` makes a new empty database and gives its URL.
 * @param {{ durable?: boolean }} [options] durable: keep fsync and synchronous commit on, as a
 *   real deployment has them (the benchmark); the tests leave them off, for speed
 */
export async function startPostgres({ durable = false } = {}) {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql (the tests start their own cluster).');
  const dir = await mkdtemp(join(tmpdir(), 'kommun-feedback-pg-'));
  const asRoot = process.getuid?.() === 0;
  /** @param {string} tool @param {string[]} args */
  const tool = (tool, args) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]) : run(join(bin, tool), args));
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout), Number(gid));
  }
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    await tool('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    const fast = durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
    const settings = `-c port=${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir}${fast}`;
    await tool('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-o', settings, 'start']);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const base = `postgres://postgres@127.0.0.1:${port}`;
  let databases = 0;
  return {
    url: `${base}/postgres`,
    /** A new empty database; its URL. */
    async database() {
      const name = `feedback_${++databases}`;
      const client = new pg.Client({ connectionString: `${base}/postgres` });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `${base}/${name}`;
    },
    async stop() {
      await tool('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof startPostgres>>} TestPostgres */

/**
 * Start a cluster before the tests of the surrounding suite and stop it after them.
 * Use inside a describe() that is skipped when postgresSkipReason() says so.
 * @returns {{ readonly cluster: TestPostgres }}
 */
export function usePostgres() {
  /** @type {TestPostgres | undefined} */
  let cluster;
  before(async () => {
    cluster = await startPostgres();
  });
  after(() => cluster?.stop());
  return {
    get cluster() {
      if (!cluster) throw new Error('the PostgreSQL cluster did not start');
      return cluster;
    },
  };
}
