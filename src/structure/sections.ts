/**
 * Heading drafts → output sections, shared by the plain-text and Markdown
 * readers: ids from the numbering path (a repeated path gets ~2, ~3…),
 * bodies up to the next heading, positions in the source.
 */
import type { MarkerStyle, Section } from '../model/schema.js';
import type { LineIndex } from '../text/positions.js';

export interface SectionDraft {
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
  children: SectionDraft[];
}

export function toSections(text: string, index: LineIndex, roots: SectionDraft[], end: number): Section[] {
  /**
   * Sections of sibling drafts under the section `parentId` (null: the top
   * level). A section runs to where the next one in document order (the
   * tree's pre-order) begins: its first child, else its next sibling, else
   * `after`, where the text after the last sibling's subtree begins.
   */
  const convert = (drafts: SectionDraft[], parentId: string | null, level: number, after: number): Section[] => {
    if (drafts.length === 0) return []; // a leaf's children: most lists are these
    const ids = siblingIds(drafts, parentId);
    return drafts.map((d, k) => {
      const next = k + 1 < drafts.length ? drafts[k + 1].boundary : after;
      const bodyEnd = d.children.length ? d.children[0].boundary : next;
      return {
        type: 'section',
        id: ids[k],
        level,
        marker: d.marker,
        number: d.number,
        style: d.style,
        title: d.title,
        heading: index.position(d.markerStart, d.headingEnd),
        body: text.slice(d.bodyStart, bodyEnd),
        position: index.position(d.markerStart, next),
        children: convert(d.children, ids[k], level + 1, next),
      };
    });
  };
  return convert(roots, null, 1, end);
}

/**
 * Ids from the numbering path; a path that repeats gets ~2, ~3…. Ids are
 * unique, so a path (parent id, then number) can repeat only among siblings:
 * counting per sibling list keeps this linear.
 */
function siblingIds(drafts: SectionDraft[], parentId: string | null): string[] {
  const base = (d: SectionDraft) => (parentId === null ? String(d.number) : `${parentId}.${d.number}`);
  // Siblings numbered in order (the usual case) repeat no number: no count is kept.
  if (drafts.every((d, k) => k === 0 || d.number > drafts[k - 1].number)) return drafts.map(base);
  const uses = new Map<number, number>();
  return drafts.map((d) => {
    const n = (uses.get(d.number) ?? 0) + 1;
    uses.set(d.number, n);
    return n === 1 ? base(d) : `${base(d)}~${n}`;
  });
}
