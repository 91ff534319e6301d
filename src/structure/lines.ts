/** The lossless line layer: each line's range in the text, without its newline. */
import type { LineIndex } from '../text/positions.js';

export interface Line {
  /** 1-based line number. */
  number: number;
  start: number;
  /** End of the content, before the newline. */
  end: number;
  text: string;
}

export function splitLines(text: string, index: LineIndex): Line[] {
  const starts = index.lineStarts;
  const lines: Line[] = new Array(starts.length);
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k];
    let end = k + 1 < starts.length ? starts[k + 1] : text.length;
    if (end > start && text.charCodeAt(end - 1) === 10) end--;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    lines[k] = { number: k + 1, start, end, text: text.slice(start, end) };
  }
  return lines;
}

/** True for a line of nothing but spaces. */
export function isBlank(line: string): boolean {
  return line.trim().length === 0;
}
