#!/usr/bin/env node
// `npm run bench`: how long <goal-list> takes to render and lay out 10, 100 and 1000 goals in
// headless Chromium, against the same content as static HTML (the floor a browser cannot beat).
//
// Builds nothing: it loads the self-contained bundle `dist/kommun-elements.js` (`npm run build`)
// on bench/goal-list.html, served from a loopback port. Each size is measured warm (one page,
// container cleared between runs, after unmeasured warm-up runs) and cold (a fresh page per run:
// the first <goal-list> a page renders). Times are medians, in milliseconds, from creating the
// element (or setting innerHTML) to the end of a forced layout. Not a test: it never fails on
// timing, and it stops adding sizes after about 100 s.
//
// Options: --runs N (warm runs per size, default 15), --cold N (cold runs, default 5),
// --sizes 10,100,1000, --bundle path/to/kommun-elements.js, CHROME_PATH (default /usr/bin/chromium).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/chromium.mjs';

const here = new URL('.', import.meta.url);
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    cold: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '10,100,1000' },
    bundle: { type: 'string', default: new URL('../dist/kommun-elements.js', here).pathname },
  },
});
const runs = Number(options.runs);
const coldRuns = Number(options.cold);
const sizes = options.sizes.split(',').map(Number);
const WARMUP = 3;
const BUDGET_MS = 100_000;

let bundle;
try {
  bundle = await readFile(options.bundle);
} catch {
  console.error(`bench: ${options.bundle} is missing. Run \`npm run build\` first (or pass --bundle).`);
  process.exit(1);
}
const page = await readFile(new URL('goal-list.html', here));
const data = JSON.parse(await readFile(new URL('../data/vara-kommun.json', here), 'utf8'));

/** The reference goal set with `n` goals: the page's four, repeated, each with its own id and title. */
function goalSet(n) {
  const goals = Array.from({ length: n }, (_, i) => {
    const goal = data.goals[i % data.goals.length];
    return {
      ...goal,
      id: `${goal.id}-${i + 1}`,
      title: { sv: `${goal.title.sv} (${i + 1})`, en: `${goal.title.en} (${i + 1})` },
    };
  });
  return { title: data.title, intro: data.intro, note: data.note, goals, successFactors: data.successFactors };
}

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/kommun-elements.js') {
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(bundle);
  } else if (path === '/' || path === '/goal-list.html') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  } else {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/goal-list.html`;

const browser = await launchChromium();

/** A fresh bench page with the bundle loaded; fails clearly if the bundle has no <goal-list>. */
async function openPage() {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1024, height: 768 });
  await tab.goto(url, { waitUntil: 'load' });
  try {
    await tab.waitForFunction("customElements.get('goal-list') && customElements.get('goal-card') && 'bench' in globalThis", { timeout: 10_000 });
  } catch {
    throw new Error(`the bundle ${options.bundle} does not define <goal-list> and <goal-card> (are they exported from src/index.ts?)`);
  }
  return tab;
}

const measure = (tab, kind, set, count, warmup) =>
  tab.evaluate((args) => globalThis.bench.measure(args), { kind, set, runs: count, warmup });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const started = Date.now();
const rows = [];
try {
  for (const n of sizes) {
    if (Date.now() - started > BUDGET_MS) {
      console.warn(`bench: time budget used up; ${n} goals left out`);
      break;
    }
    const set = goalSet(n);
    // Warm: one page per kind, unmeasured warm-up runs first.
    const warm = {};
    for (const kind of ['goal-list', 'static']) {
      const tab = await openPage();
      warm[kind] = await measure(tab, kind, set, runs, WARMUP);
      await tab.close();
    }
    // Cold: the first render on a fresh page, goal-list and static taking turns.
    const cold = { 'goal-list': [], static: [] };
    for (let i = 0; i < coldRuns; i++) {
      for (const kind of ['goal-list', 'static']) {
        const tab = await openPage();
        cold[kind].push((await measure(tab, kind, set, 1, 0)).total);
        await tab.close();
      }
    }
    rows.push({
      n,
      listRender: warm['goal-list'].render,
      listTotal: warm['goal-list'].total,
      staticTotal: warm.static.total,
      coldList: median(cold['goal-list']),
      coldStatic: median(cold.static),
    });
  }
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  const version = await browser.version();
  await browser.close();
  server.close();
  if (rows.length) print(version);
}

function print(version) {
  const ms = (value) => value.toFixed(1);
  const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(1)}×` : '–');
  const header = ['goals', 'goal-list render', 'goal-list +layout', 'static +layout', 'ratio', 'cold goal-list', 'cold static', 'cold ratio'];
  const table = rows.map((row) => [
    String(row.n),
    ms(row.listRender),
    ms(row.listTotal),
    ms(row.staticTotal),
    ratio(row.listTotal, row.staticTotal),
    ms(row.coldList),
    ms(row.coldStatic),
    ratio(row.coldList, row.coldStatic),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...table.map((cells) => cells[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  console.log(`\n<goal-list> vs static HTML — medians in ms (warm: ${runs} runs after ${WARMUP} warm-up; cold: ${coldRuns} fresh pages)`);
  console.log(`${version}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}\n`);
  console.log(line(header));
  console.log(`|${widths.map((width, i) => (i ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`);
  for (const cells of table) console.log(line(cells));
  console.log('\nrender: element created → list and every card updated; +layout: then a forced layout.');
  console.log('ratio: goal-list +layout / static +layout (static: innerHTML of the same markup, then a forced layout).');
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
