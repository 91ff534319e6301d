/**
 * Targets made in their final form as the readers find them: placed in the
 * section tree, dated and positioned on the spot, so no draft of each is kept
 * for a later pass. A draft per target lived as long as the stage, long enough
 * to be promoted to the old generation and then dropped (about 9 MB of the
 * 20 MB corpus's 54,000 targets).
 */
import type { Comparator, Section, Target, TargetKind, Timeframe } from '../model/schema.js';
import type { LineIndex } from '../text/positions.js';
import { StringPool } from '../text/string-pool.js';
import { SectionWalker } from './sections.js';
import { type TimeContext, sectionTimeframe, underTaskHeading } from './timeframe.js';
import { foldMagnitudes } from '../quantities/units.js';

export class PlacedTargets {
  private readonly list: Target[] = [];
  private readonly walker: SectionWalker;
  /**
   * The leaning of each section on the latest path, by depth, kept while the
   * path keeps that section: a Map by section grew to tens of thousands of
   * entries, several MB in the large-object space on the 20 MB corpus.
   */
  private readonly leanings: (Timeframe | null | undefined)[] = [];
  /**
   * One string per unit written: a document writes a few dozen units tens of
   * thousands of times, each read as a new string: shared, the 20 MB corpus's
   * targets hold 25.2 MB instead of 26.0 MB.
   */
  private readonly units = new StringPool();
  /** Where the latest target starts and ends: a target made before one it follows in the text calls for a sort. */
  private lastStart = -1;
  private lastEnd = -1;
  private inOrder = true;
  // The section path of the latest target and what it says, each worked out once per path, when first needed:
  // targets come in runs under one path.
  private path: readonly Section[] | null = null;
  private sectionId: string | null = null;
  private fromSections: Timeframe | null | undefined = undefined;
  private taskHeading: boolean | undefined = undefined;
  private titleYear: number | null | undefined = undefined;

  constructor(
    private readonly text: string,
    private readonly index: LineIndex,
    sections: readonly Section[],
    private readonly ctx: TimeContext,
  ) {
    this.walker = new SectionWalker(sections);
  }

  /**
   * The target at text[start, end), added and returned. `timeframe` is the
   * statement's own (it wins over the section's), `weak` that of a bare year
   * opening its sentence (it loses to the section's); a null `year` is taken
   * from the section titles.
   */
  add(
    start: number,
    end: number,
    indicator: string,
    value: number,
    valueMax: number | null,
    unit: string,
    comparator: Comparator,
    kind: TargetKind,
    direction: Target['direction'],
    timeframe: Timeframe | null,
    weak: Timeframe | null,
    attribute: Target['attribute'],
    year: number | null,
    origin: Target['origin'],
  ): Target {
    this.placeAt(start);
    if (start < this.lastStart || (start === this.lastStart && end < this.lastEnd)) this.inOrder = false;
    this.lastStart = start;
    this.lastEnd = end;
    const target: Target = {
      id: '', // numbered once all are in document order
      sectionId: this.sectionId,
      text: this.text.slice(start, end),
      indicator,
      value,
      valueMax,
      unit: this.units.shared(unit),
      normalized: foldMagnitudes(value, unit),
      comparator,
      kind,
      direction,
      timeframe: timeframe ?? this.sectionTimeframe() ?? weak ?? (this.underTaskHeading() ? 'target' : 'unknown'),
      attribute,
      year: year ?? this.sectionYear(),
      origin,
      position: this.index.position(start, end),
    };
    this.list.push(target);
    return target;
  }

  /** All targets, in document order, numbered t1, t2, …. */
  finish(): Target[] {
    const list = this.list;
    // Made nearly in order (tables between the stretches of text they split); a stable sort mends the rare exception.
    if (!this.inOrder) list.sort((a, b) => a.position.start.offset - b.position.start.offset || a.position.end.offset - b.position.end.offset);
    for (let k = 0; k < list.length; k++) list[k].id = `t${k + 1}`;
    return list;
  }

  private placeAt(offset: number): void {
    const path = this.walker.pathAt(offset);
    if (path === this.path) return;
    const kept = this.path === null ? 0 : sharedDepth(this.path, path);
    this.leanings.length = Math.min(this.leanings.length, kept);
    while (this.leanings.length < path.length) this.leanings.push(undefined);
    this.path = path;
    this.sectionId = path.length > 0 ? path[path.length - 1].id : null;
    this.fromSections = undefined;
    this.taskHeading = undefined;
    this.titleYear = undefined;
  }

  private sectionTimeframe(): Timeframe | null {
    if (this.fromSections === undefined) this.fromSections = sectionTimeframe(this.path!, this.ctx, this.leanings);
    return this.fromSections;
  }

  private underTaskHeading(): boolean {
    if (this.taskHeading === undefined) this.taskHeading = underTaskHeading(this.path!);
    return this.taskHeading;
  }

  private sectionYear(): number | null {
    if (this.titleYear === undefined) this.titleYear = yearOfSections(this.path!);
    return this.titleYear;
  }
}

/** How many sections two paths share from the top. */
function sharedDepth(a: readonly Section[], b: readonly Section[]): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
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
