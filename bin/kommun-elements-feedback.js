#!/usr/bin/env node
// @ts-check
// The feedback receiver; see `kommun-elements-feedback --help`.

/** @type {typeof import('../server/cli.js').main} */
let main;
try {
  ({ main } = await import('../server/cli.js'));
} catch (error) {
  // The database driver is a native module and an optional peer dependency, so that a
  // front-end install of kommun-elements never builds it: say how to add it.
  const { code, message } = /** @type {NodeJS.ErrnoException} */ (error);
  if (code !== 'ERR_MODULE_NOT_FOUND' || !message.includes("'better-sqlite3'")) throw error;
  process.stderr.write('kommun-elements-feedback needs better-sqlite3, which is not installed.\n'
    + 'Install it next to kommun-elements:  npm install better-sqlite3@12\n');
  process.exit(1);
}
process.exitCode = await main();
