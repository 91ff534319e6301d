/**
 * Heading candidates: a numbering marker at the start of a line (or after a
 * sentence stop inside one), with the title read after it. Whether a
 * candidate is a heading, or an item of a list in a body, the tree builder
 * decides.
 */
import type { MarkerStyle } from '../model/schema.js';
import { headingTitle, type TitleSpan } from './heading-title.js';
import type { Lines } from './lines.js';
import { digitValue, isDigit } from '../text/numerals.js';
import { isSpace, matchMarker, skipSpaces } from '../text/markers.js';
import { charSet } from '../text/chars.js';
import { isPageFooter } from './wrap.js';

/** A marker that may start a heading, with its title. Offsets are in the whole text. */
export interface Candidate {
  /** Index of the line it stands in (from 0). */
  line: number;
  style: MarkerStyle;
  number: number;
  markerStart: number;
  markerEnd: number;
  /** The title's span (see TitleSpan); a title wrapped onto later lines reaches past its line's end. */
  titleStart: number;
  titleEnd: number;
  headingEnd: number;
  cut: TitleSpan['cut'];
}

/** A paragraph line next to a lone item number: long enough not to be a table cell. */
const MIN_PARAGRAPH_LINE = 15;
/** Largest number read from a line that holds nothing else. */
const MAX_BARE_NUMBER = 200;

/**
 * The marker at the start of line k (after its indent), if there is one.
 * A marker alone on its line is a heading with an empty title (its words
 * follow on the next line: 1986 reports, PDF copies) when text follows it.
 */
export function lineCandidate(lines: Lines, k: number): Candidate | null {
  const end = lines.end(k);
  const i = skipSpaces(lines.source, lines.start(k), end);
  const c = candidateAt(lines, k, i, end, true);
  if (c === null) return bareNumber(lines, k, i, end);
  const alone = skipSpaces(lines.source, c.markerEnd, end) >= end;
  return alone && !textFollows(lines, k) ? null : c;
}

/** Does a line of text that is no lone marker come after line k (blank lines apart)? */
function textFollows(lines: Lines, k: number): boolean {
  let j = k + 1;
  while (j < lines.count && lines.isBlank(j)) j++;
  if (j >= lines.count) return false;
  const i = lines.firstNonBlank(j);
  const m = matchMarker(lines.source, i, lines.end(j), true);
  return m === null || skipSpaces(lines.source, m.end, lines.end(j)) < lines.end(j);
}

/** What the last line of a paragraph ends with: a sentence stop, or a closing bracket (…（牵头单位：某局）). */
const PARAGRAPH_END = charSet('。．.；;！!？?）)】」』');

/**
 * A number alone on its line, beside a paragraph: an item number whose point
 * a PDF copy lost (its text on the line before or after). Not a page number
 * (set apart by blank lines) nor a table cell (among short lines). The line
 * before may be short when it closes a paragraph or is a heading: a copy
 * without blank lines (Word, a web page) sets the item right after them.
 */
function bareNumber(lines: Lines, k: number, i: number, end: number): Candidate | null {
  const s = lines.source;
  let value = 0;
  let j = i;
  while (j < end && j - i < 3 && isDigit(s.charCodeAt(j))) value = value * 10 + digitValue(s.charCodeAt(j++));
  if (j === i || skipSpaces(s, j, end) < end || value < 1 || value > MAX_BARE_NUMBER) return null;
  const before = !beside(lines, k - 1) || paragraph(lines, k - 1) || (paragraph(lines, k + 1) && closes(lines, k - 1));
  if (!(paragraph(lines, k - 1) || paragraph(lines, k + 1)) || !before || (beside(lines, k + 1) && !paragraph(lines, k + 1))) return null;
  return { line: k, style: 'num-dot', number: value, markerStart: i, markerEnd: j, titleStart: j, titleEnd: j, headingEnd: j, cut: 'line' };
}

/*
 * The lines around a bare number, as functions of the module: closures over
 * `lines` would make bareNumber allocate their context on every line it is
 * asked about, though almost none holds a bare number.
 */

/** Is line n a line of text (not blank, no page footer)? */
function beside(lines: Lines, n: number): boolean {
  return n >= 0 && n < lines.count && !lines.isBlank(n) && !isPageFooter(lines, n);
}

/** Is line n a line of a paragraph? */
function paragraph(lines: Lines, n: number): boolean {
  return beside(lines, n) && lines.end(n) - lines.firstNonBlank(n) >= MIN_PARAGRAPH_LINE;
}

/** Does line n close a paragraph, or is it a heading? */
function closes(lines: Lines, n: number): boolean {
  const s = lines.source;
  return PARAGRAPH_END[s.charCodeAt(lastNonBlank(lines, n))] === 1 || matchMarker(s, lines.firstNonBlank(n), lines.end(n)) !== null;
}

/** Offset of line n's last character that is no space; before its start when it has none. */
function lastNonBlank(lines: Lines, n: number): number {
  let e = lines.end(n) - 1;
  while (e >= lines.start(n) && isSpace(lines.source.charCodeAt(e))) e--;
  return e;
}

/**
 * The marker at offset i of line k (which ends at `end`), with its title, if
 * there is one; a lone marker only when `alone`. A long title's stop is
 * searched for up to `searchEnd`.
 */
export function candidateAt(lines: Lines, k: number, i: number, end: number, alone = false, searchEnd = end): Candidate | null {
  const match = matchMarker(lines.source, i, end, alone);
  if (!match) return null;
  const title = headingTitle(lines.source, match.end, match.style, end, searchEnd);
  return { line: k, style: match.style, number: match.number, markerStart: i, markerEnd: match.end, titleStart: title.start, titleEnd: title.end, headingEnd: title.headingEnd, cut: title.cut };
}

/**
 * A heading alone on its line versus one with a run-in paragraph. Items of one
 * list share a shape, which settles whether an item that both a list and the
 * section's own numbering could claim belongs to the one or the other.
 */
export type Shape = 'line' | 'run-in';
export const shapeOf = (title: { cut: TitleSpan['cut'] }): Shape => (title.cut === 'line' ? 'line' : 'run-in');
