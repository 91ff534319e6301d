import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../src/targets/index.js';
import { LineIndex } from '../src/text/positions.js';

function targetsOf(text: string) {
  return extractTargets({ text, index: new LineIndex(text), planStart: 0, planEnd: text.length, sections: [] }).targets;
}

describe('a magnitude written with no unit', () => {
  const text = readFileSync(new URL('../fixtures/targets/bare-counts.txt', import.meta.url), 'utf8');
  const ts = targetsOf(text).map((t) => [t.text, t.indicator, t.value, t.unit, t.normalized.value, t.normalized.unit]);

  it('counts the people or households the noun after it names, keeping what is done to them in the indicator', () => {
    expect(ts.slice(0, 5)).toEqual([
      ['全省累计帮助120万农村低收入人口', '累计帮助农村低收入人口', 120, '万人', 1_200_000, '人'],
      ['年初尚余的35万困难群众', '年初尚余困难群众', 35, '万人', 350_000, '人'],
      ['共培训近二百万新型职业农民', '共培训新型职业农民', 200, '万人', 2_000_000, '人'],
      ['60多万高校毕业生', '高校毕业生', 60, '万人', 600_000, '人'],
      ['1.2亿城乡居民', '城乡居民', 1.2, '亿人', 120_000_000, '人'],
    ]);
  });

  it('counts what its indicator names, also for values listed after 分别', () => {
    expect(ts.slice(5, 8)).toEqual([
      ['全省户籍人口达到4500万', '户籍人口', 4500, '万人', 45_000_000, '人'],
      ['接待国内游客人次和入境游客人次分别达2.1亿', '接待国内游客人次', 2.1, '亿人次', 210_000_000, '人次'],
      ['接待国内游客人次和入境游客人次分别达2.1亿、86万', '入境游客人次', 86, '万人次', 860_000, '人次'],
    ]);
  });

  it('takes a number after 每 as the base of a rate, not a value', () => {
    expect(ts.slice(8)).toEqual([['每10万人口拥有执业医师280人', '每10万人口拥有执业医师', 280, '人', 280, '人']]);
  });

  it('leaves a magnitude bare when nothing around it says what it counts', () => {
    expect(targetsOf('全年完成投资300亿，其中民间投资占五成。').map((t) => t.unit)).toEqual(['亿', '成']);
  });
});

describe('conditions a measure applies under', () => {
  const text = readFileSync(new URL('../fixtures/targets/conditions.txt', import.meta.url), 'utf8');
  const ts = targetsOf(text).map((t) => [t.text, t.value, t.unit, t.comparator]);

  it('are no targets: a clause ending in 的 or opened by 对于, a bound picking out a noun, a norm applied', () => {
    const values = ts.map((t) => t[1]);
    for (const condition of [2, 3, 300, 4, 5, 20]) expect(values).not.toContain(condition);
  });

  it('leave the counts and levels they qualify, and shares of what follows 的', () => {
    expect(ts).toEqual([
      ['每年支持30家以上', 30, '家', '>='],
      ['年营业收入超过5亿元的企业达到40家', 40, '家', '='],
      ['粮食产量稳定在600万吨以上', 600, '万吨', '>='],
      ['90%以上', 90, '%', '>='],
    ]);
  });
});
