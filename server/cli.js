// @ts-check
// The kommun-elements-feedback command: options, start, and a clean stop on SIGTERM/SIGINT.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULTS, normalizeOrigin, startReceiver } from './receiver.js';
import { isPostgresUrl, openStore } from './store.js';
import { LOCAL_SITE, parseSiteArgument } from './sites.js';
import { hasRetention, parsePeriod, purge, stderrAudit } from './retention.js';

export const TOKEN_ENV = 'KOMMUN_FEEDBACK_TOKEN';
const SIGNALS = /** @type {const} */ (['SIGTERM', 'SIGINT']);

/** Every option the command takes (parseArgs configuration). */
export const OPTIONS = /** @type {const} */ ({
  port: { type: 'string' },
  host: { type: 'string' },
  db: { type: 'string' },
  origin: { type: 'string', multiple: true },
  site: { type: 'string', multiple: true },
  config: { type: 'string' },
  token: { type: 'string' },
  'retain-comments': { type: 'string' },
  'retain-records': { type: 'string' },
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
  db: ['<file|url>', `SQLite file, created when missing (default ${DEFAULTS.db}),\n` + 'or postgres://user:password@host/database (receivers may share it)'],
  origin: [
    '<origin>',
    'a site allowed to post, such as https://www.vara.se;\n' +
      'repeat for more. Without any --origin or --site: only local\n' +
      'development pages (http://localhost:*, http://127.0.0.1:*,\n' +
      'http://[::1]:*)',
  ],
  site: ['<origin>=<token>', "a site allowed to post, with its editors' token, which reads\n" + "and erases that site's answers only; repeat for more"],
  config: ['<file>', 'JSON file: { "sites": [{ "origin", "token"?, "name"? }],\n' + '"token"?, "retainComments"?, "retainRecords"? } (options win)'],
  token: [
    '<token>',
    'admin token: /report, /feedback.csv, /feedback.json and\n' +
      'DELETE /feedback/<id> for every site (default:\n' +
      `$${TOKEN_ENV}, else a new one, printed at start)`,
  ],
  'retain-comments': [
    '<period>',
    'remove comments received longer ago, such as 365d, 18m, 3y\n' + '(at start, daily, and by the purge command; default: keep)',
  ],
  'retain-records': ['<period>', 'remove whole answers received longer ago (default: keep)'],
  'max-body': ['<bytes>', `largest accepted request body (default ${DEFAULTS.maxBodyBytes})`],
  rate: ['<n>', `requests per minute per client (default ${DEFAULTS.rateLimit})`],
  'trust-proxy': ['', 'behind a reverse proxy: limit by the last\nX-Forwarded-For address'],
  help: ['', 'show this help'],
  version: ['', 'show the version'],
};

function version() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return String(pkg.version);
}

export function helpText() {
  const entries = Object.entries(OPTIONS).map(([name, option]) => {
    const [value, help] = HELP[/** @type {keyof typeof OPTIONS} */ (name)];
    const short = 'short' in option ? `-${option.short}, ` : '    ';
    return { flag: `${short}--${name}${value ? ` ${value}` : ''}`, help };
  });
  const width = Math.max(...entries.map((entry) => entry.flag.length)) + 2;
  const lines = entries.map(({ flag, help }) => {
    const [first, ...rest] = help.split('\n');
    return [`  ${flag.padEnd(width)}${first}`, ...rest.map((line) => `${' '.repeat(width + 2)}${line}`)].join('\n');
  });
  return `Usage: kommun-elements-feedback [options]
       kommun-elements-feedback purge [--db …] [--retain-comments …] [--retain-records …]
       kommun-elements-feedback erase <id> [--db …]

Receives <page-feedback> answers (POST /feedback) into SQLite or PostgreSQL and shows
editors a report per site and page (GET /login, then /report; /feedback.csv, /feedback.json).
purge applies the retention periods now; erase deletes one answer. Both, and
DELETE /feedback/<id>, log one JSON line to stderr (never the comment or a token).

Options:
${lines.join('\n')}

Stops cleanly on SIGTERM or SIGINT: running requests finish, then the database closes.
`;
}

class UsageError extends Error {}

const CONFIG_KEYS = ['sites', 'token', 'retainComments', 'retainRecords'];
const SITE_KEYS = ['origin', 'token', 'name'];

/**
 * The --config file: sites, and optionally the admin token and the retention periods.
 * @param {string} file
 */
