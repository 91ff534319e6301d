/**
 * GitHub Actions workflow annotations on the new file, the most important
 * first (the changes are already in that order), at most ten: GitHub shows
 * only a few per step, and a wall of them hides the ones that matter.
 */
import type { Change, DocumentDiff } from '../model/diff-schema.js';
import { CHANGE_LABELS, headline } from '../present/describe.js';

const MAX_ANNOTATIONS = 10;

export function renderGithub(diff: DocumentDiff): string {
  const lines = diff.changes.slice(0, MAX_ANNOTATIONS).map((c) => annotation(diff.new.name, c));
  const rest = diff.changes.length - MAX_ANNOTATIONS;
  if (rest > 0) lines.push(`::notice::${escapeData(`${rest} more change${rest === 1 ? '' : 's'} in ${diff.new.name} not annotated; plan-parse diff --format md lists them all`)}`);
  return lines.map((l) => l + '\n').join('');
}

function annotation(file: string, c: Change): string {
  const line = c.new?.line ?? c.newLine ?? 1;
  const title = `plan-parse: ${CHANGE_LABELS[c.type]}`;
  return `::warning file=${escapeProperty(file)},line=${line},title=${escapeProperty(title)}::${escapeData(headline(c))}`;
}

/** GitHub's escaping for a command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escaping for a command's property values: also `:` and `,`, which delimit them. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
