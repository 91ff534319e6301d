// Preloaded with `node --require` by the bench: prints the process's peak
// resident memory (bytes) on stderr as it exits, for the RSS measurement.
// CommonJS, like the command it measures: a preloaded ES module would start
// Node's ESM loader, which the command never does, and add 2-3 MB to the peak.
'use strict';
const { writeSync } = require('node:fs');

process.on('exit', () => writeSync(2, `\nmaxRSS=${process.resourceUsage().maxRSS * 1024}\n`));
