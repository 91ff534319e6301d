/**
 * The units a number may be followed by, as data: one record per written
 * form, with its dimension, the factor to the dimension's base unit, and
 * whether it is a classifier that a counted noun may follow (49所|中小学校).
 *
 * Magnitudes (十 百 千 万 亿 and 萬 億) are not units: 万吨, 亿元, 万千瓦 are
 * read as magnitudes before a unit of this table, except where the table
 * holds a longer unit of its own starting there (千瓦, 千米, 百分点): the
 * longest unit written wins.
 */

import type { Dimension } from '../model/dimensions.js';

export interface UnitRecord {
  /** As written after the number. */
  unit: string;
  dimension: Dimension;
  /** Base unit of the dimension (for a currency: that currency's own unit). */
  base: string;
  /** unit = factor × base. */
  factor: number;
  /** A classifier: the thing counted may follow it (10家|龙头企业). */
  counting: boolean;
  /**
   * A number with this unit can state a plan's target. Dates and spans of
   * time (2025年, 3个月, 5日内) and the parts of a fraction are quantities but
   * not targets: a whole number of years is a period, not a level.
   */
  target: boolean;
}

type Row = [unit: string, base: string, factor: number, flags?: string];

/**
 * Flags: c = counting classifier; n = no target. Base units are those plans
 * count in (吨, 千瓦时, 千瓦), SI elsewhere; 吨标准煤 at 29.3076 GJ (GB/T 2589).
 */
