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
import { charSet } from './chars.js';

export interface Reading {
  /** The text as read. */
  text: string;
  /** Source offset of each character of `text`, and at[text.length] = the source's length; null when nothing was left out (text is the source). */
  at: Int32Array | null;
  /** The wraps kept (between two digits, see markWrap), as offsets in `text`. */
  joins: ReadonlySet<number>;
}

const ZERO_WIDTH = charSet('\u200b\u200c\u200d\u2060\ufeff');
/** Spaces a line may end with before its wrap, or start with after it. */
const EDGE_SPACE = charSet(' \t\u3000\u00a0\f\u200b\u200c\u200d\u2060\ufeff');
/** A line that holds only a page number between two pages: — 3 —, - 3 -, 第3页, 第3页 共10页. */
export const PAGE_NUMBER_LINE = /^[\s\u3000]*(?:[—－-]{1,2}[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*[—－-]{1,2}|第[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*页(?:[\s\u3000]*共[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*页)?)[\s\u3000]*$/;
/** Runs of zero-width characters, and runs of spaces that may be letter-spacing. */
const GAPS = /[\u200b\u200c\u200d\u2060\ufeff]+| +/g;
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

/** Is text[s, e) a line that only a page turn left: blank, invisible, a form feed or a page number? */
function isFurniture(text: string, s: number, e: number): boolean {
  let k = s;
  while (k < e && EDGE_SPACE[text.charCodeAt(k)]) k++;
  return k === e || PAGE_NUMBER_LINE.test(text.slice(s, e));
}

/** The characters of text[from, to) left out, made when the first is: most texts have none. */
class Marks {
  drop: Uint8Array | null = null;
  constructor(private readonly from: number, private readonly to: number) {}
  mark(s: number, e: number): void {
    if (e <= s) return;
    this.drop ??= new Uint8Array(this.to - this.from);
    this.drop.fill(1, s - this.from, e - this.from);
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
 * The reading of `text`, left as it is outside [from, to). `joins` are the
 * offsets of the line breaks that only wrap a paragraph (a \n, or the \r of a
 * \r\n), those a page number or a blank line stands after included.
 */
export function readingOf(text: string, from: number, to: number, joins: ReadonlySet<number>): Reading {
  const marks = new Marks(from, to);
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
  const drop = marks.drop;
  if (drop === null) return { text, at: null, joins: new Set(kept) };
  let length = text.length;
  for (let k = 0; k < drop.length; k++) length -= drop[k];
  const at = new Int32Array(length + 1);
  const parts: string[] = [];
  let n = 0;
  let runStart = 0;
  const keep = (s: number, e: number) => {
    if (e <= s) return;
    parts.push(text.slice(s, e));
    for (let k = s; k < e; k++) at[n++] = k;
  };
  for (let k = from; k < to; k++) {
    if (!drop[k - from]) continue;
    keep(runStart, k);
    runStart = k + 1;
  }
  keep(runStart, text.length);
  at[n] = text.length;
  const r: Reading = { text: parts.join(''), at, joins: new Set() };
  r.joins = new Set(kept.map((j) => readingOffset(r, j)));
  return r;
}

/** Source offset of reading offset i (a start: the character there). */
export function sourceStart(r: Reading, i: number): number {
  return r.at === null || i < 0 ? i : r.at[i];
}

/** Source offset of reading offset i as an end: just past the character before it, so no left-out character trails a span. */
export function sourceEnd(r: Reading, i: number): number {
  return r.at === null || i <= 0 ? i : r.at[i - 1] + 1;
}

/** Reading offset of source offset s: the first character of the reading at or after it. */
export function readingOffset(r: Reading, s: number): number {
  const at = r.at;
  if (at === null) return s;
  let lo = 0;
  let hi = at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
