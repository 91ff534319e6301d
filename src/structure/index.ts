/**
 * Structure stage: the plan proper inside its wrapper, its metadata, and its
 * tree of numbered sections with diagnostics where the numbering breaks.
 */
import { finding, type Finding } from '../model/diagnostics.js';
import type { PlanDocument, Section, Span } from '../model/schema.js';
import type { LineIndex } from '../text/positions.js';
import { readCharacters } from './characters.js';
import { findPlanEnd, findPlanStart } from './envelope.js';
import { setContentsApart } from './contents.js';
import { splitLines, type Lines } from './lines.js';
import { readMeta } from './meta.js';
import { SectionBuilder } from './sections.js';
import type { TitleSpan } from './heading-title.js';
import { lineCandidate, type Candidate } from './candidates.js';
import { CandidateList } from './candidate-list.js';
import { buildTree } from './tree.js';
import { findTextProblems } from './text-problems.js';
import { isFullLine, softBreaks, wrappedTitle, wrapWidth } from './wrap.js';

export interface Structure {
  meta: PlanDocument['meta'];
  planStart: number;
  planEnd: number;
  envelope: PlanDocument['envelope'];
  preamble: Span;
  sections: Section[];
  /** By offsets: the assembler places them. */
  diagnostics: Finding[];
  /** Line breaks that only wrap a paragraph (in a hard-wrapped copy); empty otherwise. */
  softBreaks: ReadonlySet<number>;
}

export function buildStructure(text: string, index: LineIndex): Structure {
  const lines = splitLines(text, index);
  const diagnostics: Finding[] = [];
  const candidates = lineCandidates(lines);
  const contentsLine = setContentsApart(lines, candidates);
  if (contentsLine >= 0) {
    diagnostics.push(finding('table-of-contents', {}, lines.start(contentsLine), lines.end(contentsLine)));
  }
  const characters = readCharacters(lines);
  const breaks = readHardWrap(lines, characters.widths, candidates, diagnostics);
  appendAll(diagnostics, findTextProblems(text, characters.damage));
  const first = candidates.count ? candidates.line(0) : lines.count;
  const last = candidates.count ? candidates.line(candidates.count - 1) : lines.count - 1;
  const { line: startLine, titleLines } = findPlanStart(lines, first);
  const endLine = Math.max(findPlanEnd(lines, last), startLine);
  const planStart = startLine < lines.count ? lines.start(startLine) : text.length;
  const planEnd = endLine < lines.count ? lines.start(endLine) : text.length;

  const builder = new SectionBuilder(text, index);
  appendAll(diagnostics, buildTree(lines, candidates, characters.stops, startLine, endLine, builder));
  const sections = builder.finish(planEnd);

  const envelope: PlanDocument['envelope'] = {
    before: planStart > 0 ? span(text, index, 0, planStart) : null,
    after: planEnd < text.length ? span(text, index, planEnd, text.length) : null,
  };
  if (envelope.before && envelope.before.text.trim()) {
    diagnostics.push(finding('wrapper-before', { lastLine: index.lineOf(Math.max(0, planStart - 1)) }, 0, planStart));
  }
  if (envelope.after && envelope.after.text.trim()) {
    diagnostics.push(finding('wrapper-after', { firstLine: index.lineOf(planEnd) }, planEnd, text.length));
  }
  // The first heading opened has no parent, so it is the first root.
  const firstHeading = sections.length ? sections[0].heading.start.offset : planEnd;
  return {
    meta: readMeta(lines, titleLines),
    planStart,
    planEnd,
    envelope,
    preamble: span(text, index, planStart, firstHeading),
    sections,
    diagnostics,
    softBreaks: breaks,
  };
}

/**
 * The candidate at the start of each line, in line order. A function of its
 * own: its loop is optimised once and kept, where the same loop inside
 * buildStructure was optimised afresh in every document, as code after it
 * dropped buildStructure's optimised code each time.
 */
function lineCandidates(lines: Lines): CandidateList {
  const found = new CandidateList();
  for (let k = 0; k < lines.count; k++) {
    const c = lineCandidate(lines, k);
    if (c) found.push(c);
  }
  return found;
}

/**
 * In a hard-wrapped document (a PDF copy) a heading's title may run on to the
 * next line: read it across the wrap, as the unwrapped text would be read.
 * Returns the line breaks that only wrap, for the targets stage.
 */
function readHardWrap(lines: Lines, widths: Int32Array, candidates: CandidateList, diagnostics: Finding[]): Set<number> {
  const width = wrapWidth(widths);
  if (width === null) return new Set();
  const headingLines = new Uint8Array(lines.count);
  for (let j = 0; j < candidates.count; j++) headingLines[candidates.line(j)] = 1;
  const isHeading = (k: number) => headingLines[k] === 1;
  let joined = 0;
  let c: Candidate | undefined;
  for (let j = 0; j < candidates.count; j++) {
    c = candidates.get(j, c);
    const title = wrappedTitle(lines, widths, c.line, c.markerEnd, c.style, width, isHeading) ?? cutFullLineTitle(c, lines.source, isFullLine(widths, c.line, width));
    if (title === null) continue;
    candidates.setTitle(j, title);
    if (title.end > lines.end(c.line)) joined++;
  }
  let first = 0;
  while (first < lines.count && !isFullLine(widths, first, width)) first++;
  if (first === lines.count) first = 0;
  diagnostics.push(finding('hard-wrapped', { width, joined }, lines.start(first), lines.end(first)));
  return softBreaks(lines, widths, width, isHeading);
}

/**
 * A full line whose paragraph could not be followed (a page footer comes
 * next) ends at the wrap, not at the end of its heading: cut a comma-run title
 * there, as a run-in title is cut.
 */
function cutFullLineTitle(c: Candidate, text: string, fullLine: boolean): TitleSpan | null {
  if (c.cut !== 'line' || !fullLine) return null;
  const comma = text.slice(c.titleStart, c.titleEnd).search(/[，,；;]/);
  return comma > 0 ? { start: c.titleStart, end: c.titleStart + comma, headingEnd: c.titleStart + comma, cut: 'comma' } : null;
}

/**
 * Appends `items` to `list` one by one: push(...items) has room for only so
 * many arguments, and an indexed loop makes no iterator result per item in
 * this function, which runs once per document and so is never optimised.
 */
function appendAll<T>(list: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k++) list.push(items[k]);
}

function span(text: string, index: LineIndex, start: number, end: number): Span {
  return { text: text.slice(start, end), position: index.position(start, end) };
}
