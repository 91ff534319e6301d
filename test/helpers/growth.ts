/**
 * How a reader's cost grows with its input, rather than how fast it is: a
 * quadratic loop shows as a ratio near 16 when the input grows fourfold, a
 * linear one near 4, on a quiet machine or a busy one alike. Speed itself is
 * `npm run bench`'s business, not the tests'.
 */

/**
 * CPU time of one run, in milliseconds. Wall-clock time counts the spells a
 * busy machine (two cores, other test files beside this one) keeps the process
 * waiting; CPU time counts only the work. Vitest runs each test file in its own
 * process, so the process's time is this file's.
 */
function timeOf(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const spent = process.cpuUsage(started);
  return (spent.user + spent.system) / 1000;
}

/** Runs at each size, interleaved, so a busy spell of the machine falls on both; the best of each is kept. */
const TRIES = 5;

/**
 * A quadratic loop gives a ratio near 16 every time it is measured; a
 * collection or a cache shared with a neighbour gives a high ratio now and
 * then. So a ratio over the limit is measured again, up to this many times,
 * and the lowest kept.
 */
const ROUNDS = 3;

/** The cost of `run` on an input four times as large as `size`, over its cost at `size`. */
export function growthOnFourfoldInput(run: (size: number) => unknown, size: number): number {
  run(size); // warm-up: the first run also pays for compiling
  // A run of a millisecond times the clock and one collection, not the reader: grow the input until a run is long enough to time.
  let n = size;
  while (timeOf(() => run(n)) < MIN_TIMED_MS && n < size * MAX_GROWTH) n *= 4;
  let growth = Infinity;
  for (let round = 0; round < ROUNDS && growth >= LINEAR_GROWTH_LIMIT; round++) {
    let small = Infinity;
    let large = Infinity;
    // A collection or a busy neighbour only ever adds time: the best run of each size is its cost.
    for (let i = 0; i < TRIES; i++) {
      small = Math.min(small, timeOf(() => run(n)));
      large = Math.min(large, timeOf(() => run(n * 4)));
    }
    growth = Math.min(growth, large / small);
  }
  return growth;
}

/** Shortest run that is timed; how far the input may be grown to reach it. */
const MIN_TIMED_MS = 20;
const MAX_GROWTH = 64;

/** Fourfold input: linear cost gives about 4, quadratic about 16; 9 leaves room for collections. */
export const LINEAR_GROWTH_LIMIT = 9;
