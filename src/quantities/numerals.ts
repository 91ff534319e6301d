/**
 * The two readers of a written number, Arabic and Chinese, each a loop over
 * char codes with bounded look-ahead (no regular expressions), so a number
 * costs its length.
 *
 * Arabic: ASCII or full-width digits; thousands separators (, ， and thin
 * spaces); decimal points (. ． 点 點); digits a PDF wrote apart (7 4 7 7 2);
 * zero-width characters and line wraps inside the number.
 * Chinese: 三千五百万, 十五万零三百, 二〇二五, 三点五, 壹佰贰拾, 兩萬; and the
 * ranges written in the numeral itself (三四, 十二三, 二三十).
 */
import { charSet, code } from '../text/chars.js';
import { CN_NUMERAL_CHARS, chineseDigitValue, digitValue, isDigit, parseChineseNumeral } from '../text/numerals.js';

/** A number read. Most numbers read are dropped (no unit follows), so readers write into one per role. */
export interface NumberRead {
  end: number;
  value: number;
  /** The higher end of a range written in the numeral (三四个 → 4); NaN when none. */
  valueMax: number;
  chinese: boolean;
  /** Trailing 万/亿 of a Chinese numeral as written (两千亿 → 2000 and 亿). */
  magnitude: string;
  /** Four digits, whole, 1900–2199 (2025, 二〇二五): a year when 年 follows. */
  yearLike: boolean;
  /** 几 stands for a digit (二十几万, 十几个): the value is a round lower bound. */
  vague: boolean;
}

export function newRead(): NumberRead {
  return { end: 0, value: NaN, valueMax: NaN, chinese: false, magnitude: '', yearLike: false, vague: false };
}

/** More digits than this is an identifier (a phone or document number). */
const MAX_DIGITS = 15;
/** Longest Chinese numeral read; longer runs are prose (一一对应), not numbers. */
const MAX_CN_RUN = 16;

const CN_CHARS = charSet(CN_NUMERAL_CHARS);
const CN_BIG = charSet('万亿萬億');
const CN_SMALL = charSet('十百千拾佰仟');
const CN_ZERO = charSet('零〇');
const CN_POINT = charSet('点點');
/** Characters that only join, inside a number or between it and its unit. */
const ZERO_WIDTH = charSet('\u200b\u200c\u200d\u2060\ufeff');
/** Spaces a PDF or a typesetter leaves around digits (a quarter-em between Chinese and digits). */
export const GAP = charSet(' \u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff\t');
/** Thin spaces that group thousands (1 000 000 as typeset). */
const THIN_SPACES = charSet('\u2009\u202f\u00a0\u2006');

/**
 * Length in `text` of `word` written at `at`, letter-spaced or not (百分之,
 * 百 分 之, 个百分 点); 0 when it is not written there.
 */
export function spacedLength(text: string, at: number, word: string): number {
  let k = at;
  for (let j = 0; j < word.length; j++) {
    for (let g = 0; j > 0 && g < MAX_SPACES && GAP[text.charCodeAt(k)]; g++) k++;
    if (text.charCodeAt(k) !== word.charCodeAt(j)) return 0;
    k++;
  }
  return k - at;
}

function isPoint(c: number): boolean {
  return c === 46 || c === 0xff0e;
}

const NO_JOINS: ReadonlySet<number> = new Set();

/** A soft break starts at `at`: a line break that only wraps a paragraph. */
export function isSoftBreak(text: string, at: number, joins: ReadonlySet<number>): boolean {
  const c = text.charCodeAt(at);
  return (c === 10 || c === 13) && joins.has(at);
}

/** Where the next line starts after the line break at `at` (\n, \r\n or \r). */
export function afterBreak(text: string, at: number): number {
  return text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
}

/** Where the number goes on past a zero-width character or a wrap at `at`; `at` when it does not. */
function pastJoiner(text: string, at: number, joins: ReadonlySet<number>): number {
  if (ZERO_WIDTH[text.charCodeAt(at)]) return at + 1;
  if (isSoftBreak(text, at, joins)) return afterBreak(text, at);
  return at;
}

/**
 * A single space between single digits, as a PDF writes a letter-spaced
 * number (7 4 7 7 2, 1 5 ．3): the digit before stands alone, and so does
 * what follows (a digit, or a point and its digits).
 */
