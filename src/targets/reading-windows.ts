/**
 * Running text is read in windows of the reading, not in one copy of the
 * whole document: a window is cut at the start of a heading's line, about
 * every WINDOW characters, so its copy is small enough to die young, where a
 * copy of a whole document's text goes straight into the old generation and
 * stays until a full collection (and, made afresh for every document, costs
 * new memory pages each time).
 *
 * A window starts where nothing read before it can matter: at a line that a
 * hard break opens (no sentence, clause or paragraph runs across it) and a
 * section starts on (what an earlier paragraph said holds only within one
 * section, see PlacedTargets.add). Each window is read with readers of its
 * own, as the stretches between tables already are.
 */
import type { PlacedTargets } from './placed.js';
import type { TimeContext } from './timeframe.js';
import { type Reading, readingOffset, readingText } from '../text/reading.js';
import { readStatements } from './statements.js';
import { throughReading } from './reading-sink.js';
import { SPACE } from './wraps.js';

/**
 * Characters a window holds at least before it is cut: at two bytes a
 * character its copy stays under the 128 KB above which V8 puts a string
 * straight into the old generation, and few windows mean few readers set up.
 */
const WINDOW = 32_000;
/** Characters of the reading kept either side of a window, for readers that look a few characters past its ends. */
const MARGIN = 64;
const NO_JOINS: ReadonlySet<number> = new Set();

export class ReadingWindows {
  /** The first heading start not yet passed by a cut: windows are asked for in document order. */
  private heading = 0;
  /** The first of the reading's joins not yet passed by a window. */
  private join = 0;

  constructor(
    private readonly text: string,
    private readonly reading: Reading,
    /** The wraps of the text: a line they open is not one a window may start on. */
    private readonly wraps: ReadonlySet<number>,
    /** Where the tree's sections start, in order. */
    private readonly headings: readonly number[],
  ) {}

  /** The statements of text[from, to), window by window, added to `targets`. */
  read(from: number, to: number, ctx: TimeContext, targets: PlacedTargets): void {
    for (let start = from; start < to; ) {
      const end = this.cut(start, to);
      this.readWindow(start, end, ctx, targets);
      start = end;
    }
  }

  /** Where the window from `start` ends: at the first cut WINDOW characters on or later, else at `to`. */
  private cut(start: number, to: number): number {
    const h = this.headings;
    while (this.heading < h.length && h[this.heading] < start + WINDOW) this.heading++;
    for (; this.heading < h.length && h[this.heading] < to; this.heading++) {
      const line = this.lineOpening(h[this.heading]);
      if (line > start) return line;
    }
    return to;
  }

  /** Where the line of a heading at `at` starts, when a hard break opens it and only spaces stand before the heading; else -1. */
  private lineOpening(at: number): number {
    const text = this.text;
    let k = at;
    while (k > 0 && SPACE[text.charCodeAt(k - 1)] && text.charCodeAt(k - 1) !== 13) k--;
    // Read only inside the text: a read before its start throws optimised code away.
    if (k === 0 || text.charCodeAt(k - 1) !== 10) return -1;
    const brk = k >= 2 && text.charCodeAt(k - 2) === 13 ? k - 2 : k - 1;
    return this.wraps.has(brk) ? -1 : k;
  }

  private readWindow(start: number, end: number, ctx: TimeContext, targets: PlacedTargets): void {
    const r = this.reading;
    const from = readingOffset(r, start);
    const to = readingOffset(r, end);
    const base = Math.max(0, from - MARGIN);
    const stop = Math.min(r.length, to + MARGIN);
    const window = readingText(r, this.text, base, stop);
    readStatements(window, from - base, to - base, ctx, this.joinsIn(base, stop), throughReading(targets, r, base));
  }

  /** The reading's joins in [base, stop), as offsets in the window from `base`. */
  private joinsIn(base: number, stop: number): ReadonlySet<number> {
    const joins = this.reading.joins;
    while (this.join < joins.length && joins[this.join] < base) this.join++;
    let k = this.join;
    if (k >= joins.length || joins[k] >= stop) return NO_JOINS;
    const set = new Set<number>();
    for (; k < joins.length && joins[k] < stop; k++) set.add(joins[k] - base);
    return set;
  }
}
