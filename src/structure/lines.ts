/**
 * The lossless line layer: each line's range in the text, without its
 * newline. Lines are read through the line index's starts, and a line's text
 * is sliced only when asked for: most lines of a plan are never looked at as
 * text, and an object and a string kept for each line of a large document
 * were much of its parse's time in the garbage collector.
 */
import type { LineIndex } from '../text/positions.js';

export class Lines {
  /** Number of lines. */
  readonly count: number;
  /** End of each line's content, before its newline: every step asks for it, so it is found once. */
  private readonly ends: Int32Array;

  constructor(
    /** The whole text the lines are ranges of. */
    readonly source: string,
    private readonly starts: Int32Array,
  ) {
    this.count = starts.length;
    this.ends = new Int32Array(this.count);
    for (let k = 0; k < this.count; k++) {
      const start = starts[k];
      let end = k + 1 < this.count ? starts[k + 1] : source.length;
      if (end > start && source.charCodeAt(end - 1) === 10) end--;
      if (end > start && source.charCodeAt(end - 1) === 13) end--;
      this.ends[k] = end;
    }
  }

  /** Offset of line k's first character (k counts from 0). */
  start(k: number): number {
    return this.starts[k];
  }

  /** End of line k's content, before its newline. */
  end(k: number): number {
    return this.ends[k];
  }

  /** Length of line k's content. */
  length(k: number): number {
    return this.end(k) - this.starts[k];
  }

  /** Line k's content, without its newline. */
  text(k: number): string {
    return this.source.slice(this.starts[k], this.end(k));
  }

  /** Offset of line k's first character that is not white space (as trim() counts it); the line's end when there is none. */
  firstNonBlank(k: number): number {
    const end = this.end(k);
    let i = this.starts[k];
    while (i < end && isWhiteSpace(this.source.charCodeAt(i))) i++;
    return i;
  }

  /** True for a line of nothing but white space. */
  isBlank(k: number): boolean {
    return this.firstNonBlank(k) === this.end(k);
  }
}

export function splitLines(text: string, index: LineIndex): Lines {
  return new Lines(text, index.lineStarts);
}

/** What String.prototype.trim() removes (and /\s/ matches): white space and line terminators. */
export function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
