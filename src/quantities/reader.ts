/**
 * The quantity scanner: one linear pass that stops only where a number may
 * start (a digit, a Chinese numeral, a sign, 百分之, 番) and reads the number
 * with what is written around it — sign, magnitude (万, 亿), 余/多, unit,
 * 半 and tenths of 成, a range's second number, 以上/左右 — into a Quantity.
 * Away from a number it does one table look-up per character, and every
 * look-around is bounded, so the cost is linear in the input.
 *
 * Numbers that are no quantity by their own shape are passed over: numbers
 * without a unit, dates (2025年, 1 9 9 3 年, 12月2日), ordinals (第五),
 * parts of names and codes (PM2.5, 5G, 1.1.1, 2021-12-02).
 */
import { chineseDigitValue, isDigit } from '../text/numerals.js';
import { GAP, type NumberRead, isLoneNumeral, newRead, skipCode } from './numerals.js';
import { readCoins } from './money.js';
import { ARABIC, CLASS, CN_START, DATE_SEPARATORS, DAY_UNITS, DOUBLING_VERB, FAN, FRACTION, HALF, MONTH, MORE, NEGATIVE, NEGATIVE_WORD, NOT_AFTER_HALF, NOT_BEFORE_MINUS, ORDINAL, RANGE_STARTS, rangeSeparatorLength, ROUND_BEFORE, SIGN, DISCOUNT, DISCOUNT_VERB, HALF_PRICE, LATIN_MAGNITUDES, suffixAt, TEN, TENTHS, YEAR, FEN, ZHI } from './marks.js';
import { MAGNITUDE_CHARS, UNIT_STARTS, lastMatchedUnit, matchUnit, unitParts } from './units.js';
import { approxBefore, fractionValue, readDoubling, readFraction } from './fractions.js';
import { type Quantity, type Tail, type Scratch, CN_CHARS, before, dimensionOf, isAsciiAlnum, magnitudeOf, newTail, quantity, readNumber, skipGap, startsNumber } from './scan.js';

export type { Quantity } from './scan.js';

/** Magnitudes, 余/多 and unit after a number ending at `at`, read into `into`; false for a name (5G). */
function readTail(text: string, at: number, to: number, n: NumberRead, joins: ReadonlySet<number>, into: Tail): boolean {
  const g = skipGap(text, at, to, joins);
  let e = g;
  // 10万, 1.2万亿, 三点五万: magnitudes written after the digits, unless a unit starts there (千瓦, 百分点).
  while (e < to && MAGNITUDE_CHARS[text.charCodeAt(e)] && text.charCodeAt(e) !== TEN && matchUnit(text, e) === 0) e++;
  // 12k个, 3M人: a Latin thousand or million, only right before a unit.
  if (e === g && LATIN_MAGNITUDES[text.charCodeAt(g)] && !isAsciiAlnum(text.charCodeAt(g + 1)) && matchUnit(text, skipGap(text, g + 1, to, joins)) > 0) e++;
  let unit = e > g ? n.magnitude + text.slice(g, e) : n.magnitude;
  let more = false;
  if (e < to && MORE[text.charCodeAt(e)]) {
    more = true;
    e++;
    // 一千多万, 三百余亿: the magnitude may follow 余/多 as well as come before it (3万余).
    if (unit === n.magnitude) {
      const m = skipGap(text, e, to, joins);
      let k = m;
      while (k < to && MAGNITUDE_CHARS[text.charCodeAt(k)] && text.charCodeAt(k) !== TEN && matchUnit(text, k) === 0) k++;
      if (k > m) {
        unit += text.slice(m, k);
        e = k;
        if (n.chinese) n.value = scaledBelowLargerUnit(n.value, magnitudeOf(text.slice(m, k)));
      }
    }
  }
  const u0 = e > g ? skipGap(text, e, to, joins) : e;
  let u = u0 < to ? matchUnit(text, u0) : 0;
  // Letters glued to digits make a name (5G); after a space they are the next word.
  if (u < 0 && u0 > at) u = 0;
  if (u < 0) return false;
  into.more = more;
  if (u > 0) {
    into.end = u0 + u;
    const written = lastMatchedUnit() || text.slice(u0, u0 + u);
    into.unit = unit === '' ? written : unit + written;
    return true;
  }
  if (unit === '' && more) return false; // 多 alone after a number is prose (3多)
  into.end = unit === '' ? at : e;
  into.unit = unit;
  return true;
}

