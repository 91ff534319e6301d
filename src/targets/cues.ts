/**
 * The words between an indicator and its number (年均增长, 突破, 控制在,
 * 较2015年增加) and what they say: comparator, kind, direction. They are
 * peeled off the end of the text left of a number, longest first, until
 * what remains is the indicator itself.
 */
import type { Comparator, TargetKind } from '../model/schema.js';
import { CN_NUMERAL_CHARS } from '../text/numerals.js';
import { charSet, code } from '../text/chars.js';

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

const UP: Cue = { kind: 'growth', direction: 'increase', comparator: '=', governs: true };
const DOWN: Cue = { kind: 'growth', direction: 'decrease', comparator: '=', governs: true };
/** 提高到 / 降至: a level reached, not a change by. */
const REACH: Cue = { comparator: '=', governs: true };
const MODIFIER: Cue = {};

const CUE_LIST: [string, Cue][] = [
  // change by an amount
  ...['增长', '增加', '提高', '提升', '上升', '上涨', '增幅', '涨幅', '增速', '扩大', '增长了', '增加了', '提高了'].map(
    (w): [string, Cue] => [w, UP],
  ),
  ...['下降', '降低', '减少', '降幅', '压减', '削减', '缩减', '缩小', '下降了', '降低了', '减少了'].map(
    (w): [string, Cue] => [w, DOWN],
  ),
  // a level reached
  ...['提高到', '提高至', '提升到', '提升至', '增加到', '增加至', '增长到', '增长至', '上升到', '上升至', '扩大到',
    '扩大至', '下降到', '下降至', '降低到', '降低至', '降到', '降至', '减少到', '减少至', '压减到', '压减至',
    '达到', '达', '到', '至', '为', '保持', '保持在', '稳定在', '维持在', '实现', '稳定保持'].map((w): [string, Cue] => [w, REACH]),
  // comparators
  ...(
    [
      ['突破', '>'], ['超过', '>'], ['超', '>'], ['高于', '>'], ['大于', '>'], ['多于', '>'],
      ['不低于', '>='], ['不少于', '>='], ['不小于', '>='], ['至少', '>='], ['至少达到', '>='],
      ['不超过', '<='], ['不高于', '<='], ['不大于', '<='], ['不多于', '<='], ['控制在', '<='],
      ['低于', '<'], ['少于', '<'], ['小于', '<'],
      ['约', '~'], ['约为', '~'], ['近', '~'], ['接近', '~'], ['将近', '~'], ['大约', '~'],
    ] as [string, Comparator][]
  ).map(([w, comparator]): [string, Cue] => [w, { comparator, governs: true }]),
  // totals over a period
  ...['累计', '合计', '总计', '共计', '累积'].map((w): [string, Cue] => [w, { kind: 'cumulative', governs: true }]),
  // verbs whose object is counted: the thing follows the number
  ...['打造', '培育', '建成', '新建', '建设', '新增', '引进', '集聚', '集聚了', '拥有', '现有', '共有', '有', '形成',
    '认定', '创建', '布局', '设立', '组建', '推动', '实施', '完成', '建成了', '新增了', '引进了', '聚集', '吸引'].map(
    (w): [string, Cue] => [w, { countVerb: true, governs: true }],
  ),
  ['分别', { respectively: true }],
  // adverbs and frames between indicator and number
  ...['年均', '同比', '比上年', '较上年', '平均', '稳定', '持续', '总体', '基本', '力争', '努力', '继续', '进一步',
    '逐步', '全年', '每年', '了', '由', '从', '的', '已', '已经', '将'].map((w): [string, Cue] => [w, MODIFIER]),
];

/** Cue words by the code of their last character, longest first: what ends a text is found without slicing it. */
const CUES_BY_LAST = new Map<number, [string, Cue][]>();
for (const [w, cue] of new Map(CUE_LIST)) {
  const last = w.charCodeAt(w.length - 1);
  CUES_BY_LAST.set(last, [...(CUES_BY_LAST.get(last) ?? []), [w, cue]]);
}
for (const list of CUES_BY_LAST.values()) list.sort((a, b) => b[0].length - a[0].length);
const CUE_ENDS = charSet(CUE_LIST.map(([w]) => w[w.length - 1]).join(''));

const YEAR_DIGITS = charSet(`0123456789０１２３４５６７８９${CN_NUMERAL_CHARS}`);
const YEAR_OPENERS = ['截至', '截止', '较', '比', '近', '到', '至', '于', '在', '从', '由', '与'];
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
    if (s.startsWith(p, k - p.length)) return end - (k - p.length);
  }
  return end - k;
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

// Regexes used per number are made once: a literal in a function body is a new RegExp object each time it runs.
const TOTAL_WORDS = /累计|合计|总计|共计|累积/;
const SHARE_WORDS = /率|比重|比例|占比|强度|覆盖|占/;

/** Anywhere in the clause: 累计 makes a total whatever comes between. */
export function mentionsTotal(clause: string): boolean {
  return TOTAL_WORDS.test(clause);
}

/** An indicator that is itself a proportion (城镇化率, 增加值比重, 研发投入强度, 占GDP). */
export function isShareIndicator(indicator: string): boolean {
  return SHARE_WORDS.test(indicator);
}