function isSpacedJoin(text: string, at: number, start: number): boolean {
  if (text.charCodeAt(at) !== 32) return false;
  const before = text.charCodeAt(at - 1);
  if (isPoint(before)) return false;
  if (at - 1 > start && isDigit(text.charCodeAt(at - 2))) return false;
  const next = text.charCodeAt(at + 1);
  if (isPoint(next)) return true;
  return isDigit(next) && !isDigit(text.charCodeAt(at + 2));
}

/** Exactly three digits at `at`, then no digit: a thousands group. */
function isThousandsGroup(text: string, at: number, to: number): boolean {
  for (let k = 0; k < 3; k++) if (at + k >= to || !isDigit(text.charCodeAt(at + k))) return false;
  return at + 3 >= to || !isDigit(text.charCodeAt(at + 3));
}

function isGroupSeparator(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  // ， separates thousands only between full-width digits: after ASCII digits it ends a clause.
  return c === 44 || THIN_SPACES[c] === 1 || (c === 0xff0c && text.charCodeAt(at - 1) >= 0xff10);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** End of a run of digits, letters and . - / that make one code or name (1.1.1, 2021.12.2, PM2.5). */
export function skipCode(text: string, i: number, to: number): number {
  let e = i;
  while (e < to) {
    const c = text.charCodeAt(e);
    if (isDigit(c) || isAsciiAlnum(c) || isPoint(c) || c === 45 || c === 47 || c === 95) e++;
    else break;
  }
  return e;
}

/**
 * The Arabic number at `i`, read into `into`; false when the digits are a
 * code or an identifier, and into.end is then where scanning resumes.
 */
export function readArabic(text: string, i: number, to: number, joins: ReadonlySet<number>, into: NumberRead): boolean {
  let e = i;
  let mantissa = 0;
  let digits = 0;
  let decimals = -1; // digits after the point; -1 before one
  let group = 0; // digits since the start or the last thousands separator
  let grouped = false;
  let end = i; // after the last digit
  while (e < to) {
    const c = text.charCodeAt(e);
    if (isDigit(c)) {
      mantissa = mantissa * 10 + digitValue(c);
      digits++;
      group++;
      if (decimals >= 0) decimals++;
      end = ++e;
      continue;
    }
    if (isPoint(c) || CN_POINT[c]) {
      const next = pastJoiner(text, e + 1, joins);
      if (!isDigit(text.charCodeAt(next)) || digits === 0) break;
      // 1.1.1 or 2021.12.2: a second point makes a code; skip the whole run.
      if (decimals >= 0) {
        into.end = skipCode(text, e, to);
        return false;
      }
      if (CN_POINT[c] && !isDigit(text.charCodeAt(e + 1))) break;
      decimals = 0;
      e = next;
      continue;
    }
    if (decimals < 0 && group >= 1 && group <= 3 && (!grouped || group === 3) && isGroupSeparator(text, e) && isThousandsGroup(text, e + 1, to)) {
      grouped = true;
      group = 0;
      e++;
      continue;
    }
    const past = pastJoiner(text, e, joins);
    if (past > e && (isDigit(text.charCodeAt(past)) || isPoint(text.charCodeAt(past)))) {
      e = past;
      continue;
    }
    if (!grouped && isSpacedJoin(text, e, i)) {
      e++;
      continue;
    }
    break;
  }
  into.end = end;
  if (digits > MAX_DIGITS) return false;
  into.value = decimals > 0 ? mantissa / 10 ** decimals : mantissa;
  into.valueMax = NaN;
  into.chinese = false;
  into.magnitude = '';
  into.vague = false;
  into.yearLike = decimals < 0 && !grouped && digits === 4 && mantissa >= 1900 && mantissa < 2200;
  return true;
}

const JI = code('几');
const ZHE = code('折');
const TAELS = charSet('两兩');
const ALMOST = code('乎');
const TRILLION = code('兆');
const HUNDRED_MILLION = charSet('亿億');
/** Longest letter-spaced numeral read solid, in characters, and the most spaces between two of them. */
const MAX_SOLID = 24;
const MAX_SPACES = 2;

/** 几 after a magnitude or 零 stands for an unknown digit (二十几, 一百零几, 十几); not 几乎. */
function isVagueDigit(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== JI || text.charCodeAt(at + 1) === ALMOST) return false;
  const p = text.charCodeAt(at - 1);
  return CN_SMALL[p] === 1 || CN_BIG[p] === 1 || CN_ZERO[p] === 1;
}

