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
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    if (!text.includes('\r')) {
      // The common case, \n only: native indexOf finds the breaks far faster than a loop.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /** 1-based line of an offset, by binary search. */
  lineOf(offset: number): number {
    const s = this.lineStarts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
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
