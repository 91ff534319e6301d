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
 */
export function sectionPathWalker(sections: readonly Section[]): (offset: number) => readonly Section[] {
  let path: Section[] = [];
  // One limit per depth searched: each section on the path, and the depth where the search stopped.
  const limits: number[] = [-Infinity];
  let previous = -Infinity;
  return (offset) => {
    let depth = 0;
    if (offset >= previous) while (depth < limits.length && offset < limits[depth]) depth++;
    previous = offset;
    if (depth === limits.length) return path;
    path = path.slice(0, depth);
    limits.length = depth;
    for (let list = depth === 0 ? sections : path[depth - 1].children; ; ) {
      const k = lastStartingBy(list, offset);
      const found = k >= 0 && offset < list[k].position.end.offset ? list[k] : undefined;
      const nextStart = k + 1 < list.length ? list[k + 1].position.start.offset : Infinity;
      limits.push(found ? Math.min(nextStart, found.position.end.offset) : nextStart);
      if (!found) return path;
      path.push(found);
      list = found.children;
    }
  };
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
