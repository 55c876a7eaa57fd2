#!/usr/bin/env node
// Run by `npm run build` after the bundle: the Subresource Integrity hash of dist/kommun-elements.js
// in dist/kommun-elements.js.sri, and the whole <script> line for this version from the npm CDN
// (jsDelivr) in dist/script-tag.html, so that an editor can copy it from the package.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The jsDelivr address of the one-file bundle of `version`. */
export const cdnUrl = (version) => `https://cdn.jsdelivr.net/npm/kommun-elements@${version}/dist/kommun-elements.js`;

/** `sha384-…` of the bytes, as the `integrity` attribute takes it. */
export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The line to put on a page once. */
export const scriptTag = (version, integrity) => `<script type="module" src="${cdnUrl(version)}" integrity="${integrity}" crossorigin="anonymous"></script>`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('../', import.meta.url);
  const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const integrity = integrityOf(readFileSync(new URL('dist/kommun-elements.js', root)));
  writeFileSync(new URL('dist/kommun-elements.js.sri', root), `${integrity}\n`);
  writeFileSync(new URL('dist/script-tag.html', root), `${scriptTag(version, integrity)}\n`);
  console.log(scriptTag(version, integrity));
}
