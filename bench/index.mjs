#!/usr/bin/env node
// `npm run bench`: what the elements cost a reader against the floor a browser cannot beat,
// in headless Chromium on loopback, from the built files (`npm run build` first):
// 1. <goal-list> with 10 / 100 / 1000 goals against bare static HTML (bench/goal-list.mjs);
// 2. the reference page rendered by the bundle against the same page pre-rendered by the SSR
//    renderer (bench/reference.mjs, which defines "rendered");
// 3. JS heap and DOM nodes (shadow roots included) for 1000 goals against the static HTML's.
// Times are medians of interleaved runs (A and B taking turns in the same browser) and every
// ratio is taken within a pair. Ends with one markdown table, the aims beside the figures. Not a
// test: it never fails on timing, and it stops adding runs after about three minutes.
//
// Options: --quick (a short run), --runs N (timed pairs; default 15, quick 4), --sizes 10,100,1000,
// --bundle path/to/kommun-elements.js. CHROME_PATH overrides /usr/bin/chromium.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { timeGoalList, weighGoalList } from './goal-list.mjs';
import { launch, serve } from './harness.mjs';
import { preRendered, referenceBody, timeReference } from './reference.mjs';

const here = new URL('.', import.meta.url);
const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    sizes: { type: 'string', default: '10,100,1000' },
    bundle: { type: 'string', default: new URL('../dist/kommun-elements.js', here).pathname },
  },
});
const runs = Number(options.runs ?? (options.quick ? 4 : 15));
const warmup = options.quick ? 1 : 3;
const memoryRuns = options.quick ? 1 : 3;
const sizes = options.sizes.split(',').map(Number);
const MEMORY_GOALS = 1000;
const started = Date.now();
const deadline = started + (options.quick ? 60_000 : 180_000);

const AIMS = { goalList: 1.5, reference: 1.6, heapBytes: 1.5 * 1024 * 1024 };

let bundle;
try {
  bundle = await readFile(options.bundle);
} catch {
  console.error(`bench: ${options.bundle} is missing. Run \`npm run build\` first (or pass --bundle).`);
  process.exit(1);
}
const data = JSON.parse(await readFile(new URL('../data/vara-kommun.json', here), 'utf8'));
const body = referenceBody(data);
const html = (name) => ({ type: 'text/html', body: readFile(new URL(name, here)) });
const files = {
  '/kommun-elements.js': { type: 'text/javascript', body: bundle },
  '/goal-list.html': html('goal-list.html'),
  '/reference.html': html('reference.html'),
  '/reference-script.html': { type: 'text/html', body },
  '/reference-ssr.html': { type: 'text/html', body: await preRendered(body) },
};
for (const file of Object.values(files)) file.body = await file.body;

const server = await serve(files);
const browser = await launch();
const results = {};
try {
  const common = { browser, data, runs, warmup, deadline };
  results.goalList = await timeGoalList({ ...common, url: `${server.origin}/goal-list.html`, sizes });
  results.reference = await timeReference({ ...common, url: `${server.origin}/reference.html` });
  results.memory = await weighGoalList({ browser, data, url: `${server.origin}/goal-list.html`, n: MEMORY_GOALS, runs: memoryRuns });
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  const version = await browser.version();
  await browser.close();
  await server.close();
  print(version);
}

function print(version) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const times = (value) => `${value.toFixed(2)}×`;
  const MB = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  const rows = [];
  for (const row of results.goalList ?? []) {
    rows.push([`goal-list, ${row.n} goals: render + layout`, ms(row.a), ms(row.b), times(row.ratio), row.n === 1000 ? `≤ ${AIMS.goalList}×` : '']);
  }
  if (results.reference) {
    const { a, b, ratio, bundle } = results.reference;
    rows.push(['reference page: script arrived → rendered / SSR HTML → rendered', ms(a), ms(b), times(ratio), `≤ ${AIMS.reference}×`]);
    rows.push(['…of which the bundle alone, on an empty page (parse, compile, run)', ms(bundle), '', '', '']);
    rows.push(['…and so rendering the five elements', ms(a - bundle), ms(b), times((a - bundle) / b), '']);
  }
  if (results.memory) {
    const { n, a, b } = results.memory;
    rows.push([`JS heap, ${n} goals`, MB(a.js), MB(b.js), times(a.js / b.js), `≤ ${MB(AIMS.heapBytes)}`]);
    rows.push([`Blink heap (DOM objects), ${n} goals`, MB(a.dom), MB(b.dom), times(a.dom / b.dom), '']);
    rows.push([`DOM nodes, ${n} goals (shadow roots included)`, String(a.nodes), String(b.nodes), times(a.nodes / b.nodes), '']);
  }
  const header = ['measure', 'elements (A)', 'floor (B)', 'A/B', 'aim'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((cells) => cells[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  console.log(
    `\nkommun-elements benchmark — medians of interleaved runs (${runs} timed pairs after ${warmup} warm-up; memory: ${memoryRuns} fresh tab(s) each)`,
  );
  console.log(`${version}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}\n`);
  console.log(line(header));
  console.log(`|${widths.map((width, i) => (i ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`);
  for (const cells of rows) console.log(line(cells));
  console.log('\nA/B: the median of the ratios within each pair (times), or of the medians (memory). B: bare static HTML, no styles (goal-list);');
  console.log('the page pre-rendered by ssr/render.js, no script (reference). Heap: growth after a render, after full garbage collections.');
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
