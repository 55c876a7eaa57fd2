// A static file server on loopback for the embedding tests: serves the repository (dist/,
// data/, test pages), with the strict Content-Security-Policy of SPEC.md on pages that ask for it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * The policy of a page by its folder: `csp/` STRICT_CSP; `csp-lit-only/` the same with a
 * `trusted-types` directive that names Lit's policy but not ours (kommun-elements).
 */
const POLICIES = [
  ['/csp/', STRICT_CSP],
  ['/csp-lit-only/', `${STRICT_CSP}; trusted-types lit-html`],
];

/** Serves `root`, each page with the policy of its folder (POLICIES). Returns { url, close }. */
export async function startStaticServer(root) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204).end(); // Browsers ask for it; a 404 would read as a page error.
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      const policy = POLICIES.find(([folder]) => path.includes(folder))?.[1];
      if (policy) headers['content-security-policy'] = policy;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
