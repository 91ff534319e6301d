/**
 * The words of quantitative statements, each list once: what the cue peeler
 * (cues.ts), the timeframe reader (timeframe.ts), the indicator reader
 * (indicator.ts) and the table reader (table.ts) recognise. A new word is one
 * entry here plus a fixture line.
 */
import type { Comparator } from '../model/schema.js';

/** Words that say a value is a change by an amount, going up. */
export const INCREASE_WORDS = ['增长', '增加', '提高', '提升', '上升', '上涨', '增幅', '涨幅', '增速', '扩大', '增长了', '增加了', '提高了'];
/** … going down. */
export const DECREASE_WORDS = ['下降', '降低', '减少', '降幅', '压减', '削减', '缩减', '缩小', '下降了', '降低了', '减少了'];
/** Words after which the value is a level reached, not a change (提高到, 降至, 达到). */
export const REACH_WORDS = [
  '提高到', '提高至', '提升到', '提升至', '增加到', '增加至', '增长到', '增长至', '上升到', '上升至', '扩大到', '扩大至',
  '下降到', '下降至', '降低到', '降低至', '降到', '降至', '减少到', '减少至', '压减到', '压减至',
  '达到', '达', '到', '至', '为', '发展到', '发展至', '增至', '升至', '保持', '保持在', '稳定在', '维持在', '实现', '稳定保持',
];
/** A change verb followed by 到/至: the value before it is where the change starts (由2.5%提高到3%). */
export const CHANGE_FROM = /(?:提高|提升|增加|增长|下降|降低|减少|扩大|上升|降)(?:到|至)/y;
/** An indicator that names a change: its table values are changes, not levels. */
export const CHANGE_INDICATOR = /下降|降低|减少|增长|提高/;
export const DECREASE_INDICATOR = /下降|降低|减少/;

/** Comparator words written before a number. */
export const COMPARATOR_WORDS: readonly (readonly [string, Comparator])[] = [
  ['突破', '>'], ['超过', '>'], ['超', '>'], ['高于', '>'], ['大于', '>'], ['多于', '>'],
  ['不低于', '>='], ['不少于', '>='], ['不小于', '>='], ['至少', '>='], ['至少达到', '>='],
  ['不超过', '<='], ['不高于', '<='], ['不大于', '<='], ['不多于', '<='], ['控制在', '<='],
  ['低于', '<'], ['少于', '<'], ['小于', '<'],
  ['约', '~'], ['约为', '~'], ['近', '~'], ['接近', '~'], ['将近', '~'], ['大约', '~'], ['不到', '<'],
];
/** Bounds written after a number or in a table cell (以上, ≥). */
export const BOUND_WORDS: Readonly<Record<string, Comparator>> = {
  '>': '>', '＞': '>', '>=': '>=', '≥': '>=', '<': '<', '＜': '<', '<=': '<=', '≤': '<=',
  以上: '>=', 以下: '<=', 以内: '<=', 左右: '~',
};

/** Totals over a period. */
export const TOTAL_WORDS = ['累计', '合计', '总计', '共计', '累积'];
export const TOTAL_PATTERN = new RegExp(TOTAL_WORDS.join('|'));
/**
 * A span of several years a sentence opens with (五年来, 这五年, 过去五年, “六五”期间,
 * 十三五时期, 三年内): what was built, added or spent in it is a total over the span.
 * One year (一年来, 今年) is not a span: a year's flow is its level.
 */
export const SPAN_OF_YEARS =
  /(?:[二三四五六七八九十两]|[2-9２-９]|[1-9１-９][0-9０-９])[\s\u3000]*年(?:来|中|内|间|里|共|合计|累计)|(?:这|过去|近)(?:[二三四五六七八九十两]|[2-9２-９])[\s\u3000]*年|[“"]?(?:[六七八九]五|十[一二三四五六七八九]?五)[”"]?[\s\u3000]*(?:期间|时期)/;
/** Verbs and nouns of a flow (built, added, trained, spent): summed over a span, not a level held at its end. */
const FLOW_WORDS = ['新增', '新建', '建成', '完成', '培养', '引进', '利用', '吸收', '使用', '授予', '提出', '制定', '修订', '缔结',
  '取得', '安排', '改造', '铺轨', '脱贫', '搬迁', '落户', '少生', '投入', '投资', '用于', '审议', '兴建', '开工', '竣工', '投产', '新开',
  '发放', '节约', '造林', '培训', '救助', '资助'];
