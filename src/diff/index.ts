/**
 * Diff stage: what changed between two versions of a plan, as the diff JSON
 * of the contract. Target changes come first: they are what readers care about.
 */
import type { Change, DiffSummary, DocumentDiff } from '../model/diff-schema.js';
import type { PlanDocument } from '../model/schema.js';
import { CHANGE_TYPES, isTargetChange, STRUCTURE_CHANGE_TYPES } from '../model/change-types.js';
import { asWritten, matchSections, type BodyText } from './match.js';
import { sectionChanges } from './sections.js';
import { targetChanges } from './targets.js';

export type FailOn = 'any' | 'targets' | 'structure' | 'none';

export interface DiffOptions {
  /** How to read each version's section bodies as text; Markdown versions need their syntax stripped. */
  oldBodyText?: BodyText;
  newBodyText?: BodyText;
}

export function diffDocuments(oldDoc: PlanDocument, newDoc: PlanDocument, options: DiffOptions = {}): DocumentDiff {
  const bodyText = { old: options.oldBodyText ?? asWritten, new: options.newBodyText ?? asWritten };
  const matching = matchSections(oldDoc.sections, newDoc.sections, bodyText);
  const changes = [
    ...targetChanges(oldDoc, newDoc, matching),
    ...sectionChanges(matching, { targets: oldDoc.targets, bodyText: bodyText.old }, { targets: newDoc.targets, bodyText: bodyText.new }),
  ];
  return {
    schemaVersion: 1,
    old: { name: oldDoc.source.name, sha256: oldDoc.source.sha256 },
    new: { name: newDoc.source.name, sha256: newDoc.source.sha256 },
    summary: summarize(changes),
    changes,
  };
}

export function summarize(changes: Change[]): DiffSummary {
  const summary = Object.fromEntries(CHANGE_TYPES.map((t) => [t, 0])) as DiffSummary;
  for (const c of changes) summary[c.type]++;
  return summary;
}

/** Whether the changes should fail the run (exit code 1) under `--fail-on`. */
export function failsOn(diff: DocumentDiff, failOn: FailOn): boolean {
  switch (failOn) {
    case 'any':
      return diff.changes.length > 0;
    case 'targets':
      return diff.changes.some((c) => isTargetChange(c.type));
    case 'structure':
      return diff.changes.some((c) => STRUCTURE_CHANGE_TYPES.includes(c.type));
    case 'none':
      return false;
  }
}
