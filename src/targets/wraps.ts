/**
 * Line breaks that only wrap a paragraph, as a reader of a PDF or web copy
 * sees them: a line that stops mid-sentence (no 。；：！？ at its end) at about
 * the width of its neighbours runs on to the next line, across a page number
 * (— 3 —), a form feed or a line of zero-width spaces between them. The
 * indicator and its value then stay one clause (…生产总值连续 6 个季度保持|
 * 20%以上增长). Headings are lines of their own and are never joined.
 *
 * Also how such a clause reads: without its line breaks, page numbers, form
 * feeds, zero-width characters, and the gaps typesetting puts between Chinese
 * and digits.
 */
import type { Section } from '../model/schema.js';
import { charSet } from '../text/chars.js';
import { PAGE_NUMBER_LINE } from '../text/reading.js';
import type { LineIndex } from '../text/positions.js';

/** Characters that end a sentence or a clause at a line's end: a break after them is a paragraph's end. */
const TERMINAL = charSet('。！？；：!?;:');
/** Closing quotes and brackets, which may follow the end of a sentence. */
const CLOSERS = charSet('”’」』）)');
export const SPACE = charSet(' \t\r\u3000\u00a0');

/** Does text[…end) end a sentence or clause (。 or 。” …)? */
function isTerminalEnd(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  return TERMINAL[c] === 1 || (CLOSERS[c] === 1 && TERMINAL[text.charCodeAt(end - 2)] === 1);
}
/** Zero-width and format characters a web page leaves in its text. */
const INVISIBLE = /^[\s\u3000\u200b-\u200d\u2060\ufeff\f]*$/;
/** A line shorter than this share of the typical line ends its paragraph (a title, a last line). */
const FULL_SHARE = 0.6;
/** Lines looked past after a break: a page number, a blank line, a form feed. */
const MAX_BRIDGE = 4;

/** Start offsets of the heading lines of the tree, in order. */
export function headingStarts(sections: readonly Section[]): number[] {
  const starts: number[] = [];
  pushStarts(sections, starts);
  // A tree read in order lists its headings in order; a sort is for a tree that is not.
  for (let k = 1; k < starts.length; k++) {
    if (starts[k] < starts[k - 1]) return starts.sort((a, b) => a - b);
  }
  return starts;
}

/** A function of its own, not a closure: a closure made afresh for each document throws the optimised caller away. */
function pushStarts(list: readonly Section[], starts: number[]): void {
  for (const s of list) {
    starts.push(s.position.start.offset);
    if (s.children.length > 0) pushStarts(s.children, starts);
  }
}

/** Whether the sorted `starts` hold `offset`. */
function holds(starts: readonly number[], offset: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo] === offset;
}

/**
 * The offsets of the line breaks of text[from, to) that only wrap a paragraph,
 * with those the structure stage found. `headings`: where the tree's sections
 * start, in order (headingStarts).
 */
