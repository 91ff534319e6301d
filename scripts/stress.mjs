// npm run stress: times the adversarial inputs of issue 6 at full size
// against plain plan text of the same size, and 100 MB of plan text against
// the rate of a small one. Fails (exit 1) when anything is more than 10 times
// slower: a sign of a backtracking regular expression or a quadratic loop.
// Runs the built library, as users do: `npm run build` first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADVERSARIAL, plainPlanText } from './adversarial.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const LIBRARY = join(ROOT, 'dist/lib/index.js');
const MAX_RATIO = 10;
const BIG_BYTES = 100 * 1024 * 1024;
/** Runs per measurement: the fastest is the one least disturbed by garbage collection. */
const RUNS = 3;

if (!existsSync(LIBRARY)) {
  console.error('stress: dist/lib/index.js is missing: run npm run build first');
  process.exit(1);
}
const { parse } = await import(LIBRARY);

/** The seed plan and the UTF-8 fixtures: real and made-up plan text to repeat. */
function planSources() {
  const fixtures = readdirSync(join(ROOT, 'fixtures'), { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.txt') && !p.startsWith('encodings'))
    .sort()
    .map((p) => join(ROOT, 'fixtures', p));
  return [join(ROOT, 'seeds/wuhan-east-lake-14th-fyp.txt'), ...fixtures].map((p) => readFileSync(p, 'utf8'));
}

function timeParse(text, runs = RUNS) {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    parse(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const sources = planSources();
const plain = (size) => plainPlanText(sources, size);
timeParse(plain(500_000)); // warm the JIT before anything is timed

const rows = [];
for (const input of ADVERSARIAL) {
  const ms = timeParse(input.make(input.fullSize));
  const plainMs = timeParse(plain(input.fullSize));
  rows.push({ name: input.name, size: input.fullSize, ms, against: plainMs });
}

// 100 MB of plan text, timed once, against the rate of 2 M characters of it.
const bytesPerChar = Buffer.byteLength(plain(1_000_000)) / 1_000_000;
const bigSize = Math.round(BIG_BYTES / bytesPerChar);
const rateSize = 2_000_000;
const rateMs = timeParse(plain(rateSize));
rows.push({ name: '100 MB of plan text', size: bigSize, ms: timeParse(plain(bigSize), 1), against: (rateMs * bigSize) / rateSize });

let failed = 0;
// The name goes last: Chinese names would not pad to a column.
console.log('       ms   plain ms   ratio  characters  input');
for (const r of rows) {
  const ratio = r.ms / r.against;
  const ok = ratio <= MAX_RATIO;
  if (!ok) failed++;
  console.log(`${r.ms.toFixed(0).padStart(9)} ${r.against.toFixed(0).padStart(10)} ${ratio.toFixed(2).padStart(7)} ${String(r.size).padStart(11)}  ${r.name}${ok ? '' : `  FAIL: over ${MAX_RATIO}×`}`);
}
console.log(failed ? `stress: ${failed} input(s) over ${MAX_RATIO}× plain text` : `stress: all within ${MAX_RATIO}× plain text`);
process.exitCode = failed ? 1 : 0;
