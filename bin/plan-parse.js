#!/usr/bin/env node
// The plan-parse command. The bundle in dist/ is built by `npm ci` / `npm install`
// (the prepare script); without it, say how to build rather than show a stack trace.
try {
  await import('../dist/cli.js');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist')) throw e;
  process.stderr.write('plan-parse: not built yet (run npm run build, or npm ci, in the plan-parse folder)\n');
  process.exitCode = 2;
}