export const FLOW_PATTERN = new RegExp(FLOW_WORDS.join('|'));
/** What a value at one moment is, even inside a span: 年末, 余额, 现有, 人均, a yearly rate. */
export const STOCK_PATTERN = /末|年底|余额|现有|现已|目前|人均|平均|年均|每年/;
/** An indicator that is itself a proportion (城镇化率, 增加值比重, 研发投入强度, 占GDP). */
export const SHARE_PATTERN = /率|比重|比例|占比|强度|覆盖|占/;

/** Verbs whose object is counted: the thing follows the number (打造10家龙头企业). */
export const COUNT_VERBS = ['打造', '培育', '建成', '新建', '建设', '新增', '引进', '集聚', '集聚了', '拥有', '现有', '共有', '有', '形成',
  '认定', '创建', '布局', '设立', '组建', '推动', '实施', '完成', '建成了', '新增了', '引进了', '聚集', '吸引'];
/** Adverbs and frames between an indicator and its number. */
export const MODIFIER_WORDS = ['年均', '同比', '比上年', '较上年', '平均', '稳定', '持续', '总体', '基本', '力争', '努力', '继续', '进一步',
  '逐步', '全年', '每年', '平均每年', '了', '由', '从', '的', '已', '已经', '将'];

/** Words that open a time frame before a year (截至2020年, 到2025年). */
export const TIME_OPENERS = ['截至', '截止到', '截止', '到', '至', '在', '于', '近'];
/** … and before a year taken as a comparison base or a point of reference at a clause's end (较2015年). */
export const YEAR_OPENERS = ['截至', '截止', '较', '比', '近', '到', '至', '于', '在', '从', '由', '与'];

/**
 * Digits a year is written with: Arabic, full-width and Chinese (一九八五,
 * 二〇二五, with ○ for zero as older texts set it).
 */
