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
 * - numbering that goes backwards (3. then 2.): a flattened box or list whose
 *   items belong to the section's body, until the section's own numbering goes on;
 * - items after a 专栏 line: a box, likewise body text;
 * - a heading that starts mid-line after a sentence ends, when its number is
 *   the very one an open section expects next.
 */
import type { MarkerStyle, Section } from '../model/schema.js';
import { LINE_BREAKS } from '../text/positions.js';
import { headingTitle, MAX_RUNIN_TITLE, type TitleSpan } from './heading-title.js';
import type { Lines } from './lines.js';
import { matchMarker, skipSpaces } from './markers.js';
import type { SectionBuilder } from './sections.js';

/** An open heading: its section, and what placing later headings needs. */
interface OpenHeading {
  section: Section;
  shape: Shape;
}

export interface DraftDiagnostic {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  start: number;
  end: number;
}

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

/** Conventional order of styles, outermost first: used only for styles the document has not yet placed. */
const CONVENTIONAL_RANK: Record<MarkerStyle, number> = {
  part: 0, chapter: 1, section: 2, article: 3, 'cn-dun': 4, 'cn-paren': 5, 'num-dot': 6, 'num-paren': 7, circled: 8,
};
/** Styles that open a chapter-like division: these never nest under an enumerated item. */
const DIVISIONS = new Set<MarkerStyle>(['part', 'chapter', 'section']);
/** List items are short; a heading with its run-in paragraph is longer. */
const MAX_LIST_ITEM = 80;
const BOX_START = /^[\s\u3000]*专栏\s*[0-9０-９一二三四五六七八九十]*(?:[\s\u3000：:]|$)/;

/**
 * A heading alone on its line versus one with a run-in paragraph. Items of one
 * list share a shape, which settles whether an item that both a list and the
 * section's own numbering could claim belongs to the one or the other.
 */
export type Shape = 'line' | 'run-in';
const shape = (title: { cut: TitleSpan['cut'] }): Shape => (title.cut === 'line' ? 'line' : 'run-in');

interface Box {
  style: MarkerStyle | null;
  expected: number;
  start: number;
  end: number;
  first: string;
  last: string;
  /** Whether the latest item stood alone on its line (see `shape`). */
  lastShape: Shape | null;
  parent: Section | null;
}

/** The marker at the start of line k (after its indent), if there is one. */
export function lineCandidate(lines: Lines, k: number): Candidate | null {
  const end = lines.end(k);
  return candidateAt(lines, k, skipSpaces(lines.source, lines.start(k), end), end);
}

/** The marker at offset i of line k (which ends at `end`), with its title, if there is one. */
function candidateAt(lines: Lines, k: number, i: number, end: number): Candidate | null {
  const match = matchMarker(lines.source, i, end);
  if (!match) return null;
  const title = headingTitle(lines.source, match.end, match.style, end);
  return { line: k, style: match.style, number: match.number, markerStart: i, markerEnd: match.end, titleStart: title.start, titleEnd: title.end, headingEnd: title.headingEnd, cut: title.cut };
}

/** A 专栏 line. Its pattern is tried only on a line whose first character with ink is 专. */
function startsBox(lines: Lines, k: number): boolean {
  const first = lines.firstNonBlank(k);
  // Not charCodeAt past the text's end: reading out of bounds deoptimised this.
  return first < lines.end(k) && lines.source.charCodeAt(first) === 0x4e13 /* 专 */ && BOX_START.test(lines.text(k));
}

/**
 * The tree of the candidates (in line order) on lines [firstLine, endLine),
 * with the headings that start mid-line after one of the sentence `stops`:
 * opened as sections of `sections`. Returns the diagnostics.
 */
