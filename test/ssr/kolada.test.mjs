// `kommun-elements kolada FILE` against a local server answering in Kolada's v3 shape (paged
// with next_url, a missing value, a failing server); never the real API. It sits with the render
// command's tests (npm run test:ssr): node --test test/ssr/kolada.test.mjs
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { koladaDataUrl, koladaFields, latestTwo } from '../../src/lib/kolada/kolada.js';
import { startKoladaServer } from '../kolada-server.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server;
let base;
before(async () => {
  server = await startKoladaServer();
  base = server.base;
});
after(() => server.close());

const goalSet = () => ({
  goals: [{ title: 'Mål', indicators: [{ label: 'Andel', unit: '%', kolada: { kpi: 'N01951', municipality: '1470', gender: 'T' } }] }],
});

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/kommun-elements.js', ...args], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('the Kolada client (shared by the command and kolada-live)', () => {
  const ref = { kpi: 'N01951', municipality: '1470' };
  const of = (period, values, kpi = 'N01951', municipality = '1470') => ({ kpi, municipality, period, values });
  const all = (value, status = '') => [{ gender: 'T', status, value, count: 1 }];
  const cases = [
    [
      'newest first, two at most',
      [of(2021, all(1)), of(2023, all(3)), of(2022, all(2))],
      ref,
      [
        { year: 2023, value: 3 },
        { year: 2022, value: 2 },
      ],
    ],
    ['a missing value is passed over', [of(2024, all(null, 'Missing')), of(2023, all(3))], ref, [{ year: 2023, value: 3 }]],
    ['"Missing" with a number is still missing', [of(2024, all(9, 'Missing')), of(2023, all(3))], ref, [{ year: 2023, value: 3 }]],
    [
      'other KPIs and municipalities are not ours',
      [of(2023, all(3), 'N00000'), of(2022, all(2), 'N01951', '1480'), of(2021, all(1))],
      ref,
      [{ year: 2021, value: 1 }],
    ],
    ['a numeric municipality id matches', [{ ...of(2023, all(3)), municipality: 1470 }], ref, [{ year: 2023, value: 3 }]],
    ['gender K picks the women’s value', [of(2023, [...all(3), { gender: 'K', status: '', value: 4 }])], { ...ref, gender: 'K' }, [{ year: 2023, value: 4 }]],
    ['no value of the gender asked for', [of(2023, all(3))], { ...ref, gender: 'M' }, []],
    ['broken records are passed over', [null, 'x', of(2023, 'nope'), of('år', all(3)), of(2022, all(2))], ref, [{ year: 2022, value: 2 }]],
  ];
  for (const [name, records, asked, expected] of cases) {
    it(`latestTwo: ${name}`, () => assert.deepEqual(latestTwo(records, asked), expected));
  }

  it('koladaDataUrl asks for the ten years up to the given one, the KPI and municipality escaped', () => {
    assert.equal(
      koladaDataUrl({ kpi: 'N0/1', municipality: '1470' }, 'http://x/v3/', 2026),
      'http://x/v3/data/kpi/N0%2F1/municipality/1470/year/2026,2025,2024,2023,2022,2021,2020,2019,2018,2017',
    );
  });

  it('koladaFields: value, year, previous and the source; nothing without a value', () => {
    assert.deepEqual(
      koladaFields([
        { year: 2023, value: 71 },
        { year: 2022, value: 69.5 },
      ]),
      {
        value: 71,
        year: 2023,
        previous: { value: 69.5, year: 2022 },
        source: 'Kolada',
      },
    );
    assert.deepEqual(koladaFields([{ year: 2023, value: 71 }]), { value: 71, year: 2023, previous: undefined, source: 'Kolada' });
    assert.equal(koladaFields([]), undefined);
  });
});

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
      server.requests.some((url) => url.includes('page=2')),
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
