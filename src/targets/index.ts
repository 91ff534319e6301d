/**
 * Targets stage: the quantitative statements of the plan body — promises
 * (targets) and achievements (baselines) — from running text and from
 * flattened indicator tables, placed in the section tree and numbered
 * t1, t2, … in document order.
 */
import type { Diagnostic, Section, Target, Timeframe } from '../model/schema.js';
import type { LineIndex } from '../text/positions.js';
import { sectionPathWalker } from './sections.js';
import { type Draft, readStatements } from './statements.js';
import { readIndicatorTables } from './table.js';
import { type TimeContext, sectionTimeframe, timeContext, underTaskHeading } from './timeframe.js';

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
}

export interface TargetResult {
  targets: Target[];
  diagnostics: Diagnostic[];
}

const NO_BREAKS: ReadonlySet<number> = new Set();

export function extractTargets(input: TargetInput): TargetResult {
  const { text, index, planStart, planEnd, sections } = input;
  const joins = input.softBreaks ?? NO_BREAKS;
  const ctx = timeContext(text, planStart, planEnd);
  const tables = readIndicatorTables(text, planStart, planEnd, index);
  // Running text is read between the tables, so a table row is never read twice.
  const parts: Draft[][] = [];
  let from = planStart;
  for (const t of tables.tables) {
    parts.push(readStatements(text, from, t.start, ctx, joins));
    from = t.end;
  }
  parts.push(readStatements(text, from, planEnd, ctx, joins), tables.targets);
  // concat, not flat: flat is several times slower on arrays this long. Sorting is near linear: the parts are in order.
  const drafts = ([] as Draft[]).concat(...parts).sort((a, b) => a.start - b.start || a.end - b.end);

  const pathAt = sectionPathWalker(sections);
  const memo = new Map<Section, Timeframe | null>();
  let place: Placement | null = null;
  const targets = drafts.map((d, k): Target => {
    const path = pathAt(d.start);
    if (place?.path !== path) place = new Placement(path, ctx, memo);
    const timeframe = d.timeframe ?? place.timeframe() ?? d.weakTimeframe ?? (place.underTaskHeading() ? 'target' : 'unknown');
    return {
      id: `t${k + 1}`,
      sectionId: place.sectionId,
      text: d.text,
      indicator: d.indicator,
      value: d.value,
      valueMax: d.valueMax,
      unit: d.unit,
      normalized: d.normalized,
      comparator: d.comparator,
      kind: d.kind,
      direction: d.direction,
      timeframe,
      attribute: d.attribute,
      year: d.year ?? place.year(),
      origin: d.origin,
      position: index.position(d.start, d.end),
    };
  });
  return { targets, diagnostics: tables.diagnostics };
}

/**
 * A section path and what it says about the targets in it. Targets come in
 * runs under one path, so each is worked out once per path, when first needed.
 */
class Placement {
  readonly sectionId: string | null;
  private fromSections: Timeframe | null | undefined;
  private taskHeading: boolean | undefined;
  private titleYear: number | null | undefined;

  constructor(
    readonly path: readonly Section[],
    private readonly ctx: TimeContext,
    private readonly memo: Map<Section, Timeframe | null>,
  ) {
    this.sectionId = path.length > 0 ? path[path.length - 1].id : null;
  }

  timeframe(): Timeframe | null {
    if (this.fromSections === undefined) this.fromSections = sectionTimeframe(this.path, this.ctx, this.memo);
    return this.fromSections;
  }

  underTaskHeading(): boolean {
    if (this.taskHeading === undefined) this.taskHeading = underTaskHeading(this.path);
    return this.taskHeading;
  }

  year(): number | null {
    if (this.titleYear === undefined) this.titleYear = yearOfSections(this.path);
    return this.titleYear;
  }
}

const TITLE_YEAR = /(?:19|20)\d\d(?=年)/;

/** 一、2023年工作回顾: a year in a heading dates the numbers under it. */
function yearOfSections(path: readonly Section[]): number | null {
  for (let k = path.length - 1; k >= 0; k--) {
    const m = TITLE_YEAR.exec(path[k].title);
    if (m) return Number(m[0]);
  }
  return null;
}
