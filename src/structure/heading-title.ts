/**
 * Where a heading's title ends. A heading alone on its line is all title; a
 * run-in heading (1.坚持党的全面领导。坚持和完善…) ends at its first 。, or, when
 * that is too far away to be a title, at the first comma or semicolon.
 */
import type { MarkerStyle } from '../model/schema.js';
import { isSpace, skipSpaces } from '../text/markers.js';

/** Longest run-in title we believe; past this the sentence is body text. */
export const MAX_RUNIN_TITLE = 40;

export interface TitleSpan {
  /** Offsets in the text the title was read from: the trimmed title is text.slice(start, end). */
  start: number;
  end: number;
  /** Where the heading ends (past a closing 。 or ：, which belong to neither title nor body). */
  headingEnd: number;
  /** How the title was cut; 'none' for an article (第五条) whose text is a provision, not a title. */
  cut: 'line' | 'stop' | 'comma' | 'space' | 'none';
}

const STOP = 1;
const COLON = 2;
const COMMA = 4;
/** List punctuation that may close a heading line. */
const TRAILING = 8;

/** Per char code, what it does to a title (bit flags): one look-up per character read. */
const PUNCTUATION = (() => {
  const table = new Uint8Array(0x10000);
  const mark = (chars: string, flag: number) => {
    for (const ch of chars) table[ch.charCodeAt(0)] |= flag;
  };
  mark('。！？!?', STOP);
  mark('：:', COLON);
  mark('，,；;', COMMA);
  mark('；;，,、', TRAILING);
  return table;
})();

const is = (line: string, i: number, flags: number) => (PUNCTUATION[line.charCodeAt(i)] & flags) !== 0;

/** An article's own words are a title only when short and unpunctuated (第一章 总则 style). */
const MAX_ARTICLE_TITLE = 15;

/**
 * The title of the heading whose marker ends at `markerEnd` in `line` (which
 * may be a whole text whose line ends at `lineEnd`). A title that no stop
 * ends early is searched for its stop up to `searchEnd` only: a caller that
 * tries many places in one long line bounds each try.
 */
export function headingTitle(line: string, markerEnd: number, style?: MarkerStyle, lineEnd = line.length, searchEnd = lineEnd): TitleSpan {
  let start = skipSpaces(line, markerEnd, lineEnd);
  // 附件1：查处…: the colon after a marker belongs to neither marker nor title.
  if (start < lineEnd && is(line, start, COLON)) start = skipSpaces(line, start + 1, lineEnd);
  if (style === 'article') {
    const rest = line.slice(start, lineEnd).trim();
    if (rest.length > MAX_ARTICLE_TITLE || /[\p{P}]/u.test(rest)) return { start: markerEnd, end: markerEnd, headingEnd: markerEnd, cut: 'none' };
  }
  let firstComma = -1;
  let firstSpace = -1;
  const limit = Math.min(lineEnd, start + MAX_RUNIN_TITLE + 1);
  for (let i = start; i < limit; i++) {
    if (is(line, i, STOP | COLON)) return { start, end: i, headingEnd: i + 1, cut: 'stop' };
    if (firstComma < 0 && is(line, i, COMMA)) firstComma = i;
    if (firstSpace < 0 && isSpace(line.charCodeAt(i))) firstSpace = i;
  }
  if (limit === lineEnd) return { start, end: trimEnd(line, start, lineEnd), headingEnd: lineEnd, cut: 'line' };
  // A long line with no early full stop: a comma gives the best title; else a space (a
  // web page's cells and captions: （五）具体指标 表1…); else the whole sentence is too long to be one.
  if (firstComma > start) return { start, end: firstComma, headingEnd: firstComma, cut: 'comma' };
  if (firstSpace > start) return { start, end: firstSpace, headingEnd: firstSpace, cut: 'space' };
  const stop = firstStop(line, limit, Math.min(lineEnd, searchEnd));
  return { start, end: stop, headingEnd: stop < lineEnd ? stop + 1 : lineEnd, cut: 'stop' };
}

function firstStop(line: string, from: number, lineEnd: number): number {
  for (let i = from; i < lineEnd; i++) if (is(line, i, STOP)) return i;
  return trimEnd(line, from, lineEnd);
}

/** Trailing spaces and list punctuation (；，、) close a heading line but are not its title. */
function trimEnd(line: string, start: number, end: number): number {
  while (end > start && (isSpace(line.charCodeAt(end - 1)) || is(line, end - 1, TRAILING))) end--;
  return end;
}
