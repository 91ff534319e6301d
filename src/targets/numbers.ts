/**
 * The number-phrase scanner: one linear pass that stops only at digits,
 * Chinese numerals and 番, and reads each number with what is glued to it —
 * magnitude (万, 亿), 余/多, unit, a range's second number, 以上/左右 — into
 * a NumberPhrase. Everything it does away from a number is a table look-up,
 * and every look-around is bounded, so the cost is linear in the input.
 *
 * It also drops numbers that are not quantities by their own shape: numbers
 * without a unit (years, markers, codes), ordinals (第五位), parts of names
 * (PM2.5, 5G, 11号线), dotted codes (1.1.1, 2021.12.2) and slogan counts in
 * short quotations (“三个中心”).
 */
import type { Comparator } from '../model/schema.js';
import { CN_NUMERAL_CHARS, digitValue, isDigit, parseChineseNumeral } from '../text/numerals.js';
import { charSet, code } from './chars.js';
import { MAGNITUDE_CHARS, matchUnit } from './units.js';

export interface NumberPhrase {
  /** Span of the phrase in the text: number(s), unit and 以上-like suffix. */
  start: number;
  end: number;
  value: number;
  /**
   * The second number of a range (1-2家), NaN when there is none: a field
   * that holds only numbers keeps one representation in V8, where null first
   * and a number later threw readPhrase's optimised code away (--trace-deopt:
   * 'Smi').
   */
  valueMax: number;
  /** Magnitude and unit as written: 亿元, 万家, %, 个百分点; 倍 for 翻番. */
  unit: string;
  /** What 余/多/以上/以下/以内/左右 after the number say. */
  suffix: Comparator | null;
  /** Written only in Chinese numerals (三所, 两成): a form plans use mostly for labels. */
  chinese: boolean;
  /** 翻一番 / 翻番: a doubling idiom rather than a written number. */
  doubling: boolean;
}

const ARABIC = 1;
const WIDE = 2;
const CN_START = 3; // a Chinese numeral may begin here: 一…九, 两, 零, 十
const CN_INNER = 4; // only inside a Chinese numeral: 百 千 万 亿
const FAN = 5; // 番, for 翻番 written without a numeral

const CLASS = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) CLASS[c] = ARABIC;
for (let c = 0xff10; c <= 0xff19; c++) CLASS[c] = WIDE;
for (const ch of CN_NUMERAL_CHARS) CLASS[ch.charCodeAt(0)] = '百佰千仟万亿'.includes(ch) ? CN_INNER : CN_START;
CLASS['番'.charCodeAt(0)] = FAN;

/** Longest Chinese numeral read; longer runs are prose (一一对应), not numbers. */
const MAX_CN_RUN = 12;
/** More digits than this is an identifier (a phone or document number). */
const MAX_DIGITS = 15;

/** Longest first: —— before —. */
const RANGE_SEPARATORS = ['——', '-', '－', '—', '–', '~', '～', '至', '到'];
const RANGE_STARTS = charSet(RANGE_SEPARATORS.map((s) => s[0]).join(''));
/** Separators that, written twice (2021-12-02), make a date or code rather than a range. */
const DATE_SEPARATORS = charSet('-－—–~');
const SUFFIXES: [string, Comparator][] = [
  ['及以上', '>='], ['以上', '>='], ['及以下', '<='], ['以下', '<='], ['以内', '<='],
  ['左右', '~'], ['上下', '~'],
];
const SUFFIX_STARTS = charSet(SUFFIXES.map(([s]) => s[0]).join(''));
/** Quotation marks around a label: a count inside a short quotation is a slogan. */
const OPEN_QUOTES = charSet('“‘「『"');
const CLOSE_QUOTES = charSet('”’」』"');
const LABEL_QUOTE_MAX = 12;
/** Punctuation that ends the clause a rank (第五位) must share with the count it follows. */
const CLAUSE_ENDS = charSet('，,。；;、');

