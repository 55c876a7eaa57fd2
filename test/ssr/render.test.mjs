// `kommun-elements render`: the pre-rendered page is the input with only declarative shadow roots
// added, shows the content without JavaScript, and with JavaScript shows it once.
// Run after `npm run build`: node --test test/ssr/
/* global document, customElements, Element, NodeFilter */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import { launchChromium } from '../../scripts/chromium.mjs';
import { renderHtml } from '../../ssr/render.js';
import { startStaticServer } from '../e2e/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/kommun-elements.js', import.meta.url));
const pagePath = fileURLToPath(new URL('./pages/page.html', import.meta.url));
const badPath = fileURLToPath(new URL('./pages/bad.html', import.meta.url));

/**
 * The elements of pages/page.html by id, one line each: every heading they show (nested elements
 * included; `h2 Text`), in order, and texts that each occur exactly once, in order. Both fail when
 * content shows twice. `slotted`: the element shows its light DOM on purpose (a default slot for
 * free text), so the template keeps a slot.
 * @type {{ id: string, headings: string[], texts: string[], slotted?: boolean }[]}
 */
const CASES = [
  { id: 'attribute', headings: ['h2 Framgångsfaktorer'], texts: ['Folkhälsa', 'Samverkan', 'Dialog'] },
  { id: 'script', headings: ['h2 Framgångsfaktorer'], texts: ['Kultur', 'Digitalisering'] },
  {
    id: 'src',
    headings: ['h3 Framgångsfaktorer'],
    texts: ['Framgångsfaktorer anger områden', 'Folkhälsa', 'Samverkan', 'Dialog', 'Kultur', 'Digitalisering', 'Innovation', 'Utbildning'],
  },
  {
    id: 'english',
    headings: ['h2 Success factors'],
    texts: ['Success factors identify', 'Public health', 'Collaboration', 'Dialogue', 'Culture', 'Digitalisation', 'Innovation', 'Education'],
  },
  {
    id: 'goals',
    headings: [
      'h2 Övergripande mål och framgångsfaktorer 2020–2023',
      'h2 Attraktivt Vara med livskraft för alla',
      'h2 Verksamhet med god kvalitet',
      'h2 Välmående arbetsplats',
      'h2 Hållbar ekonomi',
    ],
    texts: ['Kommunfullmäktige har antagit', 'Arbetet med att ta fram förslag', 'Ett attraktivt Vara med god livskvalitet', 'den ekonomiska planeringen'],
  },
  { id: 'contact', headings: ['h2 Kontaktcenter'], texts: ['Vi svarar på frågor', '0512-310 00', 'kommun@vara.se'], slotted: true },
];

/** Elements that are left as they are, so their fallback shows without JavaScript. */
const NOT_RENDERED = ['feedback'];

/**
 * Node module hooks under which @lit-labs/ssr and parse5 are not installed, as for a front-end
 * user who installed only the elements (they are optional peer dependencies).
 */
const WITHOUT_RENDER_PACKAGES = (() => {
  const hooks = `export async function resolve(specifier, context, next) {
    const name = /^(@lit-labs\\/ssr|parse5)(\\/|$)/.exec(specifier)?.[1];
    if (!name) return next(specifier, context);
    const error = new Error("Cannot find package '" + name + "' imported from " + context.parentURL);
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }`;
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
  return ['--import', `data:text/javascript,${encodeURIComponent(register)}`];
})();

/**
 * Runs the bin.
 * @param {string[]} args
 * @param {string} [input] standard input
 * @param {string[]} [nodeOptions] options for node itself
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
function run(args, input, nodeOptions = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeOptions, bin, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

// ---------------------------------------------------------------------------------------------
// Reading the output (parse5)

/** @typedef {import('parse5').DefaultTreeAdapterMap['element']} Element */
/** @typedef {import('parse5').DefaultTreeAdapterMap['parentNode']} ParentNode */

/** @param {Element} element @param {string} name */
const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;

