/**
 * Promise or record: whether a number is what the plan sets for its period
 * (target) or what it reports as achieved (baseline), and which year it is of.
 *
 * Layers, strongest first (resolved in placed.ts): cue words in the sentence
 * before the number (力争, 到2025年 versus 截至, 已, 预计, 增长了, an earlier plan
 * period; sentence-time.ts); a year opening the sentence, against the year the
 * document was written; the cues of earlier sentences of the paragraph; the
 * section it sits in (a title saying 目标/任务 versus 回顾/发展基础, or a
 * section whose opening sentence looks back); the cues of earlier paragraphs
 * of the same section; a year opening the sentence, against the plan's
 * period; an imperative heading above it (建设创新平台: a task); and last, a
 * document that looks nowhere forward holds records only.
 */
import type { Section, Timeframe } from '../model/schema.js';
import { FORWARD_FRAMES, FORWARD_WORDS, GAP, IMPERATIVE_TITLE, SECTION_REVIEW, SECTION_TARGET, YEAR_SOURCE, yearValue } from './lexicon.js';

export interface TimeContext {
  /** N of the plan's own period (十四五 → 14, “七五” → 7), the latest one the text names. */
  period: number | null;
  /** First year of the plan's own period, when the text tells it. */
  startYear: number | null;
  /** Last year of the plan's period: the year of a target that names none. */
  endYear: number | null;
  /** The year the document was written, from its date. */
  nowYear: number | null;
  /** Whether the body looks forward anywhere: a report that only looks back holds records only. */
  forward: boolean;
}

/** What the document says of itself, read by the structure stage. */
export interface DocumentTime {
  /** ISO date of the document (2021-12-02), if stated. */
  date?: string | null;
  /** Its title: a span such as （2024—2027年） gives the plan's period. */
  title?: string | null;
}

const CN_DIGIT = '[一二三四五六七八九]';
/**
 * A plan period: 十四五 anywhere; “七五” (quoted) or 八五计划 / 六五期间 for the
 * earlier ones, which a bare 七五 would confuse with a number; 第十四个五年规划
 * written out.
 */
export const PERIOD = new RegExp(
  `十(${CN_DIGIT})五|[“"‘]\\s?(${CN_DIGIT})五(?=\\s?[”"’])|(${CN_DIGIT})五(?=计划|规划|时期|期间)|第(十${CN_DIGIT}?|${CN_DIGIT})个五年(?=计划|规划)`,
  'g',
);
const DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** N of the period a PERIOD match names; its groups start at `first` in a regex that holds PERIOD. */
export function periodNumber(m: RegExpExecArray, first = 1): number {
  const tenth = m[first];
  if (tenth) return 10 + DIGIT[tenth];
  const spelled = m[first + 3];
  if (spelled !== undefined) return spelled.startsWith('十') ? 10 + (DIGIT[spelled[1]] ?? 0) : DIGIT[spelled];
  return DIGIT[m[first + 1] ?? m[first + 2]];
}

/** First year of a five-year plan: the first two ran from 1953 and 1958, the third from 1966 after three years of adjustment, each since five years on. */
function periodStart(period: number): number {
  return period >= 3 ? 1966 + 5 * (period - 3) : 1953 + 5 * (period - 1);
}

/** 制定“九五”计划: the next plan, being drawn up, is not the one the document is in. */
const DRAFTING = /制定$|编制$|起草$/;
/** A year after 到 or 至 is an aim, unless the 到 is inside a span (1958年到1960年) or 截至. */
const TARGET_YEAR = new RegExp(`(?<![截年])(?:到|至)${GAP}(${YEAR_SOURCE})${GAP}年`, 'g');
/** （2024—2027年）, 2022-2025年: the span of a plan, in its title. */
const YEAR_SPAN = new RegExp(`(${YEAR_SOURCE})\\s?(?:年)?\\s?[—\\-－–~～至到]+\\s?(${YEAR_SOURCE})年`);
/** A plan, programme or outline looks forward by its name. */
const PLAN_TITLE = /规划|计划|方案|纲要|目标/;
const FORWARD = new RegExp([...FORWARD_FRAMES, ...FORWARD_WORDS].join('|'));

