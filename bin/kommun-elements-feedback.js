#!/usr/bin/env node
// @ts-check
// The feedback receiver; see `kommun-elements-feedback --help`. The database drivers are
// optional peer dependencies: without the one --db needs, the command says how to install it.
import { main } from '../server/cli.js';

process.exitCode = await main();
