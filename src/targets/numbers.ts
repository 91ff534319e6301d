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
import { CN_NUMERAL_CHARS, parseChineseNumeral } from '../text/numerals.js';
import { MAGNITUDES, matchUnit } from './units.js';

export interface NumberPhrase {
  /** Span of the phrase in the text: number(s), unit and 以上-like suffix. */
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
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

/** Every character CLASS marks: digits, Chinese numerals, 番. */
const NUMBER_START = new RegExp(`[0-9０-９${CN_NUMERAL_CHARS}番]`, 'g');

/** Longest Chinese numeral read; longer runs are prose (一一对应), not numbers. */
const MAX_CN_RUN = 12;
/** More digits than this is an identifier (a phone or document number). */
const MAX_DIGITS = 15;

const RANGE_SEPARATORS = ['——', '-', '－', '—', '–', '~', '～', '至', '到'];
const SUFFIXES: [string, Comparator][] = [
  ['及以上', '>='], ['以上', '>='], ['及以下', '<='], ['以下', '<='], ['以内', '<='],
  ['左右', '~'], ['上下', '~'],
];
/** Quotation marks around a label: a count inside a short quotation is a slogan. */
const OPEN_QUOTES = '“‘「『"';
const CLOSE_QUOTES = '”’」』"';
const LABEL_QUOTE_MAX = 12;

function isDigit(c: number): boolean {
  return CLASS[c] === ARABIC || CLASS[c] === WIDE;
}

function digitValue(c: number): number {
  return CLASS[c] === WIDE ? c - 0xff10 : c - 48;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isPoint(c: number): boolean {
  return c === 46 || c === 0xff0e;
}

interface Read {
  end: number;
  value: number;
  chinese: boolean;
  /** Trailing 万/亿 of a Chinese numeral (两千亿 → 2000 and 亿). */
  magnitude: string;
}

/** An Arabic number at `i`; `skip` (an end offset) when the digits are a code. */
function readArabic(text: string, i: number, to: number, joins: ReadonlySet<number>): Read | { skip: number } {
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
  if (joins.has(e) && isPoint(text.charCodeAt(afterBreak(text, e))) && isDigit(text.charCodeAt(afterBreak(text, e) + 1))) e = afterBreak(text, e);
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
      return { skip: skipCode(text, e, to) };
    }
  }
  if (digits > MAX_DIGITS) return { skip: e };
  return { end: e, value, chinese: false, magnitude: '' };
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

/** A Chinese numeral at `i`, NaN-valued when the run is not one. */
function readChinese(text: string, i: number, to: number): Read {
  let e = i;
  while (e < to && e - i < MAX_CN_RUN + 1 && (CLASS[text.charCodeAt(e)] === CN_START || CLASS[text.charCodeAt(e)] === CN_INNER)) e++;
  if (e - i > MAX_CN_RUN) return { end: e, value: NaN, chinese: true, magnitude: '' };
  let m = e;
  while (m > i + 1 && (text[m - 1] === '万' || text[m - 1] === '亿')) m--;
  const head = parseChineseNumeral(text, i, m);
  if (m < e && Number.isFinite(head)) return { end: e, value: head, chinese: true, magnitude: text.slice(m, e) };
  return { end: e, value: parseChineseNumeral(text, i, e), chinese: true, magnitude: '' };
}

function readNumber(text: string, i: number, to: number, joins: ReadonlySet<number>): Read | { skip: number } {
  const k = CLASS[text.charCodeAt(i)];
  if (k === ARABIC || k === WIDE) return readArabic(text, i, to, joins);
  if (k === CN_START) return readChinese(text, i, to);
  return { skip: i + 1 };
}

interface Tail {
  end: number;
  unit: string;
  more: boolean; // 余 or 多 after the number
}

/** Magnitudes, 余/多 and unit after a number ending at `at`; null for a name (5G). */
function readTail(text: string, at: number, to: number, magnitude: string, arabic: boolean, joins: ReadonlySet<number>): Tail | null {
  let e = at;
  // 5000亿|元 or 5000|亿元: a wrap between the number and what it measures.
  if (joins.has(e)) {
    const next = afterBreak(text, e);
    if (next < to && (text[next] in MAGNITUDES || matchUnit(text, next) > 0 || text[next] === '余' || text[next] === '多')) e = next;
  }
  let unit = magnitude;
  // 10万, 1.2万亿, 3千: magnitudes written after Arabic digits, unless a unit starts there (千瓦, 百分点).
  while (arabic && e < to && text[e] in MAGNITUDES && matchUnit(text, e) === 0 && text[e] !== '十') {
    unit += text[e];
    e++;
  }
  if (joins.has(e) && e > at) {
    const next = afterBreak(text, e);
    if (next < to && matchUnit(text, next) > 0) e = next;
  }
  let more = false;
  if (e < to && (text[e] === '余' || text[e] === '多')) {
    more = true;
    e++;
  }
  const u = e < to ? matchUnit(text, e) : 0;
  if (u < 0) return null;
  if (u === 0 && more && unit === '') return null; // 多 alone after a number is prose (3多)
  unit += text.slice(e, e + u);
  return { end: e + u, unit, more };
}

function readSuffix(text: string, at: number, to: number): [number, Comparator | null] {
  for (const [s, cmp] of SUFFIXES) if (at + s.length <= to && text.startsWith(s, at)) return [at + s.length, cmp];
  return [at, null];
}

/** True when `i` sits in a short quotation such as “三个中心” or “135”. */
function inShortQuote(text: string, i: number, end: number, from: number, to: number): boolean {
  let open = -1;
  for (let k = i - 1; k >= from && i - k <= LABEL_QUOTE_MAX; k--) {
    if (OPEN_QUOTES.includes(text[k])) {
      open = k;
      break;
    }
    if (CLOSE_QUOTES.includes(text[k]) && text[k] !== '"') return false;
  }
  if (open < 0) return false;
  for (let k = end; k < to && k - open <= LABEL_QUOTE_MAX + 1; k++) if (CLOSE_QUOTES.includes(text[k])) return true;
  return false;
}

/**
 * 位居169个国家级高新区第五位: a count followed in its clause by a rank is the
 * size of the field being ranked, not a quantity of the plan's own.
 */
function isRankingField(text: string, end: number, to: number): boolean {
  for (let k = end; k < to && k - end < 24; k++) {
    const ch = text[k];
    if ('，,。；;、'.includes(ch)) return false;
    if (ch === '第') {
      let j = k + 1;
      while (j < to && j - k < 5 && (isDigit(text.charCodeAt(j)) || CLASS[text.charCodeAt(j)] >= CN_START)) j++;
      if (j > k + 1 && (text[j] === '位' || text[j] === '名')) return true;
    }
  }
  return false;
}

/** 翻一番 = 2, 翻两番 = 4: the numeral counts doublings. */
function readDoubling(text: string, i: number, to: number): NumberPhrase | null {
  let s = i - 1;
  if (text[s] === '了') s--;
  if (text[s] !== '翻') return null;
  const n = readChinese(text, i, to);
  if (text[n.end] !== '番' || !Number.isInteger(n.value) || n.value < 1 || n.value > 6) return null;
  return { start: s, end: n.end + 1, value: 2 ** n.value, valueMax: null, unit: '倍', suffix: null, chinese: true, doubling: true };
}

/** 百分之五十 → 50 %, 千分之三 → 3 ‰. */
function readFraction(text: string, i: number, to: number, joins: ReadonlySet<number>): NumberPhrase | null {
  const unit = text.startsWith('百分之', i) ? '%' : text.startsWith('千分之', i) ? '‰' : null;
  if (!unit || i + 3 >= to) return null;
  const n = readNumber(text, i + 3, to, joins);
  if ('skip' in n || !Number.isFinite(n.value) || n.magnitude) return null;
  const [end, suffix] = readSuffix(text, n.end, to);
  return { start: i, end, value: n.value, valueMax: null, unit, suffix, chinese: n.chinese, doubling: false };
}

/** Read the number phrase starting at `i`, or return where scanning resumes. */
function readPhrase(text: string, i: number, from: number, to: number, joins: ReadonlySet<number>): NumberPhrase | { skip: number } {
  const k = CLASS[text.charCodeAt(i)];
  if (k === FAN) {
    return text[i - 1] === '翻' && i - 1 >= from
      ? { start: i - 1, end: i + 1, value: 2, valueMax: null, unit: '倍', suffix: null, chinese: true, doubling: true }
      : { skip: i + 1 };
  }
  if (k === CN_INNER) return readFraction(text, i, to, joins) ?? { skip: i + 1 };
  if (k === CN_START && i > from) {
    const d = readDoubling(text, i, to);
    if (d) return d;
  }
  const prev = i > from ? text.charCodeAt(i - 1) : 0;
  // PM2.5, M0, Wi-Fi 6: digits right after letters are part of a name or code.
  if ((k === ARABIC || k === WIDE) && (isAsciiAlnum(prev) || ((prev === 45 || prev === 47 || isPoint(prev)) && isAsciiAlnum(text.charCodeAt(i - 2))))) {
    return { skip: skipCode(text, i, to) };
  }
  const first = readNumber(text, i, to, joins);
  if ('skip' in first) return first;
  if (!Number.isFinite(first.value)) return { skip: first.end };
  let tail = readTail(text, first.end, to, first.magnitude, !first.chinese, joins);
  if (!tail) return { skip: skipCode(text, first.end, to) };
  let end = tail.end;
  let valueMax: number | null = null;
  let chinese = first.chinese;
  // A range: 1-2家, 3至5个, 30%—40%, 1~2.
  for (const sep of RANGE_SEPARATORS) {
    if (!text.startsWith(sep, end) || end + sep.length >= to) continue;
    const at = end + sep.length;
    if (CLASS[text.charCodeAt(at)] === 0 || CLASS[text.charCodeAt(at)] === CN_INNER || CLASS[text.charCodeAt(at)] === FAN) break;
    const second = readNumber(text, at, to, joins);
    if ('skip' in second) return second;
    if (!Number.isFinite(second.value)) break;
    // 2021-12-02: a third part makes a date or code.
    if (RANGE_SEPARATORS.slice(1, 6).includes(text[second.end]) && isDigit(text.charCodeAt(second.end + 1))) {
      return { skip: skipCode(text, second.end, to) };
    }
    const t2 = readTail(text, second.end, to, second.magnitude, !second.chinese, joins);
    if (!t2) return { skip: skipCode(text, second.end, to) };
    if (t2.unit === '' && tail.unit === '') break;
    valueMax = second.value;
    chinese = chinese && second.chinese;
    tail = { end: t2.end, unit: t2.unit || tail.unit, more: tail.more || t2.more };
    end = t2.end;
    break;
  }
  if (tail.unit === '') return { skip: end };
  const [sufEnd, suffix] = readSuffix(text, end, to);
  const phrase: NumberPhrase = {
    start: i,
    end: sufEnd,
    value: first.value,
    valueMax,
    unit: tail.unit,
    suffix: suffix ?? (tail.more ? '>' : null),
    chinese,
    doubling: false,
  };
  if (text[i - 1] === '第' || inShortQuote(text, i, sufEnd, from, to) || isRankingField(text, sufEnd, to)) {
    return { skip: sufEnd };
  }
  return phrase;
}

/** Every number phrase in text[from, to), in order, none overlapping. */
export function scanNumberPhrases(text: string, from: number, to: number, joins: ReadonlySet<number>): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  let i = from;
  while (i < to) {
    // A native regex jumps to the next character that may start a number: most text has none.
    // test(), not exec(): no match array per number; lastIndex is just past the match.
    NUMBER_START.lastIndex = i;
    if (!NUMBER_START.test(text) || NUMBER_START.lastIndex - 1 >= to) break;
    i = NUMBER_START.lastIndex - 1;
    const r = readPhrase(text, i, from, to, joins);
    if ('skip' in r) {
      i = Math.max(r.skip, i + 1);
    } else {
      out.push(r);
      i = r.end;
    }
  }
  return out;
}
