// `kommun-elements render` writes <contact-status>'s JSON-LD into the page's light DOM: the
// exact object the element makes (test/contact-status-json-ld.test.ts checks the element against
// the same file). Run after `npm run build`: node --test test/ssr/json-ld.test.mjs
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const expected = JSON.parse(await readFile(new URL('../fixtures/vara-json-ld.json', import.meta.url), 'utf8'));
const page = '<html lang="sv"><body><contact-status src="data/vara-kommun.json" now="2026-09-25T18:00:00+02:00"></contact-status></body></html>';

/** Runs the command with `input` on stdin, from the repository's root; its stdout. */
function render(input, args = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/kommun-elements.js', 'render', ...args], { cwd: root });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${err}`))));
    child.stdin.end(input);
  });
}

const scripts = (html) => [...html.matchAll(/<script type="application\/ld\+json" data-kommun-json-ld>(.*?)<\/script>/gs)].map((m) => m[1]);

describe('kommun-elements render: JSON-LD', () => {
  it('writes the exact GovernmentOffice into the light DOM, once, also when rendered again', async () => {
    const once = await render(page);
    assert.equal(scripts(once).length, 1);
    assert.deepEqual(JSON.parse(scripts(once)[0]), expected);
    assert.match(once, /<contact-status [^>]*><template shadowrootmode="open">.*<\/template><script type="application\/ld\+json"/s);
    const twice = await render(once);
    assert.equal(twice, once);
  });

  it('leaves it out with no-json-ld', async () => {
    const html = await render(page.replace('<contact-status ', '<contact-status no-json-ld '));
    assert.equal(scripts(html).length, 0);
  });
});
