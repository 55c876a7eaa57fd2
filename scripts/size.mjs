#!/usr/bin/env node
// `npm run size`: gzip sizes of the built files, against a baseline built in the same run
// (Lit + i18next alone, minified the same way), against the budget in package.json, and for
// kommun-elements.js against the size it aims at (TARGET). Exits non-zero when a file is over
// its budget; missing the target is only reported. Run `npm run build` first.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { JS_MINIFY } from './minify.mjs';

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const budget = pkg.sizeBudget ?? {};
/** What the self-contained bundle aims at (gzip bytes), beyond the budget it must hold. */
const TARGET = { 'kommun-elements.js': 40 * 1024 };

/** Lit + i18next alone, minified by the same bundler: the floor any Lit + i18next library starts from. */
async function baseline() {
  // Inside the project, so that the entry resolves lit and i18next from node_modules.
  await mkdir('node_modules/.cache', { recursive: true });
  const dir = await mkdtemp(join(process.cwd(), 'node_modules/.cache/kommun-size-'));
  try {
    const entry = join(dir, 'entry.js');
    await writeFile(
      entry,
      `import { LitElement, html } from 'lit';\nimport i18next from 'i18next';\n` +
        `customElements.define('x-base', class extends LitElement { render() { return html\`\${i18next.createInstance().t('x')}\`; } });\n`,
    );
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root: process.cwd(),
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        lib: { entry, formats: ['es'], fileName: () => 'base.js' },
        rolldownOptions: { output: { minify: JS_MINIFY, comments: false } },
      },
    });
    const output = (Array.isArray(result) ? result[0] : result).output;
    return gzipSize(Buffer.from(output.find((chunk) => chunk.type === 'chunk').code));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A file with the chunks it imports (transitively), as a bundler would ship it; Lit and i18next left out. */
async function withChunks(file, seen = new Set()) {
  if (seen.has(file)) return '';
  seen.add(file);
  const code = await readFile(join('dist', file), 'utf8');
  const imports = [...code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+)["']/g)].map((m) => join(file, '..', m[1]));
  return code + (await Promise.all(imports.map((each) => withChunks(each, seen)))).join('');
}

const base = await baseline();
const files = ['kommun-elements.js', ...(await readdir('dist')).filter((f) => f.endsWith('.js') && f !== 'kommun-elements.js').sort()];
const rows = [];
let over = false;
for (const file of files) {
  const size = gzipSize(Buffer.from(await withChunks(file)));
  const limit = budget[file];
  const fails = limit !== undefined && size > limit;
  over ||= fails;
  const target = TARGET[file];
  rows.push({
    file,
    gzip: kB(size),
    'vs Lit+i18next': (size / base).toFixed(2),
    budget: limit ? kB(limit) : '',
    status: fails ? 'OVER' : 'ok',
    target: target ? `${kB(target)} ${size <= target ? 'met' : `(${kB(size - target)} to go)`}` : '',
  });
}
console.log(`Baseline, Lit + i18next alone (minified, gzip -9): ${kB(base)}`);
console.table(rows);
console.log(
  'Entries are counted with the chunks they import, without Lit and i18next (left to the bundler); kommun-elements.js is self-contained, what a CMS page loads.',
);
if (over) {
  console.error('size: over budget (package.json "sizeBudget")');
  process.exit(1);
}
