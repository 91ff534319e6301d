/**
 * Lines → paragraphs, by the page's geometry as a reader sees it: a line
 * that stops short of the right margin ends its paragraph, and so does one
 * followed by a line that starts indented (a new paragraph, a centred title)
 * or set in another size (a heading), or after a wider gap than the
 * line spacing. Otherwise the next line is the same paragraph wrapped, and
 * is joined on — with no space in Chinese, so words, numbers and units cut
 * by the line end come back whole. Margins are measured on each page (odd
 * and even pages often have mirrored margins).
 */
import { isWide } from '../wide.js';
import type { Line } from './lines.js';

/** A line ending more than this many ems before the right margin is short. */
const SHORT = 1.5;
/** …unless it ends a word or number that the next line goes on with, which can leave up to this much. */
const SHORT_LATIN = 4;
/** A line starting this many ems right of the margin is indented. */
const INDENT = 0.5;
/** Sizes differing by more than this share are different sizes. */
const SIZE_CHANGE = 0.1;
/** A gap between baselines over this many times the usual line pitch separates paragraphs. */
const PARAGRAPH_GAP = 1.6;
/** A centred line this wide (share of the text width) or wider can be a title that wraps. */
const TITLE_WRAP_WIDTH = 0.75;
/** A line ending a sentence or clause ends its paragraph when the next line is set apart. */
const SENTENCE_END = /[。！？；：!?;:]$/;
/** Pages with fewer body lines than this take their margins from the whole document. */
const MIN_LINES_FOR_MARGINS = 4;

interface Margins {
  left: number;
  right: number;
}

/**
 * The left margin: the leftmost start shared by two lines or more. Not the
 * commonest start — on a page of short indented paragraphs (a list of
 * articles) most lines start indented.
 */
function leftMargin(lines: Line[]): number | null {
  return sharedExtreme(lines.map((l) => l.x), (a, b) => a < b);
}

/** The right margin likewise: the rightmost end shared by two lines or more, so that one line running over (a long web address) does not move it. */
function rightMargin(lines: Line[]): number | null {
  return sharedExtreme(lines.map((l) => l.end), (a, b) => a > b);
}

function sharedExtreme(values: number[], beyond: (a: number, b: number) => boolean): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let found: number | null = null;
  for (const [v, n] of counts) if (n >= 2 && (found === null || beyond(v, found))) found = v;
  return found;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The size most characters are set in: the body text's. */
function bodySize(lines: Line[]): number {
  const sizes = new Map<number, number>();
  for (const l of lines) sizes.set(l.size, (sizes.get(l.size) ?? 0) + l.text.length);
  let best = 0;
  let most = -1;
  for (const [size, n] of sizes) if (n > most) [best, most] = [size, n];
  return best;
}

function marginsOf(lines: Line[]): Margins | null {
  if (lines.length < MIN_LINES_FOR_MARGINS) return null;
  const left = leftMargin(lines);
  const right = rightMargin(lines);
  return left === null || right === null || right <= left ? null : { left, right };
}

const endsLatin = (s: string) => /[A-Za-z0-9]$/.test(s);
const startsLatin = (s: string) => /^[A-Za-z0-9]/.test(s);

export function paragraphs(pages: Line[][]): string[] {
  const all = pages.flat();
  if (all.length === 0) return [];
  const size = bodySize(all);
  const isBody = (l: Line) => Math.abs(l.size - size) <= SIZE_CHANGE * size;
  const whole = marginsOf(all.filter(isBody)) ?? { left: Math.min(...all.map((l) => l.x)), right: Math.max(...all.map((l) => l.end)) };
  // Odd and even pages apart, for mirrored margins; then each page on its own when it has enough lines.
  const byParity = [0, 1].map((parity) => marginsOf(all.filter((l) => l.page % 2 === parity && isBody(l))) ?? whole);
  const margins = new Map<number, Margins>();
  for (const lines of pages) {
    if (lines.length === 0) continue;
    const page = lines[0].page;
    margins.set(page, marginsOf(lines.filter(isBody)) ?? byParity[page % 2]);
  }
  const pitches: number[] = [];
  for (let k = 1; k < all.length; k++) if (all[k].page === all[k - 1].page && isBody(all[k]) && isBody(all[k - 1])) pitches.push(all[k - 1].y - all[k].y);
  const pitch = median(pitches) || size * 1.5;

  const out: string[] = [];
  let current = all[0].text;
  for (let k = 1; k < all.length; k++) {
    const a = all[k - 1];
    const b = all[k];
    if (endsParagraph(a, b, margins.get(a.page)!, margins.get(b.page)!, pitch)) {
      out.push(current);
      current = b.text;
    } else {
      current += endsLatin(current) && /^[A-Za-z]/.test(b.text) && /[A-Za-z]$/.test(current) ? ' ' + b.text : b.text;
    }
  }
  out.push(current);
  return out;
}

/** Set centred between the margins, and not from the left margin. */
function isCentred(l: Line, m: Margins): boolean {
  // A first-line indent of two ems also leaves a full line off centre by one em: centred means within half an em, short of both margins.
  const inset = INDENT * l.size;
  return l.x > m.left + inset && l.end < m.right - inset && Math.abs((l.x + l.end) / 2 - (m.left + m.right) / 2) < inset;
}

/** A centred title too long for one line goes on centred on the next: the same paragraph. */
function titleGoesOn(a: Line, b: Line, ma: Margins, mb: Margins): boolean {
  const long = a.end - a.x >= TITLE_WRAP_WIDTH * (ma.right - ma.left);
  return a.page === b.page && a.size === b.size && a.font === b.font && long && isCentred(b, mb) && !SENTENCE_END.test(a.text);
}

function endsParagraph(a: Line, b: Line, ma: Margins, mb: Margins, pitch: number): boolean {
  const em = a.size;
  if (Math.abs(a.size - b.size) > SIZE_CHANGE * Math.max(a.size, b.size)) return true;
  if (titleGoesOn(a, b, ma, mb)) return false;
  if (b.x > mb.left + INDENT * b.size) return true;
  const shortBy = (ma.right - a.end) / em;
  const wordGoesOn = endsLatin(a.text) && startsLatin(b.text);
  if (shortBy > (wordGoesOn ? SHORT_LATIN : SHORT)) return true;
  if (a.page === b.page && a.y - b.y > PARAGRAPH_GAP * pitch) return true;
  // A line starting left of the margin is a hanging heading or list label.
  return isWide(b.text.charCodeAt(0)) && b.x < mb.left - INDENT * b.size;
}
