/**
 * Promise or record: whether a number is what the plan sets for its period
 * (target) or what it reports as achieved (baseline).
 *
 * Four layers, strongest first: cue words in the sentence before the number
 * (力争, 到2025年 versus 截至, 已, 以来, a previous plan period); the section
 * it sits in (a title saying 目标/任务 versus 回顾/过去, or a section whose
 * opening sentence looks back on the previous period); a bare year opening
 * the sentence, compared with the plan's own period; and, weakest, an
 * imperative heading above it (建设创新平台: a task).
 */
import type { Section, Timeframe } from '../model/schema.js';
import { charSet } from '../text/chars.js';

export interface TimeContext {
  /** N of the plan's own 十N五 period, the latest one the text names. */
  period: number | null;
  /** First year of the plan's own period, when the text tells it. */
  startYear: number | null;
}

const PERIOD = /十([一二三四五六七八九])五/g;
const DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const TARGET_YEAR = /(?<!截)(?:到|至)((?:19|20)\d\d)年/g;

/**
 * The first match of the global `re` in `s`, the regex restarted; re.exec(s)
 * gives the next ones. matchAll would copy the regex on every call.
 */
function firstMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(s);
}

/**
 * The plan's period and first year, from the periods and 到…年 it names in
 * the body. Read with exec, not matchAll, whose iterators and match objects
 * made 1.6 MB more of the stage's allocation on the 20 MB corpus.
 */
export function timeContext(text: string, from: number, to: number): TimeContext {
  // Sliced: the lookbehind must not see past the body's start.
  const body = text.slice(from, to);
  let period: number | null = null;
  for (let m = firstMatch(PERIOD, body); m; m = PERIOD.exec(body)) period = Math.max(period ?? 0, 10 + DIGIT[m[1]]);
  let firstTargetYear: number | null = null;
  for (let m = firstMatch(TARGET_YEAR, body); m; m = TARGET_YEAR.exec(body)) firstTargetYear = Math.min(firstTargetYear ?? 9999, Number(m[1]));
  // Five-year plans run 1966–1970 for the third and five years each since.
  const periodStart = period !== null ? 1966 + 5 * (period - 3) : null;
  return { period, startYear: periodStart ?? firstTargetYear };
}

const SECTION_TARGET = /目标|任务|举措|指标|预期|安排|重点工作|主要工作|部署|展望|要求/;
const SECTION_REVIEW = /回顾|过去|去年|上年|完成情况|发展基础|主要成就|取得的成就|工作总结/;

function mentionsEarlierPeriod(s: string, ctx: TimeContext): boolean {
  if (ctx.period === null) return false;
  let earlier = false;
  // Read to the end: the regex is left restarted.
  for (let m = firstMatch(PERIOD, s); m; m = PERIOD.exec(s)) if (10 + DIGIT[m[1]] < ctx.period) earlier = true;
  return earlier;
}

/** A section's own leaning, from its title, else from its opening sentence. */
function ownTimeframe(section: Section, ctx: TimeContext): Timeframe | null {
  const title = section.title;
  if (SECTION_REVIEW.test(title) || mentionsEarlierPeriod(title, ctx)) return 'baseline';
  if (SECTION_TARGET.test(title)) return 'target';
  const body = section.body.trimStart();
  const end = body.search(/[。！？\n]/);
  const opening = body.slice(0, end < 0 ? 200 : Math.min(end, 200));
  if (SECTION_REVIEW.test(opening) || mentionsEarlierPeriod(opening, ctx)) return 'baseline';
  return null;
}

/**
 * Task headings are imperative (建设创新平台, 加快发展数字经济): what follows
 * them is to be done: the weakest cue of all, used when nothing else speaks.
 */
const IMPERATIVE_TITLE = /^(?:大力|全面|持续|加快|加速|着力|积极|深入|切实|稳步|不断|进一步|坚持|建设|推进|推动|培育|提升|提高|强化|完善|实施|打造|深化|加强|构建|优化|促进|发展|扩大|健全|创建|营造|保障|落实|做强|做大|做优|拓展|筑牢|夯实|聚焦|统筹|支持|引导)/;

/**
 * The deepest section on the path that leans one way; sections without a cue
 * inherit. `known[k]` is the leaning of path[k] when already worked out
 * (undefined when not); what is worked out here is written there.
 */
export function sectionTimeframe(path: readonly Section[], ctx: TimeContext, known: (Timeframe | null | undefined)[]): Timeframe | null {
  for (let k = path.length - 1; k >= 0; k--) {
    let own = known[k];
    if (own === undefined) {
      own = ownTimeframe(path[k], ctx);
      known[k] = own;
    }
    if (own) return own;
  }
  return null;
}

/** Under an imperative heading: the last resort, after every other cue. */
export function underTaskHeading(path: readonly Section[]): boolean {
  return path.some((s) => IMPERATIVE_TITLE.test(s.title));
}

/**
 * In one pass: cue words that look forward (group 1) or back (group 2), and a
 * plan period (group 3: N of 十N五), which looks back when it is an earlier
 * plan's. No cue shares a character with a period, so the three never overlap.
 */
