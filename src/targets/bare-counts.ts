/**
 * A number written with a magnitude and no unit (551万, 1000多万, 近五百万, 1亿)
 * counts what the noun after it names (…万农村贫困人口, …万高中毕业生), or
 * what its indicator names (过夜游客人次…达3430万): people in 人, households in
 * 户, visits in 人次, as a reader of the sentence would count them.
 */
import { unitParts } from '../quantities/units.js';
import { isDigit } from '../text/numerals.js';
import { charSet } from '../text/chars.js';
import { COUNTED_NOUNS } from './lexicon.js';

/** Longest noun read after the number (建档立卡贫困人口). */
const MAX_NOUN = 10;
const NOUN_STOPS = charSet('在和与及并将已以为等的，,。；;：:、！？!?\n\r\t（(）)“”"');

/** Whether a unit is magnitudes alone (万, 亿, 千万). */
export function isBareMagnitude(unit: string): boolean {
  return unit !== '' && unitParts(unit).unit === '';
}

/** The counted noun right after a bare magnitude: its end and the unit, or null. */
export function countedNounAfter(text: string, end: number, to: number): { end: number; unit: string } | null {
  let limit = end;
  while (limit < to && limit - end < MAX_NOUN && !NOUN_STOPS[text.charCodeAt(limit)] && !isDigit(text.charCodeAt(limit))) limit++;
  // The shortest noun that ends in a counted head: 农业转移人口 of 农业转移人口和其他常住人口.
  for (let e = end + 2; e <= limit; e++) {
    const unit = unitEnding(text, e);
    if (unit) return { end: e, unit };
  }
  return null;
}

/** The unit an indicator's last word counts in (游客人次 → 人次, 常住人口 → 人), or null. */
export function countedByIndicator(indicator: string): string | null {
  return unitEnding(indicator, indicator.length);
}

function unitEnding(s: string, end: number): string | null {
  for (const [unit, nouns] of COUNTED_NOUNS) for (const n of nouns) if (s.endsWith(n, end)) return unit;
  return null;
}
