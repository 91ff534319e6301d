/**
 * The text as a reader reads a copy a PDF, a Word file or a web page made of
 * a paragraph: without the line breaks that only wrapped it, without the page
 * numbers, blank lines and form feeds a page turn left between two of its
 * lines, without the letter-spacing gaps a justified line puts between
 * Chinese characters (培 育 年 进 出 口 额), and without zero-width
 * characters. A number, a unit or a comparator cut by any of these (九百|三十七万吨,
 * 亿美|元, 55|— 2 —|个, 以 上) reads whole again.
 *
 * Only characters are left out, never changed or added, so each character
 * of the reading is a character of the source: `at` maps it back, and every
 * position found in the reading points at the same characters in the source.
 */
import { WHITE_SPACE, charSet } from './chars.js';

export interface Reading {
  /** Where each kept run of the source sits; null when nothing was left out (the reading is the source). */
  at: RunMap | null;
  /** The wraps kept (between two digits, see markWrap), as offsets in the reading, ascending. */
  joins: readonly number[];
  /** The reading's length. */
  length: number;
}

/**
 * The reading as runs of source characters kept whole: run k is read at
 * [read[k], read[k + 1]) from source offset src[k] on. The last run is empty,
 * at the source's end. A map per run, not per character: a text leaves out a
 * few characters per paragraph.
 */
interface RunMap {
  src: Int32Array;
  read: Int32Array;
}

/** Zero-width and format characters a web page leaves in its text. */
const ZERO_WIDTH_CHARS = '\u200b\u200c\u200d\u2060\ufeff';
const ZERO_WIDTH = charSet(ZERO_WIDTH_CHARS);
/** Spaces a line may end with before its wrap, or start with after it. */
const EDGE_SPACE = charSet(` \t\u3000\u00a0\f${ZERO_WIDTH_CHARS}`);
/** What may stand before a page number or make a line blank: EDGE_SPACE and every \s within a line. */
const LEADING_SPACE = charSet(WHITE_SPACE.replace(/[\n\r]/g, '') + ZERO_WIDTH_CHARS);
/** A line that holds only a page number between two pages: — 3 —, - 3 -, 第3页, 第3页 共10页. */
export const PAGE_NUMBER_LINE = /^[\s\u3000]*(?:[—－-]{1,2}[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*[—－-]{1,2}|第[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*页(?:[\s\u3000]*共[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*页)?)[\s\u3000]*$/;
/** Runs of zero-width characters, and runs of spaces that may be letter-spacing. */
const GAPS = new RegExp(`[${ZERO_WIDTH_CHARS}]+| +`, 'g');
/** What a PAGE_NUMBER_LINE opens with after its spaces: — 3 —, - 3 -, 第3页. */
export const PAGE_NUMBER_OPENERS = charSet('—－-第');
/** Longest letter-spacing gap: one space, or two on a line a justifying typesetter stretched. */
const MAX_LETTER_GAP = 2;

/**
 * Characters set on the full-width grid of Chinese type: ideographs, CJK and
 * full-width punctuation, curly quotes. A narrow space between two of them is
 * letter-spacing, never a word break (Chinese writes none). Full-width digits
 * and letters are left out: a gap between digits may group them.
 */
function isGrid(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) ||
    (c >= 0x2018 && c <= 0x201f) || c === 0x2014 || c === 0x2026 || c === 0x00b7;
}

/** End of the line that starts at `s` (the offset of its \r or \n, or the text's end). */
function lineEnd(text: string, s: number, to: number): number {
  let e = s;
  while (e < to) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 13) break;
    e++;
  }
  return e;
}

/** Past the line break at `at` (\n, \r\n or \r). */
function pastBreak(text: string, at: number): number {
  return text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
}

/** Can the line starting at `s` be one isFurniture accepts? Only a blank line or one opening a page number can. */
function mayBeFurniture(text: string, s: number, to: number): boolean {
  let k = s;
  while (k < to && LEADING_SPACE[text.charCodeAt(k)]) k++;
  const c = text.charCodeAt(k);
  return k >= to || c === 10 || c === 13 || PAGE_NUMBER_OPENERS[c] === 1;
}

/** Is text[s, e) a line that only a page turn left: blank, invisible, a form feed or a page number? */
function isFurniture(text: string, s: number, e: number): boolean {
  let k = s;
  while (k < e && EDGE_SPACE[text.charCodeAt(k)]) k++;
  return k === e || PAGE_NUMBER_LINE.test(text.slice(s, e));
}

/** The ranges of text left out, as [start, end) pairs in the order they are found. */
class Marks {
  readonly spans: number[] = [];
  mark(s: number, e: number): void {
    if (e > s) this.spans.push(s, e);
  }
}

function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * Marks in `drop` (indexed from `from`) what a wrap at the line break `j`
 * leaves out: the spaces that end the line, the break, the page-turn lines
 * after it whose own breaks are wraps too, and the spaces and form feed that
 * open the line the paragraph runs on to. A break between two digits stays,
 * as a wrap the number reader crosses: glued, the digits of a letter-spaced
 * number (5|0 0 0) would no longer stand one by one. Returns whether it stays.
 */
