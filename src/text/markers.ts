/**
 * The heading tokenizer: recognises a numbering marker at a given place in a
 * line (一、 （一） 1. （1） ① 第一章 …) and rejects what only looks like one
 * (1.5倍, 2021年, 第五十五条规定的…). Every loop here is bounded by a small
 * constant, so scanning a whole document stays linear.
 */
import type { MarkerStyle } from '../model/schema.js';
import { NUMBERING_STYLES, type MarkerForm, type NotBefore, type Numeral } from '../model/numbering.js';
import { CN_NUMERAL_CHARS, digitValue, isDigit, parseChineseNumeral } from './numerals.js';

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

/** Spaces that may indent a line or separate a marker from its title; and the form feed that starts a PDF copy's page. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 12 || code === 0x3000 || code === 0xa0 || code === 0x2002 || code === 0x2003;
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

/** Chinese numeral characters a marker's number is read from: not 万 亿 两, which no marker holds. */
const CN_MARKER_DIGITS = [...CN_NUMERAL_CHARS].filter((ch) => !'万亿两'.includes(ch)).join('');
const IS_CN_DIGIT = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of CN_MARKER_DIGITS) table[ch.charCodeAt(0)] = 1;
  return table;
})();
const isCnNumeral = (code: number) => IS_CN_DIGIT[code] === 1;

/**
 * A form of a style's marker (see model/numbering.ts), with the style it
 * gives. Every form has every field, in one order: forms of several shapes
 * would make each of matchForm's reads a look-up by name.
 */
interface Form {
  open: readonly string[];
  numeral: Numeral;
  close: readonly string[];
  notBefore: NotBefore | null;
  style: MarkerStyle;
}

/** The characters a form's marker may start with: its opening, else the first character of its number. */
function firstCharacters(form: MarkerForm): number[] {
  if (form.open.length) return form.open.map((w) => w.charCodeAt(0));
  const n = form.numeral;
  if (typeof n === 'object') return Array.from({ length: n.last - n.first + 1 }, (_, k) => n.first + k);
  const codes: number[] = [];
  if (n !== 'digits') for (const ch of CN_MARKER_DIGITS) if (ch !== '〇') codes.push(ch.charCodeAt(0)); // 〇 never leads a number
  if (n !== 'cn') for (let c = 0x30; c <= 0x39; c++) codes.push(c, c - 0x30 + 0xff10);
  return codes;
}

/**
 * Per UTF-16 code unit, the forms whose marker may start with it, as an index
 * into FORMS_BY_FIRST (0: none). Most lines, and most characters after a
 * sentence stop, start with a character no marker starts with: one look-up
 * here rejects them before any other work.
 */
const { FIRST, FORMS_BY_FIRST } = (() => {
  const byCode = new Map<number, { forms: Form[]; key: string }>();
  NUMBERING_STYLES.forEach((style, s) => {
    (style.forms as readonly MarkerForm[]).forEach((form, f) => {
      const built: Form = { open: form.open, numeral: form.numeral, close: form.close, notBefore: form.notBefore ?? null, style: style.name };
      for (const code of firstCharacters(form)) {
        const entry = byCode.get(code) ?? { forms: [], key: '' };
        entry.forms.push(built);
        entry.key += `${s}.${f} `;
        byCode.set(code, entry);
      }
    });
  });
  // Characters that start the same forms share one list.
  const first = new Uint8Array(0x10000);
  const lists: Form[][] = [[]];
  const listOf = new Map<string, number>();
  for (const [code, { forms, key }] of byCode) {
    if (!listOf.has(key)) listOf.set(key, lists.push(forms) - 1);
    first[code] = listOf.get(key)!;
  }
  return { FIRST: first, FORMS_BY_FIRST: lists };
})();

/** Can a marker start with this character? */
export const mayStartMarker = (code: number) => FIRST[code] !== 0;

/** Third characters of 一、二级… 一、二、三产业: an enumeration in running text, not a heading. */
const ENUMERATION_THIRD = '、级类等是';
/** A marker followed by one of these is a number with its unit (1.5% → no; 2021年, 3月, 5号). */
const UNIT_AFTER_MARKER = '%％‰年月日号';

