/**
 * Lines that list the document's parts rather than start them: a contents
 * page (目录) and the attachment list of a notice (附件：1.… 2.…). Their
 * markers are never headings, and the body's levels must not come from them.
 *
 * - A contents line ends in dot leaders (or a gap) and a page number:
 *   `一、“三个中心”建设…………4`, `（一）指导思想          7`.
 * - An entry too long for its line wraps, and only its second line ends in
 *   the leaders: `（三）加速推进数字经济与新消费深度融合，培育发展新动` /
 *   `能……………………24`. A marker line followed by such a line is an entry too.
 * - `附件：1.查处…` opens a list of the attachments; the items numbered on
 *   from it, one a line, belong to the list.
 */
import type { CandidateList } from './candidate-list.js';
import type { MarkerStyle } from '../model/schema.js';
import type { Lines } from './lines.js';
import { matchMarker, skipSpaces } from '../text/markers.js';
import { isPageFooter } from './wrap.js';

const TOC_LINE = /(?:\.{3,}|…+|·{3,}|．{3,}|-{4,}|_{3,}|[ \t\u3000]{2,})[ \t\u3000]*\d{1,3}[ \t\u3000]*$/;
/** 附件： or 附件: with no number: the list of attachments follows (on this line or the next). */
const ATTACHMENT_LIST = /^[\s\u3000]*附[\s\u3000]*件[\s\u3000]*[：:][\s\u3000]*/;

/** The item an attachment list expects next: of a style (null: any, before its first item) and number. */
interface ListItem {
  style: MarkerStyle | null;
  next: number;
}

/**
 * Removes from the candidates (in line order) those of contents lines, in
 * place; returns the index of the first contents line that held a marker
 * (one a reader should be told of), or -1.
 */
export function setContentsApart(lines: Lines, candidates: CandidateList): number {
  let firstLine = -1;
  let list = null as ListItem | null;
  let c = 0;
  let kept = 0;
  for (let k = 0; k < lines.count && c < candidates.count; k++) {
    if (lines.isBlank(k) || isPageFooter(lines, k)) continue; // a list or an entry runs on over a page break
    if (candidates.line(c) !== k) {
      list = attachmentList(lines, k);
      continue;
    }
    const style = candidates.style(c);
    const number = candidates.number(c);
    const listed: boolean = list !== null && (list.style === null || list.style === style) && number === list.next;
    list = listed ? { style, next: number + 1 } : null;
    if (listed || isTocLine(lines, k) || wrapsOntoTocLine(lines, k)) {
      if (firstLine < 0) firstLine = k;
    } else candidates.move(c, kept++);
    c++;
  }
  while (c < candidates.count) candidates.move(c++, kept++);
  candidates.truncate(kept);
  return firstLine;
}

/** The item expected next when line k opens an attachment list: 1 of any style, or 2 after 附件：1.查处… */
function attachmentList(lines: Lines, k: number): ListItem | null {
  const start = lines.firstNonBlank(k);
  if (lines.source.charCodeAt(start) !== 0x9644 /* 附 */) return null;
  const head = ATTACHMENT_LIST.exec(lines.text(k));
  if (head === null) return null;
  const end = lines.end(k);
  const m = matchMarker(lines.source, skipSpaces(lines.source, lines.start(k) + head[0].length, end), end);
  return m && m.number === 1 ? { style: m.style, next: 2 } : { style: null, next: 1 };
}

/** A contents line: a title, then dot leaders or a gap, and a page number. */
export function isTocLine(lines: Lines, k: number): boolean {
  const m = tocTail(lines, k);
  return m !== null && m.index > 0;
}

/** Line k is an entry whose next line ends it with the leaders and the page number, and starts no entry of its own. */
function wrapsOntoTocLine(lines: Lines, k: number): boolean {
  if (k + 1 >= lines.count || tocTail(lines, k + 1) === null) return false;
  const start = lines.firstNonBlank(k + 1);
  return matchMarker(lines.source, start, lines.end(k + 1)) === null;
}

/** The leaders and page number that end line k, if it ends in them. */
function tocTail(lines: Lines, k: number): RegExpExecArray | null {
  const start = lines.start(k);
  const end = lines.end(k);
  // The pattern is tried only on a line that ends in its page number: most lines end in a word.
  if (end - start > 200 || !endsInDigit(lines.source, start, end)) return null;
  return TOC_LINE.exec(lines.text(k));
}

/** The spaces TOC_LINE allows around a page number: space, tab, ideographic space. */
const isLeaderSpace = (c: number) => c === 32 || c === 9 || c === 0x3000;

/** Does text[start, end) end in an ASCII digit, before any trailing spaces? */
function endsInDigit(text: string, start: number, end: number): boolean {
  // By code: text[end - 1] would make a string of each CJK character looked at.
  while (end > start && isLeaderSpace(text.charCodeAt(end - 1))) end--;
  const c = text.charCodeAt(end - 1);
  return end > start && c >= 48 && c <= 57;
}
