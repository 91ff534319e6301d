// Run by scripts/build.mjs, never at run time: runs the command line once,
// with the arguments given, and at its end saves a V8 code cache beside each
// file of dist/ it loaded that has none yet. Made after the run, a cache
// holds the functions the run compiled, not only the top level.
'use strict';
const fs = require('node:fs');
const { loadedScripts } = require('../bin/plan-parse.js');

process.on('exit', () => {
  for (const { file, script } of loadedScripts()) {
    const cache = `${file}.cache`;
    if (!fs.existsSync(cache)) fs.writeFileSync(cache, script.createCachedData());
  }
});
