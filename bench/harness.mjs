// What the benchmarks share: a loopback server for the bench pages, Chromium with a garbage
// collector the page and CDP can call, medians, and the JS heap of a tab.
import { createServer } from 'node:http';
import { CHROMIUM_ARGS, launchChromium } from '../scripts/chromium.mjs';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Serves `files` (path → { type, body }) on 127.0.0.1 and a free port; resolves to its origin and close(). */
export async function serve(files) {
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (file) response.writeHead(200, { 'content-type': `${file.type}; charset=utf-8`, 'cache-control': 'no-store' }).end(file.body);
    else response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Headless Chromium with `gc()` in pages (a collection before each timed render). */
export const launch = () => launchChromium({ args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });

/** A new tab on `url`, once `ready` (a page expression) is true. */
export async function open(browser, url, ready) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1024, height: 768 });
  tab.on('pageerror', (error) => console.error(`bench: page error: ${error.message}`));
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(ready, { timeout: 10_000 });
  return tab;
}

/** The tab's JS heap in bytes after full garbage collections (V8's own and, where reported, Blink's DOM heap). */
export async function heap(tab) {
  const cdp = await tab.createCDPSession();
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
    return { js: usedSize, dom: embedderHeapUsedSize ?? 0 };
  } finally {
    await cdp.detach();
  }
}
