/**
 * Section matching: which section of the old version is which of the new.
 *
 * A section is the same across versions when its title and place say so, not
 * its number, so numbers play no part here. In order of confidence:
 *  1. a title found once in each version;
 *  2. a title found several times: the one under the matching parent, in order;
 *  3. a renamed section: no title match, but the same place or the same body
 *     (or, for a heading over subsections, the same children);
 *  4. titles still repeated: paired in document order.
 * Whatever is left was added or removed.
 */
import type { Section } from '../model/schema.js';
import { bigrams, dice, normalizeText } from './text.js';

export interface FlatSection {
  section: Section;
  parent: FlatSection | null;
  /** Siblings: the parent's children, or the top-level sections. */
  siblings: FlatSection[];
  children: FlatSection[];
  /** Position in document (pre-)order. */
  index: number;
  title: string;
  body: string;
}

export interface SectionMatching {
  old: FlatSection[];
  new: FlatSection[];
  toNew: Map<FlatSection, FlatSection>;
  toOld: Map<FlatSection, FlatSection>;
}

/** A section body as plain text: as written in a text file; a Markdown version strips its syntax. */
export type BodyText = (body: string) => string;

export const asWritten: BodyText = (body) => body;

export function flatten(sections: Section[], bodyText: BodyText = asWritten): FlatSection[] {
  const flat: FlatSection[] = [];
  const visit = (list: Section[], parent: FlatSection | null): FlatSection[] => {
    const siblings: FlatSection[] = [];
    for (const section of list) {
      const node: FlatSection = {
        section,
        parent,
        siblings,
        children: [],
        index: flat.length,
        title: normalizeText(section.title),
        body: normalizeText(bodyText(section.body)),
      };
      flat.push(node);
      siblings.push(node);
      node.children = visit(section.children, node);
    }
    return siblings;
  };
  visit(sections, null);
  return flat;
}

export function matchSections(
  oldSections: Section[],
  newSections: Section[],
  bodyText: { old: BodyText; new: BodyText } = { old: asWritten, new: asWritten },
): SectionMatching {
  const m: SectionMatching = {
    old: flatten(oldSections, bodyText.old),
    new: flatten(newSections, bodyText.new),
    toNew: new Map(),
    toOld: new Map(),
  };
  matchUniqueTitles(m);
  matchTitlesUnderMatchedParents(m);
  matchRenames(m);
  matchTitlesUnderMatchedParents(m);
  matchTitlesInOrder(m);
  return m;
}

function link(m: SectionMatching, o: FlatSection, n: FlatSection): void {
  m.toNew.set(o, n);
  m.toOld.set(n, o);
}

/** Unmatched sections of one version, grouped by title, in document order. */
function unmatchedByTitle(list: FlatSection[], matched: Map<FlatSection, FlatSection>): Map<string, FlatSection[]> {
  const groups = new Map<string, FlatSection[]>();
  for (const s of list) {
    if (matched.has(s)) continue;
    const group = groups.get(s.title);
    if (group) group.push(s);
    else groups.set(s.title, [s]);
  }
  return groups;
}

function matchUniqueTitles(m: SectionMatching): void {
  const newGroups = unmatchedByTitle(m.new, m.toOld);
  for (const [title, olds] of unmatchedByTitle(m.old, m.toNew)) {
    const news = newGroups.get(title);
    if (olds.length === 1 && news?.length === 1) link(m, olds[0], news[0]);
  }
}

/** The new section the old section's parent became; null for top level, undefined if the parent went. */
export function newParentOf(m: SectionMatching, o: FlatSection): FlatSection | null | undefined {
  return o.parent ? m.toNew.get(o.parent) : null;
}

