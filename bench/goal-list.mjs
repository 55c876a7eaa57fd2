// <goal-list> against the same goals as bare static HTML, on bench/goal-list.html (one tab per
// size, the bundle loaded):
// - time: A `el.goals = goals; container.append(el); await el.updateComplete` (and that of every
//   element inside its shadow root, at any depth) then `document.body.offsetHeight`; B
//   `container.innerHTML = markup` (`<h2>`, `<p>`, then an `<article><h2><p>…` per goal, no
//   styles) then `document.body.offsetHeight`. A and B take turns in the same tab, after
//   unmeasured warm-up pairs, with a garbage collection and a frame before each render; the
//   ratio is A/B within each pair, and its median is reported.
// - memory (one size): JS heap after a render minus before it, each after full garbage
//   collections (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage), in a fresh tab
//   that already holds the goal data and has rendered it once and emptied the container (so
//   that compiled code and one-time caches are not counted as the goals' cost); and the nodes in
//   the container, shadow roots included.
import { heap, median, open } from './harness.mjs';

/** The reference goal set with `n` goals: the data file's, repeated, each with its own id and title. */
export function goalSet(data, n) {
  const goals = Array.from({ length: n }, (_, i) => {
    const goal = data.goals[i % data.goals.length];
    return { ...goal, id: `${goal.id}-${i + 1}`, title: { sv: `${goal.title.sv} (${i + 1})`, en: `${goal.title.en} (${i + 1})` } };
  });
  return { title: data.title, intro: data.intro, note: data.note, goals, successFactors: data.successFactors };
}

const READY = "customElements.get('goal-list') && 'bench' in globalThis";

/** Timings at each size: { n, a, b, ratio } with medians in ms; stops adding sizes past `deadline` (ms since the epoch). */
export async function timeGoalList({ browser, url, data, sizes, runs, warmup, deadline }) {
  const rows = [];
  for (const n of sizes) {
    if (Date.now() > deadline) {
      console.warn(`bench: time budget used up; goal-list with ${n} goals left out`);
      break;
    }
    const tab = await open(browser, url, READY);
    await tab.evaluate((set) => globalThis.bench.load(set), goalSet(data, n));
    const { a, b } = await tab.evaluate((options) => globalThis.bench.pairs(options), { runs, warmup });
    await tab.close();
    rows.push({ n, a: median(a), b: median(b), ratio: median(a.map((ms, i) => ms / b[i])) });
  }
  return rows;
}

/** Heap growth and node count for `n` goals, as goal-list and as static HTML: medians of `runs` fresh tabs each, kinds taking turns. */
export async function weighGoalList({ browser, url, data, n, runs }) {
  const set = goalSet(data, n);
  const found = { 'goal-list': { js: [], dom: [], nodes: [] }, static: { js: [], dom: [], nodes: [] } };
  for (let i = 0; i < runs; i++) {
    for (const kind of i % 2 ? ['static', 'goal-list'] : ['goal-list', 'static']) {
      const tab = await open(browser, url, READY);
      await tab.evaluate((goals) => globalThis.bench.load(goals), set);
      await tab.evaluate((which) => globalThis.bench.warm(which), kind);
      const before = await heap(tab);
      const nodes = await tab.evaluate((which) => globalThis.bench.render(which), kind);
      const after = await heap(tab);
      await tab.close();
      found[kind].js.push(after.js - before.js);
      found[kind].dom.push(after.dom - before.dom);
      found[kind].nodes.push(nodes);
    }
  }
  const medians = (kind) => ({ js: median(found[kind].js), dom: median(found[kind].dom), nodes: median(found[kind].nodes) });
  return { n, a: medians('goal-list'), b: medians('static') };
}
