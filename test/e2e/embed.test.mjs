// The built bundle on real pages: a strict CSP with Trusted Types, and the library loaded twice.
// Run after `npm run build`: node --test test/e2e/
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server;
let browser;

before(async () => {
  server = await startStaticServer(root);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path`, collecting console messages and page errors until the elements have rendered. */
async function open(path) {
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => messages.push({ type: 'pageerror', text: error.message }));
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
  await page.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((el) => 'updateComplete' in el).map((el) => el.updateComplete)));
  return { page, messages };
}

/** What each element shows: its tag and its shadow root's text. */
const shown = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.localName.includes('-'))
      .map((el) => ({ tag: el.localName, text: el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '' })),
  );

describe('strict Content-Security-Policy and Trusted Types', () => {
  it('shows every element and reports no violation', async () => {
    const { page, messages } = await open('/test/e2e/pages/csp/index.html');
    const elements = (await shown(page)).filter((el) => el.tag !== 'goal-card');
    assert.equal(elements.length, 6);
    for (const { tag, text } of elements) assert.ok(text.length > 0, `${tag} rendered nothing`);
    const [fromFile, goals, contact, feedback, chips, broken] = elements;
    assert.match(fromFile.text, /Framgångsfaktorer.*Folkhälsa.*Utbildning/);
    assert.match(goals.text, /Attraktivt Vara med livskraft för alla.*Hållbar ekonomi/);
    assert.match(contact.text, /Kontaktcenter.*Stängt · Öppnar måndag 28 sep\. kl\. 08\.00/);
    assert.match(feedback.text, /Hjälpte informationen på sidan dig\?/);
    assert.match(chips.text, /Folkhälsa.*Samverkan/);
    assert.match(broken.text, /Innehållet kunde inte visas/);
    // <contact-status> put its JSON-LD in light DOM through a Trusted Types policy of its own.
    const jsonLd = await page.evaluate(() => document.querySelector('contact-status > script[type="application/ld+json"]')?.textContent);
    assert.equal(JSON.parse(jsonLd ?? 'null')?.['@type'], 'GovernmentOffice');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(
      messages.filter((m) => m.type === 'pageerror' || m.type === 'error'),
      [],
    );
    // The page really is under the policy: an inline style is refused.
    const refused = await page.evaluate(async () => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return window.__violations.length;
    });
    assert.ok(refused > 0, 'the CSP probe sees violations');
    await page.close();
  });
});

describe('Trusted Types whose trusted-types directive does not name kommun-elements', () => {
  it('shows the contact centre without JSON-LD and throws nothing; the only report is the refused policy', async () => {
    const { page, messages } = await open('/test/e2e/pages/csp-lit-only/index.html');
    const [withJsonLd, without] = await shown(page);
    assert.match(withJsonLd.text, /Kontaktcenter.*Stängt · Öppnar måndag 28 sep\. kl\. 08\.00/);
    assert.equal(without.text, withJsonLd.text);
    assert.equal(await page.evaluate(() => document.querySelectorAll('script[type="application/ld+json"]').length), 0);
    assert.deepEqual(
      messages.filter((m) => m.type === 'pageerror' || m.type === 'warn' || m.type === 'warning'),
      [],
    );
    // The browser tells the page's owner, once, that kommun-elements asked for a policy (the
    // way Trusted Types is meant to be configured); the element itself says nothing.
    assert.deepEqual(await page.evaluate(() => window.__violations), ['trusted-types: trusted-types-policy']);
    const refusals = messages.filter((m) => m.type === 'error');
    assert.equal(refusals.length, 1, JSON.stringify(refusals));
    assert.match(refusals[0].text, /TrustedTypePolicy named 'kommun-elements'/);
    await page.close();
  });

  it('with no-json-ld nothing asks for a policy: no report at all', async () => {
    const { page, messages } = await open('/test/e2e/pages/csp-lit-only/no-json-ld.html');
    const [contact] = await shown(page);
    assert.match(contact.text, /Kontaktcenter.*Stängt/);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(
      messages.filter((m) => m.type === 'pageerror' || m.type === 'error'),
      [],
    );
    await page.close();
  });
});

describe('the library loaded twice', () => {
  it('does not throw, warns once naming the version, and the elements work', async () => {
    const { page, messages } = await open('/test/e2e/pages/twice.html');
    assert.deepEqual(
      messages.filter((m) => m.type === 'pageerror' || m.type === 'error'),
      [],
    );
    const warnings = messages.filter((m) => m.type === 'warn' || m.type === 'warning');
    assert.equal(warnings.length, 1, JSON.stringify(warnings));
    assert.match(warnings[0].text, /loaded twice \(version \d+\.\d+\.\d+\)/);
    const [factors] = await shown(page);
    assert.match(factors.text, /Folkhälsa/);
    await page.close();
  });
});
