// The demo as a newcomer runs it (`npm start`): the reference page, and a "Nej" with a comment
// arriving in the editors' report, masked.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'demo-test-token';

/** A port nobody listens on now. */
function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

let demo;
let dir;
let base;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kommun-demo-'));
  const [port, feedbackPort] = [await freePort(), await freePort()];
  base = `http://127.0.0.1:${port}`;
  demo = spawn(process.execPath, ['scripts/demo.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), FEEDBACK_PORT: String(feedbackPort), FEEDBACK_DB: join(dir, 'f.sqlite'), KOMMUN_FEEDBACK_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    let output = '';
    demo.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes("Editors' report")) resolve();
    });
    demo.once('exit', (code) => reject(new Error(`demo exited with ${code}: ${output}`)));
  });
});
after(async () => {
  demo?.kill('SIGTERM');
  await rm(dir, { recursive: true, force: true });
});

it('shows the reference page and stores a "Nej" with its comment, masked, for the report', async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/`, { waitUntil: 'networkidle0', timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('goal-list')?.shadowRoot?.querySelectorAll('article').length === 4, { timeout: 30_000 });
    const text = (tag) => page.$eval(tag, (el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
    assert.match(await text('goal-list'), /Övergripande mål och framgångsfaktorer 2020–2023/);
    assert.match(await text('success-factors'), /Framgångsfaktorer.*Utbildning/);
    assert.match(await text('contact-status'), /Kontaktcenter/);

    const feedback = await page.$('page-feedback');
    const part = (name) => feedback.evaluateHandle((el, n) => el.shadowRoot.querySelector(`[part~="${n}"]`), name);
    await (await part('no')).click();
    await page.waitForFunction((el) => el.shadowRoot.querySelector('textarea'), {}, feedback);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // A person takes more than 2 s to write.
    await (await feedback.evaluateHandle((el) => el.shadowRoot.querySelector('textarea'))).type('Jag hittade inte numret. Ring 070-123 45 67.');
    await (await part('send')).click();
    await page.waitForFunction((el) => el.currentStep === 'thanks', {}, feedback);
    assert.deepEqual(errors, []);

    const report = await (await fetch(`${base}/report`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    assert.ok(report.includes('Jag hittade inte numret. Ring [telefon].'), 'the comment is in the report, masked');
    assert.ok(!report.includes('070-123'), 'the phone number never left the browser');
    const records = await (await fetch(`${base}/feedback.json`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
    assert.equal(records.length, 1);
    assert.equal(records[0].helpful, false);
  } finally {
    await browser.close();
  }
});