/** 兆 inside a numeral that goes on to 亿 (五兆六十二亿) is a million million; elsewhere it is mega- (兆瓦). */
function isTrillion(text: string, at: number, to: number): boolean {
  const p = text.charCodeAt(at - 1);
  if (text.charCodeAt(at) !== TRILLION || (chineseDigitValue(p) < 0 && !CN_SMALL[p])) return false;
  for (let k = at + 1; k < to && k - at <= MAX_CN_RUN && CN_CHARS[text.charCodeAt(k)]; k++) if (HUNDRED_MILLION[text.charCodeAt(k)]) return true;
  return false;
}

/**
 * 两 after a numeral, with no magnitude, digit or unit after it, is the unit
 * of weight (二两, 三十两, 两万两), not the digit two (两千, 一两个).
 */
function isTaelAt(text: string, at: number, startsUnit: (text: string, at: number) => boolean): boolean {
  if (!TAELS[text.charCodeAt(at)]) return false;
  const next = text.charCodeAt(at + 1);
  return !CN_CHARS[next] && !startsUnit(text, at + 1);
}

/** 折 follows at `at`, or after a space. */
function isDiscountAt(text: string, at: number): boolean {
  return text.charCodeAt(at) === ZHE || (GAP[text.charCodeAt(at)] === 1 && text.charCodeAt(at + 1) === ZHE);
}

function isNumeralPart(c: number): boolean {
  return CN_CHARS[c] === 1 || CN_POINT[c] === 1 || c === JI;
}

/**
 * A numeral a PDF or a typesetter spaced out (一 百 五 十, 陆 点 五, 三千 九百):
 * its characters without the spaces, with the first character after it, and
 * where each stood in `text`; null when no space stands between its parts.
 */
function solidNumeral(text: string, i: number, to: number, joins: ReadonlySet<number>): { text: string; at: number[] } | null {
  let solid = '';
  const at: number[] = [];
  let spaced = false;
  let k = i;
  while (k < to && at.length < MAX_SOLID) {
    solid += text[k];
    at.push(k);
    if (!isNumeralPart(text.charCodeAt(k))) break;
    let g = k + 1;
    if (isSoftBreak(text, g, joins)) g = afterBreak(text, g);
    else while (g < to && g - k - 1 <= MAX_SPACES && GAP[text.charCodeAt(g)]) g++;
    if (g - k - 1 > MAX_SPACES || g >= to) break;
    // Past a space only the numeral goes on; the character after it ends the run, as in `text`.
    if (g > k + 1 && isNumeralPart(text.charCodeAt(g))) spaced = true;
    else if (g > k + 1) {
      solid += text[g];
      at.push(g);
      break;
    }
    k = g;
  }
  return spaced ? { text: solid, at } : null;
}

/**
 * Whether the Chinese numeral starting at `i` is that one character alone
 * (二、, 一体化): what follows neither continues it (a numeral, 几, 兆, 点)
 * nor spaces or wraps it, so readChinese would end it at i + 1 with no
 * magnitude. Every look readChinese takes past the first character is at one
 * of these; keep them in step.
 */
export function isLoneNumeral(text: string, i: number, to: number): boolean {
  const c = text.charCodeAt(i + 1);
  return i + 1 < to && !CN_CHARS[c] && c !== JI && c !== TRILLION && !CN_POINT[c] && !GAP[c] && c !== 10 && c !== 13;
}

/**
 * The Chinese numeral at `i`, read into `into`: value NaN when the run is no
 * number (一一对应, or digits that neither count up by one nor read as a year).
 */
