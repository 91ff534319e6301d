/**
 * The quantities that may state a target: those the quantity reader finds
 * (src/quantities), less what a plan writes with a number that is no
 * indicator's value — units that date or time a thing rather than measure it
 * (2025年, 3个月, 5日内), slogan counts in short quotations (“三个中心”), numbers
 * in the name of a document (《…三年行动计划》), the size of a field a rank is
 * taken in (169个国家级高新区第五位), and the base of a rate after 每
 * (每10万人口拥有执业医师280人: the 280 is the value).
 */
import { isDigit } from '../text/numerals.js';
import { charSet, code } from '../text/chars.js';
import { type Quantity, isRange, quantityReader } from '../quantities/reader.js';
import { unitParts } from '../quantities/units.js';

export type NumberPhrase = Quantity;
export { isRange };

/** Quotation marks around a label: a count inside a short quotation is a slogan. */
const OPEN_QUOTES = charSet('“‘「『"');
const CLOSE_QUOTES = charSet('”’」』"');
const LABEL_QUOTE_MAX = 12;
/** Punctuation that ends the clause a rank (第五位) must share with the count it follows. */
const CLAUSE_ENDS = charSet('，,。；;、');
const ORDINAL = code('第');
const RANK_WORDS = charSet('位名');
/** …中排名, …中位居: the field a rank is taken in ends in 中. */
const AMONG = code('中');
const RANKED = /排名|排位|位居|位列|名列|居于/y;
const STRAIGHT_QUOTE = code('"');
const PER = code('每');
/** Years measured as a level (schooling, life expectancy) stay under a lifetime; more is a table's glued cells. */
const MAX_MEASURED_YEARS = 100;
const CN_NUMERALS = charSet('零〇一二两三四五六七八九十百千');

/**
 * A unit that can carry a target's value. A whole number of years is a period
 * (五年, 3年); a fractional one a measured level (受教育年限达11.3年).
 */
function measuresTarget(q: Quantity): boolean {
  const { record } = unitParts(q.unit);
  if (!record || record.target) return true;
  return record.unit === '年' && !Number.isInteger(q.value) && q.value < MAX_MEASURED_YEARS;
}

/** True when `i` sits in a short quotation such as “三个中心” or “135”. */
function inShortQuote(text: string, i: number, end: number, from: number, to: number): boolean {
  let open = -1;
  for (let k = i - 1; k >= from && i - k <= LABEL_QUOTE_MAX; k--) {
    const c = text.charCodeAt(k);
    if (OPEN_QUOTES[c]) {
      open = k;
      break;
    }
    if (CLOSE_QUOTES[c] && c !== STRAIGHT_QUOTE) return false;
  }
  if (open < 0) return false;
  for (let k = end; k < to && k - open <= LABEL_QUOTE_MAX + 1; k++) if (CLOSE_QUOTES[text.charCodeAt(k)]) return true;
  return false;
}

/**
 * 位居169个国家级高新区第五位, 在全国168个重点城市中排名靠前: a count followed
 * in its clause by a rank is the size of the field being ranked, not a
 * quantity of the plan's own.
 */
function isRankingField(text: string, end: number, to: number): boolean {
  for (let k = end; k < to && k - end < 24; k++) {
    const c = text.charCodeAt(k);
    if (CLAUSE_ENDS[c]) return false;
    if (c === AMONG) {
      RANKED.lastIndex = k + 1;
      if (RANKED.test(text)) return true;
    }
    if (c === ORDINAL) {
      let j = k + 1;
      while (j < to && j - k < 5 && (isDigit(text.charCodeAt(j)) || CN_NUMERALS[text.charCodeAt(j)])) j++;
      if (j > k + 1 && RANK_WORDS[text.charCodeAt(j)]) return true;
    }
  }
  return false;
}

/** Book-title marks around a document's name: a number inside (《…3岁以下婴幼儿照护…方案》) is part of the name. */
const TITLE_OPEN = code('《');
const TITLE_CLOSE = code('》');
const MAX_TITLE = 60;

function inBookTitle(text: string, start: number, end: number, from: number, to: number): boolean {
  let k = start - 1;
  for (; k >= from && start - k <= MAX_TITLE; k--) {
    const c = text.charCodeAt(k);
    if (c === TITLE_OPEN) break;
    if (c === TITLE_CLOSE || c === 10) return false;
  }
  if (k < from || text.charCodeAt(k) !== TITLE_OPEN) return false;
  for (let j = end; j < to && j - k <= MAX_TITLE; j++) {
    const c = text.charCodeAt(j);
    if (c === TITLE_CLOSE) return true;
    if (c === TITLE_OPEN || c === 10) return false;
  }
  return false;
}

/** 每10万人口, 每 100 户 (a PDF copy's gap allowed): a number after 每 is what a rate is taken per. */
function isRateBase(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === PER || (text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === PER);
}

/**
 * The number phrases of text[from, to) that may be targets, in order: each
 * call returns the next, and undefined after the last.
 */
export function numberPhraseReader(text: string, from: number, to: number, joins: ReadonlySet<number>): () => NumberPhrase | undefined {
  const next = quantityReader(text, from, to, joins);
  return () => {
    for (let q = next(); q; q = next()) {
      if (q.unit === '' || !measuresTarget(q)) continue;
      if (inShortQuote(text, q.start, q.end, from, to) || inBookTitle(text, q.start, q.end, from, to)) continue;
      if (isRankingField(text, q.end, to) || isRateBase(text, q.start)) continue;
      return q;
    }
    return undefined;
  };
}
