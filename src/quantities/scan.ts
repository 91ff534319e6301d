/**
 * What the quantity scanner and its phrase readers share: the Quantity they
 * make, the scratch they write numbers into, and the bounded look-arounds
 * (spaces between a number and its unit, the character before a number).
 */
import type { Comparator } from '../model/schema.js';
import { charSet } from '../text/chars.js';
import { CN_NUMERAL_CHARS } from '../text/numerals.js';
import { GAP, type NumberRead, afterBreak, isSoftBreak, readArabic, readChinese } from './numerals.js';
import { ARABIC, CLASS, CN_START, FRACTION, MAX_GAP } from './marks.js';
import { matchUnit, unitParts } from './units.js';
import { MIXED_NEXT, readMixed } from './mixed.js';

export interface Quantity {
  /** Span in the text: sign or 百分之, number(s), magnitude, unit, and a 以上/左右 after it. */
  start: number;
  end: number;
  value: number;
  /** The higher end of a range (1-2家, 三四个); NaN when there is none (a number-only field keeps V8's representation). */
  valueMax: number;
  /** Magnitude and unit as written: 亿元, 万千瓦, %, 个百分点, 成; '' for a fraction (三分之一); 倍 for 翻番. */
  unit: string;
  /** What is written after the number: 以上 >=, 以下/以内 <=, 余/多 >, 左右/上下 ~. */
  suffix: Comparator | null;
  /** 约, 近, 左右, 余, 多: the amount is approximate. */
  approx: boolean;
  /** Written only in Chinese numerals (三所, 两成). */
  chinese: boolean;
  /** 翻一番 / 翻番: a doubling idiom rather than a written number. */
  doubling: boolean;
}

export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A unit of the lexicon starts at `at` (千瓦 after 三百万). */
export function startsUnit(text: string, at: number): boolean {
  return matchUnit(text, at) > 0;
}

/** A digit or a numeral that can begin a number. */
export function startsNumber(c: number): boolean {
  return CLASS[c] === ARABIC || CLASS[c] === CN_START;
}

/**
 * Past the spaces (and a wrap) at `at` that may stand between a number and
 * what is written with it; `at` itself when they run on longer, as a table's
 * column gap does.
 */
export function skipGap(text: string, at: number, to: number, joins: ReadonlySet<number>): number {
  let e = at;
  for (let n = 0; e < to; n++) {
    if (GAP[text.charCodeAt(e)]) e++;
    else if (isSoftBreak(text, e, joins)) e = afterBreak(text, e);
    else return e;
    if (n >= MAX_GAP) return at;
  }
  return e;
}

/** The character before `at`, past the spaces a PDF leaves before digits; -1 at the start. */
export function before(text: string, at: number, from: number): number {
  let k = at - 1;
  while (k >= from && at - k <= MAX_GAP && GAP[text.charCodeAt(k)]) k--;
  return k >= from ? k : -1;
}

/** What is read after a number: magnitudes, 余/多, the unit. Written into, not made, per number. */
export interface Tail {
  end: number;
  unit: string;
  more: boolean;
}

export function newTail(): Tail {
  return { end: 0, unit: '', more: false };
}

/** The scratch a reader writes into: the numbers of a phrase and their tails. */
export interface Scratch {
  first: NumberRead;
  second: NumberRead;
  tail: Tail;
  secondTail: Tail;
}

export function quantity(start: number, end: number, value: number, valueMax: number, unit: string, suffix: Comparator | null,
  approx: boolean, chinese: boolean, doubling: boolean): Quantity {
  return { start, end, value, valueMax, unit, suffix, approx, chinese, doubling };
}

/** The number at `i`, read into `into`; false when there is none, and into.end is where scanning resumes. */
export function readNumber(text: string, i: number, to: number, joins: ReadonlySet<number>, into: NumberRead): boolean {
  const k = CLASS[text.charCodeAt(i)];
  if (k === ARABIC) {
    if (!readArabic(text, i, to, joins, into)) return false;
    if (MIXED_NEXT[text.charCodeAt(into.end)]) readMixed(text, to, into, startsUnit);
    return true;
  }
  if (k === CN_START || k === FRACTION || CN_CHARS[text.charCodeAt(i)]) {
    readChinese(text, i, to, into, startsUnit, joins);
    return Number.isFinite(into.value);
  }
  into.end = i + 1;
  return false;
}

/** The magnitude a written unit starts with (万元 → 1e4): to restate one end of 5000万-1亿元 in the other's. */
export function magnitudeOf(unit: string): number {
  return unit === '' ? 1 : unitParts(unit).magnitude;
}

export function dimensionOf(unit: string): string | undefined {
  return unit === '' ? undefined : unitParts(unit).record?.dimension;
}

export const CN_CHARS = charSet(CN_NUMERAL_CHARS);
