/**
 * Numerals written with Arabic digits in the places of Chinese ones:
 * 5万4千6百, 3亿2500万, 7 万5 千4 百. Each group of digits is followed by a
 * magnitude smaller than the one before, and the whole reads as the Chinese
 * numeral would (5万4千6百 = 54600; 3亿2500万 = 32500万).
 */
import { charSet } from '../text/chars.js';
import { digitValue, isDigit } from '../text/numerals.js';
import { MAGNITUDES } from './lexicon.js';
import { GAP, type NumberRead } from './numerals.js';

/** The Chinese magnitudes of the lexicon (not the Latin k and M). */
const MAGNITUDE_CHARS = charSet(Object.keys(MAGNITUDES).filter((m) => m.charCodeAt(0) > 0xff).join(''));
/** What may follow the digits of a mixed numeral: a magnitude, or a space before one. */
export const MIXED_NEXT = charSet(`${Object.keys(MAGNITUDES).filter((m) => m.charCodeAt(0) > 0xff).join('')} `);
/** Digits in one group: up to 9999 before 万 or 亿. */
const MAX_GROUP_DIGITS = 4;

/** Past one space at `at`, if one is there and the character after it is not one. */
function pastSpace(text: string, at: number): number {
  return GAP[text.charCodeAt(at)] && !GAP[text.charCodeAt(at + 1)] ? at + 1 : at;
}

/** The magnitude written at `at` (after one space), 0 when none is or a unit starts there. */
function magnitudeAt(text: string, at: number, to: number, startsUnit: (text: string, at: number) => boolean): number {
  const m = pastSpace(text, at);
  return m < to && MAGNITUDE_CHARS[text.charCodeAt(m)] && !startsUnit(text, m) ? MAGNITUDES[text[m]] : 0;
}

/** A magnitude after `digits` that keeps the order of a numeral (亿 > 万; 千 > 百 > 十 within a 万 group), after bigBefore and smallBefore. */
function fits(size: number, digits: number, bigBefore: number, smallBefore: number): boolean {
  return size >= 1e4 ? size < bigBefore && digits < 1e4 : size > 0 && size < smallBefore && digits < 10;
}

/**
 * Reads on from a whole number `n` (ending at n.end) when a magnitude and
 * more digits with a smaller magnitude follow; `n` is left as it is when
 * they do not. A unit that starts with a magnitude (千瓦, 千米) ends the numeral.
 */
export function readMixed(text: string, to: number, n: NumberRead, startsUnit: (text: string, at: number) => boolean): void {
  // Most numbers end here: no magnitude, or one with no digits or magnitude after it (3000亿元).
  const m0 = pastSpace(text, n.end);
  if (!MAGNITUDE_CHARS[text.charCodeAt(m0)] || !Number.isInteger(n.value) || n.value >= 1e4) return;
  const after = text.charCodeAt(pastSpace(text, m0 + 1));
  if (!isDigit(after) && !MAGNITUDE_CHARS[after]) return;
  let high = 0; // closed by 亿
  let total = 0; // closed by 万
  let group = 0; // below 万
  let pending = n.value;
  let bigBefore = Infinity; // the last 万/亿, which the next must be smaller than
  let smallBefore = Infinity; // the last 十/百/千 since it
  let groups = 1;
  let last = 0;
  let e = n.end;
  for (;;) {
    const size = magnitudeAt(text, e, to, startsUnit);
    if (!fits(size, pending, bigBefore, smallBefore)) break;
    if (size === 1e8) {
      high = (high + total + group + pending) * size;
      total = 0;
      group = 0;
    } else if (size === 1e4) {
      total += (group + pending) * size;
      group = 0;
    } else {
      group += pending * size;
    }
    if (size >= 1e4) bigBefore = size;
    smallBefore = size >= 1e4 ? Infinity : size;
    pending = 0;
    last = size;
    e = pastSpace(text, e) + 1;
    // The next group of digits counts only if a smaller magnitude follows it; 千万 needs none.
    const d = pastSpace(text, e);
    let k = d;
    let v = 0;
    while (k < to && k - d < MAX_GROUP_DIGITS && isDigit(text.charCodeAt(k))) v = v * 10 + digitValue(text.charCodeAt(k++));
    if (k === d && magnitudeAt(text, e, to, startsUnit) >= 1e4) continue;
    if (k === d || isDigit(text.charCodeAt(k)) || !fits(magnitudeAt(text, k, to, startsUnit), v, bigBefore, smallBefore)) break;
    pending = v;
    groups++;
    e = k;
  }
  if (groups < 2) return;
  // A trailing 万/亿 stays with the unit, as for a Chinese numeral (3亿2500万元 → 32500 万元).
  const scale = last >= 1e4 ? last : 1;
  n.value = (high + total + group) / scale;
  n.magnitude = scale > 1 ? text[e - 1] : '';
  n.end = e;
}
