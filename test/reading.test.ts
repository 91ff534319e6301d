/**
 * The reading of a wrapped copy (src/text/reading.ts): what it leaves out,
 * that every character it keeps maps back to the same character of the text,
 * and the targets read through it on a made-up PDF copy whose numbers and
 * units a wrap, a page turn or letter-spacing cut.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { readingOf, readingOffset, readingText, sourceEnd, sourceStart } from '../src/text/reading.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/targets/${name}`, import.meta.url), 'utf8');

/** Offsets of every line break of `text` (a \n, or the \r of a \r\n). */
function breaks(text: string): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < text.length; k++) if (text[k] === '\n' && text[k - 1] !== '\r') out.add(k);
  for (let k = 0; k < text.length; k++) if (text[k] === '\r') out.add(k);
  return out;
}

describe('the reading of a wrapped copy', () => {
  it('leaves out wraps, the page turn between them, letter-spacing and zero-width characters', () => {
    const text = '产值达到一千三\n— 5 —\n\n\f百亿元，培 育 企 业\u200b 八 家。\n下一段';
    const wraps = new Set([text.indexOf('\n'), text.indexOf('—\n') + 1, text.indexOf('\n\n') + 1]);
    const r = readingOf(text, 0, text.indexOf('下'), wraps);
    expect(readingText(r, text)).toBe('产值达到一千三百亿元，培育企业八家。\n下一段');
  });

  it('maps every character it keeps back to the same character of the text', () => {
    const text = '某项指标达到 ５ 亿 元 以\n上，其\r\n他';
    const r = readingOf(text, 0, text.length, breaks(text));
    const read = readingText(r, text);
    expect(read).toBe('某项指标达到 ５ 亿元以上，其他');
    for (let i = 0; i < read.length; i++) expect(text[sourceStart(r, i)]).toBe(read[i]);
    const i = read.indexOf('亿元以上');
    expect(text.slice(sourceStart(r, i), sourceEnd(r, i + 4))).toBe('亿 元 以\n上');
    expect(readingOffset(r, text.indexOf('上'))).toBe(read.indexOf('上'));
  });

  it('keeps a wrap between two digits, for the number reader to cross', () => {
    const text = '增加 5\n0 0 0 万吨';
    const r = readingOf(text, 0, text.length, breaks(text));
    expect(readingText(r, text)).toBe(text);
    expect(r.joins).toEqual([text.indexOf('\n')]);
  });

  it('leaves out a page number set after any kind of space, and keeps a line of words after a wrap', () => {
    // An en space and a vertical tab are \s to the page-number pattern, not spaces a line ends with.
    const text = '总量达到一千\n\u2002\u000b— 12 —\n三百万吨，其中\n— 大项目 —\n五项。';
    const wraps = new Set([text.indexOf('\n'), text.indexOf('—\n') + 1, text.indexOf('其中') + 2]);
    const r = readingOf(text, 0, text.length, wraps);
    const read = readingText(r, text);
    expect(read).toBe('总量达到一千三百万吨，其中—大项目—\n五项。');
    for (let i = 0; i < read.length; i++) expect(text[sourceStart(r, i)]).toBe(read[i]);
  });

  it('maps offsets through the runs at both ends: a left-out start and a left-out end', () => {
    const text = '\u200b甲乙\u200b';
    const r = readingOf(text, 0, text.length, new Set());
    expect(readingText(r, text)).toBe('甲乙');
    expect([sourceStart(r, 0), sourceStart(r, 1), sourceStart(r, 2)]).toEqual([1, 2, text.length]);
    expect(sourceEnd(r, 2)).toBe(3);
    expect([0, 1, 2, 3, 4].map((s) => readingOffset(r, s))).toEqual([0, 0, 1, 2, 2]);
  });

  it('is the text itself when nothing is left out', () => {
    const text = '全年增长5%左右。\n新建学校3所。';
    expect(readingOf(text, 0, text.length, new Set()).at).toBeNull();
  });
});

describe('targets of a PDF copy cut by wraps and a page turn', () => {
  const text = fixture('page-turns.txt');
  const doc = parse(text);
  const read = doc.targets.map((t) => `${t.indicator} ${t.comparator} ${t.value} ${t.unit}`);

  it('reads Chinese numerals, units and comparators whole across a wrap', () => {
    expect(read).toContain('粮食总产量 = 256000 吨'); // 二十五万|六千吨
    expect(read).toContain('农村居民人均纯收入 = 11 %'); // 百分之十|一
    expect(read).toContain('改造低产田 = 12 万亩'); // 十|二万亩
    expect(read).toContain('农村公路的通车总里程 = 1360 公里'); // 一千三百|六十公里
  });

  it('reads a unit whole across a page number and a form feed', () => {
    expect(read).toContain('外贸进出口总额 = 12000 万美元'); // 万美|— 2 —|元
  });

  it('reads letter-spaced text as words', () => {
    expect(read).toContain('农村道路硬化率 >= 90 ％'); // ９０％ 以 上
    expect(read).toContain('培育年销售收入５亿元以上企业 = 8 家'); // a bound that narrows the count is no target of its own
    expect(read.some((t) => t.endsWith(' 5 亿元'))).toBe(false);
  });

  it('positions each target at its characters in the text', () => {
    for (const t of doc.targets) expect(text.slice(t.position.start.offset, t.position.end.offset)).toBe(t.text);
    const foreign = doc.targets.find((t) => t.value === 12000)!;
    expect(foreign.text.startsWith('外贸进出口总\n额由')).toBe(true);
    expect(foreign.text).toContain('增加到一亿二千万美');
    expect(foreign.text.endsWith('元')).toBe(true);
  });
});