const YEAR_DIGIT_VALUES: Record<string, number> = {
  〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
for (let d = 0; d <= 9; d++) {
  YEAR_DIGIT_VALUES[String(d)] = d;
  YEAR_DIGIT_VALUES[String.fromCharCode(0xff10 + d)] = d;
}
export const YEAR_DIGIT_CHARS = Object.keys(YEAR_DIGIT_VALUES).join('');
const D = '[0-9０-９〇○零一二三四五六七八九]';
/** A year of the 20th or 21st century, in any of those digits: the source of every year pattern. */
export const YEAR_SOURCE = `(?:[1１一][9９九]|[2２二][0０〇○零])${D}${D}`;

/** The gap a PDF copy sets between Chinese and digits (到 2025 年): allowed around a year. */
export const GAP = '[ \\u3000]?';

/** The value of a year matched by YEAR_SOURCE. */
export function yearValue(s: string): number {
  let v = 0;
  for (const c of s) v = v * 10 + (YEAR_DIGIT_VALUES[c] ?? 0);
  return v;
}

/** A few years, or a number of them (几年, 五年): 近几年, 五年来. */
const FEW = '[几一二三四五六七八九十两]+';

/**
 * Time cues of a sentence. Frames name the time spoken of (到2025年, 今后五年,
 * 过去五年, 近几年, 截至): they hold for the rest of the paragraph, and for the
 * section's later paragraphs. Words of aim or aspect (力争, 已, 增长了) speak
 * only of their own sentence. 预计 gives an estimate of a year that is ending:
 * a record. 比上年/较去年 compare, and 好于预期 judges: neither is a cue.
 */
export const FORWARD_FRAMES = [
  '目标(?!(?:任务)?(?:顺利|如期|全面|基本|胜利|圆满)?(?:实现|完成))', '(?<![年五”"])计划', '(?<![前去上])今年', '明年', '今后', '未来', '(?<![于出超])预期', '约束性', '预期性',
  // 增加到2020年的4800亿元: the 到 of a change verb dates the value it reaches, it sets no aim.
  `(?<![截年]|增加|增长|提高|提升|上升|扩大|下降|降低|减少|发展|降)(?:到|至)${GAP}(?:${YEAR_SOURCE}${GAP}年|本世纪)`, `${YEAR_SOURCE}${GAP}年(?:底)?前`,
];
export const FORWARD_WORDS = ['力争', '确保', '争取', '努力(?=[实达使提保争建推])', '将达到', '将超过', '要达到'];
export const BACKWARD_FRAMES = ['截至', '截止', '以来', '过去', '近年来', `(?:近|最近|这)${FEW}年`, `${FEW}年来`, '(?<![比较同与])去年', '(?<![比较同与])上年', '预计', '据估计', '回顾'];
export const BACKWARD_WORDS = [
  '已经', '已', '顺利实现', '如期实现', '圆满完成', '全面完成', '超额完成', '胜利完成', '现有', '共有',
  '(?:实现|完成|达到|建成|获得|取得|增长|增加|提高|提升|下降|降低|减少|扩大|超过|突破|有)了',
];

/** Section titles that announce aims, or a look back. */
export const SECTION_TARGET = /目标|任务|举措|指标|预期|安排|重点工作|主要工作|部署|展望|要求/;
export const SECTION_REVIEW = /回顾|过去|去年|上年|完成情况|发展基础|主要成就|取得的成就|工作总结|发展成就|发展现状|现状/;

/**
 * Task headings are imperative (建设创新平台, 加快发展数字经济): what follows
 * them is to be done.
 */
export const IMPERATIVE_TITLE = /^(?:大力|全面|持续|加快|加速|着力|积极|深入|切实|稳步|不断|进一步|坚持|建设|推进|推动|培育|提升|提高|强化|完善|实施|打造|深化|加强|构建|优化|促进|发展|扩大|健全|创建|营造|保障|落实|做强|做大|做优|拓展|筑牢|夯实|聚焦|统筹|支持|引导)/;

/**
 * Words of duty and condition in a provision: what follows them in the
 * sentence is a rule, not an aim (应当…不少于两名, 自…之日起十五日内).
 */
export const OBLIGATION_WORDS = ['应当', '应予', '必须', '只能', '不得', '严禁', '禁止', '可以', '须经', '需经', '之日起', '日起', '凡', '不予', '予以', '对于', '违反'];
/** Titles of documents made of rules: their articles state duties, not targets. */
export const NORMATIVE_TITLE = /(?:条例|办法|规定|规则|细则|规范|准则|章程|法)(?:（[^）]*）)?\s*$|^(?!.*(?:印发|转发|下达)).*通知(?:（[^）]*）)?\s*$/;
/** Words that make an amount a grant or a rate of support (给予…奖励, 按每户): a policy instrument. */
/** The grants themselves: before a number (奖励50万元) or right after it (500万元的一次性奖励). */
export const GRANT_NOUNS = ['奖励', '奖补', '补助', '补贴', '资助'];
export const GRANT_WORDS = ['给予', ...GRANT_NOUNS, '一次性', '按每', '按照每', '最高不超过', '最高'];

/**
 * Header cells of an indicator table, by the column they name (table.ts reads
 * them between separators; glued-table.ts finds them written with none).
 */
export const TABLE_HEADERS = {
  indicator: ['指标名称', '主要指标', '具体指标', '指标'],
  unit: ['计量单位', '单位'],
  attribute: ['指标属性', '属性'],
  other: ['类别', '序号', '编号', '领域', '备注', '类型', '责任单位', '牵头单位', '责任部门', '牵头部门', '配合单位'],
} as const;
/** What may follow a year in a value column's header (2020年完成值, 2025年目标值). */
export const VALUE_HEADER_WORDS = ['完成值', '目标值', '基期值', '现状值', '预期值', '预计值', '实际值', '规划值', '基数', '值', '目标', '底', '末'];
/** Value columns named without a year. */
export const VALUE_HEADERS = ['基期值', '目标值', '现状值', '年均增长', '年均增速'];

/**
 * Nouns that say what a bare magnitude counts (551万农村贫困人口, 3000万户家庭),
 * by the unit a reader counts them in; matched at the end of the noun after the
 * number, or of the indicator before it (游客人次达3430万).
 */
export const COUNTED_NOUNS: readonly (readonly [string, readonly string[]])[] = [
  ['人次', ['人次']],
  ['户', ['农户', '贫困户', '困难户', '家庭', '住户', '户数']],
  ['人', [
    '人口', '人才', '人员', '人数', '毕业生', '大学生', '研究生', '学生', '职工', '员工', '工人', '农民工', '农民', '居民', '劳动力',
    '游客', '旅客', '乘客', '干部', '教师', '医生', '党员', '群众', '儿童', '婴幼儿', '青少年', '妇女', '老年人', '老人',
    '残疾人', '志愿者', '移民', '新生儿', '患者',
  ]],
];

/** Words that open a condition a measure applies under (对于500张床位以上的项目，…; 凡…的，…). */
export const CONDITION_OPENERS = ['对于', '凡是', '凡'];
/**
 * Nouns after 的 that still take the number as the value aimed at (稳定在1.3万亿斤以上的水平, 增长6%以上的目标):
 * after any other noun, a bounded number is a threshold that picks the noun out (占比高于5%的企业).
 */
export const VALUE_NOUNS = ['水平', '目标', '预期目标', '规模', '增速', '增长', '速度', '幅度', '高位', '区间', '态势'];