const GROUPS: [Dimension, Row[]][] = [
  ['currency', [
    ['元', '元', 1], ['元人民币', '元', 1], ['人民币', '元', 1], ['分钱', '元', 0.01, 'n'],
    ['美元', '美元', 1], ['欧元', '欧元', 1], ['日元', '日元', 1], ['港元', '港元', 1], ['港币', '港元', 1],
    ['英镑', '英镑', 1], ['卢布', '卢布', 1], ['韩元', '韩元', 1], ['澳元', '澳元', 1], ['加元', '加元', 1],
    ['新台币', '新台币', 1], ['台币', '新台币', 1], ['法郎', '法郎', 1], ['瑞士法郎', '瑞士法郎', 1], ['美金', '美元', 1],
    ['卢比', '卢比', 1], ['奈拉', '奈拉', 1], ['比索', '比索', 1], ['泰铢', '泰铢', 1], ['块钱', '元', 1],
    ['新卢布', '卢布', 1], ['新加坡元', '新加坡元', 1], ['新元', '新加坡元', 1], ['澳门元', '澳门元', 1], ['新西兰元', '新西兰元', 1],
    ['林吉特', '林吉特', 1], ['越南盾', '越南盾', 1], ['印尼盾', '印尼盾', 1], ['兰特', '兰特', 1], ['雷亚尔', '雷亚尔', 1],
    ['里拉', '里拉', 1], ['坚戈', '坚戈', 1], ['第纳尔', '第纳尔', 1], ['迪拉姆', '迪拉姆', 1],
    // hundredths of a currency, read alone (3美分) or after a whole amount (两美元又三美分)
    ['美分', '美元', 0.01], ['欧分', '欧元', 0.01], ['便士', '英镑', 0.01], ['戈比', '卢布', 0.01],
  ]],
  ['mass', [
    ['吨', '吨', 1], ['千克', '吨', 1e-3], ['公斤', '吨', 1e-3], ['克', '吨', 1e-6], ['毫克', '吨', 1e-9],
    ['微克', '吨', 1e-12], ['斤', '吨', 5e-4], ['公吨', '吨', 1], ['磅', '吨', 0.45359237e-3],
    ['两', '吨', 5e-5], ['kg', '吨', 1e-3], ['KG', '吨', 1e-3], ['g', '吨', 1e-6], ['t', '吨', 1], ['mg', '吨', 1e-9],
  ]],
  ['length', [
    ['米', '米', 1], ['千米', '米', 1000], ['公里', '米', 1000], ['厘米', '米', 0.01], ['公分', '米', 0.01],
    ['毫米', '米', 0.001], ['微米', '米', 1e-6], ['纳米', '米', 1e-9], ['英里', '米', 1609.344],
    ['海里', '米', 1852], ['英尺', '米', 0.3048], ['英寸', '米', 0.0254], ['延米', '米', 1],
    ['km', '米', 1000], ['KM', '米', 1000], ['m', '米', 1], ['cm', '米', 0.01], ['CM', '米', 0.01], ['mm', '米', 0.001], ['nm', '米', 1e-9],
  ]],
  ['area', [
    ['平方米', '平方米', 1], ['平方公里', '平方米', 1e6], ['平方千米', '平方米', 1e6], ['平方厘米', '平方米', 1e-4],
    ['亩', '平方米', 10000 / 15], ['公顷', '平方米', 1e4], ['平米', '平方米', 1], ['㎡', '平方米', 1],
  ]],
  ['volume', [
    ['立方米', '立方米', 1], ['标方', '立方米', 1], ['升', '立方米', 0.001], ['毫升', '立方米', 1e-6],
    ['立方', '立方米', 1], ['m³', '立方米', 1], ['立方厘米', '立方米', 1e-6],
  ]],
  ['energy', [
    ['千瓦时', '千瓦时', 1], ['度', '千瓦时', 1], ['兆瓦时', '千瓦时', 1e3], ['瓦时', '千瓦时', 1e-3], ['kWh', '千瓦时', 1],
    ['千卡', '千瓦时', 4184 / 3.6e6], ['大卡', '千瓦时', 4184 / 3.6e6], ['焦耳', '千瓦时', 1 / 3.6e6], ['千焦', '千瓦时', 1 / 3600],
    ['兆焦', '千瓦时', 1 / 3.6], ['吨标准煤', '千瓦时', 29.3076e9 / 3.6e6], ['吨标煤', '千瓦时', 29.3076e9 / 3.6e6],
    ['吨油当量', '千瓦时', 41.868e9 / 3.6e6],
  ]],
  ['power', [
    ['瓦', '千瓦', 1e-3], ['千瓦', '千瓦', 1], ['兆瓦', '千瓦', 1e3], ['吉瓦', '千瓦', 1e6], ['马力', '千瓦', 0.73549875],
    ['W', '千瓦', 1e-3], ['kW', '千瓦', 1], ['KW', '千瓦', 1], ['MW', '千瓦', 1e3], ['GW', '千瓦', 1e6],
  ]],
  ['data', [
    ['字节', '字节', 1], ['比特', '字节', 0.125], ['千字节', '字节', 1e3], ['兆字节', '字节', 1e6], ['吉字节', '字节', 1e9],
    ['太字节', '字节', 1e12], ['KB', '字节', 1e3], ['MB', '字节', 1e6], ['GB', '字节', 1e9], ['TB', '字节', 1e12],
    ['PB', '字节', 1e15], ['EB', '字节', 1e18],
  ]],
  // 算力: floating-point operations per second
  ['computing', [
    ['FLOPS', 'FLOPS', 1], ['GFLOPS', 'FLOPS', 1e9], ['TFLOPS', 'FLOPS', 1e12], ['PFLOPS', 'FLOPS', 1e15], ['EFLOPS', 'FLOPS', 1e18],
    ['Flops', 'FLOPS', 1], ['GFlops', 'FLOPS', 1e9], ['TFlops', 'FLOPS', 1e12], ['PFlops', 'FLOPS', 1e15], ['EFlops', 'FLOPS', 1e18],
  ]],
  // 周转量: the work of moving freight or passengers, a mass or a head count times a distance
  ['transport-work', [
    ['吨公里', '吨公里', 1], ['吨千米', '吨公里', 1], ['人公里', '人公里', 1], ['人千米', '人公里', 1], ['标箱公里', '标箱公里', 1],
  ]],
  ['data-rate', [['Mbps', 'bps', 1e6], ['Gbps', 'bps', 1e9], ['kbps', 'bps', 1e3], ['兆比特每秒', 'bps', 1e6]]],
  ['frequency', [
    ['赫兹', '赫兹', 1], ['千赫', '赫兹', 1e3], ['兆赫', '赫兹', 1e6], ['吉赫', '赫兹', 1e9],
    ['Hz', '赫兹', 1], ['kHz', '赫兹', 1e3], ['MHz', '赫兹', 1e6], ['GHz', '赫兹', 1e9],
  ]],
  ['time', [
    ['年', '秒', 31_536_000, 'n'], ['周年', '秒', 31_536_000, 'n'], ['个月', '秒', 2_592_000, 'n'], ['周', '秒', 604_800, 'n'],
    ['个星期', '秒', 604_800, 'n'], ['星期', '秒', 604_800, 'n'], ['天', '秒', 86_400], ['日', '秒', 86_400, 'n'],
    ['个工作日', '秒', 86_400], ['工作日', '秒', 86_400], ['小时', '秒', 3600], ['个小时', '秒', 3600],
    ['分钟', '秒', 60], ['秒', '秒', 1], ['秒钟', '秒', 1], ['毫秒', '秒', 0.001], ['岁', '秒', 31_536_000],
    ['个季度', '秒', 7_884_000, 'n'],
  ]],
  ['speed', [['公里/小时', '米/秒', 1000 / 3600], ['千米/小时', '米/秒', 1000 / 3600], ['米/秒', '米/秒', 1], ['km/h', '米/秒', 1000 / 3600]]],
  ['temperature', [['摄氏度', '摄氏度', 1], ['℃', '摄氏度', 1]]],
  ['concentration', [['微克/立方米', '微克/立方米', 1], ['毫克/立方米', '微克/立方米', 1000], ['毫克/升', '毫克/升', 1]]],
  ['sound', [['分贝', '分贝', 1], ['dB', '分贝', 1]]],
  // 折 is a price's share (八折 = 80%): a quantity, never a plan's target.
  ['ratio', [['%', '%', 1], ['％', '%', 1], ['‰', '%', 0.1], ['‱', '%', 0.01], ['成', '%', 10], ['折', '%', 10, 'n']]],
  ['percentage-point', [
    ['个百分点', '百分点', 1], ['百分点', '百分点', 1], ['個百分點', '百分点', 1], ['百分點', '百分点', 1],
    ['个千分点', '百分点', 0.1], ['千分点', '百分点', 0.1], ['個千分點', '百分点', 0.1],
  ]],
  ['multiple', [['倍', '倍', 1]]],
  ['count', [
    // classifiers: the counted noun may follow (10家|企业)
    ...'家个個项項件所座处條条部台套辆輛架艘栋间張张户戶名位例种種类類款只头株棵篇册份支门門'.split('').map((u): Row => [u, u, 1, 'c']),
    // pairs and dozens, counted in ones (三双 = 6个)
    ['双', '个', 2, 'c'], ['雙', '个', 2, 'c'], ['对', '个', 2, 'c'], ['對', '个', 2, 'c'], ['打', '个', 12, 'c'],
    // classifiers that plans use for vague amounts (一批, 一片) rather than counted targets
    ...'本枚颗片匹'.split('').map((u): Row => [u, u, 1, 'cn']),
    // counts that end their phrase
    ...['人', '人次', '床', '床位', '张床位', '次', '场', '批次', '所次', '标箱'].map((u): Row => [u, u, 1]),
    ...['户次', '宗', '笔', '桩', '组', '批', '届'].map((u): Row => [u, u, 1, 'n']),
    ['TEU', '标箱', 1],
  ]],
];

