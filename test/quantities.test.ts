import { describe, expect, it } from 'vitest';
import { QuantityRecordSchema } from '../src/model/records.js';
import { QUANTITY_COLUMNS } from '../src/export/quantity-records.js';
import { isRange, readQuantities, toBaseUnit, UNIT_RECORDS } from '../src/quantities/index.js';
import { parse } from '../src/index.js';
import { readWholeNumber } from '../src/quantities/reader.js';

/** The one quantity written in `sentence`, checked to sit exactly on its text. */
function only(sentence: string, joins: ReadonlySet<number> = new Set()) {
  const qs = readQuantities(sentence, 0, sentence.length, joins);
  expect(qs.map((q) => sentence.slice(q.start, q.end))).toHaveLength(1);
  return qs[0];
}

describe('every written form of a number, inside a sentence', () => {
  it.each([
    // sentence, text as written, value, valueMax, unit, normalized value, normalized unit, dimension, approx
    // the failures of issue 14
    ['工农业总产值平均每年增长百分之七点五。', '百分之七点五', 7.5, null, '%', 7.5, '%', 'ratio', false],
    ['粮食产量达到四亿五千万吨，创历史新高。', '四亿五千万吨', 45000, null, '万吨', 450_000_000, '吨', 'mass', false],
    ['全市地区生产总值达 6038.15 亿元，增长6.1', '6038.15 亿元', 6038.15, null, '亿元', 603_815_000_000, '元', 'currency', false],
    ['劳动年龄人口平均受教育年限达11.3年。', '11.3年', 11.3, null, '年', 356_356_800, '秒', 'time', false],
    ['人均每日摄入323千卡热量。', '323千卡', 323, null, '千卡', 0.375398, '千瓦时', 'energy', false],
    ['比重提高１１１，１１１个百分点。', '１１１，１１１个百分点', 111_111, null, '个百分点', 111_111, '百分点', 'percentage-point', false],
    ['降低企业成本5-20%。', '5-20%', 5, 20, '%', 5, '%', 'ratio', false],
    ['七成六的村实现通网。', '七成六', 7.6, null, '成', 76, '%', 'ratio', false],
    ['三成半的企业已上云。', '三成半', 3.5, null, '成', 35, '%', 'ratio', false],
    ['每亩多收一吨半粮食。', '一吨半', 1.5, null, '吨', 1.5, '吨', 'mass', false],
    ['海拔变化负0.2千米。', '负0.2千米', -0.2, null, '千米', -200, '米', 'length', false],
    ['出口同比-22.2%，降幅收窄。', '-22.2%', -22.2, null, '%', -22.2, '%', 'ratio', false],
    ['覆盖率达到百分之百。', '百分之百', 100, null, '%', 100, '%', 'ratio', false],
    // Arabic digits: ASCII, full-width, separators, points
    ['注册企业10,000家。', '10,000家', 10_000, null, '家', 10_000, '家', 'count', false],
    ['新增５５０ 万户用户。', '５５０ 万户', 550, null, '万户', 5_500_000, '户', 'count', false],
    ['物价上涨１．２％。', '１．２％', 1.2, null, '％', 1.2, '%', 'ratio', false],
    ['投资1\u2009250\u2009000元。', '1\u2009250\u2009000元', 1_250_000, null, '元', 1_250_000, '元', 'currency', false],
    ['电价下调3点5%。', '3点5%', 3.5, null, '%', 3.5, '%', 'ratio', false],
    ['国内生产总值达到 7 4 7 7 2 亿元，', '7 4 7 7 2 亿元', 74_772, null, '亿元', 7_477_200_000_000, '元', 'currency', false],
    ['平均每年增长 1 5 ．3 ％，', '1 5 ．3 ％', 15.3, null, '％', 15.3, '%', 'ratio', false],
    ['年均增长 12%以上。', '12%以上', 12, null, '%', 12, '%', 'ratio', false],
    ['新建\u200b12\u200b所学校。', '12\u200b所', 12, null, '所', 12, '所', 'count', false],
    // Chinese numerals of any size, formal and traditional forms
    ['财政投入达到三千五百万元。', '三千五百万元', 3500, null, '万元', 35_000_000, '元', 'currency', false],
    ['引进人才十五万零三百人。', '十五万零三百人', 150_300, null, '人', 150_300, '人', 'count', false],
    ['水深三点五米。', '三点五米', 3.5, null, '米', 3.5, '米', 'length', false],
    ['提高百分之一百二十点五。', '百分之一百二十点五', 120.5, null, '%', 120.5, '%', 'ratio', false],
    ['拨款壹佰贰拾万元整。', '壹佰贰拾万元', 120, null, '万元', 1_200_000, '元', 'currency', false],
    ['库容两千四百五万立方米。', '两千四百五万立方米', 2450, null, '万立方米', 24_500_000, '立方米', 'volume', false],
    ['从业人员一千多万人。', '一千多万人', 1000, null, '万人', 10_000_000, '人', 'count', true],
    ['新建住宅六亿三千多万平方米。', '六亿三千多万平方米', 63000, null, '万平方米', 630_000_000, '平方米', 'area', true],
    ['人口兩萬人。', '兩萬人', 2, null, '萬人', 20_000, '人', 'count', false],
    ['增長三點五個百分點。', '三點五個百分點', 3.5, null, '個百分點', 3.5, '百分点', 'percentage-point', false],
    ['總額達一億元。', '一億元', 1, null, '億元', 100_000_000, '元', 'currency', false],
    // mixed forms and magnitudes
    ['规模达3.5万亩。', '3.5万亩', 3.5, null, '万亩', 23_333_333.3333, '平方米', 'area', false],
    ['经济总量达到1.4万亿元。', '1.4万亿元', 1.4, null, '万亿元', 1_400_000_000_000, '元', 'currency', false],
    ['装机容量10万千瓦。', '10万千瓦', 10, null, '万千瓦', 100_000, '千瓦', 'power', false],
    ['新增装机三百万千瓦。', '三百万千瓦', 300, null, '万千瓦', 3_000_000, '千瓦', 'power', false],
    ['商品打八折。', '八折', 8, null, '折', 80, '%', 'ratio', false],
    ['发电量3000亿千瓦时。', '3000亿千瓦时', 3000, null, '亿千瓦时', 300_000_000_000, '千瓦时', 'energy', false],
    ['全国人口14亿。', '14亿', 14, null, '亿', 1_400_000_000, '', 'number', false],
    // percent, per mille, fractions
    ['婴儿死亡率控制在千分之三以下。', '千分之三以下', 3, null, '‰', 0.3, '%', 'ratio', false],
    ['人口增长率5‰。', '5‰', 5, null, '‰', 0.5, '%', 'ratio', false],
    ['提高2个千分点。', '2个千分点', 2, null, '个千分点', 0.2, '百分点', 'percentage-point', false],
    ['三分之一的县达标。', '三分之一', 1 / 3, null, '', 33.3333333333, '%', 'ratio', false],
    ['税收收入达到2015年的1.5倍。', '1.5倍', 1.5, null, '倍', 1.5, '倍', 'multiple', false],
    ['居民收入翻一番。', '翻一番', 2, null, '倍', 2, '倍', 'multiple', false],
    // 半
    ['跳远两米半。', '两米半', 2.5, null, '米', 2.5, '米', 'length', false],
    // ranges
    ['服务业比重3%—5%。', '3%—5%', 3, 5, '%', 3, '%', 'ratio', false],
    ['上升百分之八至九。', '百分之八至九', 8, 9, '%', 8, '%', 'ratio', false],
    ['培育1～2家龙头企业。', '1～2家', 1, 2, '家', 1, '家', 'count', false],
    ['建设5到10个示范区。', '5到10个', 5, 10, '个', 5, '个', 'count', false],
    ['投资5000万-1亿元。', '5000万-1亿元', 0.5, 1, '亿元', 50_000_000, '元', 'currency', false],
    ['每村配备三四个网格员。', '三四个', 3, 4, '个', 3, '个', 'count', false],
    // approximations
    ['研发人员约5000人。', '5000人', 5000, null, '人', 5000, '人', 'count', true],
    ['经济增长6%左右。', '6%左右', 6, null, '%', 6, '%', 'ratio', true],
    ['上市公司近百家。', '百家', 100, null, '家', 100, '家', 'count', true],
    ['常住人口3万余人。', '3万余人', 3, null, '万人', 30_000, '人', 'count', true],
    ['集聚100多家总部。', '100多家', 100, null, '家', 100, '家', 'count', true],
    // letter-spaced numerals and units, as PDFs space them out
    ['电话交换机总容量达到 1 ．1 亿门。', '1 ．1 亿门', 1.1, null, '亿门', 110_000_000, '门', 'count', false],
    ['门票打 陆 点 五 折出售。', '陆 点 五 折', 6.5, null, '折', 65, '%', 'ratio', false],
    ['比重提高 一 百 五 十 个 百 分 点，', '一 百 五 十 个 百 分 点', 150, null, '个百分点', 150, '百分点', 'percentage-point', false],
    ['比重提高 六   个 百 分点，', '六   个 百 分点', 6, null, '个百分点', 6, '百分点', 'percentage-point', false],
    ['增长 百 分 之 一 百二 十点 五，', '百 分 之 一 百二 十点 五', 120.5, null, '%', 120.5, '%', 'ratio', false],
    ['增长百分之一 点五。', '百分之一 点五', 1.5, null, '%', 1.5, '%', 'ratio', false],
    ['户籍人口三千 九百 六十五 人。', '三千 九百 六十五 人', 3965, null, '人', 3965, '人', 'count', false],
    ['七成 六的村实现通网。', '七成 六', 7.6, null, '成', 76, '%', 'ratio', false],
    ['常住人口十 余 万人。', '十 余 万人', 10, null, '万人', 100_000, '人', 'count', true],
    // Arabic digits in the places of Chinese ones
    ['新增就业5万4千6百人。', '5万4千6百人', 54_600, null, '人', 54_600, '人', 'count', false],
    ['新增就业7 万5 千4 百人。', '7 万5 千4 百人', 75_400, null, '人', 75_400, '人', 'count', false],
    ['总投资3亿2500万元。', '3亿2500万元', 32_500, null, '万元', 325_000_000, '元', 'currency', false],
    ['总投资4亿5千万元。', '4亿5千万元', 45_000, null, '万元', 450_000_000, '元', 'currency', false],
    // 几, 兆 inside a numeral, 万万, k before a unit
    ['引进人才二十几万人。', '二十几万人', 20, null, '万人', 200_000, '人', 'count', true],
    ['建成十几个示范区。', '十几个', 10, null, '个', 10, '个', 'count', true],
    ['一百零几万吨粮食入库。', '一百零几万吨', 100, null, '万吨', 1_000_000, '吨', 'mass', true],
    ['累计五兆六十二亿四万五千二元。', '五兆六十二亿四万五千二元', 5_006_200_045_200, null, '元', 5_006_200_045_200, '元', 'currency', false],
    ['四万万人口。', '四万万人', 4, null, '万万人', 400_000_000, '人', 'count', false],
    ['新增用户15k人。', '15k人', 15, null, 'k人', 15_000, '人', 'count', false],
    ['提高12k个百分点。', '12k个百分点', 12, null, 'k个百分点', 12_000, '百分点', 'percentage-point', false],
    // 折: one digit, or two read as tenths
    ['全场商品七五折。', '七五折', 7.5, null, '折', 75, '%', 'ratio', false],
    ['会员价75折。', '75折', 7.5, null, '折', 75, '%', 'ratio', false],
    ['清仓价9.9折。', '9.9折', 9.9, null, '折', 99, '%', 'ratio', false],
    ['过季商品打对折。', '对折', 5, null, '折', 50, '%', 'ratio', false],
    // money in a currency and its coins
    ['单价五元三毛。', '五元三毛', 5.3, null, '元', 5.3, '元', 'currency', false],
    ['每件两美元又三美分。', '两美元又三美分', 2.03, null, '美元', 2.03, '美元', 'currency', false],
    ['每斤三元零五分。', '三元零五分', 3.05, null, '元', 3.05, '元', 'currency', false],
    ['偿还十三亿八千九百万新卢布。', '十三亿八千九百万新卢布', 138_900, null, '万新卢布', 1_389_000_000, '卢布', 'currency', false],
    // 两 as a weight, pairs and dozens, freight work, computing power
    ['每亩施肥二两。', '二两', 2, null, '两', 0.0001, '吨', 'mass', false],
    ['收购黄金1234两。', '1234两', 1234, null, '两', 0.0617, '吨', 'mass', false],
    ['白银两万两入库。', '两万两', 2, null, '万两', 1, '吨', 'mass', false],
    ['结成帮扶对子300对。', '300对', 300, null, '对', 600, '个', 'count', false],
    ['采购手套五十打。', '五十打', 50, null, '打', 600, '个', 'count', false],
    ['铁路货运周转量达到3617亿吨公里。', '3617亿吨公里', 3617, null, '亿吨公里', 361_700_000_000, '吨公里', 'transport-work', false],
    ['旅客周转量达到5.2亿人公里。', '5.2亿人公里', 5.2, null, '亿人公里', 520_000_000, '人公里', 'transport-work', false],
    ['算力规模达到53.12 EFLOPS。', '53.12 EFLOPS', 53.12, null, 'EFLOPS', 5.312e19, 'FLOPS', 'computing', false],
  ] as const)('%s → %s', (sentence, text, value, valueMax, unit, nValue, nUnit, dimension, approx) => {
    const q = only(sentence);
    expect(sentence.slice(q.start, q.end)).toBe(text);
    expect(q.value).toBeCloseTo(value, 9);
    expect(isRange(q) ? q.valueMax : null).toBe(valueMax);
    expect(q.unit).toBe(unit);
    const base = toBaseUnit(q.value, q.unit);
    expect(base.value).toBeCloseTo(nValue, 3);
    expect([base.unit, base.dimension]).toEqual([nUnit, dimension]);
    expect(q.approx).toBe(approx);
  });

  it('reads a number and its unit across a line wrap the structure marked soft', () => {
    const text = '发电装机容量达到 2 ．5\n亿千瓦，增长 5\n0 0 0 万吨。';
    const joins = new Set([text.indexOf('\n'), text.lastIndexOf('\n')]);
    const qs = readQuantities(text, 0, text.length, joins);
    expect(qs.map((q) => [text.slice(q.start, q.end), q.value, q.unit])).toEqual([
      ['2 ．5\n亿千瓦', 2.5, '亿千瓦'],
      ['5\n0 0 0 万吨', 5000, '万吨'],
    ]);
  });

  it.each(['5000亿元', '12个百分点', '3.5万千瓦', '800元/人', '1.2万吨', '二十家'])('reads %s the same where it ends the text', (written) => {
    // The unit reader looks a few characters past the unit (a spaced 个 百 分 点, a per-unit /人): at the text's end there are none.
    const atEnd = `产能达到${written}`;
    const q = only(atEnd);
    expect(atEnd.slice(q.start, q.end)).toBe(written);
    const inSentence = only(`${atEnd}。`);
    expect([q.value, q.unit, q.end]).toEqual([inSentence.value, inSentence.unit, inSentence.end]);
  });
});

