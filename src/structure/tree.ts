/**
 * The tree builder. Levels come from the document: a numbering style's depth
 * is where it first appears (and which styles it has been seen to contain),
 * not a fixed table. Where the numbering breaks, the most plausible tree is
 * kept and a diagnostic says what happened:
 *
 * - a gap or a duplicate number: still a sibling;
 * - numbering that restarts at 1 under the same parent: a missing parent
 *   heading when the parent's own numbering then jumps by two, a list in the
 *   body when the items are short and packed together, else a restart;
 * - numbering that goes backwards (3. then 2.), and items after a 专栏 line:
 *   a list in the body (body-lists.ts);
 * - a heading that starts mid-line after a sentence ends (mid-line.ts).
 */
import { CONVENTIONAL_RANK, DIVISIONS } from '../model/numbering.js';
import type { MarkerStyle, Section } from '../model/schema.js';
import { LINE_BREAKS } from '../text/positions.js';
import { BodyLists } from './body-lists.js';
import { shapeOf, type Candidate, type Shape } from './candidates.js';
import { firstAfterIn, type CandidateList } from './candidate-list.js';
import { finding, type Finding } from '../model/diagnostics.js';
import { label } from './draft-diagnostics.js';
import type { Lines } from './lines.js';
import { MidLineHeadings, type MidLineTree } from './mid-line.js';
import type { Heading, SectionBuilder } from './sections.js';
import { emptyListOfAny } from '../text/arrays.js';

/** The most depths one numbering style is nested at (一、 in 一、 in 一、). */
const MAX_DEPTHS_OF_A_STYLE = 3;

/** An open heading: its section, and its shape (see Shape). */
interface OpenHeading {
  section: Section;
  shape: Shape;
}

/**
 * The tree of the candidates (in line order) on lines [firstLine, endLine),
 * with the headings that start mid-line after one of the sentence `stops`:
 * opened as sections of `sections`. Returns the diagnostics.
 */
export function buildTree(lines: Lines, candidates: CandidateList, stops: readonly number[], firstLine: number, endLine: number, sections: SectionBuilder): Finding[] {
  const tree = new TreeBuilder(lines, candidates, sections);
  const midLine = new MidLineHeadings(lines, stops, tree.diagnostics);
  // One object refilled with each line's candidate: the tree keeps none past placing it.
  let scratch: Candidate | undefined;
  let next = 0;
  while (next < candidates.count && candidates.line(next) < firstLine) next++;
  for (let k = firstLine; k < endLine; k++) {
    const c = next < candidates.count && candidates.line(next) === k ? (scratch = candidates.get(next++, scratch)) : undefined;
    if (c) tree.place(c);
    else if (tree.lists.startsBox(k)) tree.lists.openBox(k, tree.openSection());
    // Mid-line headings are searched after this line's own marker, if it has one.
    midLine.scan(k, c ? c.markerEnd : lines.start(k), tree);
  }
  tree.lists.close();
  return tree.diagnostics;
}

class TreeBuilder implements MidLineTree {
  readonly diagnostics: Finding[] = [];
  readonly lists: BodyLists;
  /** End of the latest heading opened: no heading starts inside another (a run-in title may hold a ；, a wrapped one spans lines). */
  headingEnd = 0;
  /** Where the latest heading's title starts. */
  titleStart = 0;
  /** The open headings, outermost first. */
  private readonly stack: OpenHeading[] = emptyListOfAny();
  /** The heading of each section opened, filled in afresh each time: the section builder only reads it. */
  private readonly heading: Heading = { style: 'num-dot', number: 0, marker: '', title: '', boundary: 0, markerStart: 0, headingEnd: 0, bodyStart: 0 };
  /** The styles each style has been seen to contain. */
  private readonly contains = new Map<MarkerStyle, Set<MarkerStyle>>();
  private readonly seen = new Set<MarkerStyle>();
  /** The latest number of each style anywhere, for numbering that runs on across parents. */
  private readonly lastNumber = new Map<MarkerStyle, number>();
  /** The indices of the candidates of each style (by its rank), in line order. */
  private readonly byStyle: Int32Array[];

  constructor(
    private readonly lines: Lines,
    private readonly candidates: CandidateList,
    private readonly sections: SectionBuilder,
  ) {
    this.lists = new BodyLists(lines, candidates, this.diagnostics);
    this.byStyle = candidates.byStyle();
  }

  /** The innermost open section, or null at the top level. */
  openSection(): Section | null {
    return this.stack.at(-1)?.section ?? null;
  }

  /**
   * The open heading under which stack index i sits; null at the top. Not
   * `stack[i - 1]?.`: an index of -1 is a property name, and one such read
   * makes the optimised code look up every later index the slow way.
   */
  private parentAt(i: number): Section | null {
    return i > 0 ? this.stack[i - 1].section : null;
  }

