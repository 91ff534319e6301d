/**
 * Offsets → unist points. Lines end at \n, \r\n or a lone \r, so a file's
 * positions are right whatever its newline convention; offsets and columns
 * count UTF-16 code units, as JavaScript strings and unist do.
 */
import type { Point, Position } from '../model/schema.js';

/** Every kind of line break, for reading wrapped text without its breaks. */
export const LINE_BREAKS = /\r\n|\r|\n/g;

export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: Int32Array;

  constructor(readonly text: string) {
    this.lineStarts = findLineStarts(text);
  }

  /**
   * Line (from 0) of the latest look-up. Offsets are mostly looked up in text
   * order, each near the one before: a search that starts there takes a few
   * steps where one over the whole file takes twenty.
   */
  private recent = 0;

  /** 1-based line of an offset: a galloping search out from the latest look-up's line, then a binary search. */
  lineOf(offset: number): number {
    const s = this.lineStarts;
    // Bracket the line between lo and hi, doubling the step away from the latest line.
    let lo: number;
    let hi: number;
    let step = 1;
    if (s[this.recent] <= offset) {
      lo = this.recent;
      while (lo + step < s.length && s[lo + step] <= offset) {
        lo += step;
        step *= 2;
      }
      hi = Math.min(lo + step, s.length) - 1;
    } else {
      hi = this.recent - 1;
      while (hi - step >= 0 && s[hi - step + 1] > offset) {
        hi -= step;
        step *= 2;
      }
      lo = Math.max(hi - step + 1, 0);
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.recent = lo;
    return lo + 1;
  }

  point(offset: number): Point {
    const line = this.lineOf(offset);
    return { line, column: offset - this.lineStarts[line - 1] + 1, offset };
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}

/**
 * The offset of each line's first character, in one pass. Native indexOf
 * finds the breaks far faster than a loop over every character: one search
 * for \n and one for \r, each resumed only past the break it found, so a
 * file with few (or no) \r still reads at that speed. A typed array that
 * doubles when full: its outgrown copies are outside the collected heap, so
 * one pass that grows costs less than a pass to count and another to store.
 */
function findLineStarts(text: string): Int32Array {
  let starts = new Int32Array(Math.max(16, text.length >> 5));
  let count = 1; // the first line starts at 0
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    let next: number;
    if (cr < 0 || (lf >= 0 && lf < cr)) {
      next = lf + 1;
      lf = text.indexOf('\n', next);
    } else {
      // \r\n is one break, a lone \r another.
      next = lf === cr + 1 ? cr + 2 : cr + 1;
      if (lf === cr + 1) lf = text.indexOf('\n', next);
      cr = text.indexOf('\r', next);
    }
    if (count === starts.length) {
      const grown = new Int32Array(2 * count);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = next;
  }
  return starts.slice(0, count);
}
