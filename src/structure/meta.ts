/**
 * Document metadata: the plan's title, its document number (某政〔2021〕21号,
 * also with [] or 【】), the issuer and the date (2021年12月2日 → 2021-12-02).
 */
import type { PlanDocument } from '../model/schema.js';
import { asciiDigits, parseChineseNumeral } from '../text/numerals.js';
import { HEAD_LINES, ISSUER, issuerFromHead, issuerFromText, MAX_ISSUER_LENGTH } from './issuer.js';
import type { Lines } from './lines.js';

type Meta = PlanDocument['meta'];

/** 某政〔2021〕21号, also with [] 【】 () and full-width digits (某府发〔２０２２〕８号). */
const DOC_NUMBER = /[\u4e00-\u9fff]{1,10}\s*[〔\[【［(（]\s*[12１２][09０９][0-9０-９]{2}\s*[〕\]】］)）]\s*[0-9０-９]{1,5}\s*号/;
/** A document number stands on a line of its own, or in brackets at the end of a title; one inside a sentence is a citation. */
const MAX_DOC_NUMBER_LINE = 40;
/** A document number in brackets at the end of a title. */
const TITLE_DOC_NUMBER = /[（(][^（()）]{0,30}号[）)]$/;
/**
 * A date line: a signature date alone on its line, a report's dateline
 * (——2024年1月25日在…会议上), a 题注 under a title ((2021年11月25日…会议通过),
 * （2025年1月12日在…会议上）, written on after the date: （2021年11月25日某市…会议通过）),
 * or a web page's 发布时间：….
 */
const DATE_LINE =
  /^[\s\u3000]*(?:[—－-]{1,2}\s*|[（(]\s*|(?:发布|成文|印发)(?:时间|日期)[：:]\s*)?([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日(?:[\s\u3000]*[）)]?[\s\u3000]*$|在|[\s\u3000]+[^\n]{0,60}(?:通过|批准|公布|会议上)[）)]?[\s\u3000]*$|[^\n]{0,60}(?:通过|批准|公布)[）)][\s\u3000]*$)/;
/** A web page's date field: 发布时间：2023-11-14 10:11. */
const FIELD_DATE = /^[\s\u3000]*(?:发布|成文|印发)(?:时间|日期)[：:]\s*([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?![0-9])/;
/** A document number broken after its opening bracket (某府发 〔 / ２０２２〕８ 号), as a PDF's head may set it. */
const OPEN_BRACKET_END = /[〔\[【［(（]\s*$/;

function numeral(s: string): number {
  const ascii = asciiDigits(s);
  return /^\d+$/.test(ascii) ? Number(ascii) : parseChineseNumeral(s.replace(/○/g, '〇'));
}

function isoDate(m: RegExpExecArray): string | null {
  const [y, mo, d] = [numeral(m[1]), numeral(m[2]), numeral(m[3])];
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function readMeta(lines: Lines, titleLines: number[]): Meta {
  const title = titleLines.length ? joinedTitle(lines, titleLines) : titleFromText(lines);
  let docNumber: string | null = null;
  let date: string | null = null;
  let signature: string | null = null;
  // A document number ends in 号 and a date in 日: only a line that holds one is searched for it. A
  // document without a number or a date would otherwise run a pattern on every one of its lines.
  const holdsHao = lineHolds(lines, '号');
  const holdsDay = lineHolds(lines, '日');
  // The first document number and the first date line are kept: once both are found, later lines change nothing.
  for (let k = 0; k < lines.count && (docNumber === null || date === null); k++) {
    const length = lines.length(k);
    if (docNumber === null && length < 500) docNumber = holdsHao(k) ? readDocNumber(lines.text(k)) : k < HEAD_LINES ? brokenDocNumber(lines, k) : null;
    if (date !== null || length > 80) continue;
    const m = holdsDay(k) ? DATE_LINE.exec(lines.text(k)) : k < HEAD_LINES ? FIELD_DATE.exec(lines.text(k)) : null;
    if (!m) continue;
    date = isoDate(m);
    // The signature above a date names the issuer.
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
      if (lines.isBlank(j)) continue;
      const t = lines.text(j).trim();
      if (t.length <= MAX_ISSUER_LENGTH && ISSUER.test(t) && !/[，,。：:]/.test(t)) signature = t;
      break;
    }
  }
  const issuer = issuerFromHead(lines) ?? signature ?? issuerFromText(lines);
  return { title, docNumber, issuer, date };
}

/** A document number whose line ends at its opening bracket, read across the break (the next line closes it). */
function brokenDocNumber(lines: Lines, k: number): string | null {
  const line = lines.text(k);
  if (k + 1 >= lines.count || line.trim().length > 20 || !OPEN_BRACKET_END.test(line)) return null;
  return readDocNumber(line.trim() + lines.text(k + 1).trim());
}

/** The document number of a line, if it stands there as one (see MAX_DOC_NUMBER_LINE). */
function readDocNumber(line: string): string | null {
  const m = DOC_NUMBER.exec(line);
  if (m === null) return null;
  const bracketed = m.index > 0 && '（('.includes(line[m.index - 1]) && /^[）)]\s*$/.test(line.slice(m.index + m[0].length));
  return bracketed || line.trim().length <= MAX_DOC_NUMBER_LINE ? m[0].replace(/\s+/g, '') : null;
}

/**
 * The title lines, trimmed and joined. A loop, not map and join: the array
 * map made changed its map between documents, which deoptimised readMeta,
 * and its optimised code took as long to build again.
 */
function joinedTitle(lines: Lines, titleLines: number[]): string {
  let title = '';
  for (const k of titleLines) title += lines.text(k).trim();
  // The issuing notice's title may carry its number: …的通知（银发〔2021〕259号）.
  return withoutSpacing(title.replace(TITLE_DOC_NUMBER, ''));
}

/**
 * A Chinese title has no spaces: those a PDF or a web page put between its
 * characters (某某行动方案 ( ２０２２—２０２５ 年 )) go; a space between two
 * Latin letters or digits (5G 网络 keeps none, Windows 11 keeps its) stays.
 */
function withoutSpacing(title: string): string {
  return title.replace(/[\s\u3000]+/g, (space, at: number) => {
    const before = title[at - 1] ?? '';
    const after = title[at + space.length] ?? '';
    return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
  });
}

/** 关于印发《某某方案》的通知 (also without the 《》), or 向大会作某某报告: the document named when no title line stands above the plan. */
const NAMED_TITLE = /关于(?:印发|转发)《?([^《》\n]{2,60}?)》?的通知|向(?:本次)?大会作([^，。\n]{2,40}?报告)/;

/** The title a document names in its notice or its opening, when it has no title line of its own. */
function titleFromText(lines: Lines): string | null {
  for (let k = 0; k < Math.min(lines.count, HEAD_LINES); k++) {
    const m = NAMED_TITLE.exec(lines.text(k));
    if (m) return withoutSpacing(m[1] ?? m[2]);
  }
  return null;
}

/**
 * Whether line k holds a character, for lines asked in increasing order: the
 * search for the next occurrence resumes where the last one stopped, so all
 * of them together read the text once.
 */
function lineHolds(lines: Lines, ch: string): (k: number) => boolean {
  let next = lines.source.indexOf(ch);
  return (k) => {
    if (next >= 0 && next < lines.start(k)) next = lines.source.indexOf(ch, lines.start(k));
    return next >= 0 && next < lines.end(k);
  };
}