const SENTENCE_CUES =
  /(力争|确保|预期|预计|争取|目标|计划|今年|努力|将达到|将超过|要达到|约束性|预期性|(?<!截)(?:到|至)(?:19|20)\d\d年|(?:19|20)\d\d年(?:底)?前)|(截至|截止|已经|已|以来|过去|去年|上年|实现了|完成了|达到了|建成了|现有|共有)|十([一二三四五六七八九])五/g;
/** 由2.5%提高到3%: the first value is where the change starts from. Sticky: tried right after the value, in the text itself. */
const CHANGE_FROM = /(?:提高|提升|增加|增长|下降|降低|减少|扩大|上升|降)(?:到|至)/y;
/** Sticky: tried at the start of the sentence, in the text itself. */
const BARE_YEAR = /(?:在|于)?((?:19|20)\d\d)年/y;
const YEAR = /((?:19|20)\d\d)年/g;
const YEAR_NUMBER = /(?:19|20)\d\d/;

export interface SentenceTime {
  timeframe: Timeframe | null;
  /** A bare year opening the sentence: the weakest cue. */
  weak: Timeframe | null;
  year: number | null;
  /** The value is where a change starts (由2.5%提高到3%). */
  changeFrom: boolean;
}

/** 下降到2020年的…: a 到…年 cue naming a year before the plan's period looks back, not forward. */
function beforePlanPeriod(cue: string, ctx: TimeContext): boolean {
  const year = YEAR_NUMBER.exec(cue);
  return year !== null && ctx.startYear !== null && Number(year[0]) < ctx.startYear;
}

/** What the sentence so far says: the timeframe of its latest cue, and the latest year. */
interface SentenceCues {
  sentence: number;
  scannedTo: number;
  timeframe: Timeframe | null;
  year: number | null;
  /** The bare year opening the sentence (2020年，…) and where it ends; null when there is none. */
  bareYear: number | null;
  bareYearEnd: number;
}

/** A sticky regex's match at `at` in the text, without slicing the text there. */
function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function openSentence(text: string, sentence: number): SentenceCues {
  const bare = matchAt(BARE_YEAR, text, sentence);
  return {
    sentence,
    scannedTo: sentence,
    timeframe: null,
    year: null,
    bareYear: bare ? Number(bare[1]) : null,
    bareYearEnd: bare ? sentence + bare[0].length : -1,
  };
}

/**
 * Reads the time cues of the sentence before each number, numbers taken in
 * document order. A sentence with many numbers (a list of indicators) is
 * scanned once, piece by piece, not once per number. The same SentenceTime is
 * filled in for every number (it is read before the next is asked for), not
 * one made per number.
 */
export function sentenceTimeReader(text: string, ctx: TimeContext) {
  let cues: SentenceCues | null = null;
  const time: SentenceTime = { timeframe: null, weak: null, year: null, changeFrom: false };
  /** `pos` and `end`: the span of the number phrase. */
  return (sentence: number, pos: number, end: number): SentenceTime => {
    if (!cues || cues.sentence !== sentence) cues = openSentence(text, sentence);
    // Pieces end where a number starts, and no cue holds a number's first digit, so no cue is cut in two.
    const piece = text.slice(cues.scannedTo, pos);
    // The latest cue speaks; an earlier plan's period speaks only after the latest cue word.
    for (let m = firstMatch(SENTENCE_CUES, piece); m; m = SENTENCE_CUES.exec(piece)) {
      if (m[3]) {
        if (ctx.period !== null && 10 + DIGIT[m[3]] < ctx.period) cues.timeframe = 'baseline';
      } else cues.timeframe = m[1] ? (beforePlanPeriod(m[1], ctx) ? 'baseline' : 'target') : 'baseline';
    }
    cues.year = yearOf(piece, cues.scannedTo > sentence ? text.charCodeAt(cues.scannedTo - 1) : NONE) ?? cues.year;
    cues.scannedTo = pos;
    const changeFrom = matchAt(CHANGE_FROM, text, end) !== null;
    let weak: Timeframe | null = null;
    // Only a year written before the number opens its sentence.
    if (cues.bareYear !== null && cues.bareYearEnd <= pos && ctx.startYear !== null) weak = cues.bareYear < ctx.startYear ? 'baseline' : 'target';
    time.timeframe = changeFrom ? 'baseline' : cues.timeframe;
    time.weak = weak;
    time.year = cues.year;
    time.changeFrom = changeFrom;
    return time;
  };
}

/** Words before a year that make it a comparison base. */
const COMPARING = charSet('较比与和同');
/** No character: the code given for what precedes the start of a text. */
const NONE = -1;

/**
 * The year a value refers to: the last year named, unless it is a comparison
 * base (较2015年). `before` is the code of the character before `prefix`, if
 * any (a code, not a string: s[k] would make a string of each CJK character).
 */
export function yearOf(prefix: string, before = NONE): number | null {
  let year: number | null = null;
  for (let m = firstMatch(YEAR, prefix); m; m = YEAR.exec(prefix)) {
    const previous = m.index === 0 ? before : prefix.charCodeAt(m.index - 1);
    if (previous === NONE || !COMPARING[previous]) year = Number(m[1]);
  }
  return year;
}
