/**
 * Section changes of a matched pair of trees. One section can change in
 * several ways at once (moved and renumbered, renamed and its body edited);
 * each way is its own change. A section that came or went with its parent is
 * counted in the parent's `subsections`, not listed again.
 *
 * A body whose only edits are in its targets' figures (8000亿元 → 9000亿元) is
 * not `textChanged`: the target change already says it, and saying it twice
 * would report one edit as two.
 */
import type { BodyDiffSegment, Change, ChangeType } from '../model/diff-schema.js';
import type { Section, Target } from '../model/schema.js';
import { bodyDiff } from './body-diff.js';
import { lineInNew, newParentOf, type BodyText, type FlatSection, type SectionMatching } from './match.js';
import { sectionRef } from './refs.js';
import { normalizeText } from './text.js';

/** The order section changes are listed in: what came and went, then what changed, numbering last. */
const SECTION_ORDER: ChangeType[] = ['added', 'removed', 'renamed', 'moved', 'textChanged', 'renumbered'];

export interface SectionVersion {
  targets: Target[];
  bodyText: BodyText;
}

export function sectionChanges(m: SectionMatching, oldVersion: SectionVersion, newVersion: SectionVersion): Change[] {
  const changes: Change[] = [];
  const oldKey = bodyWithoutTargets(oldVersion);
  const newKey = bodyWithoutTargets(newVersion);
  for (const n of m.new) {
    const o = m.toOld.get(n);
    if (o) {
      const textChanged = oldKey(o.section) !== newKey(n.section);
      const edit = () => bodyDiff(oldVersion.bodyText(o.section.body), newVersion.bodyText(n.section.body));
      changes.push(...pairChanges(m, o, n, textChanged ? edit : null));
    } else if (!n.parent || m.toOld.has(n.parent)) {
      changes.push({ type: 'added', old: null, new: sectionRef(n.section), ...subsections(n, m.toOld) });
    }
  }
  for (const o of m.old) {
    if (m.toNew.has(o) || (o.parent && !m.toNew.has(o.parent))) continue;
    changes.push({ type: 'removed', old: sectionRef(o.section), new: null, ...subsections(o, m.toNew), newLine: lineInNew(m, o) });
  }
  // Stable sort: document order within each type.
  return changes.sort((a, b) => SECTION_ORDER.indexOf(a.type) - SECTION_ORDER.indexOf(b.type));
}

/** `edit` computes the body diff, when the body changed. */
function pairChanges(m: SectionMatching, o: FlatSection, n: FlatSection, edit: (() => BodyDiffSegment[]) | null): Change[] {
  const pair = { old: sectionRef(o.section), new: sectionRef(n.section) };
  const changes: Change[] = [];
  if (o.title !== n.title) changes.push({ type: 'renamed', ...pair });
  if (newParentOf(m, o) !== n.parent) changes.push({ type: 'moved', ...pair, oldParent: headingOf(o.parent), newParent: headingOf(n.parent) });
  if (edit) changes.push({ type: 'textChanged', ...pair, bodyDiff: edit() });
  if (o.section.number !== n.section.number || o.section.style !== n.section.style) changes.push({ type: 'renumbered', ...pair });
  return changes;
}

/** How many sections below s are unmatched along with it. */
function subsections(s: FlatSection, matched: Map<FlatSection, FlatSection>): Pick<Change, 'subsections'> {
  let count = 0;
  const visit = (x: FlatSection) =>
    x.children.forEach((c) => {
      if (matched.has(c)) return;
      count++;
      visit(c);
    });
  visit(s);
  return count ? { subsections: count } : {};
}

/**
 * A section's body as plain text with the text of its targets replaced by a
 * placeholder, whitespace-normalised: equal for two versions when only
 * figures changed. Targets are found by their text, in order, so this works
 * for a Markdown version too, whose body holds Markdown syntax.
 */
function bodyWithoutTargets({ targets, bodyText }: SectionVersion): (s: Section) => string {
  const bySection = new Map<string, Target[]>();
  for (const t of targets) {
    if (t.sectionId === null) continue;
    const list = bySection.get(t.sectionId);
    if (list) list.push(t);
    else bySection.set(t.sectionId, [t]);
  }
  return (s) => {
    let body = s.body;
    let from = 0;
    for (const t of bySection.get(s.id) ?? []) {
      const at = t.text ? body.indexOf(t.text, from) : -1;
      if (at < 0) continue;
      body = `${body.slice(0, at)}\uFFFC${body.slice(at + t.text.length)}`;
      from = at + 1;
    }
    return normalizeText(bodyText(body));
  };
}

function headingOf(s: FlatSection | null): string | null {
  return s ? s.section.marker + s.section.title : null;
}