export function paragraphWraps(text: string, from: number, to: number, index: LineIndex, headings: readonly number[], known: ReadonlySet<number>): ReadonlySet<number> {
  const ends = lineEnds(text, from, to, index);
  const startOf = (k: number) => (k === 0 ? from : ends[k - 1] + 1);
  const typical = typicalLength(from, ends);
  const isHeading = (k: number) => {
    const s = startOf(k);
    let c = s;
    while (c < ends[k] && SPACE[text.charCodeAt(c)]) c++;
    return holds(headings, s) || holds(headings, c);
  };
  const joins = new Set(known);
  for (let k = 0; k + 1 < ends.length; k++) {
    // By char code first: most lines end a sentence or are headings, and are passed over without a slice.
    const lineStart = startOf(k);
    let e = ends[k];
    while (e > lineStart && SPACE[text.charCodeAt(e - 1)]) e--;
    if (e === lineStart || isTerminalEnd(text, e) || isHeading(k)) continue;
    let next = k + 1;
    let bridged = false;
    let blank = false;
    for (; next < ends.length && next - k <= MAX_BRIDGE; next++) {
      const t = text.slice(startOf(next), ends[next]);
      if (PAGE_NUMBER_LINE.test(t) || (t.trim() !== '' && INVISIBLE.test(t))) bridged = true;
      else if (t.trim() === '') blank = true;
      else break;
    }
    if (next >= ends.length || next - k > MAX_BRIDGE || (blank && !bridged)) continue;
    // A form feed opening the next line marks a page turn too.
    if (text.charCodeAt(startOf(next)) === 12) bridged = true;
    if ((!bridged && e - lineStart < typical * FULL_SHARE) || isHeading(next)) continue;
    for (let j = k; j < next; j++) {
      const end = ends[j];
      joins.add(end > 0 && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    }
  }
  return joins;
}

/**
 * Where each line of text[from, to) ends: at its \n, or at `to`. Line k
 * starts one past the end of line k - 1. Read off the line index, which
 * has found every break already; a lone \r, which it counts as one too,
 * is not a break here.
 */
function lineEnds(text: string, from: number, to: number, index: LineIndex): Int32Array {
  const starts = index.lineStarts;
  const ends = new Int32Array(starts.length + 1);
  let n = 0;
  // From the first line start past `from` (lineOf is 1-based: its value is that start's index).
  for (let k = index.lineOf(from); k < starts.length && starts[k] - 1 < to; k++) {
    if (text.charCodeAt(starts[k] - 1) === 10) ends[n++] = starts[k] - 1;
  }
  if (from < to && (n === 0 || ends[n - 1] !== to - 1)) ends[n++] = to;
  return ends.subarray(0, n);
}

/** Line lengths counted in an array up to this; the rare longer ones in a map. */
const COUNTED_LENGTHS = 1024;

/** The most common length of the lines with text, in characters: a wrapped page's width. */
function typicalLength(from: number, ends: Int32Array): number {
  const counts = new Int32Array(COUNTED_LENGTHS);
  const longer = new Map<number, number>();
  for (let k = 0; k < ends.length; k++) {
    const n = ends[k] - (k === 0 ? from : ends[k - 1] + 1);
    if (n >= COUNTED_LENGTHS) longer.set(n, (longer.get(n) ?? 0) + 1);
    else if (n > 0) counts[n]++;
  }
  let best = 0;
  let bestCount = 0;
  const consider = (n: number, c: number) => {
    if (c > bestCount || (c === bestCount && n > best)) {
      best = n;
      bestCount = c;
    }
  };
  for (let n = 1; n < COUNTED_LENGTHS; n++) if (counts[n] > 0) consider(n, counts[n]);
  for (const [n, c] of longer) consider(n, c);
  return best;
}

/** Characters of a wrapped clause that are not part of its words. */
const NOISE = /\r\n|[\r\n\f\u200b-\u200d\u2060\ufeff]|[—－-]{1,2}[ \u3000]*[0-9０-９]{1,4}[ \u3000]*[—－-]{1,2}(?=[ \u3000]*[\r\n])|[ \u3000]+/g;

function isHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
}

/**
 * text[from, to) as read: without the noise above, spaces kept only between
 * two Latin letters or digits (GDP 增长 → GDP增长, but 5G 网络 keeps none and
 * Wi Fi keeps one). `at[i]` is the source offset of character i of the
 * reading (and at[length] = to); null when nothing was dropped.
 */
export function readClause(text: string, from: number, to: number): { words: string; at: number[] | null } {
  const slice = text.slice(from, to);
  NOISE.lastIndex = 0;
  if (!NOISE.test(slice)) return { words: slice, at: null };
  const at: number[] = [];
  let words = '';
  let k = 0;
  NOISE.lastIndex = 0;
  for (let m = NOISE.exec(slice); ; m = NOISE.exec(slice)) {
    const end = m ? m.index : slice.length;
    words += slice.slice(k, end);
    for (; k < end; k++) at.push(from + k);
    if (!m) break;
    const spaces = m[0].trim() === '' && m[0].indexOf('\n') < 0 && m[0].indexOf('\r') < 0;
    const next = m.index + m[0].length;
    // Both sides looked at only inside the slice: a read past a string's end throws optimised code away.
    if (spaces && m.index > 0 && next < slice.length && !isHan(slice.charCodeAt(m.index - 1)) && !isHan(slice.charCodeAt(next))) {
      words += ' ';
      at.push(from + m.index);
    }
    k = next;
  }
  at.push(to);
  return { words, at };
}
