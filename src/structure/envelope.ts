/**
 * Finding the plan proper inside what wraps it: a web page's header and
 * footer, the notice that issues the plan (关于印发…的通知, 各区人民政府：, the
 * issuer and date), links and keywords after it. The plan starts at its title
 * line (the last title-like line before the first heading) and ends at its
 * last line of content before a trailing block of page furniture.
 */
import type { Lines } from './lines.js';

/** Kinds of document a plan's title names. */
const DOC_TYPE = /(规划|纲要|方案|计划|报告|意见|建议|要点|办法|规定|规范|规则|条例|细则|决定|指南|措施|行动|战略|政策|通知|通告|公告|清单)(（[^）]{0,20}）|\([^)]{0,20}\))?$/;
/** A notice that transmits the plan is not the plan. */
const TRANSMITS = /印发|转发|颁布|发布/;
/** Lines of a web page's furniture. */
const PAGE_FURNITURE = /https?:|www\.|\/\/|本文链接|关键词|关键字|微信|公众号|扫一扫|分享到|打印|关闭|上一篇|下一篇|责任编辑|来源[:：]|版权所有|ICP|浏览量|浏览次数|点击数|\.(pdf|docx?|wps|txt)\s*$/i;
const SENTENCE_END = /[。；;！!？?]\s*$/;
/** A title's second line giving its period or draft status: （2024—2026年）, （征求意见稿）. */
const TITLE_PERIOD = /^[\s\u3000]*[（(][^（()）]{1,20}[）)][\s\u3000]*$/;
/** A page number (— １ —, -2-), which a PDF copy puts before the title of a page. */
const PAGE_NUMBER = /^[—－-]{1,2}[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*[—－-]{1,2}$/;
/** How far back from the first heading a plan title may stand. */
const TITLE_SEARCH_LINES = 12;
/** Blank lines that separate a page footer from the text. */
const FOOTER_GAP = 3;

function isPageFurniture(line: string): boolean {
  return PAGE_FURNITURE.test(line);
}

function isTitleLike(text: string): boolean {
  const t = text.trim();
  return t.length >= 4 && t.length <= 60 && DOC_TYPE.test(t) && !TRANSMITS.test(t) && !SENTENCE_END.test(t) && !t.startsWith('《');
}

/** A short line with no punctuation that a title wrapped from (某某市某某开发区 / 发展规划). */
function isTitleFragment(text: string): boolean {
  const t = text.trim();
  return !PAGE_NUMBER.test(t) && t.length >= 2 && t.length <= 30 && !/[。，,；;：:、\d０-９〔〕]/.test(t) && !TRANSMITS.test(t) && !/年.*月.*日/.test(t);
}

/** Index of the line where the plan starts, given the index of its first heading line. */
export function findPlanStart(lines: Lines, firstHeading: number): { line: number; titleLines: number[] } {
  let seen = 0;
  for (let k = firstHeading - 1; k >= 0 && seen < TITLE_SEARCH_LINES; k--) {
    if (lines.isBlank(k)) continue;
    seen++;
    const prev = previousNonBlank(lines, k);
    const titleLines = titleAt(lines, k, prev);
    if (titleLines === null || isQuoted(lines, k)) continue;
    // A period under the title, （2024—2026年）, belongs to it, also when a PDF broke it after its bracket.
    const next = nextNonBlank(lines, k);
    if (next > k && next < firstHeading) {
      const after = nextNonBlank(lines, next);
      if (TITLE_PERIOD.test(lines.text(next))) titleLines.push(next);
      else if (OPEN_BRACKET.test(lines.text(next)) && after > next && after < firstHeading && TITLE_PERIOD.test(lines.text(next).trim() + lines.text(after).trim())) titleLines.push(next, after);
    }
    return { line: titleLines[0], titleLines };
  }
  // No title: the plan is everything from the first line with text.
  let k = 0;
  while (k < lines.count && lines.isBlank(k)) k++;
  return { line: Math.min(k, firstHeading), titleLines: [] };
}

/**
 * The title lines ending at line k: a title-like line, with the fragment it
 * wrapped from; or a title a web page broke into two fragments (某某工作报 / 告).
 */
function titleAt(lines: Lines, k: number, prev: number): number[] | null {
  const text = lines.text(k);
  const prevText = prev >= 0 ? lines.text(prev) : '';
  const prevIsFragment = prev >= 0 && isTitleFragment(prevText);
  if (isTitleLike(text)) return prevIsFragment && !isTitleLike(prevText) ? [prev, k] : [k];
  const joined = prevText.trim() + text.trim();
  return prevIsFragment && isTitleFragment(joined) && isTitleLike(joined) ? [prev, k] : null;
}

/** A line holding only an opening bracket. */
const OPEN_BRACKET = /^[\s\u3000]*[（(][\s\u3000]*$/;

/** A line cut out of a sentence that names a document (…《 / 中共中央关于…的建议 / 》，…) is no title. */
function isQuoted(lines: Lines, k: number): boolean {
  const before = k > 0 ? lines.text(k - 1).trimEnd() : '';
  const after = k + 1 < lines.count ? lines.text(k + 1).trimStart() : '';
  return before.endsWith('《') || after.startsWith('》');
}

function nextNonBlank(lines: Lines, k: number): number {
  for (let j = k + 1; j < lines.count; j++) if (!lines.isBlank(j)) return j;
  return -1;
}

function previousNonBlank(lines: Lines, k: number): number {
  for (let j = k - 1; j >= 0; j--) if (!lines.isBlank(j)) return j;
  return -1;
}

/**
 * Index of the first line after the plan. The tail after the last line that
 * reads as content is cut off when it holds page furniture or stands after a
 * gap of blank lines; `lastHeading` is never cut.
 */
export function findPlanEnd(lines: Lines, lastHeading: number): number {
  let content = lines.count - 1;
  let furniture = false;
  while (content > lastHeading) {
    if (!lines.isBlank(content)) {
      const t = lines.text(content);
      // A sentence is content even when it names a furniture word (3D打印, 关闭落后产能).
      if (SENTENCE_END.test(t)) break;
      if (isPageFurniture(t)) furniture = true;
      else if (t.trim().length >= 40) break;
    }
    content--;
  }
  let gap = 0;
  while (content + 1 + gap < lines.count && lines.isBlank(content + 1 + gap)) gap++;
  const tailHasText = content + 1 + gap < lines.count; // a line with text follows the gap
  if (tailHasText && (furniture || gap >= FOOTER_GAP)) return content + 1;
  return lines.count;
}
