/**
 * Which section a target sits in: the path of sections whose extents contain
 * an offset, found by binary search at each level of the tree, and searched
 * again only when the offset has crossed a section's edge.
 */
import type { Section } from '../model/schema.js';

/**
 * The section path of offsets taken in ascending order. Most targets share
 * the path of the one before: the tree is searched again only once an offset
 * reaches the first section edge past the last search, and the same array is
 * returned until then.
 */
export function sectionPathWalker(sections: readonly Section[]): (offset: number) => readonly Section[] {
  let path: readonly Section[] = [];
  let until = -Infinity;
  return (offset) => {
    if (offset >= until) ({ path, until } = sectionPath(sections, offset));
    return path;
  };
}

/**
 * Sections containing `offset`, outermost first (empty before the first
 * heading), and `until`: the first start or end offset past `offset` that the
 * search looked at, before which the path stays the same.
 */
function sectionPath(sections: readonly Section[], offset: number): { path: Section[]; until: number } {
  const path: Section[] = [];
  let until = Infinity;
  let level = sections;
  for (;;) {
    const k = lastStartingBy(level, offset);
    if (k + 1 < level.length) until = Math.min(until, level[k + 1].position.start.offset);
    if (k < 0) break;
    const s = level[k];
    if (offset >= s.position.end.offset) break;
    until = Math.min(until, s.position.end.offset);
    path.push(s);
    level = s.children;
  }
  return { path, until };
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
