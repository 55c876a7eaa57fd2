#!/usr/bin/env node
// `npm start`: the reference page (index.html) on a Vite dev server, with a live feedback
// receiver behind it, so that an answer given on the page shows up in the editors' report.
import { createServer } from 'vite';
import { startReceiver } from '../server/receiver.js';

const port = Number(process.env.PORT ?? 5173);
const receiver = await startReceiver({
  port: Number(process.env.FEEDBACK_PORT ?? 8787),
  db: process.env.FEEDBACK_DB ?? './feedback.sqlite',
  token: process.env.KOMMUN_FEEDBACK_TOKEN,
});

// The page posts to its own origin; Vite passes /feedback and /report on to the receiver.
const proxy = { target: receiver.url, changeOrigin: false };
const vite = await createServer({
  server: { port, strictPort: true, host: '127.0.0.1', proxy: { '/feedback': proxy, '/report': proxy } },
});
await vite.listen();

const page = `http://127.0.0.1:${port}/`;
console.log(`
  Demo page (Swedish):  ${page}
  Demo page (English):  ${page}?lang=en
  Storybook:            npm run storybook
  Feedback receiver:    ${receiver.url} (database ${process.env.FEEDBACK_DB ?? './feedback.sqlite'})
  Editors' report:      ${page}report?token=${encodeURIComponent(receiver.token)}
`);

async function stop() {
  await vite.close();
  await receiver.close();
  process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