/**
 * 六亿三千多万: a magnitude after 多 scales only the part of the numeral below
 * its next larger unit (6亿 + 3千万 = 63000万, not 600003000万).
 */
function scaledBelowLargerUnit(value: number, scale: number): number {
  const larger = scale * 1e4;
  if (!(value >= larger)) return value;
  const high = Math.floor(value / larger) * larger;
  return high / scale + (value - high);
}

/**
 * 七成六 (7.6成) and 一吨半, 两米半, 三成半: tenths and a half written after the
 * unit. Returns the value added and moves tail.end past them.
 */
function afterUnit(text: string, tail: Tail, to: number, whole: boolean): number {
  const e = tail.end;
  if (e >= to || tail.unit === '') return 0;
  const c = text.charCodeAt(e);
  if (c === HALF && whole && !NOT_AFTER_HALF[text.charCodeAt(e + 1)] && !unitParts(tail.unit).record?.counting) {
    tail.end = e + 1;
    return 0.5;
  }
  // 七成 六 as a PDF spaces it: one space, and the digit ends the number.
  const t = GAP[c] && !GAP[text.charCodeAt(e + 2)] ? e + 1 : e;
  const d = chineseDigitValue(text.charCodeAt(t));
  if (text.charCodeAt(e - 1) === TENTHS && whole && d > 0 && !CN_CHARS[text.charCodeAt(t + 1)]) {
    tail.end = t + 1;
    return d / 10;
  }
  return 0;
}

/**
 * Whether a character written right after a number makes readPhrase read on
 * past it: a gap or a line break, a magnitude, 余/多, a unit or letters (5G),
 * a range separator, 年 (a date), 分 (三分之一). Every look below at the
 * character after a number is at one of these; keep them in step.
 */
