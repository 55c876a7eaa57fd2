#!/usr/bin/env node
// `npm start`: the reference page (index.html) on a Vite dev server, with a live feedback
// receiver behind it, so that an answer given on the page shows up in the editors' report.
import { createServer } from 'vite';
import { startReceiver } from '../server/receiver.js';

// Ports and files, each from its environment variable (named in the README).
const port = Number(process.env.PORT ?? 5173);
const feedbackPort = Number(process.env.FEEDBACK_PORT ?? 8787);

/** A port already taken is a one-line message naming the variable to set, not a stack trace. */
async function listening(start, variable, value) {
  try {
    return await start();
  } catch (error) {
    // Node says EADDRINUSE; Vite's strictPort says "Port … is already in use".
    if (error?.code !== 'EADDRINUSE' && !/already in use/.test(error?.message ?? '')) throw error;
    console.error(`npm start: port ${value} is in use. Set ${variable} to a free port, for example: ${variable}=${value + 1} npm start`);
    process.exit(1);
  }
}

const receiver = await listening(
  () => startReceiver({ port: feedbackPort, db: process.env.FEEDBACK_DB ?? './feedback.sqlite', token: process.env.KOMMUN_FEEDBACK_TOKEN }),
  'FEEDBACK_PORT',
  feedbackPort,
);

// The page posts to its own origin; Vite passes the receiver's paths on to it.
const proxy = { target: receiver.url, changeOrigin: false };
const vite = await createServer({
  server: { port, strictPort: true, host: '127.0.0.1', proxy: Object.fromEntries(['/feedback', '/report', '/login', '/logout'].map((path) => [path, proxy])) },
});
await listening(
  async () => {
    try {
      return await vite.listen();
    } catch (error) {
      await receiver.close(); // The receiver started; it must not keep the process alive.
      throw error;
    }
  },
  'PORT',
  port,
);

const page = `http://127.0.0.1:${port}/`;
console.log(`
  Demo page (Swedish):  ${page}
  Demo page (English):  ${page}?lang=en
  Storybook:            npm run storybook
  Feedback receiver:    ${receiver.url} (database ${process.env.FEEDBACK_DB ?? './feedback.sqlite'})
  Editors' report:      ${page}login  (token: ${receiver.token})
`);

async function stop() {
  await vite.close();
  await receiver.close();
  process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
