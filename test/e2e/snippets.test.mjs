// What an editor copies, pasted into a blank page with the built bundle (run after `npm run build`):
// - every example of every element (the list the stories are made from): its snippet renders the
//   same content as the same data given to the element as properties, so nothing of the data is
//   lost between the attribute and the element;
// - every snippet in docs/ (and the README), against the real feedback receiver: the elements
//   render without a notice, and for <page-feedback> a Ja and a Nej with a comment reach the
//   database once each;
// - the bundle's integrity hash, as the README's download line has the browser check it.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/chromium.mjs';
import { integrityOf } from '../../scripts/sri.mjs';
import { startReceiver } from '../../server/receiver.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const bundle = readFileSync(join(root, 'dist/kommun-elements.js'));
const TAGS = ['goal-list', 'goal-card', 'success-factors', 'contact-status', 'page-feedback'];
const TOKEN = 'snippets-test-token-0123456789';

/** The examples list, compiled from src/examples.ts for Node. */
async function loadExamples() {
  const { outputFiles } = await build({
    entryPoints: [join(root, 'src/examples.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

/** Every snippet an editor can copy from the docs: ```html blocks with an element, and docs/examples/snippets.html. */
export function docSnippets() {
  const snippets = [];
  const files = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`),
  ];
  for (const file of files) {
    for (const [, indent, code] of read(file).matchAll(/^([ \t]*)```html\n([\s\S]*?)^[ \t]*```/gm)) {
      const text = code.replace(new RegExp(`^${indent}`, 'gm'), '');
      if (TAGS.some((tag) => text.includes(`<${tag}`))) snippets.push({ where: file, text });
    }
  }
  for (const [, name, text] of read('docs/examples/snippets.html').matchAll(/<!-- snippet: ([\w-]+) -->\n([\s\S]*?)(?=\n<!-- snippet:|$)/g)) {
    if (TAGS.some((tag) => text.includes(`<${tag}`))) snippets.push({ where: `docs/examples/snippets.html#${name}`, text });
  }
  return snippets;
}

/** A blank page with the bundle: the snippet's own script line (any address) becomes the local bundle. */
const blankPage = (body, { lang = 'sv', script = '<script type="module" src="/dist/kommun-elements.js"></script>' } = {}) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Snippet</title></head><body><main>\n${body.replace(/<script[^>]*kommun-elements\.js[^>]*><\/script>\n?/g, '')}\n</main>${script}</body></html>`;

let server;
let receiver;
let browser;
let dbDir;
const pages = new Map();

before(async () => {
  dbDir = await mkdtemp(join(tmpdir(), 'kommun-snippets-'));
  receiver = await startReceiver({
    port: 0,
    host: '127.0.0.1',
    db: join(dbDir, 'feedback.sqlite'),
    token: TOKEN,
    rateLimit: 100_000,
    log: () => {},
    audit: () => {},
  });
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (pages.has(path)) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(path));
    if (path === '/dist/kommun-elements.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    // The docs' goal-set files (`/files/…json`, `/data/…`) are the reference page's.
    if (path.endsWith('.json') && !path.includes('finns-inte'))
      return res.writeHead(200, { 'content-type': 'application/json' }).end(read('data/vara-kommun.json'));
    res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.url = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await receiver?.close();
  await rm(dbDir, { recursive: true, force: true });
});

let pageCount = 0;
/** Serves `html` at a new address and opens it; resolves once every element has rendered. */
async function open(html) {
  const path = `/page-${++pageCount}`;
  pages.set(path, html);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
  await page.evaluate(async (tags) => {
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete));
  }, TAGS);
  return { page, errors, url: `${server.url}${path}` };
}

/** What each element shows: its tag, its shadow root's text, and its notice if any. */
const shown = (page) =>
  page.evaluate(
    (tags) =>
      [...document.querySelectorAll(tags.join(','))].map((el) => ({
        tag: el.localName,
        text: el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        notice: el.shadowRoot?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
      })),
    TAGS,
  );

describe('the examples, pasted into a blank page with the bundle', async () => {
  const { exampleSets, snippetOf } = await loadExamples();
  /** Data attributes that are also properties taking the parsed data. */
  const DATA_PROPERTIES = new Set(['goals', 'goal', 'factors', 'contact', 'hours']);
  for (const { tag, examples } of exampleSets) {
    for (const example of examples) {
      it(`<${tag}>: ${example.name}`, async () => {
        const lang = example.lang ?? 'sv';
        const pasted = await open(blankPage(snippetOf(tag, example), { lang }));
        // The same example given the way a developer would: data as properties, the rest as attributes.
        const byProperties = await open(blankPage('<div id="here"></div>', { lang }));
        await byProperties.page.evaluate(
          async (tag, example, dataProperties) => {
            const el = document.createElement(tag);
            for (const [name, value] of Object.entries(example.attributes)) {
              if (typeof value === 'object' && dataProperties.includes(name)) el[name] = value;
              else if (value === true) el.setAttribute(name, '');
              else el.setAttribute(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
            }
            el.innerHTML = example.content ?? '';
            document.getElementById('here').replaceWith(el);
            await el.updateComplete;
            await new Promise((resolve) => setTimeout(resolve, 300)); // a `src` arrives
            await el.updateComplete;
          },
          tag,
          example,
          [...DATA_PROPERTIES],
        );
        const [fromSnippet] = await shown(pasted.page);
        const [fromData] = await shown(byProperties.page);
        assert.deepEqual(pasted.errors, []);
        assert.ok(fromSnippet.text.length > 10, `${tag} rendered nothing`);
        assert.equal(fromSnippet.notice !== null, example.error === true, fromSnippet.notice ?? 'no notice');
        assert.equal(fromSnippet.text, fromData.text);
        await pasted.page.close();
        await byProperties.page.close();
      });
    }
  }
});

describe('every snippet in the docs, against the real receiver', () => {
  const snippets = docSnippets();

  it('finds the docs’ snippets', () => {
    assert.ok(snippets.length >= 10, `${snippets.length} snippets`);
    assert.ok(snippets.some(({ text }) => text.includes('<page-feedback')));
  });

  for (const { where, text } of snippets) {
    it(`${where}: ${text.match(/<([a-z]+-[a-z-]+)/)[1]} …`, async () => {
      // The editor's receiver is this one: its address replaces whatever origin the snippet names.
      const html = blankPage(text.replace(/endpoint="https?:\/\/[^/"]+/g, `endpoint="${receiver.url}`));
      const first = await open(html);
      assert.deepEqual(first.errors, []);
      const elements = await shown(first.page);
      assert.ok(elements.length > 0);
      for (const { tag, text: shownText, notice } of elements) {
        assert.equal(notice, null, `${tag} shows a notice: ${notice}`);
        assert.ok(shownText.length > 0, `${tag} rendered nothing`);
      }
      if (!elements.some((el) => el.tag === 'page-feedback')) return first.page.close();

      // A resident answers Ja on one visit, and Nej with a comment on another (a new tab).
      await answer(first.page, 'yes');
      const second = await open(html);
      await answer(second.page, 'no', 'Det saknas uppgift om vad som händer efter 2023.');
      const records = await recordsFor(first.url, second.url);
      assert.deepEqual(
        records.map(({ url, helpful, comment }) => ({ url, helpful, comment: comment ?? null })),
        [
          { url: first.url, helpful: true, comment: null },
          { url: second.url, helpful: false, comment: 'Det saknas uppgift om vad som händer efter 2023.' },
        ],
      );
      await first.page.close();
      await second.page.close();
    });
  }
});

