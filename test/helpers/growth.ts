/**
 * How a reader's cost grows with its input, rather than how fast it is: a
 * quadratic loop shows as a ratio near 16 when the input grows fourfold, a
 * linear one near 4, on a quiet machine or a busy one alike. Speed itself is
 * `npm run bench`'s business, not the tests'.
 */
import { performance } from 'node:perf_hooks';

/** Best of a few runs: a collection or a busy neighbour only ever adds time. */
function bestTime(run: () => unknown, tries = 3): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** The cost of `run` on an input four times as large as `size`, over its cost at `size`. */
export function growthOnFourfoldInput(run: (size: number) => unknown, size: number): number {
  run(size); // warm-up: the first run also pays for compiling
  const small = bestTime(() => run(size));
  const large = bestTime(() => run(size * 4));
  return large / Math.max(small, 0.5);
}

/** Fourfold input: linear cost gives about 4, quadratic about 16; 9 leaves room for collections. */
export const LINEAR_GROWTH_LIMIT = 9;
