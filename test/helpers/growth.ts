/**
 * How a reader's cost grows with its input, rather than how fast it is: a
 * quadratic loop shows as a ratio near 16 when the input grows fourfold, a
 * linear one near 4, on a quiet machine or a busy one alike. Speed itself is
 * `npm run bench`'s business, not the tests'.
 */
import { performance } from 'node:perf_hooks';

/** Time of one run. */
function timeOf(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Runs at each size, interleaved, so a busy spell of the machine falls on both; the best of each is kept. */
const TRIES = 5;

/** The cost of `run` on an input four times as large as `size`, over its cost at `size`. */
export function growthOnFourfoldInput(run: (size: number) => unknown, size: number): number {
  run(size); // warm-up: the first run also pays for compiling
  // A run of a millisecond times the clock and one collection, not the reader: grow the input until a run is long enough to time.
  let n = size;
  while (timeOf(() => run(n)) < MIN_TIMED_MS && n < size * MAX_GROWTH) n *= 4;
  let small = Infinity;
  let large = Infinity;
  // A collection or a busy neighbour only ever adds time: the best run of each size is its cost.
  for (let i = 0; i < TRIES; i++) {
    small = Math.min(small, timeOf(() => run(n)));
    large = Math.min(large, timeOf(() => run(n * 4)));
  }
  return large / small;
}

/** Shortest run that is timed; how far the input may be grown to reach it. */
const MIN_TIMED_MS = 20;
const MAX_GROWTH = 64;

/** Fourfold input: linear cost gives about 4, quadratic about 16; 9 leaves room for collections. */
export const LINEAR_GROWTH_LIMIT = 9;