describe('numbers that are no quantity', () => {
  it.each([
    '到2025年，基本建成。', // a year
    '1 9 9 7 年以来', // a letter-spaced year
    '二〇三五年远景目标', // a year in Chinese numerals
    '2021年12月2日印发', // a date
    '“十四五”时期', // a plan period
    '2021-2025年', // a span of years
    '位居第五位。', // an ordinal
    '建设5G基站。', // a name
    'PM2.5浓度下降', // a name
    '见第1.1.1条', // a code
    '千家万户受益', // an idiom
    '三个半导体项目', // 半 starting a word: counted below
    '统一部署，其中一部分居民', // 部 starting 部署, 部分
    '推行一门式服务', // 门 starting 门式
    '开展一对一帮扶', // 对 starting 对一
    '召开全国两会', // 两 starting 两会
    '推进长三角一体化', // 三角: a coin only after an amount of 元
    '商品不打折，十折出售', // 十折 is no discount
    '一一对应，一二三四', // digits side by side that count nothing
    '将纸对折后装订', // 对折 without 打 is a fold
  ])('%s', (sentence) => {
    const qs = readQuantities(sentence).map((q) => sentence.slice(q.start, q.end));
    expect(qs.filter((t) => t !== '三个')).toEqual([]);
  });

  it('takes 千瓦, 千米, 千卡 as units and 千万 as magnitudes: the longest unit wins', () => {
    const text = '新增3千瓦、5千米、323千卡和2千万元';
    expect(readQuantities(text).map((q) => [q.value, q.unit])).toEqual([[3, '千瓦'], [5, '千米'], [323, '千卡'], [2, '千万元']]);
  });
});

