/**
 * Quantitative statements in running text: each number phrase with its
 * indicator, comparator, kind and sentence-level time cues.
 */
import type { Comparator, Target, TargetKind } from '../model/schema.js';
import { type Cue, cue, isPeriodTotal, isShareIndicator, mentionsTotal, peelCues } from './cues.js';
import { clauseStart, countedNounEnd, indicatorName, leadingFrameLength, paragraphTracker, sentenceTracker } from './indicator.js';
import { type NumberPhrase, isRange, numberPhraseReader } from './numbers.js';
import { sentenceTimeReader, yearOf } from './sentence-time.js';
import type { TimeContext } from './timeframe.js';
import { charSet, code } from '../text/chars.js';
import type { TargetSink } from './reading-sink.js';
import { provisionReader } from './provisions.js';
import { GRANT_NOUNS, GRANT_WORDS, STOCK_PATTERN } from './lexicon.js';
import { isCounting, isRatio, unitScale } from '../quantities/units.js';
import { readClause } from './wraps.js';
import { spanFrameReader } from './span-frame.js';
import { countedByIndicator, countedNounAfter, isBareMagnitude } from './bare-counts.js';
import { attributiveEnd, isCondition, isThreshold } from './conditions.js';

/** The statement a value belongs to, kept to resolve 、-joined values after it. */
interface Context {
  sentence: number;
  target: Target;
  /** Where its number phrase ends: the next value's clause starts no earlier. */
  phraseEnd: number;
  changeFrom: boolean;
  /** Indicators still waiting for their value after 分别. */
  pending: string[];
  /** Where its text starts: at the indicator a value after it in the statement shares. */
  start: number;
}

