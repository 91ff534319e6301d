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
import type { SentenceTime } from './sentence-time.js';
import { type TimeContext, sectionTimeframe, underTaskHeading, yearOfSections } from './timeframe.js';
import { foldMagnitudes } from '../quantities/units.js';
import { emptyListOfAny } from '../text/arrays.js';

/** What a reader found of one target; placing it in the tree settles its section, timeframe and year. */
export interface TargetDraft {
  start: number;
  end: number;
  indicator: string;
  value: number;
  valueMax: number | null;
  unit: string;
  comparator: Comparator;
  kind: TargetKind;
  direction: Target['direction'];
  /** A timeframe the reader is sure of (a table column's); null to let the cues decide. */
  timeframe: Timeframe | null;
  /** The time cues around it in running text; null in a table. */
  time: SentenceTime | null;
  attribute: Target['attribute'];
  /** The year it states; null to take the cues' or the section's. */
  year: number | null;
  origin: Target['origin'];
}

export class PlacedTargets {
  private readonly list: Target[] = emptyListOfAny();
  private readonly walker: SectionWalker;
  /**
   * The leaning of each section on the latest path, by depth, kept while the
   * path keeps that section: a Map by section grew to tens of thousands of
   * entries, several MB in the large-object space on the 20 MB corpus.
   */
  private readonly leanings: (Timeframe | null | undefined)[] = emptyListOfAny();
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
  private provision: boolean | undefined = undefined;

  constructor(
    private readonly text: string,
    private readonly index: LineIndex,
    sections: readonly Section[],
    private readonly ctx: TimeContext,
    /** The document is made of rules (条例, 办法 …): all of it is provisions. */
    private readonly normative = false,
  ) {
    this.walker = new SectionWalker(sections);
  }

  /**
   * The target a draft describes, added and returned. Its timeframe is the
   * first that speaks of: the sentence's own, a year it names against the
   * year of writing, the section's, the paragraph's, an earlier paragraph's in
   * the same section, that year against the plan's period, a task
   * heading above it; else a document that never looks forward holds records.
   * A target without a year of its own takes its section title's, else the
   * end of the plan's period.
   */
  add(d: TargetDraft): Target {
    const { start, end } = d;
    this.placeAt(start);
    if (start < this.lastStart || (start === this.lastStart && end < this.lastEnd)) this.inOrder = false;
    this.lastStart = start;
    this.lastEnd = end;
    const time = d.time;
    const timeframe =
      d.timeframe ??
      time?.timeframe ??
      time?.dated ??
      this.sectionTimeframe() ??
      time?.paragraph ??
      (time?.carried && time.carriedAt >= this.sectionStart() ? time.carried : null) ??
      time?.weak ??
      (this.underTaskHeading() ? 'target' : this.ctx.forward ? 'unknown' : 'baseline');
    const year = d.year ?? this.sectionYear() ?? (timeframe === 'target' ? this.ctx.endYear : null);
    const target: Target = {
      id: '', // numbered once all are in document order
      sectionId: this.sectionId,
      text: this.text.slice(start, end),
      indicator: d.indicator,
      value: d.value,
      valueMax: d.valueMax,
      unit: this.units.shared(d.unit),
      normalized: foldMagnitudes(d.value, d.unit),
      comparator: d.comparator,
      kind: d.kind,
      direction: d.direction,
      timeframe,
      attribute: d.attribute,
      year,
      origin: d.origin,
      position: this.index.position(start, end),
    };
    this.list.push(target);
    return target;
  }

  /** Whether text at `offset` is a provision: in an article (第X条), or in a document made of rules. */
  inProvision(offset: number): boolean {
    if (this.normative) return true;
    this.placeAt(offset);
    if (this.provision === undefined) this.provision = this.path!.some((s) => s.style === 'article');
    return this.provision;
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
    this.provision = undefined;
  }

  private sectionTimeframe(): Timeframe | null {
    if (this.fromSections === undefined) this.fromSections = sectionTimeframe(this.path!, this.ctx, this.leanings);
    return this.fromSections;
  }

  private underTaskHeading(): boolean {
    if (this.taskHeading === undefined) this.taskHeading = underTaskHeading(this.path!);
    return this.taskHeading;
  }

  /** Where the deepest section on the path starts: cues before it speak of another. */
  private sectionStart(): number {
    const path = this.path!;
    return path.length > 0 ? path[path.length - 1].position.start.offset : 0;
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
