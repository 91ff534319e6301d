/**
 * Where an indicator is written around a number: the clause to its left
 * (企业数量突破10万家), or, after a counting verb or 等, the noun to its right
 * (建成…等49所中小学校). Clause and sentence edges are found by bounded
 * backward scans, so each number costs a constant.
 */
import { isDigit } from '../text/numerals.js';
import { WHITE_SPACE, charSet, code } from '../text/chars.js';
import { timeSuffixLength } from './cues.js';
import { TIME_OPENERS, YEAR_DIGIT_CHARS } from './lexicon.js';

/** Farthest an indicator is looked for to the left of its number. */
const MAX_CLAUSE = 48;
/** Longest noun read after a count (10家百亿级行业龙头企业). */
const MAX_NOUN = 16;

const CLAUSE_BREAKS = charSet('，,。；;：:！？!?、\n\r\t（(【[');
const SENTENCE_BREAKS = charSet('。；;！？!?\n\r');

/** Is text[k] part of a line break that only wraps a paragraph (a soft break starting at k, or the \n of one at k - 1)? */
function inSoftBreak(text: string, k: number, joins: ReadonlySet<number>): boolean {
  return joins.has(k) || (text.charCodeAt(k) === 10 && joins.has(k - 1));
}

/** Start of the clause that ends at `pos`; `soft` lets 、 join list items into it; a wrap does not end it. */
export function clauseStart(text: string, pos: number, floor: number, joins: ReadonlySet<number>, soft = false): number {
  const limit = Math.max(floor, pos - MAX_CLAUSE);
  for (let k = pos - 1; k >= limit; k--) {
    const c = text.charCodeAt(k);
    if (!CLAUSE_BREAKS[c] || (soft && c === 0x3001) /* 、 */ || inSoftBreak(text, k, joins)) continue;
    // 10,000: a comma between digits separates thousands.
    if (c === 44 && isDigit(text.charCodeAt(k - 1)) && isDigit(text.charCodeAt(k + 1))) continue;
    return k + 1;
  }
  return limit;
}

/**
 * Sentence starts for numbers met in document order. Each call looks back
 * from the number only as far as the previous call's number: a sentence of any
 * length is read once in all, where a backward scan to its start per number
 * would cost its length each (a table of numbers has one every few
 * characters). With the cues read piece by piece too (sentenceTimeReader), a
 * sentence costs its length once.
 */
export function sentenceTracker(text: string, floor: number, joins: ReadonlySet<number>) {
  let scanned = floor;
  let lastStart = floor;
  return (pos: number): number => {
    const end = lastSentenceBreak(text, scanned, pos, joins);
    if (end >= 0) lastStart = end + 1;
    scanned = Math.max(scanned, pos);
    return lastStart;
  };
}

/** Paragraph starts for numbers met in document order, each character read once in all, as sentenceTracker reads sentences. */
export function paragraphTracker(text: string, floor: number, joins: ReadonlySet<number>) {
  let scanned = floor;
  let lastStart = floor;
  return (pos: number): number => {
    for (let k = pos - 1; k >= scanned; k--) {
      if (text.charCodeAt(k) === 10 && !inSoftBreak(text, k, joins)) {
        lastStart = k + 1;
        break;
      }
    }
    scanned = Math.max(scanned, pos);
    return lastStart;
  };
}

/** The last break in text[from, to) that ends a sentence (a wrap does not); -1 when there is none. */
function lastSentenceBreak(text: string, from: number, to: number, joins: ReadonlySet<number>): number {
  // Backwards, so only the characters after the last break are read; a table look-up each.
  for (let k = to - 1; k >= from; k--) {
    if (SENTENCE_BREAKS[text.charCodeAt(k)] && !inSoftBreak(text, k, joins)) return k;
  }
  return -1;
}

/** Words that open a clause before its subject: frames, not part of the indicator. */
const LEADING_WORDS = [
  '截至目前', '力争', '确保', '预计', '争取', '努力', '其中', '全年', '今年', '去年', '上年', '目前', '当前', '同时',
  '此外', '另外', '推动', '实现', '现有', '共有', '拥有', '累计', '合计', '已经', '已', '并', '使', '基本', '初步', '通过', '期间', '时期',
  '以来', '末', '底', '的', '，', ' ', '　',
];
const TIME_OPENER_STARTS = charSet(TIME_OPENERS.map((w) => w[0]).join(''));
/** Administrative words that end a place name (某某高新区, 某某市). */
const PLACE_ENDS = '区市省县州旗镇';
/** Words ending like a place that are not one: they belong to the indicator. */
const NOT_PLACES = ['地区', '园区', '社区', '景区', '城区', '矿区', '林区', '牧区', '库区', '山区', '街区', '小区', '建成区',
  '城市', '超市', '都市', '上市', '股市', '城镇', '乡镇', '村镇'];
/** Scope words that say “the whole plan area”: kept in the text, dropped from the indicator. */
const SCOPES = ['全区', '全市', '全省', '全县', '全州', '全镇', '全国', '我区', '我市', '我省', '我县', '本区', '本市'];
const SCOPE_STARTS = charSet(SCOPES.map((w) => w[0]).join(''));

