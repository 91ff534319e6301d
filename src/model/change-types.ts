/**
 * The kinds of change, in the contract's order (also the order of the JSON
 * `summary`). Kept apart from the zod model so runtime code can use the list
 * without loading zod.
 */
export const CHANGE_TYPES = [
  'added',
  'removed',
  'renamed',
  'moved',
  'renumbered',
  'textChanged',
  'targetChanged',
  'targetAdded',
  'targetRemoved',
] as const;

export type ChangeType = (typeof CHANGE_TYPES)[number];

export const TARGET_CHANGE_TYPES: readonly ChangeType[] = ['targetChanged', 'targetAdded', 'targetRemoved'];

/** What `--fail-on structure` means: the shape and headings of the tree, not body wording. */
export const STRUCTURE_CHANGE_TYPES: readonly ChangeType[] = ['added', 'removed', 'renamed', 'moved', 'renumbered'];

export function isTargetChange(type: ChangeType): boolean {
  return TARGET_CHANGE_TYPES.includes(type);
}
