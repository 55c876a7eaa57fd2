#!/usr/bin/env node
// @ts-check
// kommun-elements render: pre-renders the elements in a page as declarative shadow DOM; see --help.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const HELP = `Usage: kommun-elements render [file] [options]
       kommun-elements kolada FILE [--kolada-url <url>]

kolada: fills the indicators of the goal set FILE that name a Kolada KPI ("kolada": { "kpi",
"municipality", "gender" }) with the latest value and year, the previous value and year, and
source "Kolada", from Kolada's API v3 (--kolada-url, default https://api.kolada.se/v3). On any
failure the file is left unchanged, the reason is written to standard error, exit code 1.

render:

Writes the HTML of [file] (a whole page or a snippet; standard input without a file or with "-")
to standard output with each element pre-rendered as declarative shadow DOM
(<template shadowrootmode="open">), so that the content shows without JavaScript. Nothing else in
the HTML changes. When the page's script runs, the elements render again in the browser.

Data is read as the elements read it: the JSON attribute (goals, factors, goal, contact), else a
child <script type="application/json">, else the file named by src, read from disk (no network).
Elements already pre-rendered are rendered again, so running render twice changes nothing.
<page-feedback> is left as it is: it is a form that needs JavaScript.

Bad data fails with a message naming the element and the field, for example
  page.html:12:5: goal-list: goals[2].title: is missing
with exit code 1, and nothing is written to standard output.

Options:
  --root <dir>   Folder that absolute src paths (src="/data/mal.json") start from.
                 Default: the file's folder; with standard input, the working directory.
                 Relative src paths start from the file's folder.
  --lang <tag>   Language around the elements when the HTML names none (no lang on an
                 ancestor or on <html>), for a snippet that goes into a page in that language.
                 Default: none (the elements use Swedish).
  -q, --quiet    Do not print warnings.
  -h, --help     Show this help.
  -v, --version  Show the version.

Exit codes: 0 done, 1 bad data (or an element that could not be rendered), 2 wrong usage, an
unreadable file, or the packages render needs missing (npm i -D @lit-labs/ssr parse5).

Example:
  kommun-elements render mal.html --root public > mal.rendered.html
`;

/** @param {string} message */
function usage(message) {
  process.stderr.write(`kommun-elements: ${message}\nTry: kommun-elements --help\n`);
  return 2;
}

/** @returns {Promise<string>} */
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(/** @type {Buffer} */ (chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** What render needs besides the library: optional peer dependencies, not installed with it. */
const RENDER_PACKAGES = ['@lit-labs/ssr', 'parse5'];

/**
 * The renderer, imported only for `render` (so that --help and --version work without its
 * packages); undefined, with the reason written to standard error, when its packages are missing.
 * @returns {Promise<typeof import('../ssr/render.js').renderHtml | undefined>}
 */
async function loadRenderer() {
  try {
    return (await import('../ssr/render.js')).renderHtml;
  } catch (error) {
    const { code, message } = /** @type {NodeJS.ErrnoException} */ (error);
    const missing = RENDER_PACKAGES.filter((name) => message.includes(`'${name}'`) || message.includes(`'${name}/`));
    if (code !== 'ERR_MODULE_NOT_FOUND' || !missing.length) throw error;
    process.stderr.write(
      `kommun-elements render needs ${RENDER_PACKAGES.join(' and ')}, which are not installed with the elements` +
        ` (missing: ${missing.join(', ')}). Install them where you run render:\n  npm i -D ${RENDER_PACKAGES.join(' ')}\n`,
    );
    return undefined;
  }
}

/** @param {string[]} argv */
async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        root: { type: 'string' },
        'kolada-url': { type: 'string' },
        lang: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const [command, file, ...rest] = positionals;
  if (command === 'kolada') {
    if (!file || rest.length) return usage('kolada takes one data file');
    const { koladaCommand } = await import('./kolada.js');
    try {
      const { filled } = await koladaCommand(file, { base: values['kolada-url'] });
      if (!values.quiet) process.stderr.write(`kommun-elements: ${file}: ${filled} ${filled === 1 ? 'indicator' : 'indicators'} filled from Kolada\n`);
      return 0;
    } catch (error) {
      process.stderr.write(`kommun-elements: ${file} left unchanged: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }
  if (command !== 'render') return usage(command ? `unknown command "${command}"` : 'no command given');
  if (rest.length) return usage(`one file at a time (got ${[file, ...rest].join(', ')})`);
  if (values.root === '' || values.lang === '') return usage('--root and --lang need a value');
  // Before reading the input: a missing package is said at once, not after standard input ends.
  const renderHtml = await loadRenderer();
  if (!renderHtml) return 2;

  let html;
  try {
    html = file && file !== '-' ? await readFile(file, 'utf8') : await readStdin();
  } catch (error) {
    const { code, message } = /** @type {NodeJS.ErrnoException} */ (error);
    process.stderr.write(`kommun-elements: ${file} could not be read (${code ?? message})\n`);
    return 2;
  }

  const outcome = await renderHtml(html, {
    file: file && file !== '-' ? file : undefined,
    root: values.root,
    lang: values.lang,
  });
  if (!values.quiet) for (const warning of outcome.warnings) process.stderr.write(`${warning.where}: warning: ${warning.message}\n`);
  for (const error of outcome.errors) process.stderr.write(`${error.where}: ${error.message}\n`);
  if (outcome.errors.length) {
    const count = outcome.errors.length;
    process.stderr.write(`kommun-elements: nothing written (${count} ${count === 1 ? 'problem' : 'problems'})\n`);
    return 1;
  }
  process.stdout.write(outcome.html);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