export function buildTree(lines: Lines, candidates: Candidate[], stops: readonly number[], firstLine: number, endLine: number, sections: SectionBuilder): DraftDiagnostic[] {
  const text = lines.source;
  const diagnostics: DraftDiagnostic[] = [];
  const stack: OpenHeading[] = [];
  const contains = new Map<MarkerStyle, Set<MarkerStyle>>();
  const seen = new Set<MarkerStyle>();
  /** The latest number of each style anywhere, for numbering that runs on across parents. */
  const lastNumber = new Map<MarkerStyle, number>();
  let box: Box | null = null;
  /** End of the latest heading opened: no heading starts inside another (a run-in title may hold a ；, a wrapped one spans lines). */
  let headingEnd = 0;

  const byStyle = new Map<MarkerStyle, Candidate[]>();
  for (const c of candidates) {
    const list = byStyle.get(c.style);
    if (list) list.push(c);
    else byStyle.set(c.style, [c]);
  }
  const marker = (c: Candidate) => text.slice(c.markerStart, c.markerEnd);
  /** A title wrapped across lines is read without its line breaks; only one that runs past its line's end holds any. */
  const titleText = (c: Candidate) => {
    const title = text.slice(c.titleStart, c.titleEnd);
    return c.titleEnd > lines.end(c.line) ? title.replace(LINE_BREAKS, '') : title;
  };
  const label = (s: Section | null) => (s ? s.marker : 'the top level');

  const indexOfStyle = (style: MarkerStyle) => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].section.style === style) return i;
    return -1;
  };
  /** Does the open section at stack index i expect this number next? */
  const continues = (c: Candidate) => {
    const i = indexOfStyle(c.style);
    return i >= 0 && stack[i].section.number + 1 === c.number;
  };
  const canContain = (outer: MarkerStyle, inner: MarkerStyle) => {
    if (contains.get(outer)?.has(inner)) return true;
    if (contains.get(inner)?.has(outer)) return false;
    if (!seen.has(inner) && !DIVISIONS.has(inner)) return true; // first appearance: wherever it stands
    return CONVENTIONAL_RANK[outer] < CONVENTIONAL_RANK[inner];
  };

  const closeBox = () => {
    if (!box) return;
    if (box.style !== null) {
      diagnostics.push({
        severity: 'warning',
        code: 'list-in-body',
        message: `items ${box.first}–${box.last} under ${label(box.parent)} do not continue its numbering: read as a list (a flattened box?) in its body, not as headings`,
        start: box.start,
        end: box.end,
      });
    }
    box = null;
  };

  const absorb = (c: Candidate, startBox: boolean) => {
    if (startBox || !box) {
      closeBox();
      box = { style: c.style, expected: c.number + 1, start: c.markerStart, end: lines.end(c.line), first: marker(c), last: marker(c), lastShape: shape(c), parent: openSection() };
    } else {
      box.style = c.style;
      box.lastShape = shape(c);
      box.expected = c.number + 1;
      box.end = lines.end(c.line);
      box.last = marker(c);
      if (box.first === '') box.first = marker(c); // a 专栏 box: its span starts at the 专栏 line
    }
  };

  /** The innermost open section, or null at the top level. */
  const openSection = () => stack.at(-1)?.section ?? null;

  /** Opens candidate c as a heading under the open heading at stack index parentIndex - 1. */
  const open = (c: Candidate, parentIndex: number): void => {
    while (stack.length > parentIndex) stack.pop(); // not stack.length = …: a runtime call each time
    const parent = openSection();
    const section = sections.add(parentIndex, {
      style: c.style,
      number: c.number,
      marker: marker(c),
      title: titleText(c),
      boundary: c.markerStart,
      markerStart: c.markerStart,
      headingEnd: c.headingEnd,
      bodyStart: c.headingEnd,
    });
    if (parent) {
      let set = contains.get(parent.style);
      if (!set) contains.set(parent.style, (set = new Set()));
      set.add(c.style);
    }
    seen.add(c.style);
    lastNumber.set(c.style, c.number);
    stack.push({ section, shape: shape(c) });
    headingEnd = c.headingEnd;
    if (c.cut === 'comma') {
      diagnostics.push({ severity: 'info', code: 'title-at-comma', message: `run-in heading ${section.marker} has no full stop near its start: its title is cut at the first comma`, start: c.markerStart, end: c.headingEnd });
    }
  };

  /** The first candidate after line k whose style is one of those open above stack index i. */
  const nextAbove = (k: number, i: number): Candidate | null => {
    let best: Candidate | null = null;
    for (let j = 0; j < i; j++) {
      const c = firstAfter(byStyle.get(stack[j].section.style) ?? [], k);
      if (c && (!best || c.line < best.line)) best = c;
    }
    return best;
  };

  /** A restart at 1 reads as a list when its items are short and follow one another. */
  const looksLikeList = (c: Candidate) => {
    const next = firstAfter(candidates, c.line);
    if (!next || next.style !== c.style || next.number !== 2) return false;
    for (let j = c.line + 1; j < next.line; j++) if (!lines.isBlank(j)) return false;
    return lines.length(c.line) <= MAX_LIST_ITEM && lines.length(next.line) <= MAX_LIST_ITEM;
  };

  /**
   * Does the open list take this item? When the section's own numbering could
   * take it too, the item goes where its shape fits.
   */
  const claimedByBox = (c: Candidate) => {
    if (!box || !(box.style === null || (box.style === c.style && box.expected === c.number))) return false;
    const sibling = continues(c) ? stack[indexOfStyle(c.style)] : null;
    return !(sibling !== null && sibling.shape === shape(c) && box.lastShape !== shape(c));
  };

  /** Decide a line-start candidate: heading (opened) or body (absorbed into a list). */
  const place = (c: Candidate): void => {
    const { style, number } = c;
    const start = c.markerStart;
    if (box) {
      if (claimedByBox(c)) return absorb(c, false);
      closeBox();
    }
    const i = indexOfStyle(style);
    if (i < 0) {
      let p = stack.length;
      while (p > 0 && !canContain(stack[p - 1].section.style, style)) p--;
      const parent = stack[p - 1]?.section ?? null;
      const prev = lastOfStyle(sections.siblings(parent), style);
      // Chapters, articles and the like often number on across parents (第二章 starts at 第五条).
      if (prev === null && number !== 1 && number !== (lastNumber.get(style) ?? 0) + 1) {
        diagnostics.push({ severity: 'warning', code: 'numbering-gap', message: `${marker(c)} is the first ${marker(c)}-style item under ${label(parent)}: numbering should start at 1`, start, end: c.markerEnd });
      } else if (prev) checkSequence(prev, c, parent);
      return open(c, p);
    }
    const prev = stack[i].section;
    const parent = stack[i - 1]?.section ?? null;
    if (number === 1 && prev.number >= 1) {
      const ahead = parent ? nextAbove(c.line, i) : null;
      if (ahead && parent && ahead.style === parent.style && ahead.number === parent.number + 2) {
        diagnostics.push({ severity: 'warning', code: 'heading-missing', message: `numbering restarts at ${marker(c)} under ${label(parent)}, and ${label(parent)} is followed by ${marker(ahead)}: the heading numbered ${parent.number + 1} in that series seems to be missing before this line`, start, end: c.markerEnd });
        return open(c, i);
      }
      if (looksLikeList(c)) return absorb(c, true);
      diagnostics.push({ severity: 'warning', code: 'numbering-restart', message: `numbering restarts at ${marker(c)} under ${label(parent)} after ${label(prev)}`, start, end: c.markerEnd });
      return open(c, i);
    }
    if (number < prev.number) return absorb(c, true);
    checkSequence(prev, c, parent);
    return open(c, i);
  };

  const checkSequence = (prev: Section, c: Candidate, parent: Section | null) => {
    const start = c.markerStart;
    const end = c.markerEnd;
    if (c.number === prev.number) {
      diagnostics.push({ severity: 'warning', code: 'numbering-duplicate', message: `${marker(c)} repeats the number of the previous heading ${label(prev)} under ${label(parent)}`, start, end });
    } else if (c.number > prev.number + 1) {
      diagnostics.push({ severity: 'warning', code: 'numbering-gap', message: `${marker(c)} follows ${label(prev)} under ${label(parent)}: ${c.number - prev.number - 1} number(s) skipped`, start, end });
    }
  };

  /** Offset of the first sentence stop at or after `from` (Infinity when there is none): lines ask in text order, so the walk goes forward only. */
  let nextStop = 0;
  const stopAtOrAfter = (from: number) => {
    while (nextStop < stops.length && stops[nextStop] < from) nextStop++;
    return nextStop < stops.length ? stops[nextStop] : Infinity;
  };

  /** The heading that starts after the sentence stop at p in line k, numbered exactly as an open section expects next; opened. */
  const openMidLine = (k: number, p: number, end: number): Candidate | null => {
    const q = skipSpaces(text, p + 1, end);
    if (q < headingEnd) return null;
    const c = candidateAt(lines, k, q, end);
    if (!c) return null;
    const titleLength = c.titleEnd - c.titleStart;
    if (!continues(c) || claimedByBox(c) || c.cut === 'comma' || titleLength < 2 || titleLength > MAX_RUNIN_TITLE) return null;
    closeBox();
    open(c, indexOfStyle(c.style));
    diagnostics.push({ severity: 'warning', code: 'heading-mid-line', message: `heading ${marker(c)} starts in the middle of line ${k + 1}, after a sentence ends: read as a heading`, start: c.markerStart, end: c.markerEnd });
    return c;
  };

  /** Headings that start mid-line in line k, after `from`. */
  const scanMidLine = (k: number, from: number) => {
    const end = lines.end(k);
    for (let p = stopAtOrAfter(from); p < end; ) {
      const opened = openMidLine(k, p, end);
      p = stopAtOrAfter(opened ? Math.max(opened.headingEnd, p + 1) : p + 1);
    }
  };

  let next = 0;
  while (next < candidates.length && candidates[next].line < firstLine) next++;
  for (let k = firstLine; k < endLine; k++) {
    const c = next < candidates.length && candidates[next].line === k ? candidates[next++] : undefined;
    if (c) place(c);
    else if (startsBox(lines, k)) {
      closeBox();
      box = { style: null, expected: 0, start: lines.start(k), end: lines.end(k), first: '', last: '', lastShape: null, parent: openSection() };
    }
    // Mid-line headings are searched after this line's own marker, if it has one.
    scanMidLine(k, c ? c.markerEnd : lines.start(k));
  }
  closeBox();
  return diagnostics;
}

/**
 * The latest of `children` in a style, or null. A scan back, yet linear over a
 * whole document: it is asked for only before a child of that style is
 * opened, so no scan goes back past the previous one's end.
 */
function lastOfStyle(children: Section[], style: MarkerStyle): Section | null {
  for (let i = children.length - 1; i >= 0; i--) if (children[i].style === style) return children[i];
  return null;
}

/** The first of candidates in line order whose line is after line k, or null. */
function firstAfter(sorted: Candidate[], k: number): Candidate | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].line <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo] : null;
}
