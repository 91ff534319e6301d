/**
 * Heading candidates: a numbering marker at the start of a line (or after a
 * sentence stop inside one), with the title read after it. Whether a
 * candidate is a heading, or an item of a list in a body, the tree builder
 * decides.
 */
import type { MarkerStyle } from '../model/schema.js';
import { headingTitle, type TitleSpan } from './heading-title.js';
import type { Lines } from './lines.js';
import { matchMarker, skipSpaces } from './markers.js';

/** A marker that may start a heading, with its title. Offsets are in the whole text. */
export interface Candidate {
  /** Index of the line it stands in (from 0). */
  line: number;
  style: MarkerStyle;
  number: number;
  markerStart: number;
  markerEnd: number;
  /**
   * The title's span (see TitleSpan), kept in the candidate itself:
   * candidates live through the tree's build, and the collector copies one
   * object per candidate faster than two. A title wrapped onto later lines
   * reaches past its line's end.
   */
  titleStart: number;
  titleEnd: number;
  headingEnd: number;
  cut: TitleSpan['cut'];
}

/** Gives a candidate another title (one read across a hard wrap). */
export function setTitle(c: Candidate, title: TitleSpan): void {
  c.titleStart = title.start;
  c.titleEnd = title.end;
  c.headingEnd = title.headingEnd;
  c.cut = title.cut;
}

/** The marker at the start of line k (after its indent), if there is one. */
export function lineCandidate(lines: Lines, k: number): Candidate | null {
  const end = lines.end(k);
  return candidateAt(lines, k, skipSpaces(lines.source, lines.start(k), end), end);
}

/** The marker at offset i of line k (which ends at `end`), with its title, if there is one. */
export function candidateAt(lines: Lines, k: number, i: number, end: number): Candidate | null {
  const match = matchMarker(lines.source, i, end);
  if (!match) return null;
  const title = headingTitle(lines.source, match.end, match.style, end);
  return { line: k, style: match.style, number: match.number, markerStart: i, markerEnd: match.end, titleStart: title.start, titleEnd: title.end, headingEnd: title.headingEnd, cut: title.cut };
}

/**
 * A heading alone on its line versus one with a run-in paragraph. Items of one
 * list share a shape, which settles whether an item that both a list and the
 * section's own numbering could claim belongs to the one or the other.
 */
export type Shape = 'line' | 'run-in';
export const shapeOf = (title: { cut: TitleSpan['cut'] }): Shape => (title.cut === 'line' ? 'line' : 'run-in');

/** The first of candidates in line order whose line is after line k, or null. */
export function firstAfter(sorted: readonly Candidate[], k: number): Candidate | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].line <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo] : null;
}
