/**
 * Which section a target sits in: the path of sections whose extents contain
 * an offset, found by binary search at each level of the tree, and searched
 * again only when the offset has crossed a section's edge.
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

/**
 * The section path of offsets taken in ascending order. The path can change
 * only where an offset passes a section's start or end, so the tree is
 * searched again only then: most targets share the path of the one before,
 * and the same array is returned for them.
 */
export function sectionPathWalker(sections: readonly Section[]): (offset: number) => readonly Section[] {
  const edges = sectionEdges(sections);
  let next = 0; // edges[next] is the first edge past the offset the path was found for
  let path: readonly Section[] | null = null;
  return (offset) => {
    if (path === null || (next < edges.length && offset >= edges[next])) {
      while (next < edges.length && edges[next] <= offset) next++;
      path = sectionPath(sections, offset);
    }
    return path;
  };
}

/** Every start and end offset in the tree, ascending. */
function sectionEdges(sections: readonly Section[]): Float64Array {
  const edges: number[] = [];
  const add = (list: readonly Section[]): void => {
    for (const s of list) {
      edges.push(s.position.start.offset, s.position.end.offset);
      add(s.children);
    }
  };
  add(sections);
  return Float64Array.from(edges).sort();
}
