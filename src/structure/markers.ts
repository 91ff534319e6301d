/**
 * The heading tokenizer: recognises a numbering marker at a given place in a
 * line (一、 （一） 1. （1） ① 第一章 …) and rejects what only looks like one
 * (1.5倍, 2021年, 第五十五条规定的…). Every loop here is bounded by a small
 * constant, so scanning a whole document stays linear.
 */
import type { MarkerStyle } from '../model/schema.js';
import { CN_NUMERAL_CHARS, circledValue, digitValue, isDigit, parenDigitValue, parseChineseNumeral } from '../text/numerals.js';

export interface MarkerMatch {
  style: MarkerStyle;
  number: number;
  /** Offset just past the marker, in the string searched. */
  end: number;
}

/** Highest number accepted in a marker: larger ones are years, codes or amounts. */
const MAX_NUMBER = 200;
/** A Chinese numeral in a marker is at most this long (一百九十九). */
const MAX_CN_LENGTH = 5;

const isAsciiDigit = (code: number) => code >= 48 && code <= 57;

/** Spaces that may indent a line or separate a marker from its title. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 0x2002 || code === 0x2003;
}

/**
 * The first offset from i on, before `end`, that holds no space (`end` when
 * there is none). One loop for every caller, so that it carries the type
 * feedback of them all: a copy of it after a sentence stop, where a space is
 * rare, was optimised before it had seen one and deoptimised on the first.
 */
export function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Is the character `code` one of `chars`? By code, so that no one-character string is made. */
function isOneOf(chars: string, code: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === code) return true;
  return false;
}

/** Per UTF-16 code unit, what it can be in a marker (bit flags). */
const CAN_START = 1;
const CN_DIGIT = 2;

/**
 * Most lines start with a character no marker starts with, and most
 * characters after a sentence stop are such: one look-up in this table rejects
 * them before any other work. A marker starts with a digit, a bracket, 第, a
 * circled or bracketed number, or a CJK numeral (not 〇, a symbol, nor 万 亿 两,
 * which no marker starts with but the table lets through to the full match).
 */
const CHAR_CLASS = (() => {
  const table = new Uint8Array(0x10000);
  const mark = (from: number, to: number) => table.fill(CAN_START, from, to + 1);
  mark(0x30, 0x39); // 0-9
  mark(0xff10, 0xff19); // ０-９
  mark(0x28, 0x28); // (
  mark(0xff08, 0xff08); // （
  mark(0x7b2c, 0x7b2c); // 第
  mark(0x2460, 0x2487); // ①-⑳ ⑴-⒇
  for (const ch of CN_NUMERAL_CHARS) {
    const code = ch.charCodeAt(0);
    if (code >= 0x4e00 && code <= 0x9fff) table[code] |= CAN_START;
    if (ch !== '万' && ch !== '亿' && ch !== '两') table[code] |= CN_DIGIT;
  }
  return table;
})();

/** Can a marker start with this character? */
export const mayStartMarker = (code: number) => (CHAR_CLASS[code] & CAN_START) !== 0;
const isCnNumeral = (code: number) => (CHAR_CLASS[code] & CN_DIGIT) !== 0;

const OPEN_PAREN = '(（';
const CLOSE_PAREN = ')）';
const DUN = '、.．';
/** Third characters of 一、二级… 一、二、三产业: an enumeration in running text, not a heading. */
const ENUMERATION_THIRD = '、级类等是';
/** A marker followed by one of these is a number with its unit (1.5% → no; 2021年, 3月, 5号). */
const UNIT_AFTER_MARKER = '%％‰年月日号';

/** Words that follow 第N条/章 in a cross reference, not in a heading. */
const CROSS_REFERENCE_FOLLOWERS = ['规定', '的', '中', '所', '第', '、', '至', '和', '及', '或', '提出', '明确', '要求', '之', '以', '有关', '关于', '确定', '列', '项', '款', '，', ',', '。'];

/*
 * Each matcher reads s[i, end): `end` is the end of the line the marker stands
 * in, so a marker is read in place in a whole text, without slicing its line.
 */

function readCn(s: string, i: number, end: number): { value: number; end: number } | null {
  let j = i;
  while (j < end && j - i < MAX_CN_LENGTH && isCnNumeral(s.charCodeAt(j))) j++;
  if (j === i) return null;
  const value = parseChineseNumeral(s, i, j);
  return Number.isFinite(value) && value >= 1 && value <= MAX_NUMBER ? { value, end: j } : null;
}

function readDigits(s: string, i: number, end: number): { value: number; end: number } | null {
  let j = i;
  let value = 0;
  while (j < end && j - i < 4 && isDigit(s.charCodeAt(j))) {
    value = value * 10 + digitValue(s.charCodeAt(j));
    j++;
  }
  if (j === i || (j < end && isDigit(s.charCodeAt(j)))) return null;
  return value >= 1 && value <= MAX_NUMBER ? { value, end: j } : null;
}

/**
 * The character code at i, or 0 past the end of the line: NUL, which no test
 * here accepts. Not NaN, which charCodeAt gives past the text's end: a
 * number that is not a small integer deoptimised the tests it reached.
 */
