/**
 * The words between an indicator and its number (年均增长, 突破, 控制在,
 * 较2015年增加) and what they say: comparator, kind, direction. They are
 * peeled off the end of the text left of a number, longest first, until
 * what remains is the indicator itself.
 */
import type { Comparator, TargetKind } from '../model/schema.js';
import { CN_NUMERAL_CHARS } from '../text/numerals.js';

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

const CUES = new Map<string, Cue>(CUE_LIST);
const CUE_LENGTHS = [...new Set(CUE_LIST.map(([w]) => w.length))].sort((a, b) => b - a);

function isYearDigit(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９') || CN_NUMERAL_CHARS.includes(ch);
}

/**
 * Length of a time frame at the end of `s`: 较2015年, 比2020年, 近五年,
 * 五年, 到2025年底; 0 when none. The number of years alone is no measure.
 */
export function timeSuffixLength(s: string): number {
  let e = s.length;
  if (s.endsWith('年底') || s.endsWith('年末') || s.endsWith('年前')) e--;
  if (s[e - 1] !== '年') return 0;
  let k = e - 1;
  while (k > 0 && isYearDigit(s[k - 1]) && e - k <= 6) k--;
  if (k === e - 1) return 0;
  for (const p of ['截至', '截止', '较', '比', '近', '到', '至', '于', '在', '从', '由', '与']) {
    if (s.startsWith(p, k - p.length)) return s.length - (k - p.length);
  }
  return s.length - k;
}

export interface PeeledCues {
  /** What is left: the indicator with whatever precedes it in the clause. */
  rest: string;
  /** Cues from the nearest to the number outwards. */
  cues: Cue[];
}

/** Peel cue words and time frames off the end of the text left of a number. */
export function peelCues(left: string): PeeledCues {
  const cues: Cue[] = [];
  let rest = left;
  for (let guard = 0; guard < 12 && rest.length > 0; guard++) {
    const t = timeSuffixLength(rest);
    if (t > 0) {
      rest = rest.slice(0, rest.length - t);
      continue;
    }
    let hit: Cue | undefined;
    for (const n of CUE_LENGTHS) {
      if (n > rest.length) continue;
      hit = CUES.get(rest.slice(rest.length - n));
      if (hit) {
        rest = rest.slice(0, rest.length - n);
        break;
      }
    }
    if (!hit) break;
    cues.push(hit);
  }
  return { rest, cues };
}

/** Anywhere in the clause: 累计 makes a total whatever comes between. */
export function mentionsTotal(clause: string): boolean {
  return /累计|合计|总计|共计|累积/.test(clause);
}

/** An indicator that is itself a proportion (城镇化率, 增加值比重, 研发投入强度, 占GDP). */
export function isShareIndicator(indicator: string): boolean {
  return /率|比重|比例|占比|强度|覆盖|占/.test(indicator);
}