/** 万 and 亿, which may follow a whole numeral (两千亿). */
const BIG_MAGNITUDES = charSet('万亿');
const DOUBLING_VERB = code('翻');
const DOUBLINGS = code('番');
const PERFECTIVE = code('了');
const ORDINAL = code('第');
const TEN = code('十');
const MORE = charSet('余多');
const RANK_WORDS = charSet('位名');
const STRAIGHT_QUOTE = code('"');

/**
 * Where scanning resumes past a number that is no quantity (a code, a name, a
 * year). A plain offset, so the many numbers skipped make no object.
 */
type Skip = number;

function isSkip(r: object | Skip): r is Skip {
  return typeof r === 'number';
}

/** A digit or a numeral that can begin a number (not 百, 万 or 番). */
function startsNumber(c: number): boolean {
  return CLASS[c] === ARABIC || CLASS[c] === WIDE || CLASS[c] === CN_START;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isPoint(c: number): boolean {
  return c === 46 || c === 0xff0e;
}

/**
 * A number read. Most numbers read are dropped (no unit follows), so the
 * readers write into one Read per role rather than make one per number: that
 * was 17 MB of the stage's 125 MB of allocation on the 20 MB corpus.
 */
interface Read {
  end: number;
  value: number;
  chinese: boolean;
  /** Trailing 万/亿 of a Chinese numeral (两千亿 → 2000 and 亿). */
  magnitude: string;
}

function newRead(): Read {
  return { end: 0, value: NaN, chinese: false, magnitude: '' };
}

function setRead(into: Read, end: number, value: number, chinese: boolean, magnitude: string): void {
  into.end = end;
  into.value = value;
  into.chinese = chinese;
  into.magnitude = magnitude;
}

/** An Arabic number at `i`, read into `into`; false when the digits are a code, and into.end is where scanning resumes. */
function readArabic(text: string, i: number, to: number, joins: ReadonlySet<number>, into: Read): boolean {
  let e = i;
  let digits = 0;
  let value = 0;
  while (e < to) {
    const c = text.charCodeAt(e);
    if (isDigit(c)) {
      value = value * 10 + digitValue(c);
      digits++;
      e++;
    } else if (c === 44 && digits > 0 && isThousandsGroup(text, e + 1, to)) {
      e++; // 10,000: a thousands separator, not a clause comma
    } else break;
  }
  // 18|.6亿元: a wrap may fall inside the number.
  if (isSoftBreak(text, e, joins) && isPoint(text.charCodeAt(afterBreak(text, e))) && isDigit(text.charCodeAt(afterBreak(text, e) + 1))) e = afterBreak(text, e);
  if (e < to && isPoint(text.charCodeAt(e)) && e + 1 < to && isDigit(text.charCodeAt(e + 1))) {
    let scale = 0.1;
    e++;
    while (e < to && isDigit(text.charCodeAt(e))) {
      value += digitValue(text.charCodeAt(e)) * scale;
      scale /= 10;
      digits++;
      e++;
    }
    value = Number(value.toFixed(digits));
    // 1.1.1 or 2021.12.2: a second point makes a code; skip the whole run.
    if (e + 1 < to && isPoint(text.charCodeAt(e)) && isDigit(text.charCodeAt(e + 1))) {
      into.end = skipCode(text, e, to);
      return false;
    }
  }
  into.end = e;
  if (digits > MAX_DIGITS) return false;
  setRead(into, e, value, false, '');
  return true;
}

/** A soft break starts at `at`. Only a line break can be one: the set is asked only then, not after every number. */
function isSoftBreak(text: string, at: number, joins: ReadonlySet<number>): boolean {
  const c = text.charCodeAt(at);
  return (c === 10 || c === 13) && joins.has(at);
}

/** Where the next line starts after the line break at `at` (\n, \r\n or \r). */
function afterBreak(text: string, at: number): number {
  return text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
}

function isThousandsGroup(text: string, at: number, to: number): boolean {
  for (let k = 0; k < 3; k++) if (at + k >= to || !isDigit(text.charCodeAt(at + k))) return false;
  return at + 3 >= to || !isDigit(text.charCodeAt(at + 3));
}

/** End of a run of digits, letters and . - / that make one code or name. */
function skipCode(text: string, i: number, to: number): number {
  let e = i;
  while (e < to) {
    const c = text.charCodeAt(e);
    if (isDigit(c) || isAsciiAlnum(c) || isPoint(c) || c === 45 || c === 47 || c === 95) e++;
    else break;
  }
  return e;
}

/** A Chinese numeral at `i`, read into `into`, NaN-valued when the run is not one. */
function readChinese(text: string, i: number, to: number, into: Read): void {
  let e = i;
  while (e < to && e - i < MAX_CN_RUN + 1 && (CLASS[text.charCodeAt(e)] === CN_START || CLASS[text.charCodeAt(e)] === CN_INNER)) e++;
  if (e - i > MAX_CN_RUN) return setRead(into, e, NaN, true, '');
  let m = e;
  while (m > i + 1 && BIG_MAGNITUDES[text.charCodeAt(m - 1)]) m--;
  const head = parseChineseNumeral(text, i, m);
  if (m < e && Number.isFinite(head)) return setRead(into, e, head, true, text.slice(m, e));
  setRead(into, e, parseChineseNumeral(text, i, e), true, '');
}

/** The number at `i`, read into `into`; false when there is none, and into.end is where scanning resumes. */
function readNumber(text: string, i: number, to: number, joins: ReadonlySet<number>, into: Read): boolean {
  const k = CLASS[text.charCodeAt(i)];
  if (k === ARABIC || k === WIDE) return readArabic(text, i, to, joins, into);
  if (k === CN_START) {
    readChinese(text, i, to, into);
    return true;
  }
  into.end = i + 1;
  return false;
}

/** What follows a number. Written into like a Read. */
interface Tail {
  end: number;
  unit: string;
  more: boolean; // 余 or 多 after the number
}

function newTail(): Tail {
  return { end: 0, unit: '', more: false };
}

/** Magnitudes, 余/多 and unit after a number ending at `at`, read into `into`; false for a name (5G). */
function readTail(text: string, at: number, to: number, magnitude: string, arabic: boolean, joins: ReadonlySet<number>, into: Tail): boolean {
  let e = at;
  // 5000亿|元 or 5000|亿元: a wrap between the number and what it measures.
  if (isSoftBreak(text, e, joins)) {
    const next = afterBreak(text, e);
    const c = text.charCodeAt(next);
    if (next < to && (MAGNITUDE_CHARS[c] || matchUnit(text, next) > 0 || MORE[c])) e = next;
  }
  let unit = magnitude;
  // 10万, 1.2万亿, 3千: magnitudes written after Arabic digits, unless a unit starts there (千瓦, 百分点).
  while (arabic && e < to && MAGNITUDE_CHARS[text.charCodeAt(e)] && matchUnit(text, e) === 0 && text.charCodeAt(e) !== TEN) {
    unit += text[e];
    e++;
  }
  if (e > at && isSoftBreak(text, e, joins)) {
    const next = afterBreak(text, e);
    if (next < to && matchUnit(text, next) > 0) e = next;
  }
  let more = false;
  if (e < to && MORE[text.charCodeAt(e)]) {
    more = true;
    e++;
  }
  const u = e < to ? matchUnit(text, e) : 0;
  if (u < 0) return false;
  if (u === 0 && more && unit === '') return false; // 多 alone after a number is prose (3多)
  into.end = e + u;
  into.unit = unit + text.slice(e, e + u);
  into.more = more;
  return true;
}

/** The Reads and Tails a phrase reader writes into: the first number of a phrase and, for a range, the second. */
interface Scratch {
  first: Read;
  second: Read;
  tail: Tail;
  secondTail: Tail;
}

/** The 以上-like suffix written at `at`, if any. */
function suffixAt(text: string, at: number, to: number): readonly [string, Comparator] | undefined {
  if (at >= to || !SUFFIX_STARTS[text.charCodeAt(at)]) return undefined;
  for (const suffix of SUFFIXES) if (at + suffix[0].length <= to && text.startsWith(suffix[0], at)) return suffix;
  return undefined;
}

/** Length of a range separator at `at` with room for a second number after it; 0 when there is none. */
function rangeSeparatorLength(text: string, at: number, to: number): number {
  if (at >= to || !RANGE_STARTS[text.charCodeAt(at)]) return 0;
  for (const sep of RANGE_SEPARATORS) if (text.startsWith(sep, at) && at + sep.length < to) return sep.length;
  return 0;
}

/** True when `i` sits in a short quotation such as “三个中心” or “135”. */
function inShortQuote(text: string, i: number, end: number, from: number, to: number): boolean {
  let open = -1;
  for (let k = i - 1; k >= from && i - k <= LABEL_QUOTE_MAX; k--) {
    const c = text.charCodeAt(k);
    if (OPEN_QUOTES[c]) {
      open = k;
      break;
    }
    if (CLOSE_QUOTES[c] && c !== STRAIGHT_QUOTE) return false;
  }
  if (open < 0) return false;
  for (let k = end; k < to && k - open <= LABEL_QUOTE_MAX + 1; k++) if (CLOSE_QUOTES[text.charCodeAt(k)]) return true;
  return false;
}

/**
 * 位居169个国家级高新区第五位: a count followed in its clause by a rank is the
 * size of the field being ranked, not a quantity of the plan's own.
 */
function isRankingField(text: string, end: number, to: number): boolean {
  for (let k = end; k < to && k - end < 24; k++) {
    const c = text.charCodeAt(k);
    if (CLAUSE_ENDS[c]) return false;
    if (c === ORDINAL) {
      let j = k + 1;
      while (j < to && j - k < 5 && (isDigit(text.charCodeAt(j)) || CLASS[text.charCodeAt(j)] >= CN_START)) j++;
      if (j > k + 1 && RANK_WORDS[text.charCodeAt(j)]) return true;
    }
  }
  return false;
}

/** 翻一番 = 2, 翻两番 = 4: the numeral counts doublings. */
function readDoubling(text: string, i: number, to: number, n: Read): NumberPhrase | null {
  let s = i - 1;
  if (text.charCodeAt(s) === PERFECTIVE) s--;
  if (text.charCodeAt(s) !== DOUBLING_VERB) return null;
  readChinese(text, i, to, n);
  if (text.charCodeAt(n.end) !== DOUBLINGS || !Number.isInteger(n.value) || n.value < 1 || n.value > 6) return null;
  return { start: s, end: n.end + 1, value: 2 ** n.value, valueMax: NaN, unit: '倍', suffix: null, chinese: true, doubling: true };
}

/** 百分之五十 → 50 %, 千分之三 → 3 ‰. */
function readFraction(text: string, i: number, to: number, joins: ReadonlySet<number>, n: Read): NumberPhrase | null {
  const unit = text.startsWith('百分之', i) ? '%' : text.startsWith('千分之', i) ? '‰' : null;
  if (!unit || i + 3 >= to) return null;
  if (!readNumber(text, i + 3, to, joins, n) || !Number.isFinite(n.value) || n.magnitude) return null;
  const suffix = suffixAt(text, n.end, to);
  const end = n.end + (suffix?.[0].length ?? 0);
  return { start: i, end, value: n.value, valueMax: NaN, unit, suffix: suffix?.[1] ?? null, chinese: n.chinese, doubling: false };
}

/** Read the number phrase starting at `i`, or return where scanning resumes. */
function readPhrase(text: string, i: number, from: number, to: number, joins: ReadonlySet<number>, scratch: Scratch): NumberPhrase | Skip {
  const { first, second, tail } = scratch;
  const k = CLASS[text.charCodeAt(i)];
  if (k === FAN) {
    return text.charCodeAt(i - 1) === DOUBLING_VERB && i - 1 >= from
      ? { start: i - 1, end: i + 1, value: 2, valueMax: NaN, unit: '倍', suffix: null, chinese: true, doubling: true }
      : i + 1;
  }
  if (k === CN_INNER) return readFraction(text, i, to, joins, first) ?? i + 1;
  if (k === CN_START && i > from) {
    const d = readDoubling(text, i, to, first);
    if (d) return d;
  }
  const prev = i > from ? text.charCodeAt(i - 1) : 0;
  // PM2.5, M0, Wi-Fi 6: digits right after letters are part of a name or code.
  if ((k === ARABIC || k === WIDE) && (isAsciiAlnum(prev) || ((prev === 45 || prev === 47 || isPoint(prev)) && isAsciiAlnum(text.charCodeAt(i - 2))))) {
    return skipCode(text, i, to);
  }
  if (!readNumber(text, i, to, joins, first)) return first.end;
  if (!Number.isFinite(first.value)) return first.end;
  if (!readTail(text, first.end, to, first.magnitude, !first.chinese, joins, tail)) return skipCode(text, first.end, to);
  let valueMax = NaN;
  let chinese = first.chinese;
  // A range: 1-2家, 3至5个, 30%—40%, 1~2.
  const at = tail.end + rangeSeparatorLength(text, tail.end, to);
  if (at > tail.end && startsNumber(text.charCodeAt(at))) {
    if (!readNumber(text, at, to, joins, second)) return second.end;
    if (Number.isFinite(second.value)) {
      // 2021-12-02: a third part makes a date or code.
      if (DATE_SEPARATORS[text.charCodeAt(second.end)] && isDigit(text.charCodeAt(second.end + 1))) return skipCode(text, second.end, to);
      const t2 = scratch.secondTail;
      if (!readTail(text, second.end, to, second.magnitude, !second.chinese, joins, t2)) return skipCode(text, second.end, to);
      if (t2.unit !== '' || tail.unit !== '') {
        valueMax = second.value;
        chinese = chinese && second.chinese;
        tail.end = t2.end;
        tail.unit = t2.unit || tail.unit;
        tail.more = tail.more || t2.more;
      }
    }
  }
  if (tail.unit === '') return tail.end;
  const suffix = suffixAt(text, tail.end, to);
  const end = tail.end + (suffix?.[0].length ?? 0);
  if (text.charCodeAt(i - 1) === ORDINAL || inShortQuote(text, i, end, from, to) || isRankingField(text, end, to)) return end;
  return {
    start: i,
    end,
    value: first.value,
    valueMax,
    unit: tail.unit,
    suffix: suffix?.[1] ?? (tail.more ? '>' : null),
    chinese,
    doubling: false,
  };
}

/**
 * The first character at or after `i` that may start a number; `to` when none
 * does. Most characters start none: one table look-up each. (A function of its
 * own: its loop then reads text and to as plain values, not from the closure.)
 */
function nextNumberStart(text: string, i: number, to: number): number {
  while (i < to && CLASS[text.charCodeAt(i)] === 0) i++;
  return i;
}

/**
 * The number phrases of text[from, to), in order, none overlapping: each call
 * returns the next, and undefined after the last. Handed out one at a time, a
 * document's phrases are never all kept alive together.
 */
export function numberPhraseReader(text: string, from: number, to: number, joins: ReadonlySet<number>): () => NumberPhrase | undefined {
  let resume = from;
  const scratch: Scratch = { first: newRead(), second: newRead(), tail: newTail(), secondTail: newTail() };
  return () => {
    let i = resume;
    while (i < to) {
      i = nextNumberStart(text, i, to);
      if (i >= to) break;
      const r = readPhrase(text, i, from, to, joins, scratch);
      if (!isSkip(r)) {
        resume = r.end;
        return r;
      }
      i = Math.max(r, i + 1);
    }
    resume = to;
    return undefined;
  };
}

/** A range (1-2家, 30%—40%): the phrase holds two numbers. */
export function isRange(p: NumberPhrase): boolean {
  return !Number.isNaN(p.valueMax);
}
