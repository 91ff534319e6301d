import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitRun } from '../src/targets/cell-run.js';
import { extractTargets } from '../src/targets/index.js';
import { LineIndex } from '../src/text/positions.js';
import { LINEAR_GROWTH_LIMIT, growthOnFourfoldInput } from './helpers/growth.js';

function targetsOf(text: string) {
  return extractTargets({ text, index: new LineIndex(text), planStart: 0, planEnd: text.length, sections: [] }).targets;
}

const cut = (run: string, n: number, percent = false) => splitRun(run, n, percent)?.map((c) => (c.empty ? '' : run.slice(c.start, c.end)));

describe('a run of glued value cells', () => {
  it.each([
    // run, cells, percent, the cells a reader sees
    ['25783000', 2, false, ['2578', '3000']],
    ['6773', 2, true, ['67', '73']],
    ['80100', 2, true, ['80', '100']],
    ['99.999', 2, true, ['99.9', '99']],
    ['6.2525', 2, true, ['6.25', '25']],
    ['89.8690', 2, true, ['89.86', '90']],
    ['3361000', 2, false, ['336', '1000']],
    ['070', 2, true, ['0', '70']],
    ['-60', 2, true, ['', '60']],
    ['-100%', 2, true, ['', '100%']],
    ['1.21.5', 2, false, ['1.2', '1.5']],
    ['120150180', 3, false, ['120', '150', '180']],
  ] as const)('%s in %i cells', (run, n, percent, cells) => {
    expect(cut(run, n, percent)).toEqual(cells);
  });

  it('gives up when the run cannot hold that many cells, or is too long to be a row', () => {
    expect(splitRun('5', 2, false)).toBeNull();
    expect(splitRun('007', 2, false)).toBeNull();
    expect(splitRun('1234567890123456789012345', 2, false)).toBeNull();
  });
});

describe('indicator tables glued with no separator', () => {
  const text = readFileSync(new URL('../fixtures/targets/glued-table.txt', import.meta.url), 'utf8');
  const ts = targetsOf(text);
  const table = ts.filter((t) => t.origin === 'table').map((t) => [t.indicator, t.value, t.unit, t.kind, t.timeframe, t.year]);

  it('cuts each row by the columns its header names, counting 序号 on across groups and restarts', () => {
    expect(table.slice(0, 20)).toEqual([
      ['社区综合服务中心', 12, '个', 'level', 'baseline', 2020],
      ['社区综合服务中心', 18, '个', 'level', 'target', 2025],
      ['嵌入式服务站覆盖率', 95, '%', 'share', 'target', 2025],
      ['助餐点数量', 0, '个', 'level', 'baseline', 2020],
      ['助餐点数量', 40, '个', 'level', 'target', 2025],
      ['居家服务满意度', 88.5, '%', 'level', 'baseline', 2020],
      ['居家服务满意度', 92, '%', 'level', 'target', 2025],
      ['社区医养结合率', 45, '%', 'share', 'baseline', 2020],
      ['社区医养结合率', 60, '%', 'share', 'target', 2025],
      ['累计培训护理员', 480, '人', 'cumulative', 'baseline', 2020],
      ['累计培训护理员', 1200, '人', 'cumulative', 'target', 2025],
      ['社区志愿者注册率', 9.8, '%', 'share', 'baseline', 2020],
      ['社区志愿者注册率', 15, '%', 'share', 'target', 2025],
      ['老年食堂', 30, '家', 'level', 'target', 2025],
      ['适老化改造户数', 350, '户', 'level', 'baseline', 2020],
      ['适老化改造户数', 900, '户', 'level', 'target', 2025],
      // 序号 10 glued to an indicator that opens with a number
      ['80岁以上老人月探访率', 70, '%', 'share', 'baseline', 2020],
      ['80岁以上老人月探访率', 95, '%', 'share', 'target', 2025],
      // a new group restarts at 1
      ['每万名老人配备社工人数', 0.8, '人', 'level', 'baseline', 2020],
      ['每万名老人配备社工人数', 2, '人', 'level', 'target', 2025],
    ]);
  });

  it('reads rows ended by their 属性 when there is no 序号', () => {
    expect(table.slice(20)).toEqual([
      ['城镇新增就业', 1.2, '万人', 'level', 'baseline', 2020],
      ['城镇新增就业', 1.5, '万人', 'level', 'target', 2025],
      ['森林覆盖率', 38.5, '%', 'share', 'baseline', 2020],
      ['森林覆盖率', 40, '%', 'share', 'target', 2025],
    ]);
  });

  it('writes each value from its indicator, so the span says which row it is', () => {
    const t = ts.find((x) => x.origin === 'table' && x.value === 1200)!;
    expect(text.slice(t.position.start.offset, t.position.end.offset)).toBe('累计培训护理员（人）4801200');
  });

  it('leaves prose alone: the text between and after the tables is read as sentences', () => {
    expect(ts.filter((t) => t.origin === 'text').map((t) => [t.indicator, t.value, t.unit])).toEqual([['新建社区食堂', 20, '家']]);
  });
});

describe('cost of glued tables', () => {
  it('stays linear with many headers and rows, and with headers that lead to no row', () => {
    const rows = '序号指标名称2020年2025年责任单位1某某比率（%）4560某某局';
    for (const unit of [rows, '指标名称2020年2025年属性某某（个）', '序号指标2025年目标值（' + '（'.repeat(30)]) {
      expect(growthOnFourfoldInput((n) => targetsOf(unit.repeat(n)), 2_000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
    }
  });
});
