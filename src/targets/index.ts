/**
 * Targets stage: the quantitative statements of the plan body — promises
 * (targets) and achievements (baselines) — from running text and from
 * flattened indicator tables, placed in the section tree and numbered
 * t1, t2, … in document order.
 */
import type { Finding } from '../model/diagnostics.js';
import type { Section, Target } from '../model/schema.js';
import type { LineIndex } from '../text/positions.js';
import { PlacedTargets } from './placed.js';
import { headingStarts, paragraphWraps } from './wraps.js';
import { isMadeOfArticles, isNormativeTitle } from './provisions.js';
import { readingOf } from '../text/reading.js';
import { ReadingWindows } from './reading-windows.js';
import { type IndicatorTable, findIndicatorTables, readTableTargets } from './table.js';
import { findGluedTables } from './glued-table.js';
import { type DocumentTime, timeContext } from './timeframe.js';

export interface TargetInput {
  /** The whole decoded text; offsets are into it. */
  text: string;
  index: LineIndex;
  /** The plan proper: [planStart, planEnd) offsets; text outside is wrapper. */
  planStart: number;
  planEnd: number;
  /** The section tree (positions, titles, ids). */
  sections: Section[];
  /** Line breaks that only wrap a paragraph: a number and its unit may stand either side. */
  softBreaks?: ReadonlySet<number>;
  /** The document's date and title, as the structure stage read them: they date the plan's period. */
  document?: DocumentTime;
}

export interface TargetResult {
  targets: Target[];
  /** By offsets: the assembler places them. */
  diagnostics: Finding[];
}

const NO_BREAKS: ReadonlySet<number> = new Set();

export function extractTargets(input: TargetInput): TargetResult {
  const { text, index, planStart, planEnd, sections } = input;
  const wraps = paragraphWraps(text, planStart, planEnd, index, sections, input.softBreaks ?? NO_BREAKS);
  const ctx = timeContext(text, planStart, planEnd, input.document);
  const targets = new PlacedTargets(text, index, sections, ctx, isNormativeTitle(input.document?.title) || isMadeOfArticles(sections));
  // Statements are read without the wraps and page turns that cut them (the reading keeps only the wraps between digits).
  const reading = readingOf(text, planStart, planEnd, wraps);
  const windows = new ReadingWindows(text, reading, wraps, headingStarts(sections));
  const diagnostics: Finding[] = [];
  // Running text is read between the tables, so a table row is never read twice.
  let from = planStart;
  for (const table of tablesOf(text, planStart, planEnd, input.index)) {
    windows.read(from, table.start, ctx, targets);
    readTableTargets(table, targets, diagnostics);
    from = table.end;
  }
  windows.read(from, planEnd, ctx, targets);
  return { targets: targets.finish(), diagnostics };
}

/** The tables of the plan, laid out a row to a line or glued into one run, in order; one that overlaps an earlier one is dropped. */
function tablesOf(text: string, from: number, to: number, index: LineIndex): IndicatorTable[] {
  const glued = findGluedTables(text, from, to);
  const all = findIndicatorTables(text, from, to, index);
  if (glued.length === 0) return all;
  const kept: IndicatorTable[] = [];
  for (const t of [...all, ...glued].sort((a, b) => a.start - b.start)) {
    if (kept.length === 0 || t.start >= kept[kept.length - 1].end) kept.push(t);
  }
  return kept;
}