describe('the unit lexicon', () => {
  it('has one record per written unit, each with a positive factor to its base', () => {
    const units = UNIT_RECORDS.map((r) => r.unit);
    expect(new Set(units).size).toBe(units.length);
    for (const r of UNIT_RECORDS) expect(r.factor, r.unit).toBeGreaterThan(0);
    // a base unit is a unit of its own dimension, at factor 1
    for (const r of UNIT_RECORDS) {
      const base = UNIT_RECORDS.find((b) => b.unit === r.base);
      if (base) expect([base.dimension, base.factor], r.unit).toEqual([r.dimension, 1]);
    }
  });

  it('covers the units plans write', () => {
    const units = new Set(UNIT_RECORDS.map((r) => r.unit));
    for (const u of ['元', '美元', '欧元', '日元', '港元', '吨', '千克', '公斤', '斤', '米', '千米', '公里', '厘米', '公分', 'km', 'm', 'cm',
      '平方米', '平方公里', '亩', '公顷', '立方米', '升', '千瓦', '千瓦时', '度', '吨标准煤', '千卡', '字节', '比特', '赫兹', '年', '个月', '天', '日',
      '小时', '家', '个', '项', '所', '人', '户', '辆', '件', '张', '床', '%', '‰', '个百分点', '倍']) {
      expect(units.has(u), u).toBe(true);
    }
  });
});

