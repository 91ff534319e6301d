import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { type Target, TargetSchema } from '../src/model/schema.js';
import { extractTargets } from '../src/targets/index.js';
import { LineIndex } from '../src/text/positions.js';
import { LINEAR_GROWTH_LIMIT, growthOnFourfoldInput } from './helpers/growth.js';

function targetsOf(text: string): Target[] {
  return extractTargets({ text, index: new LineIndex(text), planStart: 0, planEnd: text.length, sections: [] }).targets;
}

function only(text: string): Target {
  const ts = targetsOf(text);
  expect(ts.map((t) => t.text)).toHaveLength(1);
  return ts[0];
}

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/targets/${name}`, import.meta.url), 'utf8');
}

describe('numbers and units', () => {
  it.each([
    // text, value, valueMax, unit, normalized value, normalized unit, comparator
    ['研发投入年均增长１２％', 12, null, '％', 12, '%', '='],
    ['财政投入达到三千五百万元', 3500, null, '万元', 35_000_000, '元', '='],
    ['新建两所学校', 2, null, '所', 2, '所', '='],
    ['绿化覆盖率达到百分之五十', 50, null, '%', 50, '%', '='],
    ['婴儿死亡率控制在千分之三以下', 3, null, '‰', 3, '‰', '<='],
    ['成交额增长五成', 5, null, '成', 50, '%', '='],
    ['城镇新增就业10万人', 10, null, '万人', 100_000, '人', '='],
    ['社会融资规模2.5亿元', 2.5, null, '亿元', 250_000_000, '元', '='],
    ['经济总量达到1.2万亿元', 1.2, null, '万亿元', 1_200_000_000_000, '元', '='],
    ['常住人口3万余人', 3, null, '万人', 30_000, '人', '>'],
    ['从业人员3万多人', 3, null, '万人', 30_000, '人', '>'],
    ['培育1-2家龙头企业', 1, 2, '家', 1, '家', 'range'],
    ['建设3至5个示范区', 3, 5, '个', 3, '个', 'range'],
    ['服务业比重30%—40%', 30, 40, '%', 30, '%', 'range'],
    ['每年新增1~2个', 1, 2, '个', 1, '个', 'range'],
    ['集聚80余家总部企业', 80, null, '家', 80, '家', '>'],
    ['上市公司近100家', 100, null, '家', 100, '家', '~'],
    ['研发人员约5000人', 5000, null, '人', 5000, '人', '~'],
    ['经济增长6%左右', 6, null, '%', 6, '%', '~'],
    ['居民收入翻一番', 2, null, '倍', 2, '倍', '='],
    ['产业规模翻两番', 4, null, '倍', 4, '倍', '='],
    ['税收收入达到2015年的1.5倍', 1.5, null, '倍', 1.5, '倍', '='],
    ['城镇化率提高2个百分点', 2, null, '个百分点', 2, '百分点', '='],
    ['人口自然增长率5‰', 5, null, '‰', 5, '‰', '='],
    ['注册企业10,000家', 10_000, null, '家', 10_000, '家', '='],
    ['高新技术企业数量达１０００家以上', 1000, null, '家', 1000, '家', '>='],
  ] as const)('%s', (text, value, valueMax, unit, nv, nu, comparator) => {
    const t = only(text);
    expect([t.value, t.valueMax, t.unit, t.normalized.value, t.normalized.unit, t.comparator]).toEqual([
      value, valueMax, unit, nv, nu, comparator,
    ]);
  });

  it.each([
    '2020年全区发展良好。',
    '到2035年基本实现现代化，二〇三五年远景目标。',
    '“十四五”时期是关键五年。',
    '综合排名位居全国第五位，举办第七届运动会，设立第一总部。',
    '地铁11号线建成投用。',
    'PM2.5和PM10是主要污染物。',
    '推进5G、6G网络和3D打印发展，建设双千兆网络。',
    '实施新型工业用地(M0)政策。',
    '武政〔2021〕21号',
    '1.坚持党的全面领导\n（2）推进改革\n',
    '建设“三个光谷”，打造“五个中心”，完善“221”产业体系。',
    '统筹划定三条控制线，做强两大支柱产业。',
    '未来五年，近三年，国企改革三年行动。',
    '打造千亿级产业集群和百亿级企业。',
    '位居169个国家级高新区第五位',
    '引进世界500强企业，建设5大实验室。',
    '见第1.1.1.1节，2021.12.2发布，2021-12-02印发。',
    '万人发明专利拥有量持续提高。',
  ])('no target in %s', (text) => {
    expect(targetsOf(text)).toEqual([]);
  });
});

describe('meaning', () => {
  it('reads 到2020年 in a plan for 2021–2025 as looking back', () => {
    const doc = parse('某区“十四五”规划\n\n一、发展成效\n\nPM2.5年均浓度由2015年的58微克/立方米下降到2020年的36微克/立方米，优良天数比例达到85.2%。\n\n二、目标\n\n到2025年，优良天数比例达到88%以上。\n');
    expect(doc.targets.map((t) => [t.value, t.timeframe])).toEqual([[58, 'baseline'], [36, 'baseline'], [85.2, 'baseline'], [88, 'target']]);
  });

  it('reads a bound that narrows a noun as part of the indicator, not as a target', () => {
    expect(targetsOf('二十户以上自然村光纤通达率达到100%，实施5000万元以上项目120个，培育100家以上龙头企业。').map((t) => [t.indicator, t.value, t.unit])).toEqual([
      ['二十户以上自然村光纤通达率', 100, '%'],
      ['实施5000万元以上项目', 120, '个'],
      ['龙头企业', 100, '家'],
    ]);
  });

  it('reads a plain statement under an imperative task heading as a target, and not under a review', () => {
    const doc = parse('某市创新规划\n\n一、发展基础\n\n（一）创新平台不断完善\n\n建成省级重点实验室10个。\n\n二、创新平台\n\n（一）建设创新平台\n\n新建省级重点实验室10个。\n');
    expect(doc.targets.map((t) => [t.sectionId, t.timeframe])).toEqual([['1.1', 'baseline'], ['2.1', 'target']]);
    const neutral = parse('某市创新规划\n\n一、创新平台概况\n\n省级重点实验室10个。\n');
    expect(neutral.targets.map((t) => t.timeframe)).toEqual(['unknown']);
  });

  it('reads indicator, comparator, kind and direction', () => {
    const rows = targetsOf(
      '全区研发经费投入年均增长12%以上，单位地区生产总值能耗下降2.5%，城镇调查失业率控制在5.5%以内，' +
        '空气质量优良天数比率不低于85%，细颗粒物浓度低于35微克/立方米，企业数量突破10万家，' +
        '五年累计实际利用外资125亿美元，研发投入占地区生产总值达8.7%，城镇化率由2020年的60%提高到65%。',
    ).map((t) => [t.indicator, t.comparator, t.kind, t.direction]);
    expect(rows).toEqual([
      ['研发经费投入', '>=', 'growth', 'increase'],
      ['单位地区生产总值能耗', '=', 'growth', 'decrease'],
      ['城镇调查失业率', '<=', 'share', null],
      ['空气质量优良天数比率', '>=', 'share', null],
      ['细颗粒物浓度', '<', 'level', null],
      ['企业数量', '>', 'level', null],
      ['实际利用外资', '=', 'cumulative', null],
      ['研发投入占地区生产总值', '=', 'share', null],
      ['城镇化率', '=', 'share', null],
      ['城镇化率', '=', 'share', null],
    ]);
  });

  it('quotes a later value of a statement from where the statement names its indicator', () => {
    const ts = targetsOf('全县粮食总产量由十八万吨增加到二十五万吨，农民人均纯收入年均增长8%，达到3.2万元。');
    expect(ts.map((t) => [t.text, t.indicator, t.value])).toEqual([
      ['全县粮食总产量由十八万吨', '粮食总产量', 18],
      ['全县粮食总产量由十八万吨增加到二十五万吨', '粮食总产量', 25],
      ['农民人均纯收入年均增长8%', '农民人均纯收入', 8],
      ['农民人均纯收入年均增长8%，达到3.2万元', '农民人均纯收入', 3.2],
    ]);
  });

  it('gives each value of a 分别 list its own indicator', () => {
    const ts = targetsOf('第一产业、第二产业、第三产业增加值分别增长3.5%、6%、5%。');
    expect(ts.map((t) => [t.text, t.indicator, t.value, t.kind])).toEqual([
      ['第一产业、第二产业、第三产业增加值分别增长3.5%', '第一产业', 3.5, 'growth'],
      ['第一产业、第二产业、第三产业增加值分别增长3.5%、6%', '第二产业', 6, 'growth'],
      ['第一产业、第二产业、第三产业增加值分别增长3.5%、6%、5%', '第三产业增加值', 5, 'growth'],
    ]);
  });

  it('reads the counted thing after a count', () => {
    const ts = targetsOf('建成实验中学等49所中小学校；打造1-2家千亿级“产业航母”企业、10家百亿级行业龙头企业。');
    expect(ts.map((t) => [t.text, t.indicator])).toEqual([
      ['49所中小学校', '中小学校'],
      ['1-2家千亿级“产业航母”企业', '千亿级“产业航母”企业'],
      ['10家百亿级行业龙头企业', '百亿级行业龙头企业'],
    ]);
  });

  it('carries a change stated after a level to the same indicator', () => {
    const ts = targetsOf('2020年地区生产总值超2000亿元、同比增长5.1%。');
    expect(ts.map((t) => [t.indicator, t.kind, t.comparator])).toEqual([
      ['地区生产总值', 'level', '>'],
      ['地区生产总值', 'growth', '='],
    ]);
  });

  it('tells promises from records by the words of the sentence, and of the paragraph before it', () => {
    const ts = targetsOf(
      '截至2020年，全市高新技术企业已达3000家。到2025年，力争高新技术企业数量达到5000家。' +
        '研发投入强度由2020年的2.5%提高到3%（约束性）。',
    );
    expect(ts.map((t) => [t.value, t.timeframe, t.year, t.attribute])).toEqual([
      [3000, 'baseline', 2020, null],
      [5000, 'target', 2025, null],
      [2.5, 'baseline', 2020, null],
      [3, 'target', null, '约束性'],
    ]);
  });
});

describe('positions', () => {
  it('slice back to the text, also after a character outside the BMP', () => {
    const text = '𠀀𠀀前言\n企业数量突破10万家，研发投入增长１２％以上。\r\n𠀀。城镇化率达到百分之六十。';
    const ts = targetsOf(text);
    expect(ts).toHaveLength(3);
    for (const t of ts) {
      expect(text.slice(t.position.start.offset, t.position.end.offset)).toBe(t.text);
      expect(TargetSchema.parse(t)).toEqual(t);
    }
    expect(ts[2].position.start).toEqual({ line: 3, column: 4, offset: text.indexOf('城镇化率') });
  });

  it('hold on any text, and output is deterministic', () => {
    const pieces = ['企业', '增长', '12', '.5', '%', '以上', '万', '亿元', '，', '、', '一', '十', '两', '家', '翻', '番',
      '第', '年', '“', '”', '-', '至', '百分之', '𠀀', '\n', '累计', '分别', '等', '所', ' ', '\t', '指标', '2020年', '单位'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const ts = targetsOf(text);
        for (const t of ts) expect(text.slice(t.position.start.offset, t.position.end.offset)).toBe(t.text);
        expect(JSON.stringify(targetsOf(text))).toBe(JSON.stringify(ts));
      }),
      { numRuns: 300 },
    );
  });
});

describe('cost', () => {
  it('reads runs of numbers right, at a cost linear in their length', () => {
    const inputs: Array<[string, string, number]> = [
      ['percentages', '12.5%以上', 1],
      ['decimal points', '1.', 0],
      ['Chinese numerals', '一二三四五六七八九十', 0],
    ];
    for (const [name, unit, perUnit] of inputs) {
      expect(targetsOf(unit.repeat(20_000)).length, name).toBe(20_000 * perUnit);
      expect(growthOnFourfoldInput((n) => targetsOf(unit.repeat(n)), 20_000), name).toBeLessThan(LINEAR_GROWTH_LIMIT);
    }
  });
});

describe('indicator tables', () => {
  const ts = targetsOf(fixture('indicator-tables.txt'));
  const rows = ts.map((t) => [t.indicator, t.value, t.unit, t.comparator, t.kind, t.timeframe, t.year, t.attribute, t.origin]);

  it('reads tab-separated rows, aligning a merged 类别 cell from the right', () => {
    expect(rows.slice(0, 9)).toEqual([
      ['地区生产总值', 1200, '亿元', '=', 'level', 'baseline', 2020, '预期性', 'table'],
      ['地区生产总值', 1800, '亿元', '=', 'level', 'target', 2025, '预期性', 'table'],
      ['地区生产总值', 7, '%', '>', 'growth', 'target', 2025, '预期性', 'table'],
      ['研发经费投入强度', 2.1, '%', '=', 'share', 'baseline', 2020, '预期性', 'table'],
      ['研发经费投入强度', 3, '%', '~', 'share', 'target', 2025, '预期性', 'table'],
      ['高新技术企业数量', 800, '家', '=', 'level', 'baseline', 2020, '预期性', 'table'],
      ['高新技术企业数量', 1500, '家', '=', 'level', 'target', 2025, '预期性', 'table'],
      ['高新技术企业数量', 13.4, '%', '=', 'growth', 'target', 2025, '预期性', 'table'],
      ['单位地区生产总值能耗降低', 13.5, '%', '=', 'cumulative', 'target', 2025, '约束性', 'table'],
    ]);
  });

  it('reads space-aligned rows and rows written a cell to a line, and the text between', () => {
    expect(rows.slice(9)).toEqual([
      ['常住人口城镇化率', 70, '%', '=', 'share', 'unknown', null, null, 'text'],
      ['森林覆盖率', 38.5, '%', '=', 'share', 'baseline', 2020, '约束性', 'table'],
      ['森林覆盖率', 40, '%', '>=', 'share', 'target', 2025, '约束性', 'table'],
      ['人均预期寿命', 78.2, '岁', '=', 'level', 'baseline', 2020, '预期性', 'table'],
      ['人均预期寿命', 79, '岁', '=', 'level', 'target', 2025, '预期性', 'table'],
      ['城镇新增就业', 52, '万人', '=', 'cumulative', 'baseline', 2020, '预期性', 'table'],
      ['城镇新增就业', 50, '万人', '=', 'cumulative', 'target', 2025, '预期性', 'table'],
      ['空气质量优良天数比率', 86, '%', '=', 'share', 'baseline', 2020, '约束性', 'table'],
      ['5G基站', 2, '万个', '=', 'level', 'target', 2025, null, 'text'],
    ]);
  });
});

describe('a government work report', () => {
  const doc = parse(fixture('work-report.txt'), { name: 'work-report.txt' });
  const find = (text: string) => {
    const t = doc.targets.find((x) => x.text === text);
    expect(t, text).toBeDefined();
    return t as Target;
  };

  it('reads this year’s expected targets', () => {
    const pick = (t: Target) => [t.indicator, t.value, t.unit, t.comparator, t.kind, t.direction, t.timeframe];
    expect(pick(find('地区生产总值增长6%左右'))).toEqual(['地区生产总值', 6, '%', '~', 'growth', 'increase', 'target']);
    expect(pick(find('城镇调查失业率控制在5.5%以内'))).toEqual(['城镇调查失业率', 5.5, '%', '<=', 'share', null, 'target']);
    expect(pick(find('居民消费价格涨幅3%左右'))).toEqual(['居民消费价格', 3, '%', '~', 'growth', 'increase', 'target']);
    expect(pick(find('单位地区生产总值能耗下降2.5%'))).toEqual(['单位地区生产总值能耗', 2.5, '%', '=', 'growth', 'decrease', 'target']);
    expect(find('城镇新增就业65万人以上').normalized).toEqual({ value: 650_000, unit: '人' });
  });

  it('reads last year’s record as baselines', () => {
    const review = doc.targets.filter((t) => t.sectionId?.startsWith('1'));
    expect(review.length).toBeGreaterThan(15);
    expect(review.every((t) => t.timeframe === 'baseline' && t.year === 2023)).toBe(true);
    expect(find('全省地区生产总值达到５．８万亿元').normalized).toEqual({ value: 5_800_000_000_000, unit: '元' });
    expect(find('高新技术企业新增2300家').indicator).toBe('高新技术企业');
  });

  it('leaves slogans alone', () => {
    expect(doc.targets.some((t) => /两个|三大/.test(t.text))).toBe(false);
  });
});

// The gold reading lives in the shared folder beside the checkout.
const goldFile = new URL('../seeds/wuhan-east-lake-14th-fyp.gold.json', import.meta.url);

describe('the seed plan against its gold reading', () => {
  const text = readFileSync(new URL('../seeds/wuhan-east-lake-14th-fyp.txt', import.meta.url), 'utf8');
  const gold: { text: string; line: number; value: number; valueMax?: number; unit: string; comparator: string; kind: string; timeframe: string; direction?: string }[] =
    JSON.parse(readFileSync(goldFile, 'utf8')).targets;
  const { targets } = parse(text);
  const matched = new Set<Target>();

  it.each(gold.map((g) => [g.text, g] as const))('%s', (_, g) => {
    const t = targets.find(
      (x) =>
        x.position.start.line === g.line &&
        (x.unit === g.unit ? x.value === g.value : x.normalized.unit === g.unit && x.normalized.value === g.value),
    );
    expect(t, g.text).toBeDefined();
    const got = t as Target;
    matched.add(got);
    expect([got.comparator, got.kind, got.timeframe, got.valueMax]).toEqual([g.comparator, g.kind, g.timeframe, g.valueMax ?? null]);
    if (g.direction) expect(got.direction).toBe(g.direction);
    expect(g.text.includes(got.indicator) || got.text.includes(g.text.slice(-4))).toBe(true);
  });

  it('reports nothing else on the gold lines', () => {
    const lines = new Set(gold.map((g) => g.line));
    expect(targets.filter((t) => lines.has(t.position.start.line) && !matched.has(t)).map((t) => t.text)).toEqual([]);
  });
});

describe('timeframe and year', () => {
  const read = (name: string) =>
    parse(fixture(name)).targets.map((t) => [t.value, t.unit, t.timeframe, t.year]);

  it('reads an old report: Chinese-numeral years, 预计 estimates and 比上年 comparisons as records, a plan section as aims', () => {
    expect(read('old-report.txt')).toEqual([
      [40, '%', 'baseline', 1975],
      [2, '倍', 'baseline', 1975],
      [3, '%', 'baseline', 1975],
      // 最近几年 frames the whole paragraph.
      [20, '%', 'baseline', null],
      // A target without a year of its own takes the end of the plan's period (“五五”: 1976–1980);
      // 比“四五”期间 is what the change is measured against, not a look back.
      [7, '%', 'target', 1980],
      [35, '%', 'target', 1980],
      [4, '%', 'target', 1980],
    ]);
  });

  it('reads a summary that never looks forward as records only', () => {
    expect(read('past-year-summary.txt').every(([, , timeframe]) => timeframe === 'baseline')).toBe(true);
  });

  it('lets the paragraphs of a section titled both ways say which part they are', () => {
    expect(read('mixed-section-report.txt')).toEqual([
      [4, '万亿元', 'baseline', null],
      [5.5, '万亿元', 'baseline', null],
      [5.5, '%', 'target', 2025],
      [36, '%', 'target', 2025],
    ]);
  });

  it('dates a year against the year the document was written', () => {
    const text = '一、托育服务\n\n2022年全区新生儿2800人。2025年全区托位数达到1800个。\n';
    const ts = extractTargets({ text, index: new LineIndex(text), planStart: 0, planEnd: text.length, sections: [], document: { date: '2023-11-14' } }).targets;
    expect(ts.map((t) => [t.value, t.timeframe, t.year])).toEqual([[2800, 'baseline', 2022], [1800, 'target', 2025]]);
  });

  it('takes the end year of a plan whose title gives its span', () => {
    const text = '主要目标\n\n农村居民人均可支配收入增长6%以上。\n';
    const ts = extractTargets({ text, index: new LineIndex(text), planStart: 0, planEnd: text.length, sections: [], document: { title: '某省乡村振兴行动方案（2024—2027年）' } }).targets;
    expect(ts.map((t) => [t.value, t.timeframe, t.year])).toEqual([[6, 'target', 2027]]);
  });
});

describe('rules, instruments and wrapped copies', () => {
  it('reads no target in the duties, thresholds and deadlines of a set of rules', () => {
    expect(parse(fixture('rules.txt')).targets).toEqual([]);
  });

  it('keeps a number in an article that states no duty out only when the document is made of rules', () => {
    const plan = '某区发展规划\n\n一、目标\n\n应当确保城镇新增就业3万人以上。\n';
    expect(parse(plan).targets.map((t) => t.value)).toEqual([3]);
  });

  it('reads grants and support rates as instruments, a bound before a count as its qualifier, 一个 as an article', () => {
    const ts = targetsOf('对新认定的企业给予一次性奖励10万元，按每家每年5万元为限额给予房租补贴。年营业收入10亿元以上30家。形成一个良好局面。');
    expect(ts.map((t) => [t.value, t.unit])).toEqual([[30, '家']]);
  });

  it('reads a PDF copy across its wraps, page numbers, form feeds and digit gaps', () => {
    const doc = parse(fixture('pdf-wrapped.txt'));
    const text = fixture('pdf-wrapped.txt');
    expect(doc.targets.map((t) => [t.indicator, t.value, t.unit, t.timeframe, t.year, t.position.start.line])).toEqual([
      ['社会消费品零售总额', 8, '%', 'target', 2025, 4],
      ['新能源汽车保有量', 5, '万辆', 'target', 2025, 4],
      ['城镇居民人均可支配收入', 6.5, '万元', 'target', 2025, 5],
      ['夜间经济集聚区', 12, '个', 'target', 2025, 8],
    ]);
    for (const t of doc.targets) expect(text.slice(t.position.start.offset, t.position.end.offset)).toBe(t.text);
  });
});
