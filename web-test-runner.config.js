// Browser tests: headless Debian Chromium, TypeScript through esbuild.
// The opening-hours engine runs again under other time zones (group "tz-*") so that a
// result that depends on the machine's clock zone fails here, not on a resident's phone.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { koladaPlugin } from './test/kolada-server.js';
import { feedbackReceiverPlugin } from './test/receiver-plugin.js';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** A Chromium whose pages run in the given IANA time zone (null: the machine's). */
function chromium(timeZone = null) {
  return chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    async createPage({ context }) {
      const page = await context.newPage();
      if (timeZone) await page.emulateTimezone(timeZone);
      return page;
    },
  });
}

/**
 * JSON imported as a module (locale files) becomes a JS module; JSON fetched as data (`src`
 * tests) stays JSON. Chromium tells the two apart with Sec-Fetch-Dest.
 */
const isJsonModule = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';
const jsonModules = {
  name: 'json-modules',
  transformCacheKey: (context) => (isJsonModule(context) ? 'module' : 'data'),
  resolveMimeType: (context) => (isJsonModule(context) ? 'js' : undefined),
  transform(context) {
    if (!context.path.endsWith('.json')) return undefined;
    // The same URL is a module to one request and data to another: keep the browser cache apart.
    const headers = { vary: 'Sec-Fetch-Dest' };
    return isJsonModule(context) ? { body: `export default ${context.body};`, headers } : { headers };
  },
};

const timeZoneFiles = ['test/lib/holidays.test.ts', 'test/lib/opening-hours.test.ts', 'test/contact-status.test.ts', 'test/contact-status-text.test.ts'];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  browsers: [chromium()],
  plugins: [jsonModules, esbuildPlugin({ ts: true, tsconfig }), feedbackReceiverPlugin(), koladaPlugin()],
  testFramework: { config: { timeout: 10000 } },
  // The builder's keyboard test types a whole goal set (about 40 s here): room for a slower machine.
  testsFinishTimeout: 300000,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.fixtures.ts'],
    threshold: { statements: 80, branches: 70, functions: 80, lines: 80 },
  },
  groups: [
    { name: 'tz-new-york', files: timeZoneFiles, browsers: [chromium('America/New_York')] },
    { name: 'tz-kolkata', files: timeZoneFiles, browsers: [chromium('Asia/Kolkata')] },
  ],
};
