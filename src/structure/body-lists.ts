/**
 * Lists and boxes inside a section's body. Numbered items that do not
 * continue the section's own numbering are no headings: a flattened 专栏 box,
 * a list whose numbering restarts at 1, or goes backwards (3. then 2.). The
 * items are kept in the body until the section's own numbering goes on, and
 * one `list-in-body` diagnostic says where the list stood.
 */
import type { MarkerStyle, Section } from '../model/schema.js';
import { shapeOf, type Candidate, type Shape } from './candidates.js';
import type { CandidateList } from './candidate-list.js';
import { finding, type Finding } from '../model/diagnostics.js';
import { label } from './draft-diagnostics.js';
import type { Lines } from './lines.js';

/** List items are short; a heading with its run-in paragraph is longer. */
const MAX_LIST_ITEM = 80;
/** A box's caption: 专栏, 专栏3, 专栏 三： */
const BOX_START = /^[\s\u3000]*专栏\s*[0-9０-９一二三四五六七八九十]*(?:[\s\u3000：:]|$)/;

interface List {
  /** Style of its items; null for a 专栏 box before its first item. */
  style: MarkerStyle | null;
  /** The number its next item would have. */
  expected: number;
  start: number;
  end: number;
  first: string;
  last: string;
  /** Whether the latest item stood alone on its line (see Shape). */
  lastShape: Shape | null;
  parent: Section | null;
}

export class BodyLists {
  private list: List | null = null;

  constructor(
    private readonly lines: Lines,
    private readonly candidates: CandidateList,
    private readonly diagnostics: Finding[],
  ) {}

  /**
   * Does the open list take this item? When the section's own numbering could
   * take it too (its open sibling has `siblingShape`), the item goes where its
   * shape fits.
   */
  claims(c: Candidate, siblingShape: Shape | null): boolean {
    const list = this.list;
    if (!list || !(list.style === null || (list.style === c.style && list.expected === c.number))) return false;
    return !(siblingShape !== null && siblingShape === shapeOf(c) && list.lastShape !== shapeOf(c));
  }

  /** Line k is a 专栏 caption. Its pattern is tried only on a line whose first character with ink is 专. */
  startsBox(k: number): boolean {
    const lines = this.lines;
    const first = lines.firstNonBlank(k);
    // Not charCodeAt past the text's end: reading out of bounds deoptimised this.
    return first < lines.end(k) && lines.source.charCodeAt(first) === 0x4e13 /* 专 */ && BOX_START.test(lines.text(k));
  }

  /** Opens a 专栏 box at line k, in the body of `parent`. */
  openBox(k: number, parent: Section | null): void {
    this.close();
    this.list = { style: null, expected: 0, start: this.lines.start(k), end: this.lines.end(k), first: '', last: '', lastShape: null, parent };
  }

  /** A restart at 1 reads as a list when its items are short and follow one another. */
  restartIsList(c: Candidate): boolean {
    const lines = this.lines;
    const candidates = this.candidates;
    const next = candidates.firstAfter(c.line);
    if (next === candidates.count || candidates.style(next) !== c.style || candidates.number(next) !== 2) return false;
    const nextLine = candidates.line(next);
    for (let j = c.line + 1; j < nextLine; j++) if (!lines.isBlank(j)) return false;
    return lines.length(c.line) <= MAX_LIST_ITEM && lines.length(nextLine) <= MAX_LIST_ITEM;
  }

  /** Takes item c into the body of `parent`: into a new list when `startNew` (or none is open), else into the open one. */
  absorb(c: Candidate, startNew: boolean, parent: Section | null): void {
    const marker = this.lines.source.slice(c.markerStart, c.markerEnd);
    const end = this.lines.end(c.line);
    if (startNew || !this.list) {
      this.close();
      this.list = { style: c.style, expected: c.number + 1, start: c.markerStart, end, first: marker, last: marker, lastShape: shapeOf(c), parent };
      return;
    }
    const list = this.list;
    list.style = c.style;
    list.lastShape = shapeOf(c);
    list.expected = c.number + 1;
    list.end = end;
    list.last = marker;
    if (list.first === '') list.first = marker; // a 专栏 box: its span starts at the 专栏 line
  }

  /** Is a list or box open? */
  get isOpen(): boolean {
    return this.list !== null;
  }

  /** Ends the open list, if any, with its diagnostic (a box that held no item has none). */
  close(): void {
    const list = this.list;
    if (!list) return;
    if (list.style !== null) {
      this.diagnostics.push(finding('list-in-body', { first: list.first, last: list.last, parent: label(list.parent) }, list.start, list.end));
    }
    this.list = null;
  }
}
