/**
 * Which section a target sits in: the path of sections whose extents contain
 * an offset, found by binary search at each level of the tree.
 */
import type { Section } from '../model/schema.js';

/** Sections containing `offset`, outermost first; empty before the first heading. */
export function sectionPath(sections: readonly Section[], offset: number): Section[] {
  const path: Section[] = [];
  let level = sections;
  for (;;) {
    const s = containing(level, offset);
    if (!s) return path;
    path.push(s);
    level = s.children;
  }
}

function containing(list: readonly Section[], offset: number): Section | undefined {
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
  if (found < 0) return undefined;
  const s = list[found];
  return offset < s.position.end.offset ? s : undefined;
}
