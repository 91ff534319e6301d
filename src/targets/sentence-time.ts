/**
 * The time cues before each number: those of its own sentence, of earlier
 * sentences of its paragraph, and of earlier paragraphs, read in one pass over
 * the text as the numbers come in document order.
 */
import type { Timeframe } from '../model/schema.js';
import { BACKWARD_FRAMES, BACKWARD_WORDS, CHANGE_FROM, FORWARD_FRAMES, FORWARD_WORDS, GAP, YEAR_SOURCE, yearValue } from './lexicon.js';
import { PERIOD, type TimeContext, firstMatch, periodNumber } from './timeframe.js';
import { charSet } from '../text/chars.js';
import { startFiltered } from '../text/regex-starts.js';

/**
 * In one pass: frames that look forward (group 1) or back (group 2), words
 * of aim or aspect that look forward (3) or back (4), and a plan period
 * (groups 5–8), a frame that looks back when it is an earlier plan's, unless
 * it is what a change is measured against (比“六五”期间增长, 高于“十三五”).
 */
export const SENTENCE_CUES = new RegExp(
  `(${FORWARD_FRAMES.join('|')})|(${BACKWARD_FRAMES.join('|')})|(${FORWARD_WORDS.join('|')})|(${BACKWARD_WORDS.join('|')})|` +
    `(?<![比较与同于过][“"‘]?)(?:${PERIOD.source})`,
  'g',
);
/** The pattern is tried only where a cue can start: it runs over nearly all the plan's text. */
const nextCue = startFiltered(SENTENCE_CUES);
/** Sticky: tried at the start of the sentence, in the text itself. */
const BARE_YEAR = new RegExp(`(?:在|于)?${GAP}(${YEAR_SOURCE})${GAP}年`, 'y');
const YEAR_WORD = '年';
const YEAR = new RegExp(`(${YEAR_SOURCE})${GAP}${YEAR_WORD}`, 'g');
const YEAR_NUMBER = new RegExp(YEAR_SOURCE);

export interface SentenceTime {
  /** What the number's own sentence says. */
  timeframe: Timeframe | null;
  /** The year the sentence names before the number, against the year of writing. */
  dated: Timeframe | null;
  /** What an earlier sentence of the paragraph said. */
  paragraph: Timeframe | null;
  /** What an earlier paragraph said, and where: it holds only within one section. */
  carried: Timeframe | null;
  carriedAt: number;
  /** That year against the plan's period: the weakest cue. */
  weak: Timeframe | null;
  year: number | null;
  /** The value is where a change starts (由2.5%提高到3%). */
  changeFrom: boolean;
}

/** 下降到2020年的…: a 到…年 cue naming a year before the plan's period looks back, not forward. */
function beforePlanPeriod(cue: string, ctx: TimeContext): boolean {
  const year = YEAR_NUMBER.exec(cue);
  return year !== null && ctx.startYear !== null && yearValue(year[0]) < ctx.startYear;
}

/** A sticky regex's match at `at` in the text, without slicing the text there. */
function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Which way a cue match looks; null for a period that says nothing (the plan's own, or a later one's). */
function cueTimeframe(m: RegExpExecArray, ctx: TimeContext): Timeframe | null {
  if (m[1] || m[3]) return beforePlanPeriod(m[1] ?? m[3], ctx) ? 'baseline' : 'target';
  if (m[2] || m[4]) return 'baseline';
  // The plan's own period names the whole span, past and coming alike: only an earlier one looks back.
  return ctx.period !== null && periodNumber(m, 5) < ctx.period ? 'baseline' : null;
}

/** Whether a cue match is a frame, which holds past its sentence. */
function isFrame(m: RegExpExecArray): boolean {
  return m[3] === undefined && m[4] === undefined;
}

const HARD_ENDS = charSet('\n\r');

/**
 * Reads the time cues before each number, numbers taken in document order
 * from `from`. Each character is scanned once: a sentence piece by piece up
 * to each number, the gaps between sentences with numbers when the next one
 * opens. The same SentenceTime is filled in for every number (it is read
 * before the next is asked for), not one made per number.
 */