  /** Decides a line-start candidate: heading (opened) or body (taken into a list). */
  place(c: Candidate): void {
    const { style, number } = c;
    if (this.lists.isOpen) {
      if (this.lists.claims(c, this.siblingShape(c))) return this.lists.absorb(c, false, this.openSection());
      this.lists.close();
    }
    const i = this.indexOfStyle(style);
    if (i < 0) return this.placeNewStyle(c);
    const prev = this.stack[i].section;
    const parent = this.parentAt(i);
    if (number === 1 && prev.number >= 1) return this.placeRestart(c, i, prev, parent);
    const outer = number === prev.number + 1 ? -1 : this.outerExpecting(c, i);
    if (outer >= 0) return this.open(c, outer);
    if (number < prev.number) return this.lists.absorb(c, true, this.openSection());
    this.checkSequence(prev, c, parent);
    this.open(c, i);
  }

  /** MidLineTree: a mid-line heading is opened only where it continues an open section's numbering. */
  continueWith(c: Candidate): boolean {
    const i = this.indexOfStyle(c.style);
    if (i < 0 || this.stack[i].section.number + 1 !== c.number || this.lists.claims(c, this.stack[i].shape)) return false;
    this.lists.close();
    this.open(c, i);
    return true;
  }

  /** MidLineTree: a heading glued into a page flattened to one line (see MidLineHeadings.scanPage). */
  gluedIn(c: Candidate, afterStop: boolean, inTitle: boolean): boolean {
    if (DIVISIONS.has(c.style)) return false;
    const i = this.indexOfStyle(c.style);
    let parentIndex: number;
    if (i >= 0) {
      if (this.stack[i].section.number + 1 !== c.number || this.lists.claims(c, this.stack[i].shape)) return false;
      parentIndex = i;
    } else {
      const last = this.lastNumber.get(c.style);
      const runsOn = last !== undefined && c.number === last + 1; // （四） under 二、 after （三） under 一、
      const starts = c.number === 1 && (inTitle || (afterStop && this.stack.length === 0));
      if (!runsOn && !starts) return false;
      parentIndex = this.parentIndexFor(c.style);
    }
    if (inTitle) this.sections.cutLatestHeading(c.markerStart, this.lines.source.slice(this.titleStart, c.markerStart).trim());
    this.lists.close();
    this.open(c, parentIndex);
    return true;
  }

  /** The stack index under which a style not open on the path goes: below the innermost open heading that can contain it. */
  private parentIndexFor(style: MarkerStyle): number {
    let p = this.stack.length;
    while (p > 0 && !this.canContain(this.stack[p - 1].section.style, style)) p--;
    return p;
  }

  /** A style not open on the path: its parent is the innermost open heading that can contain it. */
  private placeNewStyle(c: Candidate): void {
    const p = this.parentIndexFor(c.style);
    const parent = this.parentAt(p);
    const prev = this.sections.latestOfStyle(parent, c.style);
    // Chapters, articles and the like often number on across parents (第二章 starts at 第五条).
    if (prev === null && c.number !== 1 && c.number !== (this.lastNumber.get(c.style) ?? 0) + 1) {
      const m = this.marker(c);
      this.report(c, 'numbering-gap', { marker: m, previous: null, parent: label(parent), skipped: 0 });
    } else if (prev) this.checkSequence(prev, c, parent);
    this.open(c, p);
  }

  /** Numbering back at 1 after `prev`, at stack index i: a lost parent heading, a list in the body, or a series nested in `prev`. */
  private placeRestart(c: Candidate, i: number, prev: Section, parent: Section | null): void {
    const ahead = parent ? this.nextAbove(c.line, i) : null;
    if (ahead && parent && ahead.style === parent.style && ahead.number === parent.number + 2) {
      this.report(c, 'heading-missing', { marker: this.marker(c), parent: label(parent), next: this.marker(ahead), missing: parent.number + 1 });
      return this.open(c, i);
    }
    if (this.lists.restartIsList(c)) return this.lists.absorb(c, true, this.openSection());
    // One style at several depths (一、 inside 一、, as older reports number): after an item
    // numbered 2 or more, the new series nests in it. Bounded, so that a run of restarts
    // (1.…2.… 1.…2.…) cannot nest ever deeper.
    if (prev.number >= 2 && this.openOfStyle(c.style) < MAX_DEPTHS_OF_A_STYLE) {
      this.report(c, 'numbering-restart', { marker: this.marker(c), parent: label(parent), previous: label(prev), nested: true });
      return this.open(c, i + 1);
    }
    this.report(c, 'numbering-restart', { marker: this.marker(c), parent: label(parent), previous: label(prev), nested: false });
    this.open(c, i);
  }

