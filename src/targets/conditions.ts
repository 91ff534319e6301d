/**
 * Numbers a plan's measures state as conditions, not as values the plan aims
 * at or reports:
 * - in a clause that names who a measure is for and ends in 的 (稳定经营1年并
 *   带动5人以上就业的，给予…), or opens with 对于/凡 (对于500张床位以上的项目，…);
 * - a bound that picks out a noun (研发投入占比高于5%的企业, 面积大于1000平方米的
 *   项目): the value bounds a property of what follows 的, unless that is the
 *   level aimed at itself (稳定在1.3万亿斤以上的水平).
 */
import type { Comparator } from '../model/schema.js';
import { WHITE_SPACE, charSet, code } from '../text/chars.js';
import { CONDITION_OPENERS, VALUE_NOUNS } from './lexicon.js';

/** Farthest a condition clause is read on from its number to its closing 的. */
const MAX_CLAUSE_REST = 30;
const CLAUSE_ENDS = charSet('，,。；;！？!?：:');
const DE = code('的');
const SHI = code('是');
const LIST_NUMBER = /^\s*[(（]?\d{1,2}[.．、)）]?\s*/;
/** What a LIST_NUMBER match opens with: a clause that opens otherwise is not run through the pattern. */
const LIST_NUMBER_OPENS = charSet(`${WHITE_SPACE}(（0123456789`);
const BOUNDS: ReadonlySet<Comparator> = new Set(['>', '>=', '<', '<=']);

/** Right after a number: 的 (after a bound or a gap): where the 的 ends, or -1. */
const ATTRIBUTIVE = /\s*(?:以上|以下)?\s*的/y;

export function attributiveEnd(text: string, at: number): number {
  ATTRIBUTIVE.lastIndex = at;
  return ATTRIBUTIVE.test(text) ? ATTRIBUTIVE.lastIndex : -1;
}

/** Whether the number ending at `end`, with `left` before it in its clause, is in a clause of condition. */
export function isCondition(text: string, end: number, to: number, left: string): boolean {
  const opened = left.length > 0 && LIST_NUMBER_OPENS[left.charCodeAt(0)] ? left.replace(LIST_NUMBER, '') : left;
  for (const w of CONDITION_OPENERS) if (opened.startsWith(w)) return true;
  // 带动5人以上就业的，: the clause ends in 的 before its comma (是…的 states a judgement instead).
  for (let k = end; k < to && k - end < MAX_CLAUSE_REST; k++) {
    const c = text.charCodeAt(k);
    if (c === SHI) return false;
    if (CLAUSE_ENDS[c]) return k > end && text.charCodeAt(k - 1) === DE && (c === 0xff0c || c === 44);
  }
  return false;
}

/** Whether a bounded number right before 的 + noun bounds a property of the noun, not the value aimed at. */
export function isThreshold(text: string, end: number, comparator: Comparator): boolean {
  if (!BOUNDS.has(comparator)) return false;
  const de = attributiveEnd(text, end);
  return de >= 0 && !VALUE_NOUNS.some((w) => text.startsWith(w, de));
}
