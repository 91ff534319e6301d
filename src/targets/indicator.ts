/**
 * Where an indicator is written around a number: the clause to its left
 * (企业数量突破10万家), or, after a counting verb or 等, the noun to its right
 * (建成…等49所中小学校). Clause and sentence edges are found by bounded
 * backward scans, so each number costs a constant.
 */
import { timeSuffixLength } from './cues.js';

/** Farthest an indicator is looked for to the left of its number. */
const MAX_CLAUSE = 48;
/** Longest noun read after a count (10家百亿级行业龙头企业). */
const MAX_NOUN = 16;

/** By char code: a Set of one-character strings would make a string per character looked at. */
const CLAUSE_BREAKS = new Uint8Array(0x10000);
for (const ch of '，,。；;：:！？!?、\n\r\t（(【[') CLAUSE_BREAKS[ch.charCodeAt(0)] = 1;
/** A regex character class: sentence breaks are found by a native scan over the whole text. */
const SENTENCE_BREAK_CHARS = '[。；;！？!?\\n\\r]';

function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

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
    if (c === 44 && isDigitCode(text.charCodeAt(k - 1)) && isDigitCode(text.charCodeAt(k + 1))) continue;
    return k + 1;
  }
  return limit;
}

/**
 * Sentence starts for numbers met in document order: one forward pass over the
 * text in all, where a backward scan per number would cost the sentence's
 * length each (a table of numbers has one every few characters). With the
 * cues read piece by piece too (sentenceTimeReader), a sentence of any length
 * costs its length once.
 */
export function sentenceTracker(text: string, floor: number, joins: ReadonlySet<number>) {
  // A native regex finds the breaks; the one found past `pos` is kept for the next call.
  // test(), not exec(): no match array per break; the break is at lastIndex - 1.
  const breaks = new RegExp(SENTENCE_BREAK_CHARS, 'g');
  breaks.lastIndex = floor;
  const following = () => (breaks.test(text) ? breaks.lastIndex - 1 : Infinity);
  let next = following();
  let lastStart = floor;
  return (pos: number): number => {
    while (next < pos) {
      if (!inSoftBreak(text, next, joins)) lastStart = next + 1;
      next = following();
    }
    return lastStart;
  };
}

/** Words that open a clause before its subject: frames, not part of the indicator. */
const LEADING_WORDS = [
  '截至目前', '力争', '确保', '预计', '争取', '努力', '其中', '全年', '今年', '去年', '上年', '目前', '当前', '同时',
  '此外', '另外', '推动', '实现', '现有', '共有', '拥有', '累计', '合计', '已经', '已', '并', '使', '基本', '初步', '通过', '期间', '时期',
  '以来', '末', '底', '的', '，', ' ', '　',
];
const TIME_OPENERS = ['截至', '截止到', '截止', '到', '至', '在', '于', '近'];
/** Administrative words that end a place name (某某高新区, 某某市). */
const PLACE_ENDS = '区市省县州旗镇';
/** Words ending like a place that are not one: they belong to the indicator. */
const NOT_PLACES = ['地区', '园区', '社区', '景区', '城区', '矿区', '林区', '牧区', '库区', '山区', '街区', '小区', '建成区',
  '城市', '超市', '都市', '上市', '股市', '城镇', '乡镇', '村镇'];
/** Scope words that say “the whole plan area”: kept in the text, dropped from the indicator. */
const SCOPES = ['全区', '全市', '全省', '全县', '全州', '全镇', '全国', '我区', '我市', '我省', '我县', '本区', '本市'];

function yearPrefixLength(s: string): number {
  let k = 0;
  for (const p of TIME_OPENERS) if (s.startsWith(p)) { k = p.length; break; }
  let d = k;
  while (d < s.length && d - k < 4 && /[0-9０-９〇零一二三四五六七八九十]/.test(s[d])) d++;
  if (d === k || s[d] !== '年') return 0;
  return d + 1;
}

/** “十四五”, 十三五: a plan period named at the start of a clause. */
function periodPrefixLength(s: string): number {
  const q = s[0] === '“' || s[0] === '"' ? 1 : 0;
  if (s[q] !== '十' || s[q + 2] !== '五') return 0;
  const close = q && (s[q + 3] === '”' || s[q + 3] === '"') ? 1 : 0;
  return q + 3 + close;
}

function placePrefixLength(s: string): number {
  for (let k = 2; k < Math.min(s.length - 2, 10); k++) {
    if (!PLACE_ENDS.includes(s[k])) continue;
    const name = s.slice(0, k + 1);
    // 省级, 市内, 区属: the place word is an attribute of what follows, not a subject.
    if ('级内外属直辖域际'.includes(s[k + 1])) return 0;
    if (NOT_PLACES.some((w) => name.endsWith(w)) || SCOPES.includes(name) || /[“”"‘’、\s级的和与占个]/.test(name)) return 0;
    return k + 1;
  }
  return 0;
}

/**
 * How many characters open the clause before the indicator: years (2020年,
 * 到2025年), frames (力争, 其中), a plan period (“十四五”), a place that is the
 * subject (某某高新区). The scope (全区) stays: it is part of what is measured.
 */
export function leadingFrameLength(clause: string): number {
  let at = 0;
  for (let guard = 0; guard < 8; guard++) {
    const s = clause.slice(at);
    const n =
      yearPrefixLength(s) ||
      periodPrefixLength(s) ||
      LEADING_WORDS.find((w) => s.startsWith(w) && s.length > w.length)?.length ||
      placePrefixLength(s);
    if (!n) break;
    at += n;
  }
  return at;
}

/** The indicator proper: without the scope word and trailing 的/时间. */
export function indicatorName(s: string): string {
  let name = s.trim();
  const scope = SCOPES.find((w) => name.startsWith(w) && name.length > w.length);
  if (scope) name = name.slice(scope.length);
  for (let guard = 0; guard < 4; guard++) {
    const t = timeSuffixLength(name);
    if (t > 0) name = name.slice(0, name.length - t);
    else if (name.endsWith('的') || name.endsWith('等')) name = name.slice(0, -1);
    else break;
  }
  return name.trim();
}

const NOUN_STOPS = new Set('在和与及并将已以为等的，,。；;：:、！？!?\n\r\t（(）)');

/** End of the noun a count is of (49所中小学校); `at` when there is none. */
export function countedNounEnd(text: string, at: number, to: number): number {
  let e = at;
  while (e < to && e - at < MAX_NOUN && !NOUN_STOPS.has(text[e]) && !isDigitCode(text.charCodeAt(e))) e++;
  return e - at >= 2 ? e : at;
}
