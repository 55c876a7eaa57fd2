// @ts-check
// The report as editors see it, in Chromium: axe finds nothing in any view, in Swedish and
// English; the trend chart has its numbers as a table; nothing needs JavaScript.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';
import { TOKEN, login, post, record, startTestReceiver } from './helpers.js';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install chromium)`;

describe('the report in a browser', { skip }, () => {
  /** @type {Awaited<ReturnType<typeof startTestReceiver>>} */
  let receiver;
  /** @type {import('puppeteer-core').Browser} */
  let browser;
  /** @type {string} */
  let cookie;

  before(async () => {
    receiver = await startTestReceiver({ origins: ['https://www.vara.se'] });
    const now = Date.now();
    for (let i = 0; i < 60; i++) {
      await post(
        receiver.url,
        record({
          page: i % 3 ? '/kontakt' : '/skola',
          url: `https://www.vara.se${i % 3 ? '/kontakt' : '/skola'}`,
          helpful: i % 4 === 0,
          comment: i % 2 ? `Kommentar ${i}: öppettiderna saknas` : undefined,
          submittedAt: new Date(now - i * 10 * 3600_000).toISOString(),
        }),
      );
    }
    cookie = await login(receiver.url, TOKEN);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await receiver?.close();
  });

  /**
   * Open a view as an editor would (with the session, in a language), and run axe on it.
   * @param {string} path
   * @param {string} language Accept-Language
   * @param {boolean} loggedIn
   */
  async function audit(path, language, loggedIn = true) {
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setExtraHTTPHeaders({ 'accept-language': language, ...(loggedIn && { cookie }) });
      const response = await page.goto(`${receiver.url}${path}`);
      assert.ok(response);
      // The report needs no script; axe does, so it runs with the page's CSP bypassed.
      const text = await page.evaluate(() => /** @type {any} */ (globalThis).document.body.innerText);
      await page.setJavaScriptEnabled(true);
      await page.setBypassCSP(true);
      await page.goto(`${receiver.url}${path}`);
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate(async () => {
        const { axe, document } = /** @type {any} */ (globalThis); // axe: the script tag's global
        const { violations, passes } = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
        return {
          passes: passes.length,
          lang: document.documentElement.lang,
          violations: violations.map((/** @type {any} */ v) => ({ id: v.id, nodes: v.nodes.map((/** @type {any} */ n) => n.target.join(' ')) })),
        };
      });
      assert.ok(result.passes > 10, 'axe ran its rules');
      return { violations: result.violations, lang: result.lang, text };
    } finally {
      await page.close();
    }
  }

  for (const [language, lang] of [
    ['sv-SE,sv;q=0.9', 'sv'],
    ['en-GB,en;q=0.9', 'en'],
  ]) {
    test(`axe finds nothing in the login form, the overview and a page's report (${lang})`, async () => {
      for (const [path, loggedIn] of /** @type {[string, boolean][]} */ ([
        ['/login', false],
        ['/report', false],
        ['/report', true],
        ['/report/page?page=/kontakt', true],
        ['/report/page?page=/kontakt&q=saknas&p=2', true],
      ])) {
        const { violations, lang: shown } = await audit(path, language, loggedIn);
        assert.equal(shown, lang, path);
        assert.deepEqual(violations, [], `${path} (${lang})`);
      }
    });
  }

  test('the chart is an image with a name, and its numbers are in the table beside it, without JavaScript', async () => {
    const { text } = await audit('/report/page?page=/kontakt', 'sv', true);
    assert.match(text, /Trend per vecka/);
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setExtraHTTPHeaders({ cookie, 'accept-language': 'sv' });
      await page.goto(`${receiver.url}/report/page?page=/kontakt`);
      const chart = await page.$eval('svg', (svg) => ({
        role: svg.getAttribute('role'),
        name: svg.querySelector('title')?.textContent,
        bars: svg.querySelectorAll('rect[height]').length,
      }));
      assert.equal(chart.role, 'img');
      assert.match(chart.name ?? '', /tabellen/);
      const rows = await page.$$eval('.trend table tbody tr', (trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim())));
      assert.ok(rows.length >= 5);
      const total = rows.reduce((sum, row) => sum + Number(row[1]), 0);
      assert.equal(total, 40, 'every answer of the chart is in the table');
      for (const row of rows) assert.equal(Number(row[1]), Number(row[2]) + Number(row[3]));
    } finally {
      await page.close();
    }
  });
});
