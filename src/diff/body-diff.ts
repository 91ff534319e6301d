/**
 * A compact word-level diff of two section bodies, for people to read.
 *
 * Chinese has no spaces to split words at, so the tokens are single
 * characters, except that a run of Latin letters or a number (8000, 13.5%,
 * 5G) is one token: 1000亿元 → 1200亿元 reads as 1000 → 1200, not 0 → 2.
 * Changes separated by a character or two are merged, so a reworded phrase
 * reads as one replacement, and unchanged stretches are cut down to some
 * context on each side.
 */
import { diffArrays } from 'diff';
import type { BodyDiffSegment } from '../model/diff-schema.js';
import { normalizeText } from './text.js';

const TOKEN = /[A-Za-z0-9]+(?:[.,][0-9]+)*%?|[\s\S]/gu;
/** An unchanged run this short between two changes is folded into them. */
const MERGE_GAP = 2;
/** Unchanged characters kept on each side of a change. */
const CONTEXT = 12;
/** Past this many edits the bodies are shown as one replacement: the diff would not help. */
const MAX_EDIT_LENGTH = 2000;

export function bodyDiff(oldBody: string, newBody: string): BodyDiffSegment[] {
  const a = normalizeText(oldBody);
  const b = normalizeText(newBody);
  const parts = diffArrays(a.match(TOKEN) ?? [], b.match(TOKEN) ?? [], { maxEditLength: MAX_EDIT_LENGTH });
  const segments: BodyDiffSegment[] = parts
    ? parts.map((p) => ({ op: p.added ? 'insert' : p.removed ? 'delete' : 'equal', text: p.value.join('') }))
    : [
        { op: 'delete', text: a },
        { op: 'insert', text: b },
      ];
  return shortenContext(mergeChanges(segments));
}

/** Folds short unchanged gaps into the surrounding changes; one delete then one insert per change. */
function mergeChanges(segments: BodyDiffSegment[]): BodyDiffSegment[] {
  const out: BodyDiffSegment[] = [];
  let deleted = '';
  let inserted = '';
  let changing = false;
  const flush = () => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = inserted = '';
    changing = false;
  };
  segments.forEach((s, i) => {
    if (s.op === 'delete') deleted += s.text;
    else if (s.op === 'insert') inserted += s.text;
    const isGap = s.op === 'equal' && changing && i < segments.length - 1 && [...s.text].length <= MERGE_GAP;
    if (isGap) {
      deleted += s.text;
      inserted += s.text;
    } else if (s.op === 'equal') {
      flush();
      out.push(s);
    }
    if (s.op !== 'equal') changing = true;
  });
  flush();
  return out;
}

function shortenContext(segments: BodyDiffSegment[]): BodyDiffSegment[] {
  return segments
    .map((s, i) => {
      if (s.op !== 'equal') return s;
      const chars = [...s.text];
      const keepBefore = i > 0 ? CONTEXT : 0; // context after the previous change
      const keepAfter = i < segments.length - 1 ? CONTEXT : 0; // context before the next change
      if (chars.length <= keepBefore + keepAfter + 1) return s;
      const head = chars.slice(0, keepBefore).join('');
      const tail = chars.slice(chars.length - keepAfter).join('');
      return { op: s.op, text: `${head}…${tail}` };
    })
    .filter((s) => s.text !== '');
}