/** Clicks Ja or Nej in every page-feedback of the page; with a comment, writes and sends it. Asserts the thanks. */
async function answer(page, button, comment) {
  await page.evaluate(async (button) => {
    for (const el of document.querySelectorAll('page-feedback')) {
      el.shadowRoot.querySelector(`button[part~="${button}"]`).click();
      await el.updateComplete;
    }
  }, button);
  if (comment) {
    // A comment sent within 2 s of its form opening is taken for a robot's.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await page.evaluate(async (comment) => {
      for (const el of document.querySelectorAll('page-feedback')) {
        const field = el.shadowRoot.querySelector('textarea');
        field.value = comment;
        field.dispatchEvent(new Event('input'));
        el.shadowRoot.querySelector('button[part~="send"]').click();
        await el.updateComplete;
      }
    }, comment);
  }
  await page.waitForNetworkIdle({ idleTime: 200 });
  const states = await page.evaluate(() =>
    [...document.querySelectorAll('page-feedback')].map((el) => ({
      thanks: el.shadowRoot.querySelector('[part~="thanks"]') !== null,
      refused: el.shadowRoot.querySelector('[part~="refused"]')?.textContent ?? null,
      form: el.shadowRoot.querySelector('textarea') !== null,
    })),
  );
  for (const state of states) {
    assert.equal(state.refused, null, `the answer was refused: ${state.refused}`);
    // Ja with comment="always" asks for a comment next; the answer itself is already sent.
    assert.ok(state.thanks || (!comment && state.form), JSON.stringify(state));
  }
}

/** The receiver's records of these two page addresses, oldest first. */
async function recordsFor(...urls) {
  const response = await fetch(`${receiver.url}/feedback.json`, { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(response.status, 200);
  const body = await response.json();
  const all = Array.isArray(body) ? body : (body.records ?? body.items);
  return all.filter((record) => urls.includes(record.url)).sort((a, b) => urls.indexOf(a.url) - urls.indexOf(b.url));
}

describe('the download line', () => {
  it('the integrity hash in dist/ is the bundle’s, and the browser accepts the bundle by it', async () => {
    const integrity = readFileSync(join(root, 'dist/kommun-elements.js.sri'), 'utf8').trim();
    assert.equal(integrity, integrityOf(bundle));
    const script = (hash) => `<script type="module" src="/dist/kommun-elements.js" integrity="${hash}" crossorigin="anonymous"></script>`;
    const good = await open(blankPage(`<success-factors factors='["Folkhälsa"]'></success-factors>`, { script: script(integrity) }));
    assert.match((await shown(good.page))[0].text, /Folkhälsa/);
    await good.page.close();
    // A file that is not the released one is refused: the hash is really checked.
    const wrong = await browser.newPage();
    pages.set('/wrong', blankPage(`<success-factors factors='["Folkhälsa"]'></success-factors>`, { script: script(integrityOf(Buffer.from('x'))) }));
    await wrong.goto(`${server.url}/wrong`, { waitUntil: 'networkidle0' });
    assert.equal(await wrong.evaluate(() => customElements.get('success-factors')), undefined);
    await wrong.close();
  });
});
