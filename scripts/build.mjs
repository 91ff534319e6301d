// Builds the CLI as one ESM bundle with lazily loaded chunks (Markdown, CSV,
// zod load only when a run needs them), and the library entry. Runs on `npm ci`
// through the `prepare` script, so `node bin/plan-parse.js` works after install.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

/**
 * commander loads node:child_process at start-up (about 11 M instructions,
 * with net and dgram) only to spawn executable subcommands, which plan-parse
 * has none of: hand it a stand-in that loads the real module on first use.
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

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  // CommonJS dependencies inside an ESM bundle call require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
  // Less source for V8 to scan at start-up (about 1%); names stay readable in profiles and stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [lazyChildProcess],
};

await Promise.all([
  // Chunks sit beside the entries so that any of them finds ./worker.js.
  build({ ...common, entryPoints: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' }, outdir: 'dist', splitting: true, chunkNames: '[name]-[hash]' }),
  build({ ...common, entryPoints: { index: 'src/index.ts' }, outdir: 'dist/lib', splitting: true, chunkNames: '[name]-[hash]' }),
]);