  /** How many open headings are of this style. */
  private openOfStyle(style: MarkerStyle): number {
    let n = 0;
    for (let k = 0; k < this.stack.length; k++) if (this.stack[k].section.style === style) n++;
    return n;
  }

  /** Stack index of an outer open heading of c's style (above index i) that c's number continues, or -1. */
  private outerExpecting(c: Candidate, i: number): number {
    for (let j = i - 1; j >= 0; j--) {
      const s = this.stack[j].section;
      if (s.style === c.style && s.number + 1 === c.number) return j;
    }
    return -1;
  }

  private checkSequence(prev: Section, c: Candidate, parent: Section | null): void {
    if (c.number === prev.number) {
      this.report(c, 'numbering-duplicate', { marker: this.marker(c), parent: label(parent), previous: label(prev) });
    } else if (c.number > prev.number + 1) {
      this.report(c, 'numbering-gap', { marker: this.marker(c), previous: label(prev), parent: label(parent), skipped: c.number - prev.number - 1 });
    }
  }

  /** Opens candidate c as a heading under the open heading at stack index parentIndex - 1. */
  private open(c: Candidate, parentIndex: number): void {
    const stack = this.stack;
    while (stack.length > parentIndex) stack.pop(); // not stack.length = …: a runtime call each time
    const parent = this.openSection();
    const h = this.heading;
    h.style = c.style;
    h.number = c.number;
    h.marker = this.marker(c);
    h.title = this.titleText(c);
    h.boundary = h.markerStart = c.markerStart;
    h.headingEnd = h.bodyStart = c.headingEnd;
    const section = this.sections.add(parentIndex, h);
    if (parent) {
      let set = this.contains.get(parent.style);
      if (!set) this.contains.set(parent.style, (set = new Set()));
      set.add(c.style);
    }
    this.seen.add(c.style);
    this.lastNumber.set(c.style, c.number);
    stack.push({ section, shape: shapeOf(c) });
    this.headingEnd = c.headingEnd;
    this.titleStart = c.titleStart;
    if (c.cut === 'comma') {
      this.diagnostics.push(finding('title-at-comma', { marker: section.marker }, c.markerStart, c.headingEnd));
    }
  }

  /** May a heading of style `inner` nest under one of style `outer`? What the document has shown first, then convention. */
  private canContain(outer: MarkerStyle, inner: MarkerStyle): boolean {
    if (this.contains.get(outer)?.has(inner)) return true;
    if (this.contains.get(inner)?.has(outer)) return false;
    if (!this.seen.has(inner) && !DIVISIONS.has(inner)) return true; // first appearance: wherever it stands
    return CONVENTIONAL_RANK[outer] < CONVENTIONAL_RANK[inner];
  }

  private indexOfStyle(style: MarkerStyle): number {
    const stack = this.stack;
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].section.style === style) return i;
    return -1;
  }

  /** The shape of the open sibling whose numbering c would continue, or null when none would. */
  private siblingShape(c: Candidate): Shape | null {
    const i = this.indexOfStyle(c.style);
    return i >= 0 && this.stack[i].section.number + 1 === c.number ? this.stack[i].shape : null;
  }

  /** The first candidate after line k whose style is one of those open above stack index i. */
  private nextAbove(k: number, i: number): Candidate | null {
    const candidates = this.candidates;
    let best = -1;
    for (let j = 0; j < i; j++) {
      const ofStyle = this.byStyle[CONVENTIONAL_RANK[this.stack[j].section.style]];
      const at = firstAfterIn(candidates, ofStyle, k);
      if (at < ofStyle.length && (best < 0 || candidates.line(ofStyle[at]) < candidates.line(best))) best = ofStyle[at];
    }
    return best < 0 ? null : candidates.get(best);
  }

  private marker(c: Candidate): string {
    return this.lines.source.slice(c.markerStart, c.markerEnd);
  }

  /** A title wrapped across lines is read without its line breaks; only one that runs past its line's end holds any. */
  private titleText(c: Candidate): string {
    const title = this.lines.source.slice(c.titleStart, c.titleEnd);
    return c.titleEnd > this.lines.end(c.line) ? title.replace(LINE_BREAKS, '') : title;
  }

  /** A numbering diagnostic at candidate c's marker. */
  private report<C extends 'numbering-gap' | 'numbering-duplicate' | 'numbering-restart' | 'heading-missing'>(c: Candidate, code: C, params: Parameters<typeof finding<C>>[1]): void {
    this.diagnostics.push(finding(code, params, c.markerStart, c.markerEnd));
  }
}
