/**
 * Output sections, built as their headings are found, shared by the
 * plain-text and Markdown readers: ids from the numbering path (a repeated
 * path gets ~2, ~3…), bodies up to the next heading, positions in the source.
 *
 * Each section is made once, in its final shape, when its heading is opened;
 * what is not known yet (its body, the end of its position, its children) is
 * filled in when the next heading opens, or when it closes. (Why: drafts
 * converted at the end lived long enough to be promoted, then dropped.)
 */
import type { MarkerStyle, Point, Section } from '../model/schema.js';
import type { LineIndex } from '../text/positions.js';
import { StringPool } from '../text/string-pool.js';
import { emptyListOfAny } from '../text/arrays.js';

/** What a reader knows of a heading when it opens its section. Offsets are in the source. */
export interface Heading {
  style: MarkerStyle;
  number: number;
  marker: string;
  title: string;
  /** Where the previous section's body ends: a Markdown heading's `#`, else the marker. */
  boundary: number;
  markerStart: number;
  /** End of the marker and title (and a closing 。 of a run-in heading). */
  headingEnd: number;
  /** Where the body starts: after the heading (and a Markdown heading's closing syntax). */
  bodyStart: number;
}

/**
 * The siblings at one depth of the open path: the top level, or an open
 * section's children. One list per depth, reused by every section opened
 * there: a section gets its children as a copy of exactly their number when
 * it closes. (Why: an array per section grown by push left outgrown backing
 * stores that lived long enough to be promoted.)
 */
interface Level {
  /** Id of the section whose children these are; null at the top level. */
  parentId: string | null;
  /** The siblings so far are members[0, count); entries past count are left over from earlier sections. */
  members: Section[];
  count: number;
  /**
   * Uses of each number among the siblings, counted from the first one
   * whose number does not exceed its predecessor's. Siblings numbered in
   * order (the usual case) repeat no number, so most lists keep no count.
   */
  uses: Map<number, number> | null;
}

export class SectionBuilder {
  /** The top level, then the children of each open section, outermost first; deeper entries wait for reuse. */
  private readonly levels: Level[] = emptyListOfAny();
  /** The open sections, outermost first: levels[k + 1] holds open[k]'s children. */
  private readonly open: Section[] = emptyListOfAny();
  /** The latest section opened, whose body runs until the next heading's boundary; and where its body starts. */
  private latest: Section | null = null;
  private latestBodyStart = 0;
  /** One string for each marker as written: a document repeats its markers (（一） under every chapter). */
  private readonly markers = new StringPool();

  constructor(
    private readonly text: string,
    private readonly index: LineIndex,
  ) {
    this.openLevel(0, null);
  }

  /**
   * The latest section of `style` opened so far at the top level, or under
   * `parent`, an open section; null when there is none. Read in place, not
   * from a copy of the siblings. A scan back, yet linear over a whole
   * document: it is asked for only before a child of that style is opened,
   * so no scan goes back past the previous one's end.
   */
  latestOfStyle(parent: Section | null, style: MarkerStyle): Section | null {
    const level = this.levels[parent ? parent.level : 0];
    for (let k = level.count - 1; k >= 0; k--) if (level.members[k].style === style) return level.members[k];
    return null;
  }

  /**
   * Opens the section of heading h as a child of the open section at depth
   * `parentDepth - 1` (0: at the top level); the open sections deeper than
   * its parent end where it starts.
   */
  add(parentDepth: number, h: Heading): Section {
    const boundary = this.index.point(h.boundary);
    this.closeTo(parentDepth, h.boundary, boundary);
    const level = this.levels[parentDepth];
    // The heading, the section and (in plain text) the end of the sections
    // before it share one point: points are never changed once made, and
    // sharing them keeps the document smaller.
    const start = h.boundary === h.markerStart ? boundary : this.index.point(h.markerStart);
    const section: Section = {
      type: 'section',
      id: this.idOf(level, h.number),
      level: parentDepth + 1,
      marker: this.markers.shared(h.marker),
      number: h.number,
      style: h.style,
      title: h.title,
      heading: { start, end: this.index.point(h.headingEnd) },
      body: '',
      position: { start, end: start }, // its end is set when the section closes
      children: [], // filled in when the section closes
    };
    level.members[level.count++] = section;
    this.open.push(section);
    this.openLevel(this.open.length, section.id);
    this.latest = section;
    this.latestBodyStart = h.bodyStart;
    return section;
  }

  /**
   * Ends the latest section's heading early, at offset `at`, with `title`:
   * a heading glued into its title (一、实施背景（一）发展基础…) starts there.
   */
  cutLatestHeading(at: number, title: string): void {
    const latest = this.latest;
    if (latest === null || at < latest.heading.start.offset) return;
    latest.title = title;
    latest.heading.end = this.index.point(at);
    this.latestBodyStart = at;
  }

  /** Closes every open section at the text's `end`; returns the top-level sections. */
  finish(end: number): Section[] {
    this.closeTo(0, end, this.index.point(end));
    return siblingsOf(this.levels[0]);
  }

  /** Starts the list of siblings at `depth` afresh, for the children of `parentId`. */
  private openLevel(depth: number, parentId: string | null): void {
    const level = this.levels[depth];
    if (level === undefined) this.levels.push({ parentId, members: emptyListOfAny(), count: 0, uses: null });
    else {
      level.parentId = parentId;
      level.count = 0;
      level.uses = null;
    }
  }

  /** Ends the latest section's body, and the open sections deeper than `depth`, at offset `at` (point `point`). */
  private closeTo(depth: number, at: number, point: Point): void {
    if (this.latest) this.latest.body = this.text.slice(this.latestBodyStart, at);
    this.latest = null;
    while (this.open.length > depth) {
      const section = this.open.pop()!;
      section.position.end = point;
      const children = this.levels[this.open.length + 1];
      if (children.count) section.children = siblingsOf(children);
    }
  }

  /** The id of a new child numbered `n` in this list of siblings. */
  private idOf(level: Level, n: number): string {
    const base = level.parentId === null ? String(n) : `${level.parentId}.${n}`;
    if (level.uses === null) {
      if (level.count === 0 || n > level.members[level.count - 1].number) return base;
      level.uses = countNumbers(level.members, level.count);
    }
    const uses = (level.uses.get(n) ?? 0) + 1;
    level.uses.set(n, uses);
    return uses === 1 ? base : `${base}~${uses}`;
  }
}

/** A level's siblings so far, in an array of exactly their number. */
function siblingsOf(level: Level): Section[] {
  return level.members.slice(0, level.count);
}

/** Uses of each number among sections[0, count). */
function countNumbers(sections: Section[], count: number): Map<number, number> {
  const uses = new Map<number, number>();
  for (let k = 0; k < count; k++) uses.set(sections[k].number, (uses.get(sections[k].number) ?? 0) + 1);
  return uses;
}
