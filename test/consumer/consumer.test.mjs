// The package as a municipality's front-end developer gets it (issue 11): `npm pack` (after
// `npm run build`), the tarball installed into two throwaway projects, a Vite + TypeScript app and
// a React 19 + TypeScript app. Each must type-check with valid data and fail on the wrong data,
// build with Vite, and render its elements in Chromium. The install carries neither the SSR
// toolchain nor a database driver. The versions installed beside it are the repository's own
// (from its lock file), so that npm takes them from its cache.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../e2e/static-server.mjs';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../..', import.meta.url));
const TSC = join(repo, 'node_modules/typescript/bin/tsc');
const VITE = join(repo, 'node_modules/vite/bin/vite.js');
/** Never in a front-end install: the SSR renderer and the receiver's drivers are optional peers. */
const SERVER_ONLY = ['@lit-labs/ssr', 'parse5', 'better-sqlite3', 'pg', 'node-fetch', 'web-streams-polyfill'];

const version = async (name) => JSON.parse(await readFile(join(repo, 'node_modules', name, 'package.json'), 'utf8')).version;

/** A command's exit code and output, without throwing. */
async function attempt(file, args, cwd) {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    return { code: error.code ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

async function duBytes(path) {
  const entry = await stat(path);
  if (!entry.isDirectory()) return entry.size;
  let total = 0;
  for (const name of await readdir(path)) total += await duBytes(join(path, name));
  return total;
}

async function writeFiles(root, files) {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, name)), { recursive: true });
    await writeFile(join(root, name), text);
  }
}

const TSCONFIG = (extra = {}) =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      strict: true,
      skipLibCheck: false,
      noEmit: true,
      types: [],
      ...extra,
    },
    include: ['src'],
  });

const GOALS = `[
  { title: 'Hållbar ekonomi', description: 'Ett stycke.' },
  { title: { sv: 'Attraktivt Vara', en: 'An attractive Vara' }, description: ['Ett.', { sv: 'Två.' }], status: { level: 'on-track' } },
]`;

/** A Vite + TypeScript app: one element, a helper entry and the types of the root entry. */
const VITE_APP = {
  'index.html':
    '<!doctype html><html lang="sv"><body><main id="app"></main><p id="holidays"></p><script type="module" src="/src/main.ts"></script></body></html>\n',
  'src/main.ts': `import 'kommun-elements/goal-list.js';
import { swedishHolidays } from 'kommun-elements/hours';
import type { GoalSetInput, KommunErrorDetail } from 'kommun-elements';

const set: GoalSetInput = { title: 'Övergripande mål', goals: ${GOALS} };
const list = document.createElement('goal-list');
list.headingLevel = 3;
list.goals = set;
list.addEventListener('kommun-error', (event) => {
  const detail: KommunErrorDetail = event.detail;
  document.title = detail.path;
});
document.querySelector('#app')!.append(list);
document.querySelector('#holidays')!.textContent = String(swedishHolidays(2026).length);
`,
  'src/wrong.ts': `import 'kommun-elements/goal-list.js';
const list = document.createElement('goal-list');
list.goals = [{}]; // error
list.goals = [{ title: 'Mål', description: 42 }]; // error
list.goals = { goals: [{ titel: 'Mål' }] }; // error
list.layout = 'table'; // error
list.addEventListener('kommun-error', (event) => event.detail.field); // error
`,
};

/** A React 19 + TypeScript app: every element in JSX, arrays as properties, events as `on<event>`. */
const REACT_APP = {
  'index.html': '<!doctype html><html lang="sv"><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n',
  'vite.config.js': "export default { oxc: { jsx: { runtime: 'automatic' } } };\n",
  'src/main.tsx': `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'kommun-elements';
import type {} from 'kommun-elements/react';
import type { FactorInput, GoalInput } from 'kommun-elements';

const goals: GoalInput[] = ${GOALS};
const factors: FactorInput[] = ['Folkhälsa', { id: 'samverkan', label: { sv: 'Samverkan', en: 'Collaboration' } }];

function App() {
  const [votes, setVotes] = useState(0);
  return (
    <>
      <goal-list goals={goals} heading-level="2" summary={true} onkommun-error={(event) => console.error(event.detail.message)} />
      <success-factors factors={factors} layout="chips" />
      <contact-status name="Kontaktcenter" phone="0512-310 00" now="2026-09-28T10:00" hours={{ regular: [{ days: ['mon-fri'], opens: '08.00', closes: '16.30' }] }} />
      <page-feedback page="mal" onpage-feedback={(event) => { event.preventDefault(); setVotes(votes + (event.detail.helpful ? 1 : 0)); }} />
      <output id="votes">{votes}</output>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
`,
  'src/wrong.tsx': `import 'kommun-elements';
import type {} from 'kommun-elements/react';

export const wrong = (
  <>
    <goal-list goals={[{}]} />{/* error */}
    <goal-list layout="table" />{/* error */}
    <success-factors factors={[42]} />{/* error */}
    <contact-status hours={{ regular: [{ days: ['monday'], opens: '08', closes: '16' }] }} />{/* error */}
    <page-feedback onpage-feedback={(event) => event.detail.nope} />{/* error */}
    <goal-lst />{/* error */}
  </>
);
`,
};

