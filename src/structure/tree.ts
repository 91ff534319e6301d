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
import type { MarkerStyle } from '../model/schema.js';
import { headingTitle, MAX_RUNIN_TITLE, type TitleSpan } from './heading-title.js';
import { isBlank, type Line } from './lines.js';
import { isSpace, matchMarker, type MarkerMatch } from './markers.js';

export interface HeadingDraft {
  style: MarkerStyle;
  number: number;
  markerStart: number;
  markerEnd: number;
  title: TitleSpan; // absolute offsets
  parent: HeadingDraft | null;
  children: HeadingDraft[];
}

export interface DraftDiagnostic {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  start: number;
  end: number;
}

export interface Candidate {
  line: Line;
  match: MarkerMatch; // relative to the line
  markerStart: number; // relative to the line
  title: TitleSpan; // relative to the line's start; a title wrapped onto later lines reaches past its end
}

/** Conventional order of styles, outermost first: used only for styles the document has not yet placed. */
const CONVENTIONAL_RANK: Record<MarkerStyle, number> = {
  part: 0, chapter: 1, section: 2, article: 3, 'cn-dun': 4, 'cn-paren': 5, 'num-dot': 6, 'num-paren': 7, circled: 8,
};
/** Styles that open a chapter-like division: these never nest under an enumerated item. */
const DIVISIONS = new Set<MarkerStyle>(['part', 'chapter', 'section']);
/** List items are short; a heading with its run-in paragraph is longer. */
const MAX_LIST_ITEM = 80;
/** 。！!？? — where a sentence ends and a heading may start mid-line; not ；, which separates inline list items (1.…；2.…). */
const SENTENCE_STOP = /[。！!？?]/g;
const BOX_START = /^[\s\u3000]*专栏\s*[0-9０-９一二三四五六七八九十]*(?:[\s\u3000：:]|$)/;

/**
 * A heading alone on its line versus one with a run-in paragraph. Items of one
 * list share a shape, which settles whether an item that both a list and the
 * section's own numbering could claim belongs to the one or the other.
 */
type Shape = 'line' | 'run-in';
const shape = (title: TitleSpan): Shape => (title.cut === 'line' ? 'line' : 'run-in');

interface Box {
  style: MarkerStyle | null;
  expected: number;
  start: number;
  end: number;
  first: string;
  last: string;
  /** Whether the latest item stood alone on its line (see `shape`). */
  lastShape: Shape | null;
  parent: HeadingDraft | null;
}

export function lineCandidate(line: Line): Candidate | null {
  const t = line.text;
  let i = 0;
  while (i < t.length && isSpace(t.charCodeAt(i))) i++;
  const match = matchMarker(t, i);
  if (!match) return null;
  return { line, match, markerStart: i, title: headingTitle(t, match.end, match.style) };
}