export function readChinese(text: string, i: number, to: number, into: NumberRead, startsUnit: (text: string, at: number) => boolean,
  joins: ReadonlySet<number> = NO_JOINS): void {
  let e = i;
  let units = false;
  let zero = false;
  let pair = -1; // index of the second of two digits written side by side
  let pairs = 0;
  let vague = -1; // index of 几 (二十几万)
  while (e < to && e - i <= MAX_CN_RUN) {
    const c = text.charCodeAt(e);
    if (!CN_CHARS[c] && !(e > i && (isVagueDigit(text, e) || isTrillion(text, e, to)))) break;
    if (CN_BIG[c] || CN_SMALL[c] || c === TRILLION) {
      // 三百万千瓦, 一百千米: a unit that starts with a magnitude (千瓦, 千米, 百分点) ends the numeral.
      if (e > i && startsUnit(text, e)) break;
      units = true;
    }
    else if (CN_ZERO[c]) zero = true;
    else if (c === JI) vague = e;
    else if (e > i && isTaelAt(text, e, startsUnit)) break;
    else if (e > i && chineseDigitValue(text.charCodeAt(e - 1)) > 0) {
      pair = e;
      pairs++;
    }
    e++;
  }
  // 一 百 五 十, 陆 点 五, 十三亿⏎八千万: a numeral spaced out or wrapped is read as if it were written solid.
  if (GAP[text.charCodeAt(e)] || isSoftBreak(text, e, joins) || (CN_POINT[text.charCodeAt(e)] && GAP[text.charCodeAt(e + 1)])) {
    const solid = solidNumeral(text, i, to, joins);
    if (solid) {
      readChinese(solid.text, 0, solid.text.length, into, startsUnit);
      into.end = solid.at[into.end - 1] + 1;
      return;
    }
  }
  into.chinese = true;
  into.valueMax = NaN;
  into.magnitude = '';
  into.yearLike = false;
  into.vague = vague >= 0;
  into.end = e;
  into.value = NaN;
  if (e - i > MAX_CN_RUN || (vague >= 0 && (pairs > 0 || !units))) return;
  let value: number;
  let high = NaN;
  if (!units && (zero || e - i >= 3)) {
    // 二〇二五, 一九九八: digit by digit, as years are written.
    if (pairs > 0 && !zero && e - i < 4) return;
    value = parseChineseNumeral(text, i, e);
    into.yearLike = e - i === 4 && value >= 1900 && value < 2200;
  } else if (pairs > 1) {
    return;
  } else if (pairs === 1) {
    // 三四个, 十二三岁, 二三十家: two neighbouring digits give a range.
    const lo = chineseDigitValue(text.charCodeAt(pair - 1));
    const hi = chineseDigitValue(text.charCodeAt(pair));
    if (hi === lo + 1) {
      value = parseChineseNumeral(text, i, e, pair);
      high = parseChineseNumeral(text, i, e, pair - 1);
    } else if (e - i === 2 && isDiscountAt(text, e)) {
      // 七五折, 九九折: two digits before 折 are read digit by digit (75, then 7.5折).
      value = lo * 10 + hi;
    } else {
      return;
    }
  } else {
    // 二十几万 reads as 二十万, an approximation.
    value = parseChineseNumeral(text, i, e, vague);
  }
  // 三点五, 一百二十点五: digits after 点 are tenths, hundredths …
  if (CN_POINT[text.charCodeAt(e)] && chineseDigitValue(text.charCodeAt(e + 1)) >= 0 && !text.startsWith('两', e + 1)) {
    let fraction = 0;
    let places = 0;
    let k = e + 1;
    for (let d = chineseDigitValue(text.charCodeAt(k)); d >= 0 && places < MAX_DIGITS; d = chineseDigitValue(text.charCodeAt(++k))) {
      fraction = fraction * 10 + d;
      places++;
    }
    into.value = (value * 10 ** places + fraction) / 10 ** places;
    into.end = k;
    return;
  }
  // 两千亿, 四亿五千万: the trailing 万/亿 stays with the unit as written (亿元, 万吨).
  let m = e;
  let scale = 1;
  while (m > i + 1 && CN_BIG[text.charCodeAt(m - 1)]) {
    m--;
    scale *= text.charCodeAt(m) === 0x4e07 || text.charCodeAt(m) === 0x842c ? 1e4 : 1e8;
  }
  if (m < e && units) {
    into.magnitude = text.slice(m, e);
    into.value = roundDivide(value, scale);
    into.valueMax = roundDivide(high, scale);
    return;
  }
  into.value = value;
  into.valueMax = high;
}

/** a / b without the binary noise of the division (45000.00000000001). */
function roundDivide(a: number, b: number): number {
  const q = a / b;
  return Number.isInteger(q) ? q : Number(q.toPrecision(15));
}
