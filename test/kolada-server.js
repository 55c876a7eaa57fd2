// @ts-check
// A local server that answers exactly in Kolada's API v3 shape, for the tests of
// `kommun-elements kolada` (test/ssr/kolada.test.mjs) and of `kolada-live` in the browser (through
// koladaPlugin() in web-test-runner.config.js). Never the real API. On its own origin, so that the
// browser's CORS rules apply as they do to api.kolada.se.
//
//   {base}/v3/data/kpi/N01951/municipality/1470/year/…   two pages (next_url); the newest year Missing
//   {base}/v3/data/kpi/<other>/…                         no records (Kolada has no value)
//   {base}/slow/v3/…                                     the same, after SLOW_MS
//   {base}/fail/v3/…                                     503
//   {base}/nocors/v3/…                                   the same data without Access-Control-Allow-Origin
import { createServer } from 'node:http';

export const SLOW_MS = 12_000;

/** One record of N01951 in 1470: women 1, all `value` with `status`. */
const record = (period, value, status = '') => ({
  kpi: 'N01951',
  municipality: '1470',
  period,
  values: [
    { gender: 'K', status: '', value: 1, count: 1 },
    { gender: 'T', status, value, count: 1 },
  ],
});

/** Starts the server on loopback; `requests` lists every URL asked for. */
export async function startKoladaServer() {
  /** @type {string[]} */
  const requests = [];
  const timers = new Set();
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push(url);
    const [, mode = ''] = /^\/(slow|fail|nocors)\//.exec(url) ?? [];
    const path = mode ? url.slice(mode.length + 1) : url;
    const send = (status, body) => {
      /** @type {Record<string, string>} */
      const headers = { 'content-type': 'application/json; charset=utf-8' };
      if (mode !== 'nocors') headers['access-control-allow-origin'] = '*';
      response.writeHead(status, headers);
      response.end(JSON.stringify(body));
    };
    if (mode === 'fail') return send(503, { error: 'unavailable' });
    const match = /^\/v3\/data\/kpi\/([^/]+)\/municipality\/(\d{4})\/year\/[\d,]+(\?page=2)?$/.exec(path);
    const answer = () => {
      if (!match) return send(404, { error: 'not found' });
      const [, kpi, municipality, second] = match;
      if (kpi !== 'N01951' || municipality !== '1470') return send(200, { count: 0, values: [], next_url: null });
      // Two pages; the newest year is missing and must be passed over.
      if (second) return send(200, { count: 4, values: [record(2022, 69.5), record(2021, 68)], previous_url: null, next_url: null });
      return send(200, { count: 4, values: [record(2024, null, 'Missing'), record(2023, 71)], next_url: `${base}${url}?page=2` });
    };
    if (mode !== 'slow') return answer();
    const timer = setTimeout(() => {
      timers.delete(timer);
      answer();
    }, SLOW_MS);
    timers.add(timer);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    base,
    requests,
    close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}

/** A @web/test-runner plugin: the server for the browser tests; `kolada-server` returns `{ base }`. */
export function koladaPlugin() {
  /** @type {Awaited<ReturnType<typeof startKoladaServer>> | undefined} */
  let server;
  return {
    name: 'kolada-server',
    async executeCommand({ command }) {
      if (command !== 'kolada-server') return undefined;
      server ??= await startKoladaServer();
      return { base: server.base, requests: server.requests.length };
    },
    async serverStop() {
      await server?.close();
    },
  };
}
