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
  // Document order is the tree's pre-order: a heading's body ends where the next one begins.
  const ordered: SectionDraft[] = [];
  const walk = (drafts: SectionDraft[]) => drafts.forEach((d) => (ordered.push(d), walk(d.children)));
  walk(roots);
  const bodyEnd = new Map<SectionDraft, number>();
  ordered.forEach((d, k) => bodyEnd.set(d, k + 1 < ordered.length ? ordered[k + 1].boundary : end));
  const uses = new Map<string, number>();
  const convert = (d: SectionDraft, parentId: string | null, level: number): Section => {
    const base = parentId === null ? String(d.number) : `${parentId}.${d.number}`;
    // Counting per path keeps this linear; a base ends in a number, so "1.1~2" is never another's base.
    const n = (uses.get(base) ?? 0) + 1;
    uses.set(base, n);
    const id = n === 1 ? base : `${base}~${n}`;
    const children = d.children.map((c) => convert(c, id, level + 1));
    const last = children.length ? children[children.length - 1].position.end.offset : bodyEnd.get(d)!;
    return {
      type: 'section',
      id,
      level,
      marker: d.marker,
      number: d.number,
      style: d.style,
      title: d.title,
      heading: index.position(d.markerStart, d.headingEnd),
      body: text.slice(d.bodyStart, bodyEnd.get(d)!),
      position: index.position(d.markerStart, last),
      children,
    };
  };
  return roots.map((r) => convert(r, null, 1));
}
