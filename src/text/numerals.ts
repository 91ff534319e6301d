/**
 * Chinese and full-width numerals → numbers. Shared by the heading tokenizer
 * (十一、 （二十三）) and the target extractor (三千五百万, 两, 〇).
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
  兩: 2, 倆: 2, 貳: 2, 參: 3, 陸: 6,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** 兆 is a million million only inside a numeral that goes on to 亿 (五兆六十二亿); callers decide that. */
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8, 萬: 1e4, 億: 1e8, 兆: 1e12 };

/** Characters that may appear in a Chinese numeral (traditional forms included: 兩 萬 億). */
export const CN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟兩倆貳參陸萬億';

// By char code: the parser runs on every numeral-looking run of a document, so no strings are made.
const codeTable = (table: Record<string, number>) => new Map(Object.entries(table).map(([k, v]) => [k.charCodeAt(0), v]));
const DIGIT_CODES = codeTable(DIGITS);
const SMALL_UNIT_CODES = codeTable(SMALL_UNITS);
const BIG_UNIT_CODES = codeTable(BIG_UNITS);

/** The value of a Chinese digit (一 → 1, 〇 → 0), by char code; -1 when it is none. */
export function chineseDigitValue(code: number): number {
  return DIGIT_CODES.get(code) ?? -1;
}

/**
 * Value of a Chinese numeral such as 二十三, 三千五百万, 一百零五, 二〇三五 (digit by
 * digit when there are no units), in s[start, end) leaving out the character
 * at `skip` (how 十二三 reads as 十二 and as 十三). NaN when it is not one.
 */
export function parseChineseNumeral(s: string, start = 0, end = s.length, skip = -1): number {
  if (end <= start) return NaN;
  let hasUnit = false;
  for (let i = start; i < end; i++) {
    if (i === skip) continue;
    const c = s.charCodeAt(i);
    if (SMALL_UNIT_CODES.has(c) || BIG_UNIT_CODES.has(c)) hasUnit = true;
    else if (!DIGIT_CODES.has(c)) return NaN;
  }
  if (!hasUnit) {
    // 二〇三五 is read digit by digit.
    let v = 0;
    for (let i = start; i < end; i++) if (i !== skip) v = v * 10 + DIGIT_CODES.get(s.charCodeAt(i))!;
    return v;
  }
  let high = 0; // completed 兆 groups
  let total = 0; // completed 亿/万 groups
  let group = 0; // within the current 万 group
  let digit = -1; // pending digit, -1 when none
  let unit = 0; // the unit written right before the pending digit (0 when none, or 零 between)
  let last = 0; // the last unit read
  for (let i = start; i < end; i++) {
    if (i === skip) continue;
    const c = s.charCodeAt(i);
    const d = DIGIT_CODES.get(c);
    const small = SMALL_UNIT_CODES.get(c);
    if (d !== undefined) {
      unit = digit < 0 && d !== 0 ? last : 0;
      last = 0;
      digit = d;
    } else if (small !== undefined) {
      group += (digit < 0 ? 1 : digit) * small; // 十 alone is 10
      digit = -1;
      last = small;
    } else {
      const big = BIG_UNIT_CODES.get(c)!;
      const twice = last >= 1e4 && digit < 0 && group === 0; // 四万万: a 万 of 万s
      last = big;
      group += digit < 0 ? 0 : unit >= 100 && unit < 1e4 ? (digit * unit) / 10 : digit;
      digit = -1;
      if (group === 0 && total === 0 && high === 0) group = 1;
      // 兆 closes everything before it; 亿 scales everything since; 万 only the current group.
      if (twice) total *= big;
      else if (big === 1e12) {
        high += (total + group) * big;
        total = 0;
      } else if (big === 1e8) total = (total + group) * big;
      else total += group * big;
      group = 0;
    }
  }
  // 两千四百五, 一万三: a last digit right after a unit counts in the unit below it (2450, 13000),
  // and so does one before 万 or 亿 (两千四百五万).
  return high + total + group + (digit < 0 ? 0 : unit >= 100 ? (digit * unit) / 10 : digit);
}

/** An Arabic digit, ASCII (0–9) or full-width (０–９), by char code. */
export function isDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

/** The value of a digit `isDigit` accepts. */
export function digitValue(code: number): number {
  return code >= 0xff10 ? code - 0xff10 : code - 48;
}

/** Full-width digits and decimal point → ASCII, one for one (lengths are kept). */
export function asciiDigits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0xff0e) out += '.';
    else out += s[i];
  }
  return out;
}
