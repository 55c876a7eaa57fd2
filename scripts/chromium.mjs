// Headless Debian Chromium for the embedding tests and the benchmarks (puppeteer-core; no
// browser download). As root it needs --no-sandbox; the other flags keep it off the network.
import puppeteer from 'puppeteer-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(options = {}) {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    ...options,
  });
}
