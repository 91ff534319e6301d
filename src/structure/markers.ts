/**
 * The heading tokenizer: recognises a numbering marker at a given place in a
 * line (一、 （一） 1. （1） ① 第一章 …) and rejects what only looks like one
 * (1.5倍, 2021年, 第五十五条规定的…). Every loop here is bounded by a small
 * constant, so scanning a whole document stays linear.
 */
import type { MarkerStyle } from '../model/schema.js';
import { CN_NUMERAL_CHARS, circledValue, parenDigitValue, parseChineseNumeral } from '../text/numerals.js';

export interface MarkerMatch {
  style: MarkerStyle;
  number: number;
  /** Offset just past the marker, relative to the line. */
  end: number;
}

/** Highest number accepted in a marker: larger ones are years, codes or amounts. */
const MAX_NUMBER = 200;
/** A Chinese numeral in a marker is at most this long (一百九十九). */
const MAX_CN_LENGTH = 5;

const isCnNumeral = (c: string) => CN_NUMERAL_CHARS.includes(c) && c !== '万' && c !== '亿' && c !== '两';
const isAsciiDigit = (code: number) => code >= 48 && code <= 57;
const isWideDigit = (code: number) => code >= 0xff10 && code <= 0xff19;
const isDigit = (code: number) => isAsciiDigit(code) || isWideDigit(code);
const digitValue = (code: number) => (isAsciiDigit(code) ? code - 48 : code - 0xff10);

/** Spaces that may indent a line or separate a marker from its title. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 0x2002 || code === 0x2003;
}

/**
 * A cheap first test on the first character (digits, brackets, 第, circled
 * numbers, Chinese numerals), so that the full match runs only where a marker can be.
 */
function mayStartMarker(code: number): boolean {
  return isDigit(code) || code === 40 || code === 0xff08 || code === 0x7b2c /* 第 */ || (code >= 0x2460 && code <= 0x2487) || (code >= 0x4e00 && code <= 0x9fff && CN_NUMERAL_CHARS.includes(String.fromCharCode(code)));
}

const OPEN_PAREN = '(（';
const CLOSE_PAREN = ')）';

/** Words that follow 第N条/章 in a cross reference, not in a heading. */
const CROSS_REFERENCE_FOLLOWERS = ['规定', '的', '中', '所', '第', '、', '至', '和', '及', '或', '提出', '明确', '要求', '之', '以', '有关', '关于', '确定', '列', '项', '款', '，', ',', '。'];

function readCn(line: string, i: number): { value: number; end: number } | null {
  let j = i;
  while (j < line.length && j - i < MAX_CN_LENGTH && isCnNumeral(line[j])) j++;
  if (j === i) return null;
  const value = parseChineseNumeral(line.slice(i, j));
  return Number.isFinite(value) && value >= 1 && value <= MAX_NUMBER ? { value, end: j } : null;
}

function readDigits(line: string, i: number): { value: number; end: number } | null {
  let j = i;
  let value = 0;
  while (j < line.length && j - i < 4 && isDigit(line.charCodeAt(j))) {
    value = value * 10 + digitValue(line.charCodeAt(j));
    j++;
  }
  if (j === i || isDigit(line.charCodeAt(j))) return null;
  return value >= 1 && value <= MAX_NUMBER ? { value, end: j } : null;
}

/** Ordinal headings 第…部分/篇/编/章/节/条. */
function matchOrdinal(line: string, i: number): MarkerMatch | null {
  if (line[i] !== '第') return null;
  const num = readCn(line, i + 1) ?? readDigits(line, i + 1);
  if (!num) return null;
  let style: MarkerStyle;
  let end = num.end + 1;
  const unit = line[num.end];
  if (unit === '章') style = 'chapter';
  else if (unit === '节') style = 'section';
  else if (unit === '条') style = 'article';
  else if (unit === '篇' || unit === '编') style = 'part';
  else if (line.startsWith('部分', num.end)) {
    style = 'part';
    end = num.end + 2;
  } else return null;
  const rest = line.slice(end, end + 2);
  if (CROSS_REFERENCE_FOLLOWERS.some((w) => rest.startsWith(w))) return null;
  return { style, number: num.value, end };
}

/** 一、 and 十一、 (also 一. and 一．, which some issuers use). */
function matchCnDun(line: string, i: number): MarkerMatch | null {
  const num = readCn(line, i);
  if (!num) return null;
  const p = line[num.end];
  if (p !== '、' && p !== '.' && p !== '．') return null;
  // 一、二级… and 一、二、三产业 are enumerations in running text.
  const next = line[num.end + 1];
  if (next !== undefined && isCnNumeral(next) && /[、级类等是]/.test(line[num.end + 2] ?? '')) return null;
  return { style: 'cn-dun', number: num.value, end: num.end + 1 };
}

/** （一） (一) and （1） (1) ⑴. */
function matchParen(line: string, i: number): MarkerMatch | null {
  const pd = parenDigitValue(line[i]);
  if (pd) return { style: 'num-paren', number: pd, end: i + 1 };
  if (!OPEN_PAREN.includes(line[i])) return null;
  const cn = readCn(line, i + 1);
  const num = cn ?? readDigits(line, i + 1);
  if (!num || !CLOSE_PAREN.includes(line[num.end] ?? '')) return null;
  return { style: cn ? 'cn-paren' : 'num-paren', number: num.value, end: num.end + 1 };
}

/**
 * 1. 1、 1． and full-width digits; not 1.5, 3.5%, 1、2号线. Also 1） and 1),
 * the half-bracketed form of （1） some issuers use for their lowest level.
 */
function matchNumDot(line: string, i: number): MarkerMatch | null {
  const num = readDigits(line, i);
  if (!num) return null;
  const p = line[num.end];
  if (CLOSE_PAREN.includes(p)) return { style: 'num-paren', number: num.value, end: num.end + 1 };
  if (p !== '.' && p !== '．' && p !== '、') return null;
  const next = line.charCodeAt(num.end + 1);
  if (isDigit(next)) return null; // a decimal, a version, 1、2…
  return { style: 'num-dot', number: num.value, end: num.end + 1 };
}

/** The marker that starts at `i` in `line`, if any. */
export function matchMarker(line: string, i: number): MarkerMatch | null {
  if (!mayStartMarker(line.charCodeAt(i))) return null;
  const c = line[i];
  const circled = circledValue(c);
  if (circled) return { style: 'circled', number: circled, end: i + 1 };
  const m = matchOrdinal(line, i) ?? matchParen(line, i) ?? matchCnDun(line, i) ?? matchNumDot(line, i);
  if (!m) return null;
  // A marker alone on its line, or followed by a number or a unit, is not a heading.
  let j = m.end;
  while (j < line.length && isSpace(line.charCodeAt(j))) j++;
  if (j >= line.length) return null;
  if (/[%％‰年月日号]/.test(line[j])) return null;
  return m;
}

/** Table-of-contents lines: a title then dot leaders or spaces and a page number. */
export function isTocLine(line: string): boolean {
  const m = /(?:\.{3,}|…+|·{3,}|．{3,}|-{4,}|_{3,}|[ \t\u3000]{2,})[ \t\u3000]*\d{1,3}[ \t\u3000]*$/.exec(line.length > 200 ? '' : line);
  return m !== null && m.index > 0;
}
