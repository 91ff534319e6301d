/**
 * The words between an indicator and its number (年均增长, 突破, 控制在,
 * 较2015年增加) and what they say: comparator, kind, direction. They are
 * peeled off the end of the text left of a number, longest first, until
 * what remains is the indicator itself.
 */
import type { Comparator, TargetKind } from '../model/schema.js';
import { CN_NUMERAL_CHARS } from '../text/numerals.js';
import { charSet, code } from '../text/chars.js';
import {
  COMPARATOR_WORDS, COUNT_VERBS, DECREASE_WORDS, FLOW_PATTERN, INCREASE_WORDS, MODIFIER_WORDS, REACH_WORDS, SHARE_PATTERN, SPAN_OF_YEARS,
  STOCK_PATTERN, TOTAL_PATTERN, TOTAL_WORDS, YEAR_DIGIT_CHARS, YEAR_OPENERS,
} from './lexicon.js';
import { yearOf } from './sentence-time.js';

export interface Cue {
  comparator?: Comparator;
  kind?: TargetKind;
  direction?: 'increase' | 'decrease';
  /** A verb after which the counted thing follows the number (打造10家龙头企业). */
  countVerb?: boolean;
  /** A verb or comparator that governs the number (达到, 增长, 新建). */
  governs?: boolean;
  /** 分别: the values that follow go one to each listed indicator. */
  respectively?: boolean;
}

/**
 * A cue with every field, in one order, absent ones undefined: readers test
 * one field across cues of every kind, and cues of several shapes would make
 * each such test a look-up by name.
 */
export function cue(fields: Cue): Cue {
  const { comparator, kind, direction, countVerb, governs, respectively } = fields;
  return { comparator, kind, direction, countVerb, governs, respectively };
}

const UP = cue({ kind: 'growth', direction: 'increase', comparator: '=', governs: true });
const DOWN = cue({ kind: 'growth', direction: 'decrease', comparator: '=', governs: true });
/** 提高到 / 降至: a level reached, not a change by. */
const REACH = cue({ comparator: '=', governs: true });
const MODIFIER = cue({});

const CUE_LIST: [string, Cue][] = [
  ...INCREASE_WORDS.map((w): [string, Cue] => [w, UP]),
  ...DECREASE_WORDS.map((w): [string, Cue] => [w, DOWN]),
  ...REACH_WORDS.map((w): [string, Cue] => [w, REACH]),
  ...COMPARATOR_WORDS.map(([w, comparator]): [string, Cue] => [w, cue({ comparator, governs: true })]),
  ...TOTAL_WORDS.map((w): [string, Cue] => [w, cue({ kind: 'cumulative', governs: true })]),
  ...COUNT_VERBS.map((w): [string, Cue] => [w, cue({ countVerb: true, governs: true })]),
  ['分别', cue({ respectively: true })],
  ...MODIFIER_WORDS.map((w): [string, Cue] => [w, MODIFIER]),
];

/** Cue words by the code of their last character, longest first: what ends a text is found without slicing it. */
const CUES_BY_LAST = new Map<number, [string, Cue][]>();
for (const [w, cue] of new Map(CUE_LIST)) {
  const last = w.charCodeAt(w.length - 1);
  CUES_BY_LAST.set(last, [...(CUES_BY_LAST.get(last) ?? []), [w, cue]]);
}
for (const list of CUES_BY_LAST.values()) list.sort((a, b) => b[0].length - a[0].length);
const CUE_ENDS = charSet(CUE_LIST.map(([w]) => w[w.length - 1]).join(''));

const YEAR_DIGITS = charSet(`${YEAR_DIGIT_CHARS}${CN_NUMERAL_CHARS}`);
const YEAR_WORD = code('年');
/** After 年: 年底, 年末, 年前. */
const YEAR_ENDS = charSet('底末前');

/**
 * Length of a time frame at the end of `s`, or of s[0, end): 较2015年,
 * 比2020年, 近五年, 五年, 到2025年底; 0 when none. The number of years alone is
 * no measure.
 */
export function timeSuffixLength(s: string, end = s.length): number {
  if (end === 0) return 0; // s.charCodeAt(-1) below would read out of bounds: a deoptimisation
  let e = end;
  if (end >= 2 && YEAR_ENDS[s.charCodeAt(end - 1)] && s.charCodeAt(end - 2) === YEAR_WORD) e--;
  if (s.charCodeAt(e - 1) !== YEAR_WORD) return 0;
  let k = e - 1;
  while (k > 0 && YEAR_DIGITS[s.charCodeAt(k - 1)] && e - k <= 6) k--;
  if (k === e - 1) return 0;
  for (const p of YEAR_OPENERS) {
    if (!s.startsWith(p, k - p.length)) continue;
    // 增加到2020年的: the 到 ends the change verb (a level reached), so only the year is a frame.
    return endsInReachWord(s, k) ? end - k : end - (k - p.length);
  }
  return end - k;
}

/** Reach words of more than one character (提高到, 降至): their 到/至 is no time opener. */
const LONG_REACH_WORDS = REACH_WORDS.filter((w) => w.length > 1 && /[到至]$/.test(w));

function endsInReachWord(s: string, end: number): boolean {
  for (const w of LONG_REACH_WORDS) if (s.endsWith(w, end)) return true;
  return false;
}

/** The longest cue word ending s[0, end), with its cue. */
function cueEndingAt(s: string, end: number): [string, Cue] | undefined {
  const last = s.charCodeAt(end - 1);
  // Most clauses end in no cue word's last character: a table look-up before the map.
  const candidates = CUE_ENDS[last] ? CUES_BY_LAST.get(last) : undefined;
  if (candidates) for (const entry of candidates) if (s.endsWith(entry[0], end)) return entry;
  return undefined;
}

/**
 * Peel cue words and time frames off the end of the text left of a number:
 * returns what is left (the indicator with whatever precedes it in the
 * clause) and puts the cues, from the nearest to the number outwards, in
 * `cues`, emptied first. The caller's array serves every number, where a
 * result object and an array were made for each.
 */
export function peelCues(left: string, cues: Cue[]): string {
  cues.length = 0;
  // What is left is left[0, end): sliced once, at the end.
  let end = left.length;
  for (let guard = 0; guard < 12 && end > 0; guard++) {
    const t = timeSuffixLength(left, end);
    if (t > 0) {
      end -= t;
      continue;
    }
    const hit = cueEndingAt(left, end);
    if (!hit) break;
    end -= hit[0].length;
    cues.push(hit[1]);
  }
  return left.slice(0, end);
}

/**
 * A total over a span of years without the word 累计: the clause names the span
 * (五年共培养…, 五年新增…), or its sentence or paragraph opened with one and the
 * clause names a flow (五年来，…制定行政法规197个). A value dated in its clause, or
 * one held at a moment (年末, 余额, 人均), stays a level.
 */
export function isPeriodTotal(spanFramed: boolean, clause: string): boolean {
  if (STOCK_PATTERN.test(clause) || yearOf(clause) !== null) return false;
  return SPAN_OF_YEARS.test(clause) || (spanFramed && FLOW_PATTERN.test(clause));
}

/** Anywhere in the clause: 累计 makes a total whatever comes between. */
export function mentionsTotal(clause: string): boolean {
  return TOTAL_PATTERN.test(clause);
}

/** An indicator that is itself a proportion (城镇化率, 增加值比重, 研发投入强度, 占GDP). */
export function isShareIndicator(indicator: string): boolean {
  return SHARE_PATTERN.test(indicator);
}
