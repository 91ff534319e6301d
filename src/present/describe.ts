/**
 * The words for changes, shared by the readable, Markdown and GitHub formats
 * so they all say the same thing the same way.
 */
import type { Change, DiffRef, DiffSummary } from '../model/diff-schema.js';
import type { Comparator } from '../model/schema.js';
import type { ChangeType } from '../model/change-types.js';

/** Summary order: targets first, then sections as they are listed. */
const SUMMARY_ORDER: [ChangeType, string, string][] = [
  ['targetChanged', 'target changed', 'targets changed'],
  ['targetAdded', 'target added', 'targets added'],
  ['targetRemoved', 'target removed', 'targets removed'],
  ['added', 'section added', 'sections added'],
  ['removed', 'section removed', 'sections removed'],
  ['renamed', 'renamed', 'renamed'],
  ['moved', 'moved', 'moved'],
  ['textChanged', 'text changed', 'texts changed'],
  ['renumbered', 'renumbered', 'renumbered'],
];

/** "1 target changed, 2 sections added, 3 renumbered", or "no changes". */
export function summaryLine(summary: DiffSummary): string {
  const parts = SUMMARY_ORDER.filter(([type]) => summary[type] > 0).map(
    ([type, one, many]) => `${summary[type]} ${summary[type] === 1 ? one : many}`,
  );
  return parts.length ? parts.join(', ') : 'no changes';
}

/** Short labels, for the list of section changes and annotation titles. */
export const CHANGE_LABELS: Record<ChangeType, string> = {
  added: 'added',
  removed: 'removed',
  renamed: 'renamed',
  moved: 'moved',
  renumbered: 'renumbered',
  textChanged: 'text changed',
  targetChanged: 'target changed',
  targetAdded: 'target added',
  targetRemoved: 'target removed',
};

/** A section as its heading reads: （一）发展目标. */
export function heading(ref: DiffRef): string {
  return ref.marker + ref.title;
}

const COMPARATOR_SIGNS: Record<Comparator, string> = { '=': '', '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '≈', range: '' };

/** A target's figure with its comparator: ≥10%, >8000亿元, 3–5%. */
export function figure(ref: DiffRef): string {
  if (ref.comparator === 'range' && ref.valueMax !== undefined) return `${ref.value}–${ref.valueMax}${ref.unit}`;
  return `${COMPARATOR_SIGNS[ref.comparator ?? '=']}${ref.value}${ref.unit}`;
}

/**
 * What a target change means: "raised", and when it tells, whether the goal
 * got more or less ambitious in the target's own terms (a cap lowered is a
 * tighter cap; a cut raised is a deeper cut).
 */
export function verdict(c: Change): string {
  if (c.type === 'targetAdded') return 'new target';
  if (c.type === 'targetRemoved') return 'target dropped';
  if (!c.direction) return 'changed';
  if (!c.ambition) return `${c.direction} (a baseline figure, revised)`;
  const cap = c.new?.comparator === '<=' || c.new?.comparator === '<';
  const cut = !cap && c.new?.direction === 'decrease';
  const meaning = cap
    ? c.ambition === 'higher'
      ? 'a tighter cap'
      : 'a looser cap'
    : cut
      ? c.direction === 'raised'
        ? 'a deeper cut'
        : 'a smaller cut'
      : c.ambition === 'higher'
        ? 'more ambitious'
        : 'less ambitious';
  return `${c.direction}: ${meaning}`;
}

/** The figure before and after: ">8000亿元 → >9000亿元". */
function figureChange(c: Change): string {
  return [c.old, c.new].filter((r): r is DiffRef => r !== null).map(figure).join(' → ');
}

/** Where a change is: the new version's line, or for what went, the old one's. */
export function where(c: Change): string {
  return c.new ? `line ${c.new.line}` : `old line ${c.old!.line}`;
}

/** One line saying what happened, for annotations and the readable report. */
export function headline(c: Change): string {
  const ref = (c.new ?? c.old)!;
  switch (c.type) {
    case 'targetChanged':
    case 'targetAdded':
    case 'targetRemoved':
      return `${ref.indicator}: ${figureChange(c)} (${verdict(c)})${ref.title ? ` in ${heading(ref)}` : ''}`;
    case 'added':
    case 'removed':
      return `${heading(ref)}${c.subsections ? ` with ${c.subsections} subsection${c.subsections === 1 ? '' : 's'}` : ''}`;
    case 'renamed':
      return `${heading(c.old!)} → ${c.new!.title}`;
    case 'moved':
      return `${heading(ref)}: from ${c.oldParent ?? 'the top level'} to ${c.newParent ?? 'the top level'}`;
    case 'renumbered':
      return `${heading(c.old!)} → ${c.new!.marker}`;
    case 'textChanged':
      return heading(ref);
  }
}

/** Cuts a long inserted or deleted run for display; the JSON keeps it whole. */
export function clip(text: string, max = 200): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}
