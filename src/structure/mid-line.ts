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
import { skipSpaces } from '../text/markers.js';

/** What the tree offers a mid-line heading. */
export interface MidLineTree {
  /** End of the latest heading opened: no heading starts inside another. */
  readonly headingEnd: number;
  /** Opens c as a heading if it continues an open section's numbering (and no list in the body claims it); says whether it did. */
  continueWith(c: Candidate): boolean;
}

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
    const end = this.lines.end(k);
    for (let p = this.stopAtOrAfter(from); p < end; ) {
      const opened = this.openAfter(k, p, end, tree);
      p = this.stopAtOrAfter(opened ? Math.max(opened.headingEnd, p + 1) : p + 1);
    }
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
    const marker = this.lines.source.slice(c.markerStart, c.markerEnd);
    this.diagnostics.push(finding('heading-mid-line', { marker, line: k + 1 }, c.markerStart, c.markerEnd));
    return c;
  }
}