/** Words that follow 第N条/章 in a cross reference, not in a heading. */
const CROSS_REFERENCE_FOLLOWERS = ['规定', '的', '中', '所', '第', '、', '至', '和', '及', '或', '提出', '明确', '要求', '之', '以', '有关', '关于', '确定', '列', '项', '款', '，', ',', '。'];

/*
 * Each reader reads s[i, end): `end` is the end of the line the marker stands
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

function readNumeral(n: Numeral, s: string, i: number, end: number): { value: number; end: number } | null {
  if (typeof n === 'object') {
    const c = codeAt(s, i, end);
    return c >= n.first && c <= n.last ? { value: c - n.first + 1, end: i + 1 } : null;
  }
  if (n === 'cn') return readCn(s, i, end);
  if (n === 'digits') return readDigits(s, i, end);
  return readCn(s, i, end) ?? readDigits(s, i, end);
}

/** Does running text follow at j, so that what was read is no marker (see NotBefore)? */
function runsOn(rule: NotBefore, s: string, j: number, end: number): boolean {
  if (rule === 'digit') return isDigit(codeAt(s, j, end));
  if (rule === 'enumeration') return isCnNumeral(codeAt(s, j, end)) && isOneOf(ENUMERATION_THIRD, codeAt(s, j + 1, end));
  return wordAt(CROSS_REFERENCE_FOLLOWERS, s, j, end, false) !== undefined;
}

/**
 * A word of a marker's opening or closing (第, 附件, 章, 部分), not a bracket or
 * a point: PDF copies set a gap between it and digits (第 3 章, 附件 1).
 */
const isWord = (w: string) => w.charCodeAt(0) >= 0x4e00;

/**
 * The first of `words` written at s[at, end), if any; only a word (see isWord)
 * when `wordsOnly`. A loop, not find(): a callback would be a closure made on
 * every try, and markers are tried at every line.
 */
function wordAt(words: readonly string[], s: string, at: number, end: number, wordsOnly: boolean): string | undefined {
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if ((!wordsOnly || isWord(w)) && at + w.length <= end && s.startsWith(w, at)) return w;
  }
  return undefined;
}

/** The marker of `form` at s[i, end): [open] numeral [close], not followed by running text. */
function matchForm(form: Form, s: string, i: number, end: number): MarkerMatch | null {
  let j = i;
  if (form.open.length) {
    const open = wordAt(form.open, s, j, end, false);
    if (open === undefined) return null;
    j += open.length;
    if (isWord(open)) j = skipSpaces(s, j, end);
  }
  const num = readNumeral(form.numeral, s, j, end);
  if (!num) return null;
  j = num.end;
  if (form.close.length) {
    const k = skipSpaces(s, j, end);
    const close = wordAt(form.close, s, k, end, k !== j);
    if (close === undefined) return null;
    j = k + close.length;
  }
  if (form.notBefore && runsOn(form.notBefore, s, j, end)) return null;
  return { style: form.style, number: num.value, end: j };
}

/**
 * The marker that starts at `i` in `line` (which may be a whole text whose
 * line ends at `end`), if any. A marker alone on its line is one only when
 * `alone` allows it (the caller has looked at the lines around).
 */
export function matchMarker(line: string, i: number, end = line.length, alone = false): MarkerMatch | null {
  const group = i < end ? FIRST[line.charCodeAt(i)] : 0;
  if (group === 0) return null;
  let m: MarkerMatch | null = null;
  const forms = FORMS_BY_FIRST[group];
  for (let f = 0; f < forms.length && m === null; f++) m = matchForm(forms[f], line, i, end);
  if (!m) return null;
  // A marker followed by a number or a unit is not a heading.
  const j = skipSpaces(line, m.end, end);
  if (j >= end) return alone ? m : null;
  if (isOneOf(UNIT_AFTER_MARKER, line.charCodeAt(j))) return null;
  return m;
}