const codeAt = (s: string, i: number, end: number) => (i < end ? s.charCodeAt(i) : 0);

const ORDINAL_UNITS = new Map<string, MarkerStyle>([['章', 'chapter'], ['节', 'section'], ['条', 'article'], ['篇', 'part'], ['编', 'part']]);

/** Ordinal headings 第…部分/篇/编/章/节/条. */
function matchOrdinal(s: string, i: number, lineEnd: number): MarkerMatch | null {
  if (s.charCodeAt(i) !== 0x7b2c /* 第 */) return null;
  const num = readCn(s, i + 1, lineEnd) ?? readDigits(s, i + 1, lineEnd);
  if (!num || num.end >= lineEnd) return null;
  let style = ORDINAL_UNITS.get(s[num.end]);
  let end = num.end + 1;
  if (style === undefined) {
    if (num.end + 2 > lineEnd || !s.startsWith('部分', num.end)) return null;
    style = 'part';
    end = num.end + 2;
  }
  const rest = s.slice(end, Math.min(end + 2, lineEnd));
  if (CROSS_REFERENCE_FOLLOWERS.some((w) => rest.startsWith(w))) return null;
  return { style, number: num.value, end };
}

/** 一、 and 十一、 (also 一. and 一．, which some issuers use). */
function matchCnDun(s: string, i: number, end: number): MarkerMatch | null {
  const num = readCn(s, i, end);
  if (!num || !isOneOf(DUN, codeAt(s, num.end, end))) return null;
  // 一、二级… and 一、二、三产业 are enumerations in running text.
  if (isCnNumeral(codeAt(s, num.end + 1, end)) && isOneOf(ENUMERATION_THIRD, codeAt(s, num.end + 2, end))) return null;
  return { style: 'cn-dun', number: num.value, end: num.end + 1 };
}

/** （一） (一) and （1） (1) ⑴. */
function matchParen(s: string, i: number, end: number): MarkerMatch | null {
  const pd = parenDigitValue(s.charCodeAt(i));
  if (pd) return { style: 'num-paren', number: pd, end: i + 1 };
  if (!isOneOf(OPEN_PAREN, s.charCodeAt(i))) return null;
  const cn = readCn(s, i + 1, end);
  const num = cn ?? readDigits(s, i + 1, end);
  if (!num || !isOneOf(CLOSE_PAREN, codeAt(s, num.end, end))) return null;
  return { style: cn ? 'cn-paren' : 'num-paren', number: num.value, end: num.end + 1 };
}

/**
 * 1. 1、 1． and full-width digits; not 1.5, 3.5%, 1、2号线. Also 1） and 1),
 * the half-bracketed form of （1） some issuers use for their lowest level.
 */
function matchNumDot(s: string, i: number, end: number): MarkerMatch | null {
  const num = readDigits(s, i, end);
  if (!num) return null;
  const p = codeAt(s, num.end, end);
  if (isOneOf(CLOSE_PAREN, p)) return { style: 'num-paren', number: num.value, end: num.end + 1 };
  if (!isOneOf(DUN, p)) return null;
  if (isDigit(codeAt(s, num.end + 1, end))) return null; // a decimal, a version, 1、2…
  return { style: 'num-dot', number: num.value, end: num.end + 1 };
}

/** The marker that starts at `i` in `line` (which may be a whole text whose line ends at `end`), if any. */
export function matchMarker(line: string, i: number, end = line.length): MarkerMatch | null {
  if (i >= end || !mayStartMarker(line.charCodeAt(i))) return null;
  const circled = circledValue(line.charCodeAt(i));
  if (circled) return { style: 'circled', number: circled, end: i + 1 };
  const m = matchOrdinal(line, i, end) ?? matchParen(line, i, end) ?? matchCnDun(line, i, end) ?? matchNumDot(line, i, end);
  if (!m) return null;
  // A marker alone on its line, or followed by a number or a unit, is not a heading.
  const j = skipSpaces(line, m.end, end);
  if (j >= end) return null;
  if (isOneOf(UNIT_AFTER_MARKER, line.charCodeAt(j))) return null;
  return m;
}

const TOC_LINE = /(?:\.{3,}|…+|·{3,}|．{3,}|-{4,}|_{3,}|[ \t\u3000]{2,})[ \t\u3000]*\d{1,3}[ \t\u3000]*$/;

/** Table-of-contents lines: a title then dot leaders or spaces and a page number; the line is text[start, end). */
export function isTocLine(text: string, start: number, end: number): boolean {
  // The pattern is tried only on a line that ends in its page number: most heading lines end in a word.
  if (end - start > 200 || !endsInDigit(text, start, end)) return false;
  const m = TOC_LINE.exec(text.slice(start, end));
  return m !== null && m.index > 0;
}

/** Does text[start, end) end in an ASCII digit, before any trailing spaces? */
function endsInDigit(text: string, start: number, end: number): boolean {
  while (end > start && isOneOf(' \t\u3000', text.charCodeAt(end - 1))) end--;
  return end > start && isAsciiDigit(text.charCodeAt(end - 1));
}
