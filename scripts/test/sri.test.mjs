// The README's download line names the version in package.json, and says where its integrity hash is.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cdnUrl, integrityOf, scriptTag } from '../sri.mjs';

const root = new URL('../../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const readme = readFileSync(new URL('README.md', root), 'utf8');

test('every CDN address in the README is of the version in package.json', () => {
  const versions = [...readme.matchAll(/cdn\.jsdelivr\.net\/npm\/kommun-elements@([^/\s"'`]+)\//g)].map((m) => m[1]);
  assert.ok(versions.length >= 2, 'the quick start gives the bundle and its integrity file');
  assert.deepEqual(new Set(versions), new Set([version]));
  assert.ok(readme.includes(cdnUrl(version)));
  assert.ok(readme.includes(cdnUrl(version).replace(/kommun-elements\.js$/, 'script-tag.html')), 'the README links the ready line with its hash');
});

test('the script line carries the hash the browser checks', () => {
  const integrity = integrityOf(Buffer.from('export {};\n'));
  assert.match(integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
  assert.equal(
    scriptTag('1.2.3', integrity),
    `<script type="module" src="https://cdn.jsdelivr.net/npm/kommun-elements@1.2.3/dist/kommun-elements.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
  );
});
