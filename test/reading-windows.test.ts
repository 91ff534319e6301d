/**
 * Running text is read in windows of the reading (src/targets/reading-windows.ts),
 * cut at section starts: a long document reads the same in every window as
 * a short one does, and a window of the reading holds the reading's own
 * characters.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { readingOf, readingText } from '../src/text/reading.js';
import type { Section, Target } from '../src/model/schema.js';

const fixture = readFileSync(new URL('../fixtures/targets/page-turns.txt', import.meta.url), 'utf8');
const [title, ...body] = fixture.split('\n');

/** The fixture's report, its body repeated as chapter after chapter: far longer than one window. */
function longReport(chapters: number): string {
  const parts = [title, ''];
  for (let k = 1; k <= chapters; k++) parts.push(`第${k}章 第${k}个县的情况`, ...body);
  return parts.join('\n');
}

/** What a reader checks of a target, without where it is. */
const reading = (t: Target) => [t.indicator, t.value, t.valueMax, t.unit, t.comparator, t.kind, t.timeframe, t.year, t.text].join(' | ');

describe('statements read in windows of a long document', () => {
  const text = longReport(180);
  const doc = parse(text);
  const chapters: Section[] = doc.sections;
  const inChapter = (c: Section) => doc.targets.filter((t) => t.position.start.offset >= c.position.start.offset && t.position.end.offset <= c.position.end.offset);

  it('is long enough to be read in several windows', () => {
    expect(text.length).toBeGreaterThan(3 * 16_000);
    expect(chapters).toHaveLength(180);
  });

  it('reads every chapter as it reads the first', () => {
    const first = inChapter(chapters[0]).map(reading);
    expect(first.length).toBeGreaterThan(8);
    for (const c of chapters.slice(1)) expect(inChapter(c).map(reading)).toEqual(first);
  });

  it('positions every target at its characters in the text', () => {
    for (const t of doc.targets) expect(text.slice(t.position.start.offset, t.position.end.offset)).toBe(t.text);
  });
});

describe('a window of the reading', () => {
  it('holds the characters the whole reading holds there', () => {
    const text = '产值达到一千三\n— 5 —\n\n\f百亿元，培 育 企 业\u200b 八 家。\n下一段 增 长 5\n0 %';
    const wraps = new Set([...text.matchAll(/\n/g)].map((m) => m.index!));
    const r = readingOf(text, 0, text.length, wraps);
    const whole = readingText(r, text);
    expect(whole.length).toBe(r.length);
    for (let a = 0; a <= r.length; a++) {
      for (let b = a; b <= r.length; b++) expect(readingText(r, text, a, b)).toBe(whole.slice(a, b));
    }
  });
});