/**
 * The first match of the global `re` in `s`, the regex restarted; re.exec(s)
 * gives the next ones. matchAll would copy the regex on every call.
 */
export function firstMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(s);
}

/**
 * The plan's period, its first and last year, the year of writing, and
 * whether the body looks forward at all.
 */
export function timeContext(text: string, from: number, to: number, doc: DocumentTime = {}): TimeContext {
  // Sliced: the lookbehind must not see past the body's start.
  const body = text.slice(from, to);
  let period: number | null = null;
  for (let m = firstMatch(PERIOD, body); m; m = PERIOD.exec(body)) {
    if (!DRAFTING.test(body.slice(Math.max(0, m.index - 2), m.index))) period = Math.max(period ?? 0, periodNumber(m));
  }
  let firstTargetYear: number | null = null;
  for (let m = firstMatch(TARGET_YEAR, body); m; m = TARGET_YEAR.exec(body)) firstTargetYear = Math.min(firstTargetYear ?? 9999, yearValue(m[1]));
  const span = doc.title ? YEAR_SPAN.exec(doc.title) : null;
  const startYear = span ? yearValue(span[1]) : period !== null ? periodStart(period) : firstTargetYear;
  const endYear = span ? yearValue(span[2]) : period !== null ? periodStart(period) + 4 : null;
  const date = doc.date ? /^(\d{4})/.exec(doc.date) : null;
  const forward = FORWARD.test(body) || (doc.title != null && PLAN_TITLE.test(doc.title));
  return { period, startYear, endYear, nowYear: date ? Number(date[1]) : null, forward };
}

function mentionsEarlierPeriod(s: string, ctx: TimeContext): boolean {
  if (ctx.period === null) return false;
  let earlier = false;
  // Read to the end: the regex is left restarted.
  for (let m = firstMatch(PERIOD, s); m; m = PERIOD.exec(s)) if (periodNumber(m) < ctx.period) earlier = true;
  return earlier;
}

/**
 * A section's own leaning, from its title, else from its opening sentence. A
 * title that names both (“十三五”成就和“十四五”目标) leans neither way: its
 * paragraphs say which part they are.
 */
function ownTimeframe(section: Section, ctx: TimeContext): Timeframe | null {
  const title = section.title;
  const back = SECTION_REVIEW.test(title) || mentionsEarlierPeriod(title, ctx);
  const forward = SECTION_TARGET.test(title);
  if (back || forward) return back && forward ? null : back ? 'baseline' : 'target';
  const body = section.body.trimStart();
  const end = body.search(/[。！？\n]/);
  const opening = body.slice(0, end < 0 ? 200 : Math.min(end, 200));
  if (SECTION_REVIEW.test(opening) || mentionsEarlierPeriod(opening, ctx)) return 'baseline';
  return null;
}

/**
 * The deepest section on the path that leans one way; sections without a cue
 * inherit. `known[k]` is the leaning of path[k] when already worked out
 * (undefined when not); what is worked out here is written there.
 */
export function sectionTimeframe(path: readonly Section[], ctx: TimeContext, known: (Timeframe | null | undefined)[]): Timeframe | null {
  for (let k = path.length - 1; k >= 0; k--) {
    let own = known[k];
    if (own === undefined) {
      own = ownTimeframe(path[k], ctx);
      known[k] = own;
    }
    if (own) return own;
  }
  return null;
}

/** Under an imperative heading: the last resort, after every other cue. */
export function underTaskHeading(path: readonly Section[]): boolean {
  return path.some((s) => IMPERATIVE_TITLE.test(s.title));
}

const TITLE_YEAR = new RegExp(`${YEAR_SOURCE}(?=${GAP}年)`);

/** 一、2023年工作回顾: a year in a heading dates the numbers under it. */
export function yearOfSections(path: readonly Section[]): number | null {
  for (let k = path.length - 1; k >= 0; k--) {
    const m = TITLE_YEAR.exec(path[k].title);
    if (m) return yearValue(m[0]);
  }
  return null;
}