/**
 * The elements under `node` (not in template content) that `test` accepts, in document order.
 * @param {ParentNode} node
 * @param {(element: Element) => boolean} test
 * @returns {Element[]}
 */
function elements(node, test) {
  return node.childNodes.flatMap((child) => ('tagName' in child ? [...(test(child) ? [child] : []), ...elements(child, test)] : []));
}

/** @param {ParentNode} document @param {string} id */
function byId(document, id) {
  const [found] = elements(document, (element) => attr(element, 'id') === id);
  assert.ok(found, `#${id} is in the output`);
  return found;
}

/** The element's declarative shadow root template, if any. @param {Element} element */
const shadowTemplate = (element) =>
  element.childNodes.find(
    /** @returns {node is Element} */ (node) => 'tagName' in node && node.tagName === 'template' && attr(node, 'shadowrootmode') !== undefined,
  );

/**
 * The text shown by a template's content, nested shadow roots included, styles left out.
 * @param {ParentNode} node
 * @returns {string}
 */
function shownText(node) {
  const parts = node.childNodes.map((child) => {
    if (child.nodeName === '#text' && 'value' in child) return child.value;
    if (!('tagName' in child) || child.tagName === 'style' || child.tagName === 'script') return '';
    return child.tagName === 'template' && 'content' in child ? shownText(child.content) : shownText(child);
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Every heading a template's content shows, nested shadow roots included: `h2 Text`.
 * @param {ParentNode} node
 * @returns {string[]}
 */
function headings(node) {
  return node.childNodes.flatMap((child) => {
    if (!('tagName' in child)) return [];
    if (/^h[1-6]$/.test(child.tagName)) return [`${child.tagName} ${shownText(child)}`];
    return headings(child.tagName === 'template' && 'content' in child ? child.content : child);
  });
}

/** How many times `needle` occurs in `text`. @param {string} text @param {string} needle */
const occurrences = (text, needle) => text.split(needle).length - 1;

/**
 * Each text occurs exactly once, in the given order.
 * @param {string} text
 * @param {string[]} expected
 * @param {string} where
 */
function assertTextsOnce(text, expected, where) {
  let from = 0;
  for (const each of expected) {
    assert.equal(occurrences(text, each), 1, `${where}: "${each}" once in: ${text.slice(0, 400)}`);
    const at = text.indexOf(each);
    assert.ok(at >= from, `${where}: "${each}" in order`);
    from = at;
  }
}

// ---------------------------------------------------------------------------------------------

describe('kommun-elements render', () => {
  /** @type {string} */
  let input;
  /** @type {{ code: number | null, stdout: string, stderr: string }} */
  let result;
  /** @type {ReturnType<typeof parse>} */
  let output;

  before(async () => {
    input = await readFile(pagePath, 'utf8');
    result = await run(['render', pagePath, '--root', root]);
    output = parse(result.stdout, { sourceCodeLocationInfo: true });
  });

  it('succeeds without warnings', () => {
    assert.equal(result.stderr, '');
    assert.equal(result.code, 0);
  });

  it('keeps every byte of the page outside the templates it inserts right after the start tags', () => {
    const inserted = CASES.map(({ id }) => {
      const element = byId(output, id);
      const template = shadowTemplate(element);
      assert.ok(template?.sourceCodeLocation && element.sourceCodeLocation?.startTag, `#${id} has a declarative shadow root`);
      assert.equal(template.sourceCodeLocation.startOffset, element.sourceCodeLocation.startTag.endOffset, `#${id}: right after the start tag`);
      assert.equal(attr(template, 'shadowrootmode'), 'open');
      // <contact-status> also gets its JSON-LD in light DOM, right after the template.
      const jsonLd = element.childNodes.find((node) => node.tagName === 'script' && attr(node, 'data-kommun-json-ld') !== undefined);
      if (!jsonLd) return template.sourceCodeLocation;
      assert.equal(jsonLd.sourceCodeLocation.startOffset, template.sourceCodeLocation.endOffset, `#${id}: JSON-LD right after the template`);
      return { startOffset: template.sourceCodeLocation.startOffset, endOffset: jsonLd.sourceCodeLocation.endOffset };
    });
    let rest = result.stdout;
    for (const { startOffset, endOffset } of inserted.sort((a, b) => b.startOffset - a.startOffset)) {
      rest = rest.slice(0, startOffset) + rest.slice(endOffset);
    }
    assert.equal(rest, input);
  });

  for (const { id, headings: expected, texts, slotted } of CASES) {
    it(`#${id}: the template holds the headings and the texts`, () => {
      const template = shadowTemplate(byId(output, id));
      assert.ok(template && 'content' in template);
      assert.deepEqual(headings(template.content), expected);
      assertTextsOnce(shownText(template.content), texts, `#${id}`);
      const slots = elements(template.content, (element) => element.tagName === 'slot').length;
      assert.equal(slots, slotted ? 1 : 0, slotted ? 'a slot for the free text' : 'no slot: the fallback does not show');
    });
  }

  it('writes the styles into each shadow root', () => {
    const template = shadowTemplate(byId(output, 'attribute'));
    assert.ok(template && 'content' in template);
    const [style] = elements(template.content, (element) => element.tagName === 'style');
    const css = style?.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
    assert.match(css ?? '', /--kommun-color-accent/);
  });

  it('takes the language from the nearest ancestor, and never writes it into the markup', () => {
    const english = shadowTemplate(byId(output, 'english'));
    assert.ok(english && 'content' in english);
    const [base] = elements(english.content, (element) => attr(element, 'part') === 'base');
    assert.equal(base && attr(base, 'lang'), 'en');
    assert.equal(attr(byId(output, 'english'), 'lang'), undefined);
  });

  it('takes lang and dir from different ancestors, skipping lang=""', async () => {
    const html = `<div dir="rtl"><section lang="en"><p lang=""><success-factors factors='["Kultur"]'></success-factors></p></section></div>`;
    const { html: out, errors } = await renderHtml(html);
    assert.deepEqual(errors, []);
    const template = shadowTemplate(elements(parse(out), (element) => element.tagName === 'success-factors')[0]);
    assert.ok(template && 'content' in template);
    const [base] = elements(template.content, (element) => attr(element, 'part') === 'base');
    assert.equal(base && attr(base, 'lang'), 'en');
    assert.equal(base && attr(base, 'dir'), 'rtl');
    assert.ok(out.startsWith(`<div dir="rtl"><section lang="en"><p lang=""><success-factors factors='["Kultur"]'><template`), 'the start tag as it was');
  });

  it('leaves page-feedback as it is', () => {
    for (const id of NOT_RENDERED) assert.equal(shadowTemplate(byId(output, id)), undefined);
  });

  it('renders a pre-rendered page again to the same result', async () => {
    const again = await renderHtml(result.stdout, { file: pagePath, root });
    assert.deepEqual(again.errors, []);
    assert.equal(again.html, result.stdout);
  });

  it('keeps CRLF line ends, a byte order mark and text outside the BMP as they are', async () => {
    const html = '\uFEFF<p lang="en">😀 Vårt mål\r\n<success-factors\r\n  factors=\'["Folkhälsa"]\'>\r\n  <i>😀</i>\r\n</success-factors>\r\n';
    const { html: out, errors } = await renderHtml(html);
    assert.deepEqual(errors, []);
    const start = out.indexOf('<template shadowrootmode="open">');
    const end = out.indexOf('</template>', start) + '</template>'.length;
    assert.equal(start, html.indexOf("'>") + 2);
    assert.equal(out.slice(0, start) + out.slice(end), html);
    assert.match(out.slice(start, end), /Success factors/);
  });

  it('reads a snippet from standard input, with --lang for the page it goes into', async () => {
    const snippet = `<p>Före</p>\n<success-factors factors='["Folkhälsa", {"label": {"sv": "Dialog", "en": "Dialogue"}}]'></success-factors>\n`;
    const { code, stdout, stderr } = await run(['render', '--lang', 'en'], snippet);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.ok(
      stdout.startsWith(
        `<p>Före</p>\n<success-factors factors='["Folkhälsa", {"label": {"sv": "Dialog", "en": "Dialogue"}}]'><template shadowrootmode="open">`,
      ),
    );
    assert.ok(stdout.endsWith('</template></success-factors>\n'));
    const template = shadowTemplate(elements(parse(stdout), (element) => element.tagName === 'success-factors')[0]);
    assert.ok(template && 'content' in template);
    assertTextsOnce(shownText(template.content), ['Success factors', 'Folkhälsa', 'Dialogue'], 'snippet');
  });

  it('renders the summary of goal-list', async () => {
    const goals = JSON.stringify([{ title: 'Hållbar ekonomi' }, { id: 'dialog', title: 'Dialog med invånarna' }]);
    const { code, stdout, stderr } = await run(['render'], `<goal-list summary goals='${goals}'></goal-list>`);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const template = shadowTemplate(elements(parse(stdout), (element) => element.tagName === 'goal-list')[0]);
    assert.ok(template && 'content' in template);
    const links = elements(template.content, (element) => element.tagName === 'a').map((a) => `${attr(a, 'href')} ${shownText(a)}`);
    assert.deepEqual(links, ['#hallbar-ekonomi Hållbar ekonomi', '#dialog Dialog med invånarna']);
  });

  it('renders kolada-live with the written figures and asks Kolada nothing (the browser does, when it hydrates)', async () => {
    const goal = JSON.stringify({ title: 'Mål', indicators: [{ label: 'Andel', unit: '%', value: 60, kolada: { kpi: 'N01951', municipality: '1470' } }] });
    for (const tag of ['goal-card', 'goal-list']) {
      const data = tag === 'goal-card' ? `goal='${goal}'` : `goals='[${goal}]'`;
      const { code, stdout, stderr } = await run(['render'], `<${tag} kolada-live kolada-api="http://127.0.0.1:9/v3" ${data}></${tag}>`);
      assert.equal(stderr, '', tag);
      assert.equal(code, 0, tag);
      const template = shadowTemplate(elements(parse(stdout), (element) => element.tagName === tag)[0]);
      assert.match(shownText(template.content), /Andel.*60 %/, tag);
    }
  });

  it('fails on bad data with the element and the field path, a non-zero exit and nothing on stdout', async () => {
    const { code, stdout, stderr } = await run(['render', badPath]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^bad\.html:5:5: success-factors: factors\[1\]\.label: is missing$/m);
  });

  it('fails on a src file that cannot be read, and on bad JSON in a script child', async () => {
    const missing = await run(['render'], '<goal-list src="/data/nowhere.json"></goal-list>');
    assert.equal(missing.code, 1);
    assert.equal(missing.stdout, '');
    assert.match(missing.stderr, /goal-list: src: data\/nowhere\.json could not be read \(ENOENT\)/);
    const json = await run(['render'], '<success-factors><script type="application/json">["Folkhälsa",]</script></success-factors>');
    assert.equal(json.code, 1);
    assert.match(json.stderr, /success-factors: factors: is not valid JSON/);
    const url = await run(['render'], '<success-factors src="https://www.vara.se/mal.json"></success-factors>');
    assert.equal(url.code, 1);
    assert.match(url.stderr, /success-factors: src: "https:\/\/www\.vara\.se\/mal\.json" is a URL/);
  });

  it('says how to use it', async () => {
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    for (const option of ['render [file]', '--root', '--lang', '--quiet', '--help', '--version']) assert.ok(help.stdout.includes(option), option);
    const wrong = await run(['draw']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /unknown command "draw"/);
  });

  it('without @lit-labs/ssr and parse5 says what to install, and still shows --help and --version', async () => {
    const rendered = await run(['render', pagePath], undefined, WITHOUT_RENDER_PACKAGES);
    assert.equal(rendered.code, 2);
    assert.equal(rendered.stdout, '');
    assert.match(rendered.stderr, /needs @lit-labs\/ssr and parse5, which are not installed with the elements \(missing: @lit-labs\/ssr\)/);
    assert.match(rendered.stderr, /^ {2}npm i -D @lit-labs\/ssr parse5$/m);
    // Standard input is not waited for: the message comes first.
    const piped = await run(['render'], '<success-factors></success-factors>', WITHOUT_RENDER_PACKAGES);
    assert.equal(piped.code, 2);
    assert.match(piped.stderr, /npm i -D @lit-labs\/ssr parse5/);
    const help = await run(['--help'], undefined, WITHOUT_RENDER_PACKAGES);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: kommun-elements render/);
    const version = await run(['--version'], undefined, WITHOUT_RENDER_PACKAGES);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
  });
});

// ---------------------------------------------------------------------------------------------
// In Chromium: the rendered page is served in place of pages/page.html.

/**
 * What each element shows, read in the page.
 * @param {string[]} ids
 */
function probe(ids) {
  /** @param {Node} node @returns {string} */
  const shownText = (node) =>
    [...node.childNodes]
      .map((child) => {
        if (child.nodeType === 3) return child.textContent;
        if (!(child instanceof Element) || child.localName === 'style' || child.localName === 'script') return '';
        return shownText(child.shadowRoot ?? child);
      })
      .join(' ');
  return ids.map((id) => {
    const element = /** @type {HTMLElement & { hasUpdated?: boolean }} */ (document.getElementById(id));
    const shadow = element.shadowRoot;
    const comments = [];
    if (shadow) {
      const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_COMMENT);
      while (walker.nextNode()) comments.push(/** @type {Comment} */ (walker.currentNode).data);
    }
    /** @param {ParentNode} node @returns {string[]} */
    const headings = (node) =>
      [...node.children].flatMap((child) => {
        if (/^h[1-6]$/.test(child.localName)) return [`${child.localName} ${shownText(child).replace(/\s+/g, ' ').trim()}`];
        return headings(child.shadowRoot ?? child);
      });
    return {
      id,
      defined: customElements.get(element.localName) !== undefined,
      shadow: shadow !== null,
      bases: shadow?.querySelectorAll('[part="base"]').length ?? 0,
      headings: shadow ? headings(shadow) : [],
      text: shadow ? shownText(shadow).replace(/\s+/g, ' ').trim() : '',
      // `<!--lit-part …-->` comments: the server's content is still there.
      server: comments.some((data) => data.startsWith('lit-part')),
      fallbackVisible: element.querySelector('.fallback')?.checkVisibility() ?? false,
    };
  });
}

describe('the rendered page in Chromium', () => {
  /** @type {Awaited<ReturnType<typeof startStaticServer>>} */
  let server;
  /** @type {import('puppeteer-core').Browser} */
  let browser;
  /** @type {string} */
  let rendered;
  const ids = [...CASES.map((c) => c.id), ...NOT_RENDERED];

  before(async () => {
    rendered = (await run(['render', pagePath, '--root', root])).stdout;
    assert.ok(rendered.includes('shadowrootmode'));
    server = await startStaticServer(root);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Opens the rendered page. `hold`: a promise that the data files wait for.
   * @param {{ javaScript: boolean, hold?: Promise<void> }} options
   */
  async function open({ javaScript, hold }) {
    const page = await browser.newPage();
    /** @type {string[]} */
    const problems = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
    });
    await page.setJavaScriptEnabled(javaScript);
    await page.setRequestInterception(true);
    const url = `${server.url}/test/ssr/pages/page.html`;
    page.on('request', (request) => {
      if (request.url() === url) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: rendered });
      else if (hold && request.url().endsWith('.json')) void hold.then(() => request.continue());
      else void request.continue();
    });
    await page.goto(url, { waitUntil: hold ? 'load' : 'networkidle0' });
    return { page, problems };
  }

  /** @param {import('puppeteer-core').Page} page */
  const settled = (page) =>
    page.evaluate(() => Promise.all([...document.querySelectorAll('*')].map((el) => /** @type {{ updateComplete?: Promise<unknown> }} */ (el).updateComplete)));

  describe('with JavaScript off', () => {
    /** @type {Awaited<ReturnType<typeof probe>>} */
    let shown;
    before(async () => {
      const { page } = await open({ javaScript: false });
      shown = await page.evaluate(probe, ids);
      await page.close();
    });

    for (const { id, headings: expected, texts } of CASES) {
      it(`#${id} shows its content from the declarative shadow root, and hides its fallback`, () => {
        const element = shown.find((each) => each.id === id);
        assert.ok(element);
        assert.equal(element.defined, false, 'no script ran');
        assert.equal(element.shadow, true);
        assert.deepEqual(element.headings, expected);
        assertTextsOnce(element.text, texts, `#${id}`);
        assert.equal(element.fallbackVisible, false, 'the light-DOM fallback is hidden');
      });
    }

    it('shows the fallback of the elements it leaves as they are', () => {
      for (const id of NOT_RENDERED) assert.equal(shown.find((each) => each.id === id)?.fallbackVisible, true, `#${id}`);
    });
  });

  describe('with JavaScript', () => {
    /** @type {Awaited<ReturnType<typeof probe>>} */
    let shown;
    /** @type {string[]} */
    let problems;
    before(async () => {
      const opened = await open({ javaScript: true });
      await settled(opened.page);
      shown = await opened.page.evaluate(probe, ids);
      problems = opened.problems;
      await opened.page.close();
    });

    it('runs without errors or warnings', () => assert.deepEqual(problems, []));

    for (const { id, headings: expected, texts } of CASES) {
      it(`#${id} renders again in the browser and shows its content exactly once`, () => {
        const element = shown.find((each) => each.id === id);
        assert.ok(element);
        assert.equal(element.defined, true);
        assert.equal(element.server, false, 'the server’s content is gone');
        assert.equal(element.bases, 1, 'one wrapper in the shadow root');
        assert.deepEqual(element.headings, expected);
        assertTextsOnce(element.text, texts, `#${id}`);
        assert.equal(element.fallbackVisible, false);
      });
    }
  });

  describe('with JavaScript and slow data files', () => {
    /** @type {Awaited<ReturnType<typeof probe>>} */
    let waiting;
    /** @type {Awaited<ReturnType<typeof probe>>} */
    let arrived;
    /** @type {string[]} */
    let problems;
    before(async () => {
      /** @type {() => void} */
      let release = () => {};
      const hold = new Promise((resolve) => (release = () => resolve(undefined)));
      const opened = await open({ javaScript: true, hold });
      await settled(opened.page);
      await new Promise((resolve) => setTimeout(resolve, 200));
      waiting = await opened.page.evaluate(probe, ids);
      release();
      await opened.page.waitForNetworkIdle({ idleTime: 100 });
      await settled(opened.page);
      arrived = await opened.page.evaluate(probe, ids);
      problems = opened.problems;
      await opened.page.close();
    });

    it('runs without errors or warnings', () => assert.deepEqual(problems, []));

    for (const { id, headings: expected, texts } of CASES) {
      it(`#${id} shows its content once while the data is on its way, and once when it is there`, () => {
        const before = waiting.find((each) => each.id === id);
        const after = arrived.find((each) => each.id === id);
        assert.ok(before && after);
        assert.equal(before.bases, 1);
        assert.deepEqual(before.headings, expected);
        assertTextsOnce(before.text, texts, `#${id} while loading`);
        assert.equal(before.fallbackVisible, false, 'the fallback does not flash');
        assert.equal(after.server, false);
        assert.equal(after.bases, 1);
        assert.deepEqual(after.headings, expected);
        assertTextsOnce(after.text, texts, `#${id} loaded`);
      });
    }

    it('keeps the server’s content only where data is still on its way', () => {
      const kept = waiting.filter((each) => each.server).map((each) => each.id);
      assert.deepEqual(kept, ['src', 'english', 'goals', 'contact']);
    });
  });
});
