/** What kind of figure a value is: a total over a span of years, or a level held at one moment. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

describe('totals over a span of years', () => {
  const doc = parse(readFileSync('fixtures/targets/review-totals.txt', 'utf8'));
  const kindOf = (value: number) => doc.targets.filter((t) => t.value === value).map((t) => t.kind);

  it('sums what was built, added or spent in a span the sentence or paragraph opens with, without the word 累计', () => {
    expect(kindOf(8600)).toEqual(['cumulative']); // “十三五”期间，…投资完成
    expect(kindOf(320)).toEqual(['cumulative']); // …，新增城市道路
    expect(kindOf(156)).toEqual(['cumulative']); // the paragraph opened with 在过去的五年中
    expect(kindOf(58)).toEqual(['cumulative']); // 五年来，…新增就业
  });

  it('gives a part (其中) and a bare item listed after a total the total’s kind', () => {
    expect(kindOf(62)).toEqual(['cumulative']);
    expect(kindOf(45)).toEqual(['cumulative']);
    expect(kindOf(30)).toEqual(['cumulative']);
  });

  it('keeps levels held at a moment, both ends of a change and the flow of one year as levels', () => {
    expect(kindOf(4200)).toEqual(['level']); // 余额
    expect(kindOf(3200)).toEqual(['level']); // 由…增加到…
    expect(kindOf(4800)).toEqual(['level']);
    expect(kindOf(5.2)).toEqual(['level']); // 一年来 is no span of years
    expect(kindOf(12)).toEqual(['level']); // 全年
    expect(kindOf(3)).toEqual(['share']);
  });

  it('reads 增加到2020年的4800亿元 as a level reached in that year, not a growth or an aim', () => {
    const reached = doc.targets.find((t) => t.value === 4800);
    expect(reached).toMatchObject({ kind: 'level', timeframe: 'baseline', year: 2020 });
  });

  it('does not take the 市 of 市场 for the end of a place name', () => {
    expect(doc.targets.find((t) => t.value === 5.2)?.indicator).toBe('新增市场主体');
  });
});