export const UNIT_RECORDS: readonly UnitRecord[] = GROUPS.flatMap(([dimension, rows]) =>
  rows.map(([unit, base, factor, flags = '']) => ({
    unit, dimension, base, factor, counting: flags.includes('c'), target: !flags.includes('n'),
  })),
);

/**
 * One-character units that begin another word when one of these follows:
 * 统一部署 and 一部分 count no 部, 一门式 no 门, 一对一 no pairs, 两会 no 两.
 */
export const WORD_STARTS: Readonly<Record<string, string>> = {
  部: '署分门件位长委属', 门: '式户心槛诊类', 門: '式户心', 双: '向边重方创赢', 打: '造击通开破赢工卡', 两: '会岸新高委院审级',
  对: '一二两三四五六七八九十0123456789口应接标照比话外象手于待齐', 對: '一二兩三四五六七八九十0123456789口應接標照比話外象手於待',
};

/**
 * Magnitudes written between a number and its unit, and inside numerals
 * (三千五百万); the Latin k and M only right before a unit (12k个, 3M人).
 */
export const MAGNITUDES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, k: 1e3, K: 1e3, M: 1e6 };

/**
 * Coins of a currency that are a unit only after a whole amount of it
 * (五元三角, 五元三毛五分): alone, 三角 is a triangle (长三角) and 五分 a score.
 */
export const COINS: Readonly<Record<string, readonly [coin: string, factor: number][]>> = {
  元: [['角', 0.1], ['毛', 0.1], ['分', 0.01]],
};
/** Words that join a whole amount to its coins: 两美元又三美分, 三元零五分. */
export const COIN_JOINERS = '又零';
