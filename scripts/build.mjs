// Builds the CLI as one ESM bundle with lazily loaded chunks (Markdown, CSV,
// zod load only when a run needs them), and the library entry. Runs on `npm ci`
// through the `prepare` script, so `node bin/plan-parse.js` works after install.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  // CommonJS dependencies inside an ESM bundle call require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
};

await Promise.all([
  // Chunks sit beside the entries so that any of them finds ./worker.js.
  build({ ...common, entryPoints: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' }, outdir: 'dist', splitting: true, chunkNames: '[name]-[hash]' }),
  build({ ...common, entryPoints: { index: 'src/index.ts' }, outdir: 'dist/lib', splitting: true, chunkNames: '[name]-[hash]' }),
]);