export function sentenceTimeReader(text: string, ctx: TimeContext, from: number, joins: ReadonlySet<number>) {
  let sentence = -1;
  let scannedTo = from;
  /** The latest cue of the current sentence, its latest frame, and its year so far. */
  let own: Timeframe | null = null;
  let frame: Timeframe | null = null;
  let year: number | null = null;
  let bareYear: number | null = null;
  let bareYearEnd = -1;
  /** The latest cue before the current sentence, where it was, and where the current paragraph starts. */
  let carry: Timeframe | null = null;
  let carryAt = -1;
  let paragraphStart = from;
  const time: SentenceTime = { timeframe: null, dated: null, paragraph: null, carried: null, carriedAt: -1, weak: null, year: null, changeFrom: false };

  /** Cues of text[a, b), the latest kept in `carry`. */
  function scanGap(a: number, b: number): void {
    const gap = text.slice(a, b);
    for (let m = nextCue(gap, 0); m; m = nextCue(gap, m.index + m[0].length)) {
      const tf = cueTimeframe(m, ctx);
      if (tf && isFrame(m)) {
        carry = tf;
        carryAt = a + m.index;
      }
    }
    // A line break that does not only wrap the text ends the paragraph.
    for (let k = b - 1; k >= a && k >= paragraphStart; k--) {
      if (HARD_ENDS[text.charCodeAt(k)] && !joins.has(k) && !(text.charCodeAt(k) === 10 && joins.has(k - 1))) {
        paragraphStart = k + 1;
        break;
      }
    }
  }

  /** `at`: the sentence's start; `pos` and `end`: the span of the number phrase. */
  return (at: number, pos: number, end: number): SentenceTime => {
    if (at !== sentence) {
      if (frame) {
        carry = frame;
        carryAt = scannedTo;
      }
      if (at > scannedTo) scanGap(scannedTo, at);
      sentence = at;
      scannedTo = at;
      own = null;
      frame = null;
      year = null;
      const bare = matchAt(BARE_YEAR, text, at);
      bareYear = bare ? yearValue(bare[1]) : null;
      bareYearEnd = bare ? at + bare[0].length : -1;
    }
    // Pieces end where a number starts, and no cue holds a number's first digit, so no cue is cut in two.
    const piece = text.slice(scannedTo, pos);
    for (let m = nextCue(piece, 0); m; m = nextCue(piece, m.index + m[0].length)) {
      const tf = cueTimeframe(m, ctx);
      if (tf === null) continue;
      own = tf;
      if (isFrame(m)) frame = tf;
    }
    year = yearOf(piece, scannedTo > sentence ? text.charCodeAt(scannedTo - 1) : NONE) ?? year;
    scannedTo = pos;
    const changeFrom = matchAt(CHANGE_FROM, text, end) !== null;
    // A year written before the number in its sentence (not a comparison base: 较2015年).
    const opening = year ?? (bareYear !== null && bareYearEnd <= pos ? bareYear : null);
    time.timeframe = changeFrom ? 'baseline' : own;
    time.dated = opening !== null && ctx.nowYear !== null && opening !== ctx.nowYear ? (opening < ctx.nowYear ? 'baseline' : 'target') : null;
    time.weak = opening !== null && ctx.startYear !== null ? (opening < ctx.startYear ? 'baseline' : 'target') : null;
    const inParagraph = carry !== null && carryAt >= paragraphStart;
    time.paragraph = inParagraph ? carry : null;
    time.carried = inParagraph ? null : carry;
    time.carriedAt = carryAt;
    time.year = year;
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
  // Every match ends in 年: most prefixes hold none and are not run through the pattern.
  if (!prefix.includes(YEAR_WORD)) return null;
  let found: number | null = null;
  for (let m = firstMatch(YEAR, prefix); m; m = YEAR.exec(prefix)) {
    // 比 2015 年: a typeset gap may stand between the comparing word and the year.
    const gap = m.index > 0 && (prefix.charCodeAt(m.index - 1) === 32 || prefix.charCodeAt(m.index - 1) === 0x3000) ? 1 : 0;
    const previous = m.index - gap === 0 ? before : prefix.charCodeAt(m.index - gap - 1);
    if (previous === NONE || !COMPARING[previous]) found = yearValue(m[1]);
  }
  return found;
}