describe('targets read on the quantities', () => {
  it.each([
    ['粮食产量达到四亿五千万吨。', 45000, '万吨', 450_000_000, '吨'],
    ['劳动年龄人口平均受教育年限达11.3年。', 11.3, '年', 11.3, '年'],
    ['全市地区生产总值达 6038.15 亿元。', 6038.15, '亿元', 603_815_000_000, '元'],
    ['工农业总产值平均每年增长百分之七点五。', 7.5, '%', 7.5, '%'],
  ])('%s', (sentence, value, unit, nValue, nUnit) => {
    const [t] = parse(sentence).targets;
    expect([t.value, t.unit, t.normalized.value, t.normalized.unit]).toEqual([value, unit, nValue, nUnit]);
  });

  it('leaves periods of whole years and dates out', () => {
    expect(parse('用五年时间，到2025年基本建成。').targets).toEqual([]);
  });
});

describe('indicator table cells, read by the quantity reader', () => {
  const table = [
    '一、主要指标', '',
    '指标  单位  2020年  2025年  属性',
    '常住人口  人  9,800  1.2万  预期性',
    '研发经费投入强度  %  2.1  2.5左右  预期性',
    '单位产值能耗降低  %  —  [13.5]  约束性',
    '空气优良天数比率  %  86  ≥90  约束性',
    '城镇新增就业  万人  十二  10-12  预期性',
  ].join('\n');
  const targets = parse(table).targets;

  it.each([
    // cell, value, valueMax, unit, comparator, kind
    ['9,800', 9800, null, '人', '=', 'level'],
    ['1.2万', 1.2, null, '万人', '=', 'level'],
    ['2.5左右', 2.5, null, '%', '~', 'share'],
    ['[13.5]', 13.5, null, '%', '=', 'cumulative'],
    ['≥90', 90, null, '%', '>=', 'share'],
    ['十二', 12, null, '万人', '=', 'level'],
    ['10-12', 10, 12, '万人', 'range', 'level'],
  ] as const)('%s', (cell, value, valueMax, unit, comparator, kind) => {
    const t = targets.find((x) => x.text === cell);
    expect(t, cell).toBeDefined();
    expect([t!.value, t!.valueMax, t!.unit, t!.comparator, t!.kind]).toEqual([value, valueMax, unit, comparator, kind]);
  });

  it('reports nothing for a cell without a number', () => {
    expect(targets.filter((t) => t.indicator === '单位产值能耗降低').map((t) => t.value)).toEqual([13.5]);
  });
});

describe('quantity records', () => {
  it('have the columns of the zod model, in order', () => {
    expect([...QUANTITY_COLUMNS]).toEqual(Object.keys(QuantityRecordSchema.shape));
  });
});

describe('a table cell read as one whole number', () => {
  it('gives the span in the text it was asked of, and nothing for a cell with more in it', () => {
    const text = '表中 12.5% 值';
    const q = readWholeNumber(text, 3, 8);
    expect(q && { start: q.start, end: q.end, value: q.value, unit: q.unit }).toEqual({ start: 3, end: 8, value: 12.5, unit: '%' });
    expect(readWholeNumber(text, 2, 10)).toBeNull();
  });
});