function readsOn(c: number): boolean {
  return GAP[c] === 1 || c === 10 || c === 13 || c === YEAR || c === FEN || MAGNITUDE_CHARS[c] === 1 || LATIN_MAGNITUDES[c] === 1 ||
    MORE[c] === 1 || UNIT_STARTS[c] === 1 || RANGE_STARTS[c] === 1 || isAsciiLetter(c);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Where scanning resumes past a number that is no quantity (a code, a name, a
 * year). A plain offset, so the many numbers skipped make no object.
 */
type Skip = number;

function isSkip(r: Quantity | Skip): r is Skip {
  return typeof r === 'number';
}

/** Read the quantity starting at `i`, or return where scanning resumes. */
function readPhrase(text: string, i: number, from: number, to: number, joins: ReadonlySet<number>, s: Scratch, bare = false): Quantity | Skip {
  const c = text.charCodeAt(i);
  let k = CLASS[c];
  if (k === FAN) {
    return text.charCodeAt(i - 1) === DOUBLING_VERB && i - 1 >= from ? quantity(i - 1, i + 1, 2, NaN, '倍', null, false, true, true) : i + 1;
  }
  if (k === HALF_PRICE) {
    const price = i + 1 < to && text.startsWith(DISCOUNT, i + 1) && text.charCodeAt(i - 1) === DISCOUNT_VERB && i - 1 >= from;
    return price ? quantity(i, i + 2, 5, NaN, DISCOUNT, null, false, true, false) : i + 1;
  }
  const p = before(text, i, from);
  const prev = p >= 0 ? text.charCodeAt(p) : 0;
  if (k === FRACTION) {
    const f = readFraction(text, i, from, to, joins, s, 1, i);
    if (f) return f;
    // 百余家, 近千人: a bare 百 or 千 counts only where a word of amount is written with it (not 千家万户).
    if (!MORE[text.charCodeAt(i + 1)] && !ROUND_BEFORE[prev]) return i + 1;
    k = CN_START;
  }
  let sign = 1;
  let j = i;
  if (k === SIGN) {
    // 5-20%, A-3: after a digit or a letter, a dash is a range or part of a code; after a
    // table's closing bracket or unit, （%）-100, it is an empty cell.
    if (isAsciiAlnum(prev) || isDigit(prev) || (!NEGATIVE_WORD[c] && (NOT_BEFORE_MINUS[prev] || (p === i - 1 && CN_CHARS[prev])))) return i + 1;
    j = skipGap(text, i + 1, to, joins);
    if (CLASS[text.charCodeAt(j)] === FRACTION) return readFraction(text, j, from, to, joins, s, NEGATIVE[c] ? -1 : 1, i) ?? i + 1;
    if (!startsNumber(text.charCodeAt(j))) return i + 1;
    sign = NEGATIVE[c] ? -1 : 1;
    k = CLASS[text.charCodeAt(j)];
  }
  const first = s.first;
  if (k === CN_START && j > from) {
    const d = readDoubling(text, j, to, first);
    if (d) return d;
  }
  // 一、 二） 一体化: a lone numeral with nothing read after it, the most common of all, is not read.
  if (!bare && CLASS[text.charCodeAt(j)] === CN_START && isLoneNumeral(text, j, to) && !readsOn(text.charCodeAt(j + 1))) return j + 1;
  // PM2.5, M0, Wi-Fi 6: digits right after letters are part of a name or code.
  if (k === ARABIC && j === i && (isAsciiAlnum(text.charCodeAt(i - 1)) ||
    ((text.charCodeAt(i - 1) === 45 || text.charCodeAt(i - 1) === 47 || text.charCodeAt(i - 1) === 46) && isAsciiAlnum(text.charCodeAt(i - 2))))) {
    return skipCode(text, i, to);
  }
  if (!readNumber(text, j, to, joins, first)) return Math.max(first.end, i + 1);
  // 一、 1. （二） 一体化: most numbers of a plan have neither magnitude nor anything read after them, so no unit.
  if (!bare && first.magnitude === '' && first.end < to && !readsOn(text.charCodeAt(first.end))) return Math.max(first.end, i + 1);
  // 三分之一, 3分之2
  if (text.charCodeAt(first.end) === FEN && text.charCodeAt(first.end + 1) === ZHI && first.magnitude === '' && first.value > 0) {
    return fractionValue(text, first.end + 2, from, to, joins, s, sign, i, '', first.value) ?? first.end + 2;
  }
  // 2025年, 1 9 9 3 年, 二〇三五年: a date.
  if (first.yearLike && text.charCodeAt(skipGap(text, first.end, to, joins)) === YEAR) return skipGap(text, first.end, to, joins) + 1;
  const tail = s.tail;
  if (!readTail(text, first.end, to, first, joins, tail)) return skipCode(text, first.end, to);
  // 12月2日: the day of a date.
  if (DAY_UNITS[text.charCodeAt(tail.end - 1)] && prev === MONTH) return tail.end;
  let value = first.value + afterUnit(text, tail, to, Number.isInteger(first.value));
  value += readCoins(text, to, joins, tail, value, s.second);
  let valueMax = first.valueMax;
  let chinese = first.chinese;
  // A range: 1-2家, 3至5个, 30%—40%, 5000万-1亿元.
  const at = skipGap(text, tail.end, to, joins);
  const sep = rangeSeparatorLength(text, at, to);
  const second = s.second;
  const secondAt = sep > 0 ? skipGap(text, at + sep, to, joins) : at;
  if (sep > 0 && startsNumber(text.charCodeAt(secondAt)) && Number.isNaN(valueMax)) {
    if (!readNumber(text, secondAt, to, joins, second)) return tail.unit === '' ? second.end : tail.end;
    // 2021-12-02: a third part makes a date or code.
    if (DATE_SEPARATORS[text.charCodeAt(second.end)] && isDigit(text.charCodeAt(second.end + 1))) return skipCode(text, second.end, to);
    const t2 = s.secondTail;
    const yearAfter = second.yearLike && text.charCodeAt(skipGap(text, second.end, to, joins)) === YEAR;
    if (yearAfter) {
      if (first.yearLike) return skipGap(text, second.end, to, joins) + 1; // 2021-2025年: a period
    } else if (!readTail(text, second.end, to, second, joins, t2)) {
      return skipCode(text, second.end, to);
    } else if ((t2.unit !== '' || tail.unit !== '' || bare) && compatible(tail.unit, t2.unit)) {
      const high = second.value + afterUnit(text, t2, to, Number.isInteger(second.value));
      // 5000万-1亿元: the low end restated in the high end's magnitude.
      if (tail.unit !== t2.unit && t2.unit !== '') value = value * magnitudeOf(tail.unit) / magnitudeOf(t2.unit);
      valueMax = high;
      chinese = chinese && second.chinese;
      tail.end = t2.end;
      tail.unit = t2.unit || tail.unit;
      tail.more = tail.more || t2.more;
    }
  }
  if (tail.unit === '' && !bare) return Math.max(tail.end, i + 1);
  // 75折, 七五折: two digits before 折 are its tenths (7.5折); 十折 is no discount.
  if (tail.unit === DISCOUNT) {
    if (Number.isInteger(value) && value > 10 && value < 100 && value % 10 !== 0) value /= 10;
    if (!(value > 0 && value < 10)) return tail.end;
  }
  const sfx = suffixAt(text, skipGap(text, tail.end, to, joins), to);
  const end = sfx ? skipGap(text, tail.end, to, joins) + sfx[0].length : tail.end;
  // 第五位, 第1-3条: ordinals count nothing.
  if (prev === ORDINAL) return end;
  const suffix = sfx?.[1] ?? (tail.more ? '>' : null);
  const approx = tail.more || suffix === '~' || first.vague || approxBefore(text, i, from, tail.unit);
  return quantity(i, end, sign * value, valueMax, tail.unit, suffix, approx, chinese, false);
}

/** Two ends of a range in units of one dimension (or one end without a unit: 5-20%). */
function compatible(a: string, b: string): boolean {
  if (a === '' || b === '' || a === b) return true;
  const da = dimensionOf(a);
  const db = dimensionOf(b);
  return da === db || (da === undefined && magnitudeOf(a) !== 1) || (db === undefined && magnitudeOf(b) !== 1);
}

/**
 * The first character at or after `i` that may start a number; `to` when none
 * does. Most characters start none: one table look-up each.
 */
function nextNumberStart(text: string, i: number, to: number): number {
  while (i < to && CLASS[text.charCodeAt(i)] === 0) i++;
  return i;
}

/**
 * The quantities of text[from, to), in order, none overlapping: each call
 * returns the next, and undefined after the last. Handed out one at a time, a
 * document's quantities are never all kept alive together. `joins` are the
 * line breaks that only wrap a paragraph: a number may be cut by one.
 */
export function quantityReader(text: string, from: number, to: number, joins: ReadonlySet<number>): () => Quantity | undefined {
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

const NO_JOINS: ReadonlySet<number> = new Set();
/** A table has a cell for every value: one scratch serves them all (a reading never calls another). */
const CELL_SCRATCH: Scratch = { first: newRead(), second: newRead(), tail: newTail(), secondTail: newTail() };

/**
 * The number that fills text[from, to) and nothing else, with or without a
 * unit — a table cell's value (12.5, -3, 3-5, 3%—5%, 5.5左右, 1,200, 十二) —
 * or null when the span holds anything more or less.
 */
export function readWholeNumber(text: string, from: number, to: number): Quantity | null {
  if (from >= to) return null;
  // A NUL either side reads as nothing, as a look past the string's ends does; but such a look
  // throws the optimised reader back to the interpreter, and a cell is all ends.
  const padded = `\0${text.slice(from, to)}\0`;
  const r = readPhrase(padded, 1, 1, padded.length - 1, NO_JOINS, CELL_SCRATCH, true);
  if (isSkip(r) || r.start !== 1 || r.end !== padded.length - 1) return null;
  // Its span in the caller's text, not in the padded copy.
  r.start = from;
  r.end = to;
  return r;
}

/** A range (1-2家, 30%—40%): the quantity holds two numbers. */
export function isRange(q: Quantity): boolean {
  return !Number.isNaN(q.valueMax);
}
