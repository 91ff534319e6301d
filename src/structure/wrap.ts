/**
 * Hard-wrapped text: a PDF copied to text breaks every line at the page's
 * width, so a heading's title can run on to the next line. The width is read
 * from the document itself — the width most lines stop at — never assumed,
 * and a document whose lines are not cut at one width is left alone.
 */
import type { MarkerStyle } from '../model/schema.js';
import { headingTitle, type TitleSpan } from './heading-title.js';
import type { Lines } from './lines.js';
import { isSpace } from '../text/markers.js';
import { PAGE_NUMBER_LINE, PAGE_NUMBER_OPENERS } from '../text/reading.js';

/** Longest line a page footer fills (it may be centred with spaces). */
const MAX_FOOTER_LINE = 80;

/** Is line k a page number between two pages? */
export function isPageFooter(lines: Lines, k: number): boolean {
  if (lines.length(k) > MAX_FOOTER_LINE) return false;
  // Asked of nearly every line: one look-up sets most apart before a line is sliced for the pattern.
  const first = lines.firstNonBlank(k);
  return first < lines.end(k) && PAGE_NUMBER_OPENERS[lines.source.charCodeAt(first)] === 1 && PAGE_NUMBER_LINE.test(lines.text(k));
}

/** A wrapped line may stop short of the width by a wide character that did not fit, or by an ASCII one. */
const WIDTH_SLACK = 2;
/** Narrower than this (in columns: 15 Chinese characters) is a list of short lines, not a wrapped page. */
const MIN_WRAP_WIDTH = 30;
/** Too few lines to tell a width from chance. */
const MIN_FULL_LINES = 8;
/** At least this share of the lines with text stop at the width… */
const MIN_FULL_SHARE = 1 / 3;
/** …and at most this share run past it (a URL, a table row). */
const MAX_OVER_SHARE = 1 / 10;

/**
 * Columns each UTF-16 code unit takes on the page: Chinese characters,
 * full-width forms and the punctuation Chinese fonts set full-width (“”—…)
 * take two, ASCII and half-width forms one, and the second half of a
 * surrogate pair none (the pair counts once, as two).
 */
export function columns(code: number): number {
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  return code >= 0x2000 && !(code >= 0xff61 && code <= 0xffdc) ? 2 : 1;
}

/** Does line k (of display widths `widths`) reach the wrap width, so that its paragraph may run on to the next line? */
export function isFullLine(widths: Int32Array, k: number, width: number): boolean {
  return widths[k] >= width - WIDTH_SLACK;
}

/** The width a hard-wrapped document's lines are cut at, in columns; null when they are not cut at one width. Blank lines have width -1. */
export function wrapWidth(widths: Int32Array): number | null {
  const count = new Map<number, number>();
  let withText = 0;
  // An indexed loop: for…of over a typed array made an iterator result per line.
  for (let k = 0; k < widths.length; k++) {
    const w = widths[k];
    if (w < 0) continue;
    withText++;
    count.set(w, (count.get(w) ?? 0) + 1);
  }
  // The width W with the most lines stopping in [W - slack, W]; widths are few, so this is cheap.
  let best: number | null = null;
  let bestFull = 0;
  for (const w of count.keys()) {
    if (w < MIN_WRAP_WIDTH) continue;
    let full = 0;
    for (let s = 0; s <= WIDTH_SLACK; s++) full += count.get(w - s) ?? 0;
    if (full > bestFull || (full === bestFull && best !== null && w > best)) [best, bestFull] = [w, full];
  }
  if (best === null || bestFull < MIN_FULL_LINES || bestFull < withText * MIN_FULL_SHARE) return null;
  let over = 0;
  for (const [w, n] of count) if (w > best) over += n;
  return over <= withText * MAX_OVER_SHARE ? best : null;
}

/**
 * Does the paragraph on line k run on to the next line? It does when line k is
 * full and the next line has text, starts without an indent (a paragraph
 * start) and is no heading.
 */
function runsOn(lines: Lines, widths: Int32Array, k: number, width: number, isHeading: (k: number) => boolean): boolean {
  if (k + 1 >= lines.count || !isFullLine(widths, k, width)) return false;
  const next = k + 1;
  return !lines.isBlank(next) && !isSpace(lines.source.charCodeAt(lines.start(next))) && !isHeading(next) && !isPageFooter(lines, next);
}

/** Index of the last line of the wrapped paragraph that starts at line k. */
function paragraphLastLine(lines: Lines, widths: Int32Array, k: number, width: number, isHeading: (k: number) => boolean): number {
  let last = k;
  while (runsOn(lines, widths, last, width, isHeading)) last++;
  return last;
}

/**
 * Offsets of the line breaks that only wrap a paragraph (the end of each line
 * that runs on to the next): a number cut from its unit there (5000亿|元) is
 * still one number.
 */
export function softBreaks(lines: Lines, widths: Int32Array, width: number, isHeading: (k: number) => boolean): Set<number> {
  const breaks = new Set<number>();
  for (let k = 0; k + 1 < lines.count; k++) if (runsOn(lines, widths, k, width, isHeading)) breaks.add(lines.end(k));
  return breaks;
}

/**
 * The title of a heading on line k of a hard-wrapped document, read across the
 * lines its paragraph was wrapped onto, as if they were one line. Offsets are
 * in the whole text, so they may reach past line k's newline into later lines.
 */
export function wrappedTitle(lines: Lines, widths: Int32Array, k: number, markerEnd: number, style: MarkerStyle, width: number, isHeading: (k: number) => boolean): TitleSpan | null {
  const last = paragraphLastLine(lines, widths, k, width, isHeading);
  if (last === k) return null;
  const pieces: { start: number; text: string }[] = [];
  for (let j = k; j <= last; j++) pieces.push({ start: lines.start(j), text: lines.text(j) });
  const joined = pieces.map((p) => p.text).join('');
  const base = lines.start(k);
  const title = headingTitle(joined, markerEnd - base, style);
  // Offset in the joined text → offset in the text; an offset at a joint
  // stays at the end of the earlier line, before its newline.
  const toSource = (j: number) => {
    let piece = 0;
    while (j > pieces[piece].text.length && piece + 1 < pieces.length) j -= pieces[piece++].text.length;
    return pieces[piece].start + j;
  };
  return { ...title, start: toSource(title.start), end: toSource(title.end), headingEnd: toSource(title.headingEnd) };
}
