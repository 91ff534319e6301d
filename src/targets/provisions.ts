/**
 * Rules are not plans: a number in a provision of a regulation, rule or
 * notice (第X条 …应当…不少于两名, 自…之日起十五个工作日内, 10万元以上的交易)
 * states a duty, a threshold or a deadline, not a value the document aims at
 * or reports. Such numbers are told by the clause around them: a duty or a
 * condition before the number in its sentence, or the number made an
 * attribute of a noun (…两份的血液样本) or a span of time (…日内).
 */
import type { Section } from '../model/schema.js';
import { NORMATIVE_TITLE, OBLIGATION_WORDS } from './lexicon.js';

const OBLIGATION = new RegExp(OBLIGATION_WORDS.join('|'));
/** Right after the number: 的 + noun (an attribute), or 内/之内 closing a span of time (a deadline). */
const ATTRIBUTIVE = /\s*(?:(?:以上|以下|以内)?的|之内|内(?![容部外地陆河])|为限)/y;

/** Whether a title names a normative document (条例, 办法, 规则 …). */
export function isNormativeTitle(title: string | null | undefined): boolean {
  return title != null && NORMATIVE_TITLE.test(title);
}

/** Fewer articles than this may be quoted or borrowed; this many make the document a set of rules. */
const MIN_ARTICLES = 3;

/** A document laid out in articles (第X条) is a set of rules, its attachments included. */
export function isMadeOfArticles(sections: readonly Section[]): boolean {
  let articles = 0;
  const walk = (list: readonly Section[]): boolean => {
    for (const s of list) {
      if (s.style === 'article' && ++articles >= MIN_ARTICLES) return true;
      if (walk(s.children)) return true;
    }
    return false;
  };
  return walk(sections);
}

/**
 * Tells, for numbers taken in document order, whether each is a provision's
 * duty, threshold or deadline. A sentence is scanned once, piece by piece up to
 * each number asked about.
 */
export function provisionReader(text: string) {
  let sentence = -1;
  let scannedTo = 0;
  let obliged = false;
  /** `at`: the sentence's start; `pos` and `end`: the number phrase. */
  return (at: number, pos: number, end: number): boolean => {
    if (at !== sentence) {
      sentence = at;
      scannedTo = at;
      obliged = false;
    }
    // Pieces end where a number starts, and no duty word holds a numeral, so none is cut in two.
    if (!obliged && pos > scannedTo) obliged = OBLIGATION.test(text.slice(scannedTo, pos));
    scannedTo = Math.max(scannedTo, pos);
    if (obliged) return true;
    ATTRIBUTIVE.lastIndex = end;
    return ATTRIBUTIVE.test(text);
  };
}
