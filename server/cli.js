// @ts-check
// The kommun-elements-feedback command: options, start, and a clean stop on SIGTERM/SIGINT.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULTS, normalizeOrigin, startReceiver } from './receiver.js';

export const TOKEN_ENV = 'KOMMUN_FEEDBACK_TOKEN';
const SIGNALS = /** @type {const} */ (['SIGTERM', 'SIGINT']);

/** Every option the command takes (parseArgs configuration). */
export const OPTIONS = /** @type {const} */ ({
  port: { type: 'string' },
  host: { type: 'string' },
  db: { type: 'string' },
  origin: { type: 'string', multiple: true },
  token: { type: 'string' },
  'max-body': { type: 'string' },
  rate: { type: 'string' },
  'trust-proxy': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
});

/** @type {Record<keyof typeof OPTIONS, [value: string, help: string]>} */
const HELP = {
  port: ['<n>', `port to listen on, 0 for any free one (default ${DEFAULTS.port})`],
  host: ['<address>', `address to listen on (default ${DEFAULTS.host})`],
  db: ['<file>', `SQLite database file, created when missing (default ${DEFAULTS.db})`],
  origin: ['<origin>', 'a site allowed to post, such as https://www.vara.se;\n'
    + 'repeat for more. Without any: only local development pages\n'
    + '(http://localhost:*, http://127.0.0.1:*, http://[::1]:*)'],
  token: ['<token>', 'token for /report, /feedback.csv and /feedback.json\n'
    + `(default: $${TOKEN_ENV}, else a new one, printed at start)`],
  'max-body': ['<bytes>', `largest accepted request body (default ${DEFAULTS.maxBodyBytes})`],
  rate: ['<n>', `requests per minute per client (default ${DEFAULTS.rateLimit})`],
  'trust-proxy': ['', 'behind a reverse proxy: limit by the last X-Forwarded-For address'],
  help: ['', 'show this help'],
  version: ['', 'show the version'],
};

function version() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return String(pkg.version);
}

export function helpText() {
  const lines = Object.entries(OPTIONS).map(([name, option]) => {
    const [value, help] = HELP[/** @type {keyof typeof OPTIONS} */ (name)];
    const short = 'short' in option ? `-${option.short}, ` : '    ';
    const flag = `${short}--${name}${value ? ` ${value}` : ''}`;
    const [first, ...rest] = help.split('\n');
    return [`  ${flag.padEnd(26)}${first}`, ...rest.map((line) => `${' '.repeat(28)}${line}`)].join('\n');
  });
  return `Usage: kommun-elements-feedback [options]

Receives <page-feedback> answers (POST /feedback) into SQLite and shows editors
a report per page (GET /report?token=…, /feedback.csv, /feedback.json).

Options:
${lines.join('\n')}

Stops cleanly on SIGTERM or SIGINT: running requests finish, then the database closes.
`;
}

class UsageError extends Error {}

/**
 * @param {string | undefined} text
 * @param {string} name
 * @param {number} min
 * @param {number} max
 */
function integer(text, name, min, max = Number.MAX_SAFE_INTEGER) {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}.`);
  return value;
}

/**
 * @param {string[]} argv
 * @param {NodeJS.ProcessEnv} env
 */
export function parseOptions(argv, env) {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true }));
  } catch (error) {
    throw new UsageError(/** @type {Error} */ (error).message);
  }
  const origins = values.origin ?? [];
  for (const origin of origins) {
    try {
      normalizeOrigin(origin);
    } catch (error) {
      throw new UsageError(`--origin: ${/** @type {Error} */ (error).message}`);
    }
  }
  return {
    help: values.help === true,
    version: values.version === true,
    port: integer(values.port, 'port', 0, 65535) ?? DEFAULTS.port,
    host: values.host ?? DEFAULTS.host,
    db: values.db ?? DEFAULTS.db,
    origins,
    token: values.token || env[TOKEN_ENV] || undefined,
    maxBodyBytes: integer(values['max-body'], 'max-body', 1) ?? DEFAULTS.maxBodyBytes,
    rateLimit: integer(values.rate, 'rate', 1) ?? DEFAULTS.rateLimit,
    trustProxy: values['trust-proxy'] === true,
  };
}

/**
 * Run the command; resolves with the exit code once the receiver has stopped.
 * @param {string[]} [argv]
 * @param {NodeJS.ProcessEnv} [env]
 */
export async function main(argv = process.argv.slice(2), env = process.env) {
  let options;
  try {
    options = parseOptions(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`kommun-elements-feedback: ${error.message}\nRun with --help to see the options.\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(helpText());
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }

  let receiver;
  try {
    receiver = await startReceiver(options);
  } catch (error) {
    process.stderr.write(`kommun-elements-feedback: ${/** @type {Error} */ (error).message}\n`);
    return 1;
  }
  const origins = options.origins.length > 0 ? options.origins.join(', ') : 'local development pages only (no --origin given)';
  const banner = [
    `kommun-elements-feedback listening on ${receiver.url}`,
    `  accepting posts from: ${origins}`,
    `  database: ${options.db}`,
    ...(receiver.tokenGenerated
      ? [`  token (generated; set --token or $${TOKEN_ENV} to keep one): ${receiver.token}`,
        `  report: ${receiver.url}/report?token=${receiver.token}`]
      : []),
  ];
  process.stdout.write(`${banner.join('\n')}\n`);

  const signal = await new Promise((resolve) => {
    /** @param {NodeJS.Signals} name */
    const onSignal = (name) => {
      for (const s of SIGNALS) process.off(s, onSignal);
      resolve(name);
    };
    for (const s of SIGNALS) process.on(s, onSignal);
  });
  // A second signal means "now": leave without waiting for the requests still running.
  const force = () => process.exit(1);
  for (const s of SIGNALS) process.once(s, force);
  process.stdout.write(`${signal}: finishing running requests, then stopping.\n`);
  await receiver.close();
  for (const s of SIGNALS) process.off(s, force);
  process.stdout.write('Stopped; database closed.\n');
  return 0;
}