/** Sticky: tried right after the number, in the text itself. */
const ATTRIBUTE = /[（(]?(预期性|约束性)/y;

/** The unit without its magnitude: 万家 → 家, 亿元 → 元, 个百分点 → 百分点. */
function baseUnit(unit: string): string {
  return unitScale(unit).base;
}

/** The first of the cues that `has` (one of the tests below; c[key] would read by a name that varies, a slow look-up in V8). */
function firstCue(cues: readonly Cue[], has: (c: Cue) => boolean): Cue | undefined {
  for (const c of cues) if (has(c)) return c;
  return undefined;
}
const NAMES_KIND = (c: Cue) => c.kind !== undefined;
const NAMES_COMPARATOR = (c: Cue) => c.comparator !== undefined;
const NAMES_DIRECTION = (c: Cue) => c.direction !== undefined;
const GOVERNS = (c: Cue) => c.governs !== undefined;
const RESPECTIVELY = (c: Cue) => c.respectively !== undefined;

function kindOf(p: NumberPhrase, cues: readonly Cue[], clause: string, indicator: string): TargetKind {
  const unit = baseUnit(p.unit);
  if (p.doubling || unit === '倍') return 'multiple';
  if (firstCue(cues, NAMES_KIND)?.kind === 'growth' || unit === '百分点') return 'growth';
  if (mentionsTotal(clause)) return 'cumulative';
  if (isRatio(p.unit)) return isShareIndicator(indicator) ? 'share' : 'other';
  return 'level';
}

/**
 * Chinese numerals name sets far more often than they count (三条控制线,
 * 两大产业, 一个中心): a small count written so is a target only when a verb or
 * comparator governs it (新建三所, 达到五家) or it is a ratio (五成, 两倍).
 */
function isLabelCount(p: NumberPhrase, cues: readonly Cue[]): boolean {
  if (!p.chinese || p.doubling || p.value > 10 || isRange(p)) return false;
  const unit = p.unit;
  if (isRatio(unit) || unit === '倍' || unitScale(unit).factor !== 1) return false;
  // 一个明显的提高, 建设成为一个…: 一个 is an article, whatever governs it.
  return !firstCue(cues, GOVERNS) || (p.value === 1 && isCounting(unit));
}


/** Shortest noun between a qualifying count and the measured value (户以上|自然村|…100%). */
const MIN_QUALIFIED_NOUN = 2;
const CONJUNCTIONS = charSet('和与及或、至到');
const ENUMERATION_COMMA = code('、');

/**
 * 二十户以上自然村光纤通达率达到100%, 5000万元以上项目120个: a bound (以上/以下)
 * glued to the noun it narrows, with the clause's own value still to come, is
 * a qualifier, not a target.
 */
function isQualifier(text: string, p: NumberPhrase, next: NumberPhrase | undefined, joins: ReadonlySet<number>): boolean {
  if (p.suffix !== '>=' && p.suffix !== '<=') return false;
  // 10亿元以上 30家: a bound followed straight by a count narrows what is counted.
  if (next && next.start >= p.end && isCounting(next.unit) && next.unit !== p.unit && text.slice(p.end, next.start).trim() === '') return true;
  if (!next || next.start - p.end < MIN_QUALIFIED_NOUN || CONJUNCTIONS[text.charCodeAt(p.end)]) return false;
  // 支持20家以上研发投入占比高于5%的企业: a value that itself qualifies a noun (…的) is not the clause's own.
  if (attributiveEnd(text, next.end) >= 0) return false;
  return clauseStart(text, next.start, p.end, joins) === p.end && isHan(text.charCodeAt(p.end));
}

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * Money a policy hands out (给予一次性奖励 500万元, 按每户每年 14400元为限额)
 * and the norms it applies (按10万元标准, 不少于0.1平方米的标准) are instruments
 * of the plan, not values it aims at or reports.
 */
const INSTRUMENT = new RegExp(GRANT_WORDS.join('|'));
const GRANT_AFTER = new RegExp(`^\\s*(?:的)?(?:一次性)?(?:${GRANT_NOUNS.join('|')}|为限额|为限|标准)`);

/** 千亿级, 五百亿 级: a number before 级 names a class of size (千亿级产业集群), not an amount. */
const GRADE = /\s*级/y;

function isGrade(text: string, at: number): boolean {
  GRADE.lastIndex = at;
  return GRADE.test(text);
}

/** The 预期性/约束性 tag written right after a number. */
function attributeAt(text: string, at: number): Target['attribute'] {
  ATTRIBUTE.lastIndex = at;
  return (ATTRIBUTE.exec(text)?.[1] as Target['attribute']) ?? null;
}

/** Every quantitative statement in text[from, to), in order, added to `into`. */
export function readStatements(text: string, from: number, to: number, ctx: TimeContext, joins: ReadonlySet<number>, into: TargetSink): void {
  let last: Context | null = null;
  const sentenceStart = sentenceTracker(text, from, joins);
  const paragraphStart = paragraphTracker(text, from, joins);
  const spanFramed = spanFrameReader(text);
  const sentenceTime = sentenceTimeReader(text, ctx, from, joins);
  const peeled: Cue[] = [];
  const nextPhrase = numberPhraseReader(text, from, to, joins);
  const isRule = provisionReader(text);
  for (let p = nextPhrase(), next = nextPhrase(); p; p = next, next = nextPhrase()) {
    if (isQualifier(text, p, next, joins)) continue;
    const sentence = sentenceStart(p.start);
    if (isGrade(text, p.end) || (into.inProvision(p.start) && isRule(sentence, p.start, p.end))) continue;
    const sameSentence = last !== null && last.sentence === sentence;
    // 由60%提高到65%: the second value's clause starts after the first.
    const cs = Math.max(clauseStart(text, p.start, from, joins), sameSentence && last ? last.phraseEnd : from);
    // Line breaks left in a clause only wrapped it (a hard one would have ended it).
    const clause = readClause(text, cs, p.start);
    const left = clause.words;
    if (INSTRUMENT.test(left) || GRANT_AFTER.test(text.slice(p.end, p.end + 8)) || isCondition(text, p.end, to, left)) continue;
    const rest = peelCues(left, peeled);
    let cues: readonly Cue[] = peeled;
    if (isLabelCount(p, cues)) continue;
    const listed = sameSentence && left === '' && text.charCodeAt(p.start - 1) === ENUMERATION_COMMA;

    let start: number;
    let end = p.end;
    let indicator: string;
    let pending: string[] = [];
    // 551万农村贫困人口: a magnitude with no unit counts the people (households, visits) the noun after it names.
    const bare = isBareMagnitude(p.unit) ? countedNounAfter(text, p.end, to) : null;
    let unit = bare ? p.unit + bare.unit : p.unit;
    const nounEnd = bare ? bare.end : isCounting(p.unit) ? countedNounEnd(text, p.end, to) : p.end;
    const frame = leadingFrameLength(rest);
    const leftName = indicatorName(rest.slice(frame));
    // 打造10家龙头企业, …等49所中小学校, 组建15人专家委员会: nothing to the left names what is counted.
    const countsForward = nounEnd > p.end && (bare !== null || leftName === '' || rest.endsWith('等') || cues[0]?.countVerb === true);
    if (countsForward) {
      // 培养近五百万高级专门人才: what is done to the counted people stays in the indicator.
      const said = bare !== null && leftName !== '';
      start = said ? (clause.at ? clause.at[frame] : cs + frame) : p.start;
      end = nounEnd;
      indicator = (said ? leftName : '') + indicatorName(text.slice(p.end, nounEnd));
    } else if (firstCue(cues, RESPECTIVELY)) {
      // A、B、C分别增长3.5%、6%、5%: the list runs back across 、.
      const ls = clauseStart(text, p.start, from, joins, true);
      const list = readClause(text, ls, p.start);
      const whole = peelCues(list.words, []);
      const wholeFrame = leadingFrameLength(whole);
      const names = listedIndicators(whole.slice(wholeFrame));
      start = list.at ? list.at[wholeFrame] : ls + wholeFrame;
      indicator = names[0] ?? '';
      pending = names.slice(1);
    } else if (listed && last) {
      // 、6%: the next value of the same statement, whose text starts where the statement names its indicator.
      start = last.start;
      indicator = last.pending.shift() ?? last.target.indicator;
      pending = last.pending;
      if (cues.length === 0) cues = inheritedCues(last.target);
    } else {
      start = clause.at ? clause.at[frame] : cs + frame;
      indicator = leftName;
      // 、同比增长5.1%: a change stated right after a level is a change of the same indicator.
      // Its text starts there too (钢产量增长42%，达到8000万吨 · 由60%提高到65%), as a reader quotes it.
      if (indicator === '' && cues.length > 0 && sameSentence && last) {
        indicator = last.target.indicator;
        start = last.start;
      }
    }

    // 游客人次…分别达3430万: the indicator names what a bare magnitude counts.
    if (isBareMagnitude(unit)) unit += countedByIndicator(indicator) ?? '';
    const comparator: Comparator =
      isRange(p) ? 'range' : (p.suffix ?? firstCue(cues, NAMES_COMPARATOR)?.comparator ?? '=');
    if (leftName !== '' && isThreshold(text, p.end, comparator)) continue;
    const time = sentenceTime(sentence, p.start, p.end);
    let kind = kindOf(p, cues, left, indicator || rest);
    // 由1655亿美元增加到3251亿美元: both ends of a change are levels, whatever span the sentence opened with.
    const changePair = time.changeFrom || (sameSentence && last?.changeFrom === true);
    if (kind === 'level' && !changePair && continuesTotal(last, sameSentence, cues, left)) kind = 'cumulative';
    else if (kind === 'level' && !changePair && isPeriodTotal(spanFramed(paragraphStart(p.start), sentence, p.start), left)) kind = 'cumulative';
    // The value a change reaches is not dated by the year of its starting point.
    const year = sameSentence && last?.changeFrom ? yearOf(text.slice(last.phraseEnd, p.start)) : time.year;
    const direction = kind === 'growth' ? (firstCue(cues, NAMES_DIRECTION)?.direction ?? null) : null;
    const target = into.add({
      start, end, indicator, value: p.value, valueMax: isRange(p) ? p.valueMax : null, unit, comparator, kind, direction,
      timeframe: null, time, attribute: attributeAt(text, p.end), year, origin: 'text',
    });
    last = { sentence, target, pending, phraseEnd: Math.max(p.end, end), changeFrom: time.changeFrom, start };
  }
}

const LIST_JOINS = charSet('、和及与');

/**
 * 五年内新增装机容量1950万千瓦，采煤能力8000万吨，其中…103个: a part (其中) of a
 * total, or a bare item listed after it in the same sentence with no verb of
 * its own, is summed over the same span.
 */
function continuesTotal(last: Context | null, sameSentence: boolean, cues: readonly Cue[], clause: string): boolean {
  if (!sameSentence || last?.target.kind !== 'cumulative' || STOCK_PATTERN.test(clause)) return false;
  return clause.startsWith('其中') || cues.length === 0;
}

/** The indicators named in a list (A、B和C), in order, the empty ones dropped. */
function listedIndicators(list: string): string[] {
  const names: string[] = [];
  for (let k = 0, from = 0; k <= list.length; k++) {
    if (k < list.length && !LIST_JOINS[list.charCodeAt(k)]) continue;
    const name = indicatorName(list.slice(from, k));
    if (name !== '') names.push(name);
    from = k + 1;
  }
  return names;
}

/** The cues a bare listed value (、6%) shares with the statement it continues. */
function inheritedCues(d: Target): Cue[] {
  if (d.kind === 'growth') return [cue({ kind: 'growth', direction: d.direction ?? undefined, governs: true })];
  return [];
}