function markWrap(text: string, from: number, to: number, j: number, joins: ReadonlySet<number>, marks: Marks): boolean {
  let b = j;
  while (b > from && EDGE_SPACE[text.charCodeAt(b - 1)]) b--;
  let k = pastBreak(text, j);
  for (;;) {
    // Most lines a wrap runs on to hold words: seen from their first character, without finding their end.
    if (!mayBeFurniture(text, k, to)) break;
    const e = lineEnd(text, k, to);
    if (e >= to || !joins.has(e) || !isFurniture(text, k, e)) break;
    k = pastBreak(text, e);
  }
  let s = k;
  while (s < to && EDGE_SPACE[text.charCodeAt(s)]) s++;
  const stays = b > from && s < to && isDigit(text.charCodeAt(b - 1)) && isDigit(text.charCodeAt(s));
  if (stays) {
    marks.mark(b, j);
    marks.mark(pastBreak(text, j), s);
  } else {
    marks.mark(b, s);
  }
  return stays;
}

/**
 * The reading of `text`, left as it is outside [from, to): where its
 * characters sit, not a copy of them (see readingText). `joins` are the
 * offsets of the line breaks that only wrap a paragraph (a \n, or the \r of a
 * \r\n), those a page number or a blank line stands after included.
 */
export function readingOf(text: string, from: number, to: number, joins: ReadonlySet<number>): Reading {
  const marks = new Marks();
  const kept: number[] = [];
  for (const j of joins) if (j >= from && j < to && markWrap(text, from, to, j, joins, marks)) kept.push(j);
  // A native scan for the few places anything may be left out: most texts have none.
  GAPS.lastIndex = from;
  for (let m = GAPS.exec(text); m !== null && m.index < to; m = GAPS.exec(text)) {
    const s = m.index;
    const e = Math.min(s + m[0].length, to);
    if (text.charCodeAt(s) !== 32) {
      marks.mark(s, e);
      continue;
    }
    if (e - s > MAX_LETTER_GAP) continue;
    let before = s - 1;
    while (before >= from && ZERO_WIDTH[text.charCodeAt(before)]) before--;
    let after = e;
    while (after < to && ZERO_WIDTH[text.charCodeAt(after)]) after++;
    if (before >= from && after < to && isGrid(text.charCodeAt(before)) && isGrid(text.charCodeAt(after))) marks.mark(s, e);
  }
  kept.sort((a, b) => a - b);
  const spans = marks.spans;
  if (spans.length === 0) return { at: null, joins: kept, length: text.length };
  const at = keptRuns(spans, text.length);
  const r: Reading = { at, joins: [], length: at.read[at.read.length - 1] };
  r.joins = kept.map((j) => readingOffset(r, j));
  return r;
}

/**
 * The characters of the reading in [from, to): a window cut for one reader,
 * not the whole reading. A copy of a whole document's text would be made,
 * read and thrown away in one go, in memory no collection reuses before the
 * parse ends.
 */
export function readingText(r: Reading, text: string, from = 0, to = r.length): string {
  const m = r.at;
  if (m === null) return text.slice(from, to);
  let out = '';
  for (let k = Math.max(lastAtOrBefore(m.read, from), 0); k + 1 < m.read.length && m.read[k] < to; k++) {
    const a = Math.max(from, m.read[k]);
    const b = Math.min(to, m.read[k + 1]);
    if (b > a) out += text.slice(m.src[k] + (a - m.read[k]), m.src[k] + (b - m.read[k]));
  }
  return out;
}

/** The runs of text[0, length) outside the left-out spans (which may overlap and come in any order). */
function keptRuns(spans: number[], length: number): RunMap {
  const order = Array.from({ length: spans.length / 2 }, (_, k) => k).sort((a, b) => spans[2 * a] - spans[2 * b]);
  const src: number[] = [];
  const read: number[] = [];
  let pos = 0;
  let n = 0;
  const run = (s: number, e: number) => {
    src.push(s);
    read.push(n);
    n += e - s;
  };
  for (const k of order) {
    const s = spans[2 * k];
    const e = spans[2 * k + 1];
    if (s > pos) run(pos, s);
    if (e > pos) pos = e;
  }
  if (pos < length) run(pos, length);
  run(length, length);
  return { src: Int32Array.from(src), read: Int32Array.from(read) };
}

/** The last index k of `starts` (ascending) with starts[k] <= x, or -1. */
function lastAtOrBefore(starts: Int32Array, x: number): number {
  let lo = -1;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Source offset of reading offset i (a start: the character there). */
export function sourceStart(r: Reading, i: number): number {
  const m = r.at;
  if (m === null || i < 0) return i;
  const k = lastAtOrBefore(m.read, i);
  return m.src[k] + (i - m.read[k]);
}

/** Source offset of reading offset i as an end: just past the character before it, so no left-out character trails a span. */
export function sourceEnd(r: Reading, i: number): number {
  return r.at === null || i <= 0 ? i : sourceStart(r, i - 1) + 1;
}

/** Reading offset of source offset s: the first character of the reading at or after it. */
export function readingOffset(r: Reading, s: number): number {
  const m = r.at;
  if (m === null) return s;
  const k = lastAtOrBefore(m.src, s);
  if (k < 0) return 0;
  // s is in run k, or in the gap left out after it.
  const length = k + 1 < m.read.length ? m.read[k + 1] - m.read[k] : 0;
  return m.read[k] + Math.min(s - m.src[k], length);
}

/**
 * V8 keeps a slice of 13 characters or more as a view into the string it was
 * cut from: a word cut from a window of the reading (readingText) and kept in
 * the document would keep the whole window alive with it. Slicing a fresh
 * concatenation copies only the word's own characters.
 */
const SHORTEST_VIEW = 13;

/** `s` with characters of its own, not a view into the reading. */
export function detached(s: string): string {
  return s.length < SHORTEST_VIEW ? s : (' ' + s).slice(1);
}
