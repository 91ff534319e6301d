/**
 * What the quantity reader looks for around a number, as data: the class of
 * each character that may start one, and the words written before and after
 * it (signs, range separators, 以上/左右, 余/多, 约/近, 半, 成).
 */
import type { Comparator } from '../model/schema.js';
import { charSet, code } from '../text/chars.js';
import { CN_NUMERAL_CHARS } from '../text/numerals.js';

export const ARABIC = 1;
export const CN_START = 2; // 一…九, 两, 零, 十: a Chinese numeral may begin here
export const FRACTION = 3; // 百 千 万: 百分之, 千分之, 万分之
export const FAN = 4; // 番, for 翻番 written without a numeral
export const HALF_PRICE = 6; // 对, for 打对折 (half price) written without a numeral
export const SIGN = 5; // 负 - － − +

export const CLASS = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) CLASS[c] = ARABIC;
for (let c = 0xff10; c <= 0xff19; c++) CLASS[c] = ARABIC;
for (const ch of CN_NUMERAL_CHARS) if (!'百佰千仟万亿萬億'.includes(ch)) CLASS[code(ch)] = CN_START;
for (const ch of '百佰千万萬') CLASS[code(ch)] = FRACTION;
CLASS[code('番')] = FAN;
for (const ch of '对對') CLASS[code(ch)] = HALF_PRICE;
/** 打 before 对折: the verb that makes 对折 a price (打对折), not a fold. */
export const DISCOUNT_VERB = code('打');
for (const ch of '负負-－−+＋') CLASS[code(ch)] = SIGN;

/** Longest first: —— before —. */
const RANGE_SEPARATORS = ['——', '-', '－', '—', '–', '~', '～', '〜', '至', '到'];
export const RANGE_STARTS = charSet(RANGE_SEPARATORS.map((s) => s[0]).join(''));
/** Separators that, written twice (2021-12-02), make a date or code rather than a range. */
export const DATE_SEPARATORS = charSet('-－—–~');
const SUFFIXES: [string, Comparator][] = [
  ['及以上', '>='], ['以上', '>='], ['及以下', '<='], ['以下', '<='], ['以内', '<='], ['左右', '~'], ['上下', '~'],
];
const SUFFIX_STARTS = charSet(SUFFIXES.map(([s]) => s[0]).join(''));
/** 上下游, 上下级: 上下 there is no approximation. */
const NOT_AFTER_UPDOWN = charSet('游级班文层楼');
export const FRACTIONS: [string, string][] = [['百分之', '%'], ['佰分之', '%'], ['千分之', '‰'], ['万分之', '‱'], ['萬分之', '‱']];
/** 半 after a unit adds a half (一吨半, 两米半) unless it starts a word (三个半导体项目). */
export const NOT_AFTER_HALF = charSet('导岛径数价成自封壁边球场途拍夜山坡身年月日天小分秒');
export const NEGATIVE = charSet('负負-－−');
export const NEGATIVE_WORD = charSet('负負');
export const NOT_BEFORE_MINUS = charSet(')）]】〕%％');
export const MORE = charSet('余多');
export const APPROX_BEFORE = charSet('约近');
/** Words before a bare 百/千/万 that make it an amount (近百家, 上千人, 逾万户). */
export const ROUND_BEFORE = charSet('约近上逾超');
export const ORDINAL = code('第');
export const DOUBLING_VERB = code('翻');
export const PERFECTIVE = code('了');
export const HALF = code('半');
export const TENTHS = code('成');
export const YEAR = code('年');
export const MONTH = code('月');
export const TEN = code('十');
export const FEN = code('分');
export const ZHI = code('之');
export const DAY_UNITS = charSet('日号');
export const DISCOUNT = '折';
/** k and M before a unit: thousands and millions (12k个百分点). */
export const LATIN_MAGNITUDES = charSet('kKM');
/** Gap characters read between a number and what follows it; more make a table's column gap. */
export const MAX_GAP = 3;

/** The 以上-like suffix written at `at`, if any. */
export function suffixAt(text: string, at: number, to: number): readonly [string, Comparator] | undefined {
  if (at >= to || !SUFFIX_STARTS[text.charCodeAt(at)]) return undefined;
  for (const suffix of SUFFIXES) {
    if (at + suffix[0].length <= to && text.startsWith(suffix[0], at)) {
      if (suffix[1] === '~' && suffix[0] === '上下' && NOT_AFTER_UPDOWN[text.charCodeAt(at + 2)]) return undefined;
      return suffix;
    }
  }
  return undefined;
}

/** Length of a range separator at `at`; 0 when there is none. */
export function rangeSeparatorLength(text: string, at: number, to: number): number {
  if (at >= to || !RANGE_STARTS[text.charCodeAt(at)]) return 0;
  for (const sep of RANGE_SEPARATORS) if (text.startsWith(sep, at) && at + sep.length < to) return sep.length;
  return 0;
}
