#!/usr/bin/env node
// The plan-parse command. CommonJS (see bin/package.json), like the bundle in
// dist/ it loads: a run never starts Node's ESM loader, a cost at every start-up.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { wrap } = require('node:module');

/**
 * A smaller inlining budget for V8's optimising compiler (default 920), set
 * before any of the bundle is compiled; worker threads share it. Why: a run
 * is short, and compiling the parser cost as much CPU and memory as running
 * it (docs/performance.md). The build makes the code caches under the same
 * flag, so V8 accepts them.
 */
require('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');

/**
 * The bundle's files are loaded here rather than with require() to hand V8
 * the code cache the build saved beside each (FILE.cache): the functions a
 * run calls are then not compiled again. A missing cache, or one V8 rejects
 * (another Node version, other V8 flags), only costs that compiling.
 */
const CLI = path.join(__dirname, '..', 'dist', 'cli.cjs');

/** The files loaded so far: each module's one instance, as require() keeps them, and its compiled script. */
const loaded = new Map();

function load(file) {
  const known = loaded.get(file);
  if (known) return known.module.exports;
  const script = new vm.Script(wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData: readCodeCache(file) });
  const module = { exports: {} };
  loaded.set(file, { module, script });
  const dir = path.dirname(file);
  // The bundle's own files (./chunk-….cjs) load the same way; all else it requires is built into Node.
  const requireFromBundle = (id) => (id.startsWith('./') ? load(path.join(dir, id)) : require(id));
  script.runInThisContext().call(module.exports, module.exports, requireFromBundle, module, file, dir);
  return module.exports;
}

function readCodeCache(file) {
  try {
    return fs.readFileSync(`${file}.cache`);
  } catch {
    return undefined;
  }
}

/** For the build (scripts/save-code-cache.cjs): the files this run loaded, and their compiled scripts. */
exports.loadedScripts = () => [...loaded].map(([file, { script }]) => ({ file, script }));

// dist/ is built by `npm ci` / `npm install` (the prepare script); without
// it, say how to build rather than show a stack trace.
try {
  load(CLI);
} catch (e) {
  if (e?.code !== 'ENOENT' || e.path !== CLI) throw e;
  process.stderr.write('plan-parse: not built yet (run npm run build, or npm ci, in the plan-parse folder)\n');
  process.exitCode = 2;
}
