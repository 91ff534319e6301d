/**
 * Output sections, built as their headings are found, shared by the
 * plain-text and Markdown readers: ids from the numbering path (a repeated
 * path gets ~2, ~3…), bodies up to the next heading, positions in the source.
 *
 * Each section is made once, in its final shape, when its heading is opened;
 * what is not known yet (its body, the end of its position) is filled in when
 * the next heading opens. Drafts converted to sections at the end lived
 * through the whole tree's build, so the collector promoted them to the old
 * generation and dropped them there: about 12 MB of garbage on a 20 MB input.
 */
import type { MarkerStyle, Point, Section } from '../model/schema.js';
import type { LineIndex } from '../text/positions.js';
import { StringPool } from '../text/string-pool.js';

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

/** A list of siblings still open to new members: the top level, or an open section's children. */
interface Level {
  /** Id of the section whose children these are; null at the top level. */
  parentId: string | null;
  children: Section[];
  /**
   * Uses of each number among the children, counted from the first child
   * whose number does not exceed its predecessor's. Siblings numbered in
   * order (the usual case) repeat no number, so most lists keep no count.
   */
  uses: Map<number, number> | null;
}

export class SectionBuilder {
  /** The top level, then the children of each open section, outermost first. */
  private readonly levels: Level[];
  /** The open sections, outermost first: levels[k + 1] holds open[k]'s children. */
  private readonly open: Section[] = [];
  /** The latest section opened, whose body runs until the next heading's boundary; and where its body starts. */
  private latest: Section | null = null;
  private latestBodyStart = 0;
  /** One string for each marker as written: a document repeats its markers (（一） under every chapter), 77,000 of them (1.8 MB) in the 20 MB corpus. */
  private readonly markers = new StringPool();

  constructor(
    private readonly text: string,
    private readonly index: LineIndex,
  ) {
    this.levels = [{ parentId: null, children: [], uses: null }];
  }

  /** The sections opened so far at the top level, or under `parent`. */
  siblings(parent: Section | null): Section[] {
    return parent ? parent.children : this.levels[0].children;
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
    // The heading and the section start at one point, and a plain-text
    // heading's boundary, where the sections before it end, is that point
    // too. Points are values, never changed once made: sharing them keeps
    // 7 MB less alive in the document of a 20 MB input.
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
      children: [],
    };
    level.children.push(section);
    this.open.push(section);
    this.levels.push({ parentId: section.id, children: section.children, uses: null });
    this.latest = section;
    this.latestBodyStart = h.bodyStart;
    return section;
  }

  /** Closes every open section at the text's `end`; returns the top-level sections. */
  finish(end: number): Section[] {
    this.closeTo(0, end, this.index.point(end));
    return this.levels[0].children;
  }

  /** Ends the latest section's body, and the open sections deeper than `depth`, at offset `at` (point `point`). */
  private closeTo(depth: number, at: number, point: Point): void {
    if (this.latest) this.latest.body = this.text.slice(this.latestBodyStart, at);
    this.latest = null;
    while (this.open.length > depth) {
      const section = this.open.pop()!;
      section.position.end = point;
      // An array grown by push keeps room for 17 or more; most sections have
      // two or three children. An exact copy keeps 2.8 MB less alive (20 MB input).
      if (section.children.length) section.children = section.children.slice();
      this.levels.pop();
    }
  }

  /** The id of a new child numbered `n` in this list of siblings. */
  private idOf(level: Level, n: number): string {
    const base = level.parentId === null ? String(n) : `${level.parentId}.${n}`;
    const previous = level.children.at(-1);
    if (level.uses === null) {
      if (previous === undefined || n > previous.number) return base;
      level.uses = countNumbers(level.children);
    }
    const uses = (level.uses.get(n) ?? 0) + 1;
    level.uses.set(n, uses);
    return uses === 1 ? base : `${base}~${uses}`;
  }
}

function countNumbers(sections: Section[]): Map<number, number> {
  const uses = new Map<number, number>();
  for (const s of sections) uses.set(s.number, (uses.get(s.number) ?? 0) + 1);
  return uses;
}