function readConfig(file) {
  let config;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--config ${file}: ${/** @type {Error} */ (error).message}`);
  }
  /** @param {string} message */
  const fail = (message) => new UsageError(`--config ${file}: ${message}`);
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw fail('expected a JSON object.');
  const unknown = Object.keys(config).find((key) => !CONFIG_KEYS.includes(key));
  if (unknown) throw fail(`unknown key "${unknown}" (known: ${CONFIG_KEYS.join(', ')}).`);
  for (const key of ['token', 'retainComments', 'retainRecords']) {
    if (config[key] !== undefined && typeof config[key] !== 'string') throw fail(`"${key}" must be a string.`);
  }
  const sites = config.sites ?? [];
  if (!Array.isArray(sites)) throw fail('"sites" must be an array.');
  for (const site of sites) {
    const bad =
      typeof site !== 'object' ||
      site === null ||
      typeof site.origin !== 'string' ||
      Object.keys(site).some((key) => !SITE_KEYS.includes(key) || typeof site[key] !== 'string');
    if (bad) throw fail('each site is { "origin": "https://…", "token"?: "…", "name"?: "…" } with strings.');
  }
  return /** @type {{ sites: import('./sites.js').SiteConfig[], token?: string, retainComments?: string, retainRecords?: string }} */ ({ ...config, sites });
}

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
  let positionals;
  try {
    ({ values, positionals } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true }));
  } catch (error) {
    throw new UsageError(/** @type {Error} */ (error).message);
  }
  const [command, ...operands] = positionals;
  if (command !== undefined && command !== 'purge' && command !== 'erase') throw new UsageError(`Unknown command "${command}".`);
  if (operands.length !== (command === 'erase' ? 1 : 0)) {
    throw new UsageError(command === 'erase' ? 'erase takes one id: kommun-elements-feedback erase <id>' : `Unexpected argument "${operands[0]}".`);
  }
  const config = values.config ? readConfig(values.config) : undefined;
  const origins = values.origin ?? [];
  const sites = [...(config?.sites ?? []), ...(values.site ?? []).map(parseSiteArgument)];
  /** @type {Set<string>} */
  const seen = new Set();
  for (const [flag, origin] of [...sites.map((site) => ['--site', site.origin]), ...origins.map((origin) => ['--origin', origin])]) {
    let normal;
    try {
      normal = normalizeOrigin(origin);
    } catch (error) {
      throw new UsageError(`${flag}: ${/** @type {Error} */ (error).message}`);
    }
    if (seen.has(normal)) throw new UsageError(`${flag}: ${normal} is given twice.`);
    seen.add(normal);
  }
  const retention = {
    ...((values['retain-comments'] ?? config?.retainComments) && { comments: values['retain-comments'] ?? config?.retainComments }),
    ...((values['retain-records'] ?? config?.retainRecords) && { records: values['retain-records'] ?? config?.retainRecords }),
  };
  for (const [flag, period] of [
    ['--retain-comments', retention.comments],
    ['--retain-records', retention.records],
  ]) {
    try {
      if (period !== undefined) parsePeriod(period);
    } catch (error) {
      throw new UsageError(`${flag}: ${/** @type {Error} */ (error).message}`);
    }
  }
  if (command === 'purge' && !hasRetention(retention)) {
    throw new UsageError('purge needs --retain-comments or --retain-records (or retainComments/retainRecords in --config).');
  }
  return {
    // Only what was asked for beyond a single-site receiver, so that its options read as before.
    ...(command && { command, ...(command === 'erase' && { id: operands[0] }) }),
    ...(sites.length > 0 && { sites }),
    ...(hasRetention(retention) && { retention }),
    help: values.help === true,
    version: values.version === true,
    port: integer(values.port, 'port', 0, 65535) ?? DEFAULTS.port,
    host: values.host ?? DEFAULTS.host,
    db: values.db ?? DEFAULTS.db,
    origins,
    token: values.token || env[TOKEN_ENV] || config?.token || undefined,
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
  if (options.command) return runCommand(options);

  let receiver;
  try {
    receiver = await startReceiver(options);
  } catch (error) {
    process.stderr.write(`kommun-elements-feedback: ${/** @type {Error} */ (error).message}\n`);
    return 1;
  }
  const posting = [...(options.sites ?? []).map((site) => normalizeOrigin(site.origin)), ...options.origins];
  const origins = posting.length > 0 ? posting.join(', ') : 'local development pages only (no --origin given)';
  const banner = [
    `kommun-elements-feedback listening on ${receiver.url}`,
    `  accepting posts from: ${origins}`,
    `  database: ${withoutPassword(options.db)}`,
    ...(receiver.tokenGenerated ? [`  token (generated; set --token or $${TOKEN_ENV} to keep one): ${receiver.token}`] : []),
    `  report: ${receiver.url}/login (log in with the token)`,
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

/**
 * The database as printed: a postgres:// URL without its password.
 * @param {string} db
 */
function withoutPassword(db) {
  if (!isPostgresUrl(db) || !URL.canParse(db)) return db;
  const url = new URL(db);
  if (url.password) url.password = 'redacted';
  return url.href;
}

/**
 * purge or erase, straight on the database (whoever may run this may read the database anyway).
 * @param {ReturnType<typeof parseOptions>} options
 */
async function runCommand(options) {
  const defaultSite = options.sites?.[0]?.origin ?? options.origins[0] ?? LOCAL_SITE.origin;
  // Not a new empty database next to a mistyped path.
  if (!isPostgresUrl(options.db) && !existsSync(options.db)) {
    process.stderr.write(`kommun-elements-feedback: no database at ${options.db} (give --db).\n`);
    return 1;
  }
  let store;
  try {
    store = await openStore(options.db, { defaultSite: normalizeOrigin(defaultSite) });
  } catch (error) {
    process.stderr.write(`kommun-elements-feedback: ${/** @type {Error} */ (error).message}\n`);
    return 1;
  }
  try {
    if (options.command === 'purge' && options.retention) {
      const removed = await purge(store, options.retention, stderrAudit, { role: 'cli' });
      process.stdout.write(`Purged: ${removed.comments} comments removed, ${removed.records} answers removed.\n`);
      return 0;
    }
    const id = String(options.id);
    const erased = await store.erase(id);
    if (!erased) {
      process.stderr.write(`kommun-elements-feedback: no answer with id ${id}.\n`);
      return 1;
    }
    stderrAudit({ event: 'erase', at: new Date().toISOString(), id: erased.id, site: erased.site, page: erased.page, by: { role: 'cli' } });
    process.stdout.write(`Erased ${erased.id} (${erased.site}${erased.page}).\n`);
    return 0;
  } finally {
    await store.close();
  }
}
