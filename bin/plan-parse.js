#!/usr/bin/env node
// The plan-parse command. CommonJS (see bin/package.json), like the bundle in
// dist/ it loads: a run never starts Node's ESM loader (about 24 M
// instructions: an empty .mjs against an empty .cjs).
'use strict';
const path = require('node:path');

const CLI = path.join(__dirname, '..', 'dist', 'cli.cjs');

// dist/ is built by `npm ci` / `npm install` (the prepare script); without
// it, say how to build rather than show a stack trace.
try {
  require(CLI);
} catch (e) {
  if (e?.code !== 'MODULE_NOT_FOUND' || !String(e.message).includes(CLI)) throw e;
  process.stderr.write('plan-parse: not built yet (run npm run build, or npm ci, in the plan-parse folder)\n');
  process.exitCode = 2;
}
