/**
 * Phrases read whole rather than as number and unit: fractions (百分之五十,
 * 千分之三, 三分之一, 百分之八至九) and doublings (翻一番), with the
 * approximation a word before a number makes (约, 近).
 */
import { code } from '../text/chars.js';
import { type NumberRead, readChinese, spacedLength } from './numerals.js';
import { APPROX_BEFORE, DOUBLING_VERB, FRACTIONS, PERFECTIVE, rangeSeparatorLength, suffixAt } from './marks.js';
import { type Quantity, type Scratch, before, dimensionOf, quantity, readNumber, skipGap, startsNumber, startsUnit } from './scan.js';

/** 翻一番 = 2, 翻两番 = 4: the numeral counts doublings. */
export function readDoubling(text: string, i: number, to: number, n: NumberRead): Quantity | null {
  let s = i - 1;
  if (text.charCodeAt(s) === PERFECTIVE) s--;
  if (text.charCodeAt(s) !== DOUBLING_VERB) return null;
  readChinese(text, i, to, n, startsUnit);
  if (text.charCodeAt(n.end) !== code('番') || !Number.isInteger(n.value) || n.value < 1 || n.value > 6) return null;
  return quantity(s, n.end + 1, 2 ** n.value, NaN, '倍', null, false, true, true);
}

/**
 * 百分之五十 → 50 %, 千分之三 → 3 ‰, 百分之八至九 → 8..9 %; and 三分之一 → 1/3
 * when `denominator` is given (the number before 分之).
 */
export function readFraction(text: string, i: number, from: number, to: number, joins: ReadonlySet<number>, s: Scratch, sign: number, start: number): Quantity | null {
  let unit = '';
  let at = i;
  for (const [word, u] of FRACTIONS) {
    const n = spacedLength(text, i, word);
    if (n > 0) {
      unit = u;
      at = i + n;
    }
  }
  if (unit === '') return null;
  return fractionValue(text, at, from, to, joins, s, sign, start, unit, 1);
}

/** The numerator after 分之 at `at`, with a range and a suffix after it; `unit` '' and value / denominator for 三分之一. */
export function fractionValue(text: string, at: number, from: number, to: number, joins: ReadonlySet<number>, s: Scratch, sign: number,
  start: number, unit: string, denominator: number): Quantity | null {
  const n = s.first;
  if (!readNumber(text, skipGap(text, at, to, joins), to, joins, n) || n.magnitude !== '') return null;
  let end = n.end;
  let valueMax = n.valueMax;
  // 百分之八至九, 百分之八至百分之九
  const sep = rangeSeparatorLength(text, end, to);
  if (sep > 0 && unit !== '') {
    let k = end + sep;
    if (text.startsWith('分之', k + 1) && text.startsWith(FRACTIONS.find(([, u]) => u === unit)![0], k)) k += 3;
    if (startsNumber(text.charCodeAt(k)) && readNumber(text, k, to, joins, s.second) && s.second.magnitude === '') {
      valueMax = s.second.value;
      end = s.second.end;
    }
  }
  const suffix = suffixAt(text, end, to);
  if (suffix) end += suffix[0].length;
  const v = (x: number) => (denominator === 1 ? x : Number((x / denominator).toPrecision(12)));
  return quantity(start, end, sign * v(n.value), v(valueMax), unit, suffix?.[1] ?? null, approxBefore(text, start, from, unit) || suffix?.[1] === '~' || n.vague,
    n.chinese, false);
}

/** 约5万人, 近百家, 约为3%: an approximation written before the number (not 近三年, the latest years). */
export function approxBefore(text: string, start: number, from: number, unit: string): boolean {
  const p = before(text, start, from);
  if (p < 0) return false;
  const c = text.charCodeAt(p);
  if (c === code('为') && text.charCodeAt(p - 1) === code('约')) return true;
  if (!APPROX_BEFORE[c]) return false;
  return c === code('约') || dimensionOf(unit) !== 'time';
}
