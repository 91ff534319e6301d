/**
 * The value cells of one table row when the copy glued them into one run of
 * digits (2020 value 2578 and 2025 value 3000 as `25783000`, an empty cell as
 * `-`): the header says how many cells there are, and the run is cut the way
 * a reader of the table would cut it.
 */

/** Longest run cut, and most cells: a few hundred ways to try at most. */
export const MAX_RUN = 20;
const MAX_CELLS = 4;
/** One cell: a dash for an empty one, or a number with no leading zero (0 and 0.5 are fine, 07 is not). */
const CELL = /^(?:[-－—–]|[-－]?(?:0|[1-9]\d*)(?:\.\d+)?[%％]?)$/;
const EMPTY = /^[-－—–]$/;

/**
 * What makes a cut unlikely, weighed against the change between neighbouring
 * cells: tables give at most two decimals, a percentage past 100 is rare, and a
 * zero next to a value says nothing of how alike they are.
 */
const LONG_DECIMALS = 4;
const OVER_HUNDRED = 6;
const ZERO_BESIDE = 3;

export interface RunCell {
  /** Offsets within the run. */
  start: number;
  end: number;
  /** A dash: the column has no value in this row. */
  empty: boolean;
}

/**
 * The run cut into `n` cells, or null when it cannot be. Neighbouring values
 * of one indicator (a baseline and its target, a target and its
 * stretch) are of one size: the cut that makes them closest wins
 * (25783000 → 2578 | 3000, 6773 → 67 | 73, 99.999 → 99.9 | 99).
 */
export function splitRun(run: string, n: number, percent: boolean): RunCell[] | null {
  if (n < 1 || n > MAX_CELLS || run.length > MAX_RUN || run.length < n) return null;
  let best: RunCell[] | null = null;
  let bestCost = Infinity;
  const cuts: number[] = [];
  const visit = (from: number, left: number): void => {
    if (left === 1) {
      if (!CELL.test(run.slice(from))) return;
      cuts.push(run.length);
      const cells = cellsAt(cuts);
      const cost = costOf(run, cells, percent);
      if (cost < bestCost) {
        bestCost = cost;
        best = cells;
      }
      cuts.pop();
      return;
    }
    for (let end = from + 1; end <= run.length - (left - 1); end++) {
      if (!CELL.test(run.slice(from, end))) continue;
      cuts.push(end);
      visit(end, left - 1);
      cuts.pop();
    }
  };
  visit(0, n);
  if (best) for (const c of best as RunCell[]) c.empty = EMPTY.test(run.slice(c.start, c.end));
  return best;
}

function cellsAt(cuts: readonly number[]): RunCell[] {
  return cuts.map((end, k) => ({ start: k === 0 ? 0 : cuts[k - 1], end, empty: false }));
}

function costOf(run: string, cells: readonly RunCell[], percent: boolean): number {
  let cost = 0;
  let previous: number | null = null;
  for (const c of cells) {
    const s = run.slice(c.start, c.end);
    if (EMPTY.test(s)) continue;
    const v = Math.abs(parseFloat(s.replace('－', '-')));
    const decimals = s.includes('.') ? s.replace(/[%％]$/, '').length - s.indexOf('.') - 1 : 0;
    if (decimals > 2) cost += LONG_DECIMALS;
    if (percent && v > 100) cost += OVER_HUNDRED;
    if (previous !== null) cost += previous === 0 || v === 0 ? (previous === v ? 0 : ZERO_BESIDE) : Math.abs(Math.log(v / previous));
    previous = v;
  }
  return cost;
}
