/** The readable report, for a terminal: one line per change, body edits inline. */
import { painter, type Paint } from '../present/color.js';
import type { BodyDiffSegment, Change, DocumentDiff } from '../model/diff-schema.js';
import { isTargetChange, type ChangeType } from '../model/change-types.js';
import { CHANGE_LABELS, clip, headline, summaryLine, where } from '../present/describe.js';

const SIGNS: Record<ChangeType, [string, Parameters<Paint>[0]]> = {
  added: ['+', 'green'],
  removed: ['-', 'red'],
  renamed: ['~', 'yellow'],
  moved: ['→', 'yellow'],
  textChanged: ['~', 'yellow'],
  renumbered: ['#', 'dim'],
  targetChanged: ['~', 'yellow'],
  targetAdded: ['+', 'green'],
  targetRemoved: ['-', 'red'],
};

const LABEL_WIDTH = Math.max(...Object.values(CHANGE_LABELS).map((l) => l.length));

export function renderText(diff: DocumentDiff, color: boolean): string {
  const paint = painter(color);
  const lines = [`${paint('bold', `${diff.old.name} → ${diff.new.name}`)}: ${summaryLine(diff.summary)}`];
  const targets = diff.changes.filter((c) => isTargetChange(c.type));
  const sections = diff.changes.filter((c) => !isTargetChange(c.type));
  if (targets.length) lines.push('', paint('bold', 'Targets'), ...targets.map((c) => changeLine(c, paint, false)));
  if (sections.length) {
    lines.push('', paint('bold', 'Sections'));
    for (const c of sections) {
      lines.push(changeLine(c, paint, true));
      if (c.bodyDiff) lines.push(`${' '.repeat(LABEL_WIDTH + 5)}${inlineDiff(c.bodyDiff, paint, color)}`);
    }
  }
  return lines.join('\n') + '\n';
}

function changeLine(c: Change, paint: Paint, labelled: boolean): string {
  const [sign, colour] = SIGNS[c.type];
  const label = labelled ? `${CHANGE_LABELS[c.type].padEnd(LABEL_WIDTH)} ` : '';
  return `  ${paint(colour, sign)} ${label}${headline(c)}  ${paint('dim', where(c))}`;
}

/** Deletions and insertions in place: coloured on a terminal, else marked as git's word diff does. */
function inlineDiff(segments: BodyDiffSegment[], paint: Paint, coloured: boolean): string {
  return segments
    .map(({ op, text }) => {
      if (op === 'equal') return paint('dim', text);
      const shown = clip(text);
      if (op === 'delete') return coloured ? paint(['red', 'strikethrough'], shown) : `[-${shown}-]`;
      return coloured ? paint(['green', 'underline'], shown) : `{+${shown}+}`;
    })
    .join('');
}
