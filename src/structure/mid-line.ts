/**
 * Headings glued into a line: a web page flattened to one line, or a PDF
 * copy that lost a line break, runs a heading on after the sentence before
 * it (…记录。（四）不存在…). Such a marker is read as a heading only when it
 * follows a sentence stop, its number is the very one an open section
 * expects next, and it has a short title of its own; an inline enumeration
 * (（1）…；（2）…) continues no open section and stays text.
 */
import { candidateAt, type Candidate } from './candidates.js';
import { finding, type Finding } from '../model/diagnostics.js';
import { MAX_RUNIN_TITLE } from './heading-title.js';
import type { Lines } from './lines.js';
import { isSpace, mayStartMarker, skipSpaces } from '../text/markers.js';

/** What the tree offers a mid-line heading. */
export interface MidLineTree {
  /** End of the latest heading opened: no heading starts inside another, but in a page flattened to one line. */
  readonly headingEnd: number;
  /** Where the latest heading's title starts. */
  readonly titleStart: number;
  /** Opens c as a heading if it continues an open section's numbering (and no list in the body claims it); says whether it did. */
  continueWith(c: Candidate): boolean;
  /** In a page flattened to one line: opens c if it continues a numbering, or starts one where a series may start (see scanPage). */
  gluedIn(c: Candidate, afterStop: boolean, inTitle: boolean): boolean;
}

/** A line this long is a page flattened to one line, not a paragraph (the longest paragraphs of reports stay under it). */
const PAGE_LINE = 1000;
/** 。！？ and their ASCII forms: a sentence has ended. */
const isStop = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;

export class MidLineHeadings {
  /** Index of the first stop not yet passed: lines are asked in text order, so the walk goes forward only. */
  private next = 0;

  constructor(
    private readonly lines: Lines,
    /** Offsets of the sentence stops a marker follows, in text order (see characters.ts). */
    private readonly stops: readonly number[],
    private readonly diagnostics: Finding[],
  ) {}

  /** Opens in `tree` the headings that start mid-line in line k, after offset `from`. */
  scan(k: number, from: number, tree: MidLineTree): void {
    if (this.lines.length(k) >= PAGE_LINE) return this.scanPage(k, from, tree);
    const end = this.lines.end(k);
    for (let p = this.stopAtOrAfter(from); p < end; ) {
      const opened = this.openAfter(k, p, end, tree);
      p = this.stopAtOrAfter(opened ? Math.max(opened.headingEnd, p + 1) : p + 1);
    }
  }

  /**
   * A web page flattened to one line glues its headings anywhere: after a
   * sentence, a space, or the last words of a paragraph with no stop
   * (…各片区管理局2.加快补齐…), and into the title of the heading before
   * (一、实施背景（一）发展基础…). A marker there is a heading when its number
   * continues an open or recent series exactly, or starts a series right
   * after a heading's title (or as the first heading, after a sentence). The
   * page's attachments (附件…, tables and lists) are not searched.
   */
  private scanPage(k: number, from: number, tree: MidLineTree): void {
    const s = this.lines.source;
    const end = this.lines.end(k);
    for (let q = Math.max(from, this.lines.start(k) + 1); q < end; q++) {
      // Not inside a number or a marker (十一、: at 十, not at 一).
      if (!mayStartMarker(s.charCodeAt(q)) || mayStartMarker(s.charCodeAt(q - 1))) continue;
      const inTitle = q >= tree.titleStart && q < tree.headingEnd;
      if (q < tree.headingEnd && !inTitle) continue;
      let b = q - 1;
      while (b > from && isSpace(s.charCodeAt(b))) b--;
      const afterStop = b < q - 1 || isStop(s.charCodeAt(b));
      if (afterStop && s.startsWith('附件', q)) return;
      // A title longer than a run-in title is rejected: its stop is not searched for further.
      const c = candidateAt(this.lines, k, q, end, false, q + 2 * MAX_RUNIN_TITLE);
      if (!c || c.titleEnd - c.titleStart > MAX_RUNIN_TITLE || !tree.gluedIn(c, afterStop, inTitle)) continue;
      this.report(c, k);
      q = c.markerEnd - 1;
    }
  }

  private report(c: Candidate, k: number): void {
    const marker = this.lines.source.slice(c.markerStart, c.markerEnd);
    this.diagnostics.push(finding('heading-mid-line', { marker, line: k + 1 }, c.markerStart, c.markerEnd));
  }

  /** Offset of the first sentence stop at or after `from` (Infinity when there is none). */
  private stopAtOrAfter(from: number): number {
    const stops = this.stops;
    while (this.next < stops.length && stops[this.next] < from) this.next++;
    return this.next < stops.length ? stops[this.next] : Infinity;
  }

  /** The heading that starts after the sentence stop at p in line k (which ends at `end`), if the tree opened it. */
  private openAfter(k: number, p: number, end: number, tree: MidLineTree): Candidate | null {
    const q = skipSpaces(this.lines.source, p + 1, end);
    if (q < tree.headingEnd) return null;
    const c = candidateAt(this.lines, k, q, end);
    if (!c) return null;
    const titleLength = c.titleEnd - c.titleStart;
    if (c.cut === 'comma' || titleLength < 2 || titleLength > MAX_RUNIN_TITLE || !tree.continueWith(c)) return null;
    this.report(c, k);
    return c;
  }
}
