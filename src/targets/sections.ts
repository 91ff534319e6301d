/**
 * Which section a target sits in: the path of sections whose extents contain
 * an offset, found by binary search at each level of the tree, and searched
 * again only below the depth where the offset has crossed a section's edge.
 */
import type { Section } from '../model/schema.js';

/**
 * The section path of offsets taken mostly in ascending order. Consecutive
 * targets mostly share their outer sections, so each depth remembers the first
 * offset at which its search could answer differently (the next sibling's
 * start, or the end of the section found), and only the depths past such a
 * limit are searched again. The same array is returned until then. An offset
 * behind the one before is searched from the top.
 *
 * A class, not a closure: a closure made per document is a new call target
 * each time, and the optimised caller was thrown away for it ('wrong call
 * target').
 */
export class SectionWalker {
  /**
   * An empty slice of the sections, not []: it holds objects from the start,
   * where an empty literal holds small integers until its first push, and that
   * first push threw the optimised walker away ('not a Smi').
   */
  private path: Section[];
  /** One limit per depth searched: each section on the path, and the depth where the search stopped. */
  private readonly limits: number[] = [-Infinity];
  private previous = -Infinity;

  constructor(private readonly sections: readonly Section[]) {
    this.path = sections.slice(0, 0);
  }

  pathAt(offset: number): readonly Section[] {
    const limits = this.limits;
    let depth = 0;
    if (offset >= this.previous) while (depth < limits.length && offset < limits[depth]) depth++;
    this.previous = offset;
    if (depth === limits.length) return this.path;
    const path = this.path.slice(0, depth);
    this.path = path;
    limits.length = depth;
    for (let list = depth === 0 ? this.sections : path[depth - 1].children; ; ) {
      const k = lastStartingBy(list, offset);
      const found = k >= 0 && offset < list[k].position.end.offset ? list[k] : undefined;
      const nextStart = k + 1 < list.length ? list[k + 1].position.start.offset : Infinity;
      limits.push(found ? Math.min(nextStart, found.position.end.offset) : nextStart);
      if (!found) return path;
      path.push(found);
      list = found.children;
    }
  }
}

/** Index of the last section of `list` starting at or before `offset`; -1 when none does. */
function lastStartingBy(list: readonly Section[], offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].position.start.offset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
