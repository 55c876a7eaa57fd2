// `kommun-elements kolada FILE` against a local server answering in Kolada's v3 shape (paged
// with next_url, a missing value, a failing server); never the real API. It sits with the render
// command's tests (npm run test:ssr): node --test test/ssr/kolada.test.mjs
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const record = (period, value, status = '') => ({
  kpi: 'N01951',
  municipality: '1470',
  period,
  values: [
    { gender: 'K', status: '', value: 1, count: 1 },
    { gender: 'T', status, value, count: 1 },
  ],
});

let server;
let base;
const requests = [];
before(async () => {
  server = createServer((request, response) => {
    requests.push(request.url);
    const send = (status, body) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.url.startsWith('/fail/')) return send(503, { error: 'unavailable' });
    if (!/^\/v3\/data\/kpi\/N01951\/municipality\/1470\/year\/[\d,]+$/.test(request.url.split('?')[0])) return send(404, {});
    // Two pages; the newest year is missing and must be skipped.
    if (request.url.includes('page=2')) return send(200, { count: 4, values: [record(2022, 69.5), record(2021, 68)], previous_url: null, next_url: null });
    return send(200, { count: 4, values: [record(2024, null, 'Missing'), record(2023, 71)], next_url: `${base}/v3${request.url.slice(3)}?page=2` });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

const goalSet = () => ({
  goals: [{ title: 'Mål', indicators: [{ label: 'Andel', value: 0, unit: '%', kolada: { kpi: 'N01951', municipality: '1470', gender: 'T' } }] }],
});

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/kommun-elements.js', ...args], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('kommun-elements kolada', () => {
  let dir;
  before(async () => (dir = await mkdtemp(join(tmpdir(), 'kolada-'))));
  after(() => rm(dir, { recursive: true, force: true }));

  it('fills value, year, previous and source from the two latest years with values, over two pages', async () => {
    const file = join(dir, 'mal.json');
    await writeFile(file, JSON.stringify(goalSet()));
    const { code, stderr } = await run(['kolada', file, '--kolada-url', `${base}/v3`]);
    assert.equal(code, 0, stderr);
    const [indicator] = JSON.parse(await readFile(file, 'utf8')).goals[0].indicators;
    assert.deepEqual(indicator, {
      label: 'Andel',
      value: 71,
      unit: '%',
      kolada: { kpi: 'N01951', municipality: '1470', gender: 'T' },
      year: 2023,
      previous: { value: 69.5, year: 2022 },
      source: 'Kolada',
    });
    assert.ok(
      requests.some((url) => url.includes('page=2')),
      'the second page was read',
    );
  });

  it('leaves the file unchanged, says why and exits 1 when the server fails', async () => {
    const file = join(dir, 'fel.json');
    const before = JSON.stringify(goalSet());
    await writeFile(file, before);
    const { code, stderr } = await run(['kolada', file, '--kolada-url', `${base}/fail/v3`]);
    assert.equal(code, 1);
    assert.match(stderr, /left unchanged: .*503/);
    assert.equal(await readFile(file, 'utf8'), before);
  });

  it('leaves the file unchanged when the server cannot be reached', async () => {
    const file = join(dir, 'bort.json');
    const before = JSON.stringify(goalSet());
    await writeFile(file, before);
    const { code, stderr } = await run(['kolada', file, '--kolada-url', 'http://127.0.0.1:9/v3']);
    assert.equal(code, 1);
    assert.match(stderr, /left unchanged/);
    assert.equal(await readFile(file, 'utf8'), before);
  });
});