describe('the packed tarball in fresh projects', { timeout: 180_000 }, () => {
  let dir;
  let tarball;
  let packed;
  let browser;
  const apps = {};
  const servers = [];
  /** A static server, closed after the browser: Chromium keeps its connections open until it exits. */
  const serve = async (root) => {
    const server = await startStaticServer(root);
    servers.push(server);
    return server;
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kommun-consumer-'));
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: repo, maxBuffer: 16 * 1024 * 1024 });
    [packed] = JSON.parse(stdout);
    tarball = join(dir, packed.filename);
    const pinned = {
      typescript: await version('typescript'),
      react: await version('react'),
      'react-dom': await version('react-dom'),
      '@types/react': await version('@types/react'),
      '@types/react-dom': await version('@types/react-dom'),
    };
    const projects = {
      vite: { files: VITE_APP, dependencies: { 'kommun-elements': `file:${tarball}` }, tsconfig: TSCONFIG() },
      react: {
        files: REACT_APP,
        dependencies: {
          'kommun-elements': `file:${tarball}`,
          react: pinned.react,
          'react-dom': pinned['react-dom'],
          '@types/react': pinned['@types/react'],
          '@types/react-dom': pinned['@types/react-dom'],
        },
        tsconfig: TSCONFIG({ jsx: 'react-jsx' }),
      },
    };
    await Promise.all(
      Object.entries(projects).map(async ([name, project]) => {
        const root = join(dir, name);
        await writeFiles(root, {
          ...project.files,
          'package.json': JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module', dependencies: project.dependencies }),
          'tsconfig.json': project.tsconfig,
        });
        apps[name] = root;
      }),
    );
    // One after the other: two npm installs at once share (and lock) the cache.
    for (const root of Object.values(apps)) {
      await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    }
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('the install is lean: no SSR toolchain, no database driver', async () => {
    const installed = await readdir(join(apps.vite, 'node_modules'));
    const scoped = (
      await Promise.all(
        installed
          .filter((name) => name.startsWith('@'))
          .map(async (scope) => (await readdir(join(apps.vite, 'node_modules', scope))).map((name) => `${scope}/${name}`)),
      )
    ).flat();
    const all = [...installed.filter((name) => !name.startsWith('@') && !name.startsWith('.')), ...scoped];
    assert.deepEqual(
      SERVER_ONLY.filter((name) => all.includes(name)),
      [],
    );
    const size = await duBytes(join(apps.vite, 'node_modules'));
    console.log(
      `# tarball ${packed.filename}: ${(packed.size / 1024).toFixed(0)} kB packed, ${(packed.unpackedSize / 1024).toFixed(0)} kB unpacked, ${packed.entryCount} files`,
    );
    console.log(`# npm i kommun-elements: ${all.length} packages (${all.sort().join(', ')}), ${(size / 1024 / 1024).toFixed(1)} MB in node_modules`);
  });

  test('the bin answers --help and --version without a database driver', async () => {
    const bin = join(apps.vite, 'node_modules/.bin/kommun-elements-feedback');
    const help = await attempt(process.execPath, [bin, '--help'], apps.vite);
    assert.equal(help.code, 0, help.output);
    assert.match(help.output, /--db/);
    const shown = await attempt(process.execPath, [bin, '--version'], apps.vite);
    assert.equal(shown.code, 0, shown.output);
    assert.equal(shown.output.trim(), packed.version);
  });

  for (const [name, wrong] of [
    ['vite', 'src/wrong.ts'],
    ['react', 'src/wrong.tsx'],
  ]) {
    test(`${name}: tsc passes on the valid data and fails on each wrong line`, async () => {
      const files = name === 'vite' ? VITE_APP : REACT_APP;
      await writeFile(join(apps[name], 'tsconfig.valid.json'), JSON.stringify({ extends: './tsconfig.json', exclude: [wrong] }));
      const clean = await attempt(process.execPath, [TSC, '-p', 'tsconfig.valid.json'], apps[name]);
      assert.equal(clean.code, 0, clean.output);
      const failed = await attempt(process.execPath, [TSC, '-p', '.'], apps[name]);
      assert.notEqual(failed.code, 0);
      const expected = files[wrong]
        .split('\n')
        .map((line, i) => (/\/\/ error|\{\/\* error \*\/\}/.test(line) ? i + 1 : 0))
        .filter(Boolean);
      const reported = new Set([...failed.output.matchAll(new RegExp(`${wrong.replace('.', '\\.')}\\((\\d+),`, 'g'))].map((match) => Number(match[1])));
      assert.deepEqual(
        expected.filter((line) => !reported.has(line)),
        [],
        failed.output,
      );
      assert.deepEqual(
        [...reported].filter((line) => !expected.includes(line)),
        [],
        failed.output,
      );
      assert.doesNotMatch(failed.output, /node_modules\/kommun-elements/, 'the shipped .d.ts have errors');
    });
  }

  test('vite: builds and renders <goal-list> in Chromium; the bundle holds one element and no other', async () => {
    const build = await attempt(process.execPath, [VITE, 'build', '--logLevel', 'warn'], apps.vite);
    assert.equal(build.code, 0, build.output);
    const assets = join(apps.vite, 'dist/assets');
    const [script] = (await readdir(assets)).filter((file) => file.endsWith('.js'));
    const code = await readFile(join(assets, script));
    console.log(
      `# Vite app with goal-list.js (+ goal-card, Lit, i18next) and kommun-elements/hours: ${(code.length / 1024).toFixed(1)} kB, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} kB gzip`,
    );
    const server = await serve(join(apps.vite, 'dist'));
    const page = await browser.newPage();
    try {
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(() => document.querySelector('goal-list')?.shadowRoot?.querySelector('h3'), { timeout: 10_000 });
      const seen = await page.evaluate(() => ({
        headings: [...document.querySelector('goal-list').shadowRoot.querySelectorAll('h3')].map((h) => h.textContent.trim()),
        holidays: document.querySelector('#holidays').textContent,
        defined: ['goal-list', 'goal-card', 'success-factors', 'contact-status', 'page-feedback'].filter((tag) => customElements.get(tag)),
      }));
      assert.deepEqual(seen.headings, ['Hållbar ekonomi', 'Attraktivt Vara']);
      assert.ok(Number(seen.holidays) > 10);
      assert.deepEqual(seen.defined, ['goal-list', 'goal-card']);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  test('react: builds and renders every element from JSX, with properties and events', async () => {
    const build = await attempt(process.execPath, [VITE, 'build', '--logLevel', 'warn'], apps.react);
    assert.equal(build.code, 0, build.output);
    const server = await serve(join(apps.react, 'dist'));
    const page = await browser.newPage();
    try {
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(() => document.querySelector('page-feedback')?.shadowRoot?.querySelector('button'), { timeout: 10_000 });
      const seen = await page.evaluate(() => ({
        goals: [...document.querySelector('goal-list').shadowRoot.querySelectorAll('h2')].map((h) => h.textContent.trim()),
        factors: [...document.querySelector('success-factors').shadowRoot.querySelectorAll('li')].map((li) => li.textContent.trim()),
        contact: document.querySelector('contact-status').shadowRoot.textContent.replace(/\s+/g, ' '),
      }));
      assert.deepEqual(seen.goals, ['Hållbar ekonomi', 'Attraktivt Vara']);
      assert.deepEqual(seen.factors, ['Folkhälsa', 'Samverkan']);
      assert.match(seen.contact, /Kontaktcenter/);
      // The vote reaches React through `onpage-feedback` (cancelled there, so nothing is sent).
      await page.evaluate(() => document.querySelector('page-feedback').shadowRoot.querySelector('button').click());
      await page.waitForFunction(() => document.querySelector('#votes').textContent === '1', { timeout: 5_000 });
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});
