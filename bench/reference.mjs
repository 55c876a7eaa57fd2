// The reference page: all five elements with their data inline (a `<script type="application/json">`
// child each, the data of data/vara-kommun.json, as test/ssr/pages/page.html gives it by `src`),
// on bench/reference.html, one fresh tab per run, the two kinds taking turns:
// - A "script": the body parsed and laid out with the elements not yet defined, the bundle
//   downloaded; the clock runs from `import()` of the bundle (script arrived) until every
//   element's `updateComplete` has resolved (and that of every element inside their shadow roots)
//   and a forced layout (`document.body.offsetHeight`) is done: rendered.
// - B "ssr": the same body pre-rendered by ssr/render.js (declarative shadow DOM); the clock runs
//   from `container.setHTMLUnsafe(html)` (HTML arrived) until a forced layout is done. No script:
//   <page-feedback> is a form the renderer leaves to the browser, so B shows its fallback link.
// - "bundle": the import alone on an empty page, to tell the script's own cost (parse, compile,
//   run, define) from the elements' rendering.
// The ratio is A/B within each pair; its median is reported.
import { renderHtml } from '../ssr/render.js';
import { median, open } from './harness.mjs';

const json = (value) => `<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

/** The reference page's body: the elements a municipality's goals page has, each with fallback content. */
export function referenceBody(data) {
  return `<main lang="sv">
  <h1>Övergripande mål</h1>
  <goal-list summary>${json(data)}<p>Målen (reservinnehåll)</p></goal-list>
  <goal-card>${json(data.goals[0])}<p>${data.goals[0].title.sv}</p></goal-card>
  <success-factors layout="chips">${json(data)}<p>Framgångsfaktorer (reservinnehåll)</p></success-factors>
  <contact-status>${json(data)}<p>Kontaktcenter (reservinnehåll)</p></contact-status>
  <page-feedback endpoint="/feedback" contact-href="/kontakt"><p><a href="/kontakt">Tyck till om sidan</a></p></page-feedback>
</main>`;
}

/** The body pre-rendered by the SSR renderer; throws on any error it reports. */
export async function preRendered(body) {
  const { html, errors } = await renderHtml(body, { lang: 'sv' });
  if (errors.length) throw new Error(`ssr: ${errors.map((error) => error.message).join('; ')}`);
  return html;
}

/** `runs` pairs after `warmup` unmeasured ones: { a, b, ratio } medians in ms, or fewer pairs past `deadline`. */
export async function timeReference({ browser, url, runs, warmup, deadline }) {
  const times = { script: [], ssr: [], bundle: [] };
  for (let i = 0; i < warmup + runs; i++) {
    if (i > warmup && Date.now() > deadline) {
      console.warn(`bench: time budget used up; reference page after ${i - warmup} pairs`);
      break;
    }
    for (const kind of i % 2 ? ['ssr', 'bundle', 'script'] : ['script', 'bundle', 'ssr']) {
      const tab = await open(browser, url, "'bench' in globalThis");
      const ms = await tab.evaluate((which) => globalThis.bench.run(which), kind);
      await tab.close();
      if (i >= warmup) times[kind].push(ms);
    }
  }
  return {
    a: median(times.script),
    b: median(times.ssr),
    ratio: median(times.script.map((ms, i) => ms / times.ssr[i])),
    bundle: median(times.bundle),
    pairs: times.ssr.length,
  };
}