function matchTitlesUnderMatchedParents(m: SectionMatching): void {
  const newGroups = unmatchedByTitle(m.new, m.toOld);
  // Document order, so a parent is matched before its children look for theirs.
  for (const o of m.old) {
    if (m.toNew.has(o)) continue;
    const parent = newParentOf(m, o);
    if (parent === undefined) continue;
    const group = newGroups.get(o.title);
    const at = group?.findIndex((n) => n.parent === parent) ?? -1;
    if (group && at >= 0) link(m, o, group.splice(at, 1)[0]);
  }
}

function matchTitlesInOrder(m: SectionMatching): void {
  const newGroups = unmatchedByTitle(m.new, m.toOld);
  for (const [title, olds] of unmatchedByTitle(m.old, m.toNew)) {
    const news = newGroups.get(title) ?? [];
    for (let i = 0; i < Math.min(olds.length, news.length); i++) link(m, olds[i], news[i]);
  }
}

/** Same place: under the same parent, next to the same neighbour (or at the same end of the list). */
function sameSlot(m: SectionMatching, o: FlatSection, n: FlatSection): boolean {
  if (newParentOf(m, o) !== n.parent) return false;
  const neighbour = (s: FlatSection, step: number) => s.siblings[s.siblings.indexOf(s) + step] ?? null;
  const sameNeighbour = (step: number) => {
    const before = neighbour(o, step);
    const after = neighbour(n, step);
    return before === null ? after === null : m.toNew.get(before) === after;
  };
  return sameNeighbour(-1) || sameNeighbour(1);
}

/** How much of the content is the same: the body, or for a heading over subsections, its children. */
function contentSimilarity(m: SectionMatching, o: FlatSection, n: FlatSection, prints: (s: FlatSection) => Map<string, number>): number {
  const body = o.body && n.body ? dice(prints(o), prints(n)) : 0;
  const most = Math.max(o.children.length, n.children.length);
  const kept = o.children.filter((c) => m.toNew.get(c)?.parent === n).length;
  return Math.max(body, most === 0 ? 0 : kept / most);
}

// Thresholds: in the same place, two fifths of the content is enough (a
// rename with a body edit; unrelated sibling paragraphs of a plan share about
// a fifth of their character pairs); elsewhere it must be nearly the same.
const SAME_SLOT_SIMILARITY = 0.4;
const ELSEWHERE_SIMILARITY = 0.7;
// Comparing every unmatched pair is quadratic: past this many pairs, only
// sections under the same parent are compared.
const MAX_PAIRS = 250_000;

function matchRenames(m: SectionMatching): void {
  const olds = m.old.filter((s) => !m.toNew.has(s));
  const news = m.new.filter((s) => !m.toOld.has(s));
  const cache = new Map<FlatSection, Map<string, number>>();
  const prints = (s: FlatSection) => cache.get(s) ?? cache.set(s, bigrams(s.body)).get(s)!;
  const everyPair = olds.length * news.length <= MAX_PAIRS;
  const candidates: { o: FlatSection; n: FlatSection; score: number }[] = [];
  for (const o of olds) {
    for (const n of news) {
      const slot = sameSlot(m, o, n);
      if (!slot && !everyPair && newParentOf(m, o) !== n.parent) continue;
      const empty = !o.body && !n.body && o.children.length === 0 && n.children.length === 0;
      const score = empty ? (slot ? 1 : 0) : contentSimilarity(m, o, n, prints);
      if (score >= (slot ? SAME_SLOT_SIMILARITY : ELSEWHERE_SIMILARITY)) candidates.push({ o, n, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.o.index - b.o.index || a.n.index - b.n.index);
  for (const { o, n } of candidates) {
    if (!m.toNew.has(o) && !m.toOld.has(n)) link(m, o, n);
  }
}

/**
 * A line of the new version standing for where an old section was: its own
 * heading if it is still there, else that of the nearest section before it
 * that is (annotations of removed things need a line in the new file).
 */
export function lineInNew(m: SectionMatching, o: FlatSection | null): number {
  for (let i = o ? o.index : -1; i >= 0; i--) {
    const n = m.toNew.get(m.old[i]);
    if (n) return n.section.heading.start.line;
  }
  return 1;
}
