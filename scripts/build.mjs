// Builds the command line and the library into dist/. Runs on `npm ci`
// through the `prepare` script, so `node bin/plan-parse.js` works after install.
//
// The command line is CommonJS with lazily loaded parts: Node's ESM loader
// costs start-up time of its own, and more per file of an ESM bundle.
// CommonJS also lets bin/plan-parse.js compile each file with the V8 code
// cache saved here beside it.
import { build, transform } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

/**
 * commander loads node:child_process at start-up (with net and dgram) only
 * to spawn executable subcommands, which plan-parse has none of: hand it a
 * stand-in that loads the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (args.importer.includes('node_modules/commander/') ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

// Less source for V8 to scan at start-up; names stay readable in profiles and stack traces.
const minify = { minifyWhitespace: true, minifySyntax: true };

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  ...minify,
  plugins: [lazyChildProcess],
};

/**
 * esbuild splits only ESM, so the command line is split as ESM (each module
 * in one file only: one UsageError class, one copy of any module's state),
 * then each file is turned into CommonJS on its own: imports become
 * require() of the same files, import() a require() in a promise. Chunks sit
 * beside the entries so that any of them finds ./worker.cjs.
 */
async function buildCli() {
  const split = await build({
    ...common,
    entryPoints: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.cjs' },
    write: false,
  });
  mkdirSync('dist', { recursive: true });
  for (const file of split.outputFiles) writeFileSync(file.path, await toCommonJs(file));
}

async function toCommonJs(file) {
  const { code } = await transform(file.text, {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    supported: { 'dynamic-import': false },
    sourcefile: basename(file.path),
    logLevel: 'warning',
    ...minify,
    // Only the worker pool asks for its own location (to start dist/worker.cjs).
    ...(file.text.includes('import.meta.url') && {
      define: { 'import.meta.url': '__importMetaUrl' },
      banner: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;",
    }),
  });
  return withPlainExports(code);
}

/**
 * esbuild's CommonJS gives a module's exports as getters that each read
 * `from[key]` in one shared function: a read by a name that varies, which
 * V8 makes a slow generic look-up in every caller, at every call from one
 * chunk into another. The module's own export object (a getter per export,
 * each its own function) serves the same bindings without that layer.
 */
function withPlainExports(code) {
  const plain = code.replace(/module\.exports=__toCommonJS\((\w+)\);/, 'module.exports=__defProp($1,"__esModule",{value:!0});');
  if (plain === code && code.includes('__toCommonJS(')) throw new Error('build: esbuild\'s CommonJS exports are not in the form withPlainExports expects');
  return plain;
}

function buildLibrary() {
  return build({
    ...common,
    // CommonJS dependencies inside an ESM bundle call require().
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    entryPoints: { index: 'src/index.ts' },
    outdir: 'dist/lib',
    splitting: true,
    chunkNames: '[name]-[hash]',
  });
}

/**
 * The library's type declarations, which esbuild does not write: tsc
 * (tsconfig.build.json) puts them beside dist/lib/index.js, where
 * package.json's `types` points.
 */
function buildTypes() {
  const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  return new Promise((resolve, reject) => {
    spawn(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' }).on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error('type declarations failed: tsc -p tsconfig.build.json')),
    );
  });
}

const SEED = 'seeds/wuhan-east-lake-14th-fyp.txt';
const SAMPLES = 'fixtures/formats';

/**
 * The runs whose compiled code goes into the caches: one per output format
 * and input form of the library's registries, so a new one cannot be
 * forgotten. The JSON run comes first: the files every run loads are cached
 * as the main command uses them. Each later run caches the lazily loaded
 * files it is the first to load.
 */
async function cacheRuns() {
  const { OUTPUT_FORMATS, INPUT_FORMATS } = await import('../dist/lib/index.js');
  const samples = readdirSync(SAMPLES).sort();
  const sampleOf = (format) => {
    const file = samples.find((f) => f.endsWith(`.${format}`));
    if (!file) throw new Error(`input form ${format} has no sample in ${SAMPLES}/ (a file ending .${format}) to make its code cache from`);
    return `${SAMPLES}/${file}`;
  };
  return [
    [SEED, '--json'],
    ...OUTPUT_FORMATS.filter((f) => f !== 'json').map((f) => [SEED, '--format', f]),
    ...INPUT_FORMATS.filter((f) => f !== 'txt').map((f) => [sampleOf(f), '--json']),
    ['targets', SEED, '--format', 'table'],
    ['lint', '--quiet', SEED],
    ['schema'],
    ['diff', 'fixtures/diff/plan.txt', 'fixtures/diff/rename-edit.txt', '--format', 'text'],
  ];
}

/** Code caches are made here, never at run time: the package folder may not be writable, and runs must not race to write them. */
async function saveCodeCaches() {
  for (const args of await cacheRuns()) {
    const run = spawnSync(process.execPath, ['scripts/save-code-cache.cjs', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    // Exit code 1 is an answer (a diff found changes, lint found problems); 2 or a signal is a failed run.
    if (run.status !== 0 && run.status !== 1) throw new Error(`code cache run failed: plan-parse ${args.join(' ')}`);
  }
}

await Promise.all([buildCli(), buildLibrary()]);
const types = buildTypes(); // beside the cache runs, which do not need it
await saveCodeCaches();
await types;