export function buildTree(lines: Line[], candidates: Map<number, Candidate>, firstLine: number, endLine: number) {
  const roots: HeadingDraft[] = [];
  const ordered: HeadingDraft[] = [];
  const diagnostics: DraftDiagnostic[] = [];
  const stack: HeadingDraft[] = [];
  const contains = new Map<MarkerStyle, Set<MarkerStyle>>();
  const seen = new Set<MarkerStyle>();
  /** The latest number of each style anywhere, for numbering that runs on across parents. */
  const lastNumber = new Map<MarkerStyle, number>();
  /** The latest child of each style under each parent (null: the top level). */
  const lastChild = new Map<HeadingDraft | null, Map<MarkerStyle, HeadingDraft>>();
  let box: Box | null = null;
  /** End of the latest heading: no heading starts inside another (a run-in title may hold a ；, a wrapped one spans lines). */
  let headingEnd = 0;

  const candidateLines = [...candidates.keys()].sort((a, b) => a - b);
  const byStyle = new Map<MarkerStyle, number[]>();
  for (const ln of candidateLines) {
    const style = candidates.get(ln)!.match.style;
    const list = byStyle.get(style);
    if (list) list.push(ln);
    else byStyle.set(style, [ln]);
  }
  const marker = (d: { line: Line; markerStart: number; match: MarkerMatch }) =>
    d.line.text.slice(d.markerStart, d.match.end);
  const label = (h: HeadingDraft | null) => (h ? `${markerOf(h)}` : 'the top level');
  const markerOf = (h: HeadingDraft) => markerText.get(h) ?? '';
  const markerText = new Map<HeadingDraft, string>();

  const indexOfStyle = (style: MarkerStyle) => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].style === style) return i;
    return -1;
  };
  /** Does the open section at stack index i expect this number next? */
  const continues = (c: Candidate) => {
    const i = indexOfStyle(c.match.style);
    return i >= 0 && stack[i].number + 1 === c.match.number;
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
    const start = c.line.start + c.markerStart;
    if (startBox || !box) {
      closeBox();
      box = { style: c.match.style, expected: c.match.number + 1, start, end: c.line.end, first: marker(c), last: marker(c), lastShape: shape(c.title), parent: stack.at(-1) ?? null };
    } else {
      box.style = c.match.style;
      box.lastShape = shape(c.title);
      box.expected = c.match.number + 1;
      box.end = c.line.end;
      box.last = marker(c);
      if (box.first === '') box.first = marker(c); // a 专栏 box: its span starts at the 专栏 line
    }
  };

  const open = (c: Candidate, lineOffset: number, parentIndex: number) => {
    stack.length = parentIndex;
    const parent = stack.at(-1) ?? null;
    const h: HeadingDraft = {
      style: c.match.style,
      number: c.match.number,
      markerStart: lineOffset + c.markerStart,
      markerEnd: lineOffset + c.match.end,
      title: { ...c.title, start: lineOffset + c.title.start, end: lineOffset + c.title.end, headingEnd: lineOffset + c.title.headingEnd },
      parent,
      children: [],
    };
    markerText.set(h, marker(c));
    let last = lastChild.get(parent);
    if (!last) lastChild.set(parent, (last = new Map()));
    last.set(h.style, h);
    (parent ? parent.children : roots).push(h);
    if (parent) {
      let set = contains.get(parent.style);
      if (!set) contains.set(parent.style, (set = new Set()));
      set.add(h.style);
    }
    seen.add(h.style);
    lastNumber.set(h.style, h.number);
    stack.push(h);
    ordered.push(h);
    if (c.title.cut === 'comma') {
      diagnostics.push({ severity: 'info', code: 'title-at-comma', message: `run-in heading ${marker(c)} has no full stop near its start: its title is cut at the first comma`, start: h.markerStart, end: h.title.headingEnd });
    }
    return h;
  };

  /** The first candidate after line k whose style is one of those open above stack index i. */
  const nextAbove = (k: number, i: number): Candidate | null => {
    let best = -1;
    for (const h of stack.slice(0, i)) {
      const ln = firstAfter(byStyle.get(h.style) ?? [], k);
      if (ln >= 0 && (best < 0 || ln < best)) best = ln;
    }
    return best < 0 ? null : candidates.get(best)!;
  };

  /** A restart at 1 reads as a list when its items are short and follow one another. */
  const looksLikeList = (c: Candidate) => {
    const k = c.line.number - 1;
    const nextLine = firstAfter(candidateLines, k);
    const next = nextLine >= 0 ? candidates.get(nextLine)! : null;
    if (!next || next.match.style !== c.match.style || next.match.number !== 2) return false;
    for (let j = k + 1; j < nextLine; j++) if (!isBlank(lines[j].text)) return false;
    return c.line.text.length <= MAX_LIST_ITEM && next.line.text.length <= MAX_LIST_ITEM;
  };

  /**
   * Does the open list take this item? When the section's own numbering could
   * take it too, the item goes where its shape fits.
   */
  const claimedByBox = (c: Candidate) => {
    if (!box || !(box.style === null || (box.style === c.match.style && box.expected === c.match.number))) return false;
    const sibling = continues(c) ? stack[indexOfStyle(c.match.style)] : null;
    return !(sibling !== null && shape(sibling.title) === shape(c.title) && box.lastShape !== shape(c.title));
  };

  /** Decide a line-start candidate: heading (opened) or body (absorbed into a list). */
  const place = (c: Candidate) => {
    const { style, number } = c.match;
    const start = c.line.start + c.markerStart;
    if (box) {
      if (claimedByBox(c)) return absorb(c, false);
      closeBox();
    }
    const i = indexOfStyle(style);
    if (i < 0) {
      let p = stack.length;
      while (p > 0 && !canContain(stack[p - 1].style, style)) p--;
      const parent = stack[p - 1];
      const prev = lastChild.get(parent ?? null)?.get(style);
      // Chapters, articles and the like often number on across parents (第二章 starts at 第五条).
      if (prev === undefined && number !== 1 && number !== (lastNumber.get(style) ?? 0) + 1) {
        diagnostics.push({ severity: 'warning', code: 'numbering-gap', message: `${marker(c)} is the first ${marker(c)}-style item under ${label(parent ?? null)}: numbering should start at 1`, start, end: c.line.start + c.match.end });
      } else if (prev) checkSequence(prev, c, start, parent ?? null);
      return open(c, c.line.start, p);
    }
    const prev = stack[i];
    const parent = stack[i - 1] ?? null;
    if (number === 1 && prev.number >= 1) {
      const ahead = parent ? nextAbove(c.line.number - 1, i) : null;
      if (ahead && parent && ahead.match.style === parent.style && ahead.match.number === parent.number + 2) {
        diagnostics.push({ severity: 'warning', code: 'heading-missing', message: `numbering restarts at ${marker(c)} under ${label(parent)}, and ${label(parent)} is followed by ${marker(ahead)}: the heading numbered ${parent.number + 1} in that series seems to be missing before this line`, start, end: c.line.start + c.match.end });
        return open(c, c.line.start, i);
      }
      if (looksLikeList(c)) return absorb(c, true);
      diagnostics.push({ severity: 'warning', code: 'numbering-restart', message: `numbering restarts at ${marker(c)} under ${label(parent)} after ${label(prev)}`, start, end: c.line.start + c.match.end });
      return open(c, c.line.start, i);
    }
    if (number < prev.number) return absorb(c, true);
    checkSequence(prev, c, start, parent);
    return open(c, c.line.start, i);
  };

  const checkSequence = (prev: HeadingDraft, c: Candidate, start: number, parent: HeadingDraft | null) => {
    const end = c.line.start + c.match.end;
    if (c.match.number === prev.number) {
      diagnostics.push({ severity: 'warning', code: 'numbering-duplicate', message: `${marker(c)} repeats the number of the previous heading ${label(prev)} under ${label(parent)}`, start, end });
    } else if (c.match.number > prev.number + 1) {
      diagnostics.push({ severity: 'warning', code: 'numbering-gap', message: `${marker(c)} follows ${label(prev)} under ${label(parent)}: ${c.match.number - prev.number - 1} number(s) skipped`, start, end });
    }
  };

  /** Headings that start mid-line after a sentence, numbered exactly as an open section expects next. */
  const scanMidLine = (line: Line, from: number) => {
    const t = line.text;
    // A native regex finds the sentence stops: far faster than a loop over every character.
    SENTENCE_STOP.lastIndex = from;
    while (SENTENCE_STOP.test(t)) {
      const p = SENTENCE_STOP.lastIndex - 1; // test(), not exec(): no match array per stop
      let q = p + 1;
      while (q < t.length && isSpace(t.charCodeAt(q))) q++;
      if (line.start + q < headingEnd) continue;
      const match = matchMarker(t, q);
      if (!match) continue;
      const title = headingTitle(t, match.end, match.style);
      const c: Candidate = { line, match, markerStart: q, title };
      if (!continues(c) || claimedByBox(c) || title.cut === 'comma' || title.end - title.start < 2 || title.end - title.start > MAX_RUNIN_TITLE) continue;
      closeBox();
      const h = open(c, line.start, indexOfStyle(match.style));
      headingEnd = h.title.headingEnd;
      diagnostics.push({ severity: 'warning', code: 'heading-mid-line', message: `heading ${marker(c)} starts in the middle of line ${line.number}, after a sentence ends: read as a heading`, start: h.markerStart, end: h.markerEnd });
      SENTENCE_STOP.lastIndex = Math.max(title.headingEnd, p + 1);
    }
  };

  for (let k = firstLine; k < endLine; k++) {
    const line = lines[k];
    const c = candidates.get(k);
    const opened = c ? place(c) : undefined;
    if (opened) headingEnd = opened.title.headingEnd;
    if (!c && BOX_START.test(line.text)) {
      closeBox();
      box = { style: null, expected: 0, start: line.start, end: line.end, first: '', last: '', lastShape: null, parent: stack.at(-1) ?? null };
    }
    // Mid-line headings are searched after this line's own marker, if it has one.
    const from = c ? c.match.end : 0;
    scanMidLine(line, from);
  }
  closeBox();
  return { roots, ordered, diagnostics, markerText };
}

/** The first number in an ascending list that is greater than k, or -1. */
function firstAfter(sorted: number[], k: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo] : -1;
}
