/**
 * The line-start heading candidates of a document, in line order, packed in
 * one Int32Array. They live from the first line read until the tree is
 * built: as objects (about 100 bytes each) they outlived the young
 * generation, were promoted, and stayed as garbage until a full collection;
 * packed, each takes 32 bytes, outside the collected heap.
 */
import type { MarkerStyle } from '../model/schema.js';
import { STYLE_NAMES } from '../model/numbering.js';
import type { Candidate } from './candidates.js';
import type { TitleSpan } from './heading-title.js';

/** The ways a title is cut (TitleSpan['cut']), each stored as its index here. */
const CUTS: readonly TitleSpan['cut'][] = ['line', 'stop', 'comma', 'space', 'none'];

/** Index of `name` in `names`. */
function codeOf<T>(names: readonly T[], name: T): number {
  const k = names.indexOf(name);
  // Not a bad input but a slip in this file: a new cut or style with no code here.
  if (k < 0) throw new Error(`candidate-list: no code for ${String(name)}`);
  return k;
}

/* The fields of a candidate, in this order: its style and cut share one number (style + cut << 8). */
const LINE = 0;
const NUMBER = 1;
const MARKER_START = 2;
const MARKER_END = 3;
const TITLE_START = 4;
const TITLE_END = 5;
const HEADING_END = 6;
const KIND = 7;
const FIELDS = 8;

export class CandidateList {
  /** Number of candidates. */
  count = 0;
  private data = new Int32Array(FIELDS * 256);

  /** Adds c after the others (its line is after theirs). */
  push(c: Candidate): void {
    if ((this.count + 1) * FIELDS > this.data.length) {
      const grown = new Int32Array(2 * this.data.length);
      grown.set(this.data);
      this.data = grown;
    }
    const d = this.data;
    const at = this.count++ * FIELDS;
    d[at + LINE] = c.line;
    d[at + NUMBER] = c.number;
    d[at + MARKER_START] = c.markerStart;
    d[at + MARKER_END] = c.markerEnd;
    d[at + TITLE_START] = c.titleStart;
    d[at + TITLE_END] = c.titleEnd;
    d[at + HEADING_END] = c.headingEnd;
    d[at + KIND] = codeOf(STYLE_NAMES, c.style) | (codeOf(CUTS, c.cut) << 8);
  }

  /** Index of the line candidate j stands in (from 0). */
  line(j: number): number {
    return this.data[j * FIELDS + LINE];
  }

  style(j: number): MarkerStyle {
    return STYLE_NAMES[this.data[j * FIELDS + KIND] & 0xff];
  }

  number(j: number): number {
    return this.data[j * FIELDS + NUMBER];
  }

  /** Candidate j as an object: `into`, refilled, when one is given (the caller keeps no reference to it past its next use). */
  get(j: number, into?: Candidate): Candidate {
    const d = this.data;
    const at = j * FIELDS;
    const c = into ?? { line: 0, style: 'num-dot', number: 0, markerStart: 0, markerEnd: 0, titleStart: 0, titleEnd: 0, headingEnd: 0, cut: 'line' };
    c.line = d[at + LINE];
    c.style = STYLE_NAMES[d[at + KIND] & 0xff];
    c.number = d[at + NUMBER];
    c.markerStart = d[at + MARKER_START];
    c.markerEnd = d[at + MARKER_END];
    c.titleStart = d[at + TITLE_START];
    c.titleEnd = d[at + TITLE_END];
    c.headingEnd = d[at + HEADING_END];
    c.cut = CUTS[d[at + KIND] >> 8];
    return c;
  }

  /** Gives candidate j another title (one read across a hard wrap). */
  setTitle(j: number, title: TitleSpan): void {
    const d = this.data;
    const at = j * FIELDS;
    d[at + TITLE_START] = title.start;
    d[at + TITLE_END] = title.end;
    d[at + HEADING_END] = title.headingEnd;
    d[at + KIND] = (d[at + KIND] & 0xff) | (codeOf(CUTS, title.cut) << 8);
  }

  /** Moves candidate `from` to index `to` (not after it): a step of removing candidates in place. */
  move(from: number, to: number): void {
    // A loop: copyWithin is a call into the runtime, dearer than eight stores.
    const d = this.data;
    for (let f = 0; f < FIELDS; f++) d[to * FIELDS + f] = d[from * FIELDS + f];
  }

  /** Keeps only the first n candidates. */
  truncate(n: number): void {
    this.count = n;
  }

  /** Index of the first candidate whose line is after line k; `count` when there is none. */
  firstAfter(k: number): number {
    return firstAfterIn(this, null, k);
  }

  /** The indices of the candidates of each style (by its index in STYLE_NAMES, its conventional rank), in line order. */
  byStyle(): Int32Array[] {
    const sizes = new Int32Array(STYLE_NAMES.length);
    for (let j = 0; j < this.count; j++) sizes[this.data[j * FIELDS + KIND] & 0xff]++;
    const lists = Array.from(sizes, (n) => new Int32Array(n));
    sizes.fill(0);
    for (let j = 0; j < this.count; j++) {
      const s = this.data[j * FIELDS + KIND] & 0xff;
      lists[s][sizes[s]++] = j;
    }
    return lists;
  }
}

/**
 * Index (into `indices` when given, else into the list) of the first
 * candidate whose line is after line k; the length searched when none is.
 */
export function firstAfterIn(list: CandidateList, indices: Int32Array | null, k: number): number {
  let lo = 0;
  let hi = indices ? indices.length : list.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list.line(indices ? indices[mid] : mid) <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