/** LEADING_WORDS by the code of their first character, in list order: a clause is tried against a few, not all. */
const LEADING_BY_FIRST = new Map<number, string[]>();
for (const w of LEADING_WORDS) LEADING_BY_FIRST.set(code(w), [...(LEADING_BY_FIRST.get(code(w)) ?? []), w]);
const YEAR_DIGITS = charSet(`${YEAR_DIGIT_CHARS}十`);
const YEAR = code('年');
const PLACE_END_CHARS = charSet(PLACE_ENDS);
/** After a place word: 省级, 市内, 区属 make it an attribute of what follows, not a subject; 市场, 市政, 市民 are no place. */
const PLACE_ATTRIBUTES = charSet('级内外属直辖域际场政民');
/** Characters no place name holds: what ends in 区 or 市 past them is a phrase, not a name. */
const NOT_IN_PLACE = charSet(`“”"‘’、级的和与占个${WHITE_SPACE}`);

// The prefix readers below look at clause[at, …): the clause is not sliced for each frame peeled off.

function yearPrefixLength(s: string, at: number): number {
  let k = at;
  if (at < s.length && TIME_OPENER_STARTS[s.charCodeAt(at)]) {
    for (const p of TIME_OPENERS) if (s.startsWith(p, at)) { k = at + p.length; break; }
  }
  let d = k;
  while (d < s.length && d - k < 4 && YEAR_DIGITS[s.charCodeAt(d)]) d++;
  if (d === k || d >= s.length || s.charCodeAt(d) !== YEAR) return 0;
  // 五年内, 三年间, 2025年底: what closes the span belongs to it.
  return d + 1 - at + (YEAR_CLOSERS[s.charCodeAt(d + 1)] && d + 2 < s.length ? 1 : 0);
}

const YEAR_CLOSERS = charSet('内间来中底末');

const PERIOD_OPENS = charSet('“"');
const PERIOD_CLOSES = charSet('”"');
const TEN = code('十');
const FIVE = code('五');

/** “十四五”, 十三五: a plan period named at the start of a clause. By char code: s[k] makes a string of each CJK character. */
function periodPrefixLength(s: string, at: number): number {
  const q = PERIOD_OPENS[s.charCodeAt(at)];
  if (at + q + 2 >= s.length || s.charCodeAt(at + q) !== TEN || s.charCodeAt(at + q + 2) !== FIVE) return 0;
  const close = q && at + q + 3 < s.length && PERIOD_CLOSES[s.charCodeAt(at + q + 3)] ? 1 : 0;
  return q + 3 + close;
}

function leadingWordLength(s: string, at: number): number {
  // Never read past the end: charCodeAt there gives NaN, and the optimised code is thrown away the first time it does.
  if (at >= s.length) return 0;
  const candidates = LEADING_BY_FIRST.get(s.charCodeAt(at));
  if (candidates) for (const w of candidates) if (s.startsWith(w, at) && s.length - at > w.length) return w.length;
  return 0;
}

function placePrefixLength(s: string, at: number): number {
  for (let k = 2; k < Math.min(s.length - at - 2, 10); k++) {
    if (!PLACE_END_CHARS[s.charCodeAt(at + k)]) continue;
    if (PLACE_ATTRIBUTES[s.charCodeAt(at + k + 1)]) return 0;
    // The name is s[at, end), looked at in place: it is read for every clause, and a slice, a closure and a regex test each time
    // were 7 MB of the stage's 137 MB of allocation on the 20 MB corpus. (At three or more characters it is no scope word.)
    const end = at + k + 1;
    if (endsWithAny(s, end, NOT_PLACES) || holdsAny(s, at, end, NOT_IN_PLACE)) return 0;
    return k + 1;
  }
  return 0;
}

function endsWithAny(s: string, end: number, words: readonly string[]): boolean {
  for (const w of words) if (s.endsWith(w, end)) return true;
  return false;
}

function holdsAny(s: string, from: number, to: number, set: Uint8Array): boolean {
  for (let k = from; k < to; k++) if (set[s.charCodeAt(k)]) return true;
  return false;
}

/**
 * How many characters open the clause before the indicator: years (2020年,
 * 到2025年), frames (力争, 其中), a plan period (“十四五”), a place that is the
 * subject (某某高新区). The scope (全区) stays: it is part of what is measured.
 */
export function leadingFrameLength(clause: string): number {
  let at = 0;
  for (let guard = 0; guard < 8 && at < clause.length; guard++) {
    const n =
      yearPrefixLength(clause, at) ||
      periodPrefixLength(clause, at) ||
      leadingWordLength(clause, at) ||
      placePrefixLength(clause, at);
    if (!n) break;
    at += n;
  }
  return at;
}

/** The scope word (全区, 我市) that opens a name and is not all of it, if any. */
function scopeOf(name: string): string | undefined {
  if (name === '' || !SCOPE_STARTS[name.charCodeAt(0)]) return undefined;
  for (const w of SCOPES) if (name.startsWith(w) && name.length > w.length) return w;
  return undefined;
}

/** The indicator proper: without the scope word and trailing 的/时间. */
export function indicatorName(s: string): string {
  let name = s.trim();
  const scope = scopeOf(name);
  if (scope) name = name.slice(scope.length);
  // The name is name[0, end): sliced once, at the end.
  let end = name.length;
  for (let guard = 0; guard < 4; guard++) {
    const t = timeSuffixLength(name, end);
    if (t > 0) end -= t;
    else if (name.endsWith('的', end) || name.endsWith('等', end)) end--;
    else break;
  }
  return name.slice(0, end).trim();
}

const NOUN_STOPS = charSet('在和与及并将已以为等的，,。；;：:、！？!?\n\r\t（(）)');

/** End of the noun a count is of (49所中小学校); `at` when there is none. */
export function countedNounEnd(text: string, at: number, to: number): number {
  let e = at;
  while (e < to && e - at < MAX_NOUN && !NOUN_STOPS[text.charCodeAt(e)] && !isDigit(text.charCodeAt(e))) e++;
  return e - at >= 2 ? e : at;
}
