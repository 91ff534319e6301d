/** Numbering styles, levels, breaks and look-alikes on made-up fixtures. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { PlanDocument } from '../src/model/schema.js';
import { expectSound, flatten } from './helpers/invariants.js';

function load(name: string): { doc: PlanDocument; text: string } {
  const text = readFileSync(`fixtures/structure/${name}`, 'utf8');
  const doc = parse(text, { name });
  expectSound(doc, text);
  return { doc, text };
}

/** "line level marker title" per heading: the outline a reader checks. */
const outline = (doc: PlanDocument) => flatten(doc.sections).map((s) => `${s.heading.start.line} ${s.level} ${s.marker}${s.title}`);
const codes = (doc: PlanDocument) => doc.diagnostics.map((d) => `${d.position.start.line} ${d.code}`);

describe('numbering styles and levels', () => {
  it('nests 第一部分 → 一、 → （一） → 1. → （1） → ① by order of appearance, with every marker variant', () => {
    const { doc } = load('all-styles.txt');
    expect(outline(doc)).toEqual([
      '5 1 第一部分总体要求',
      '7 2 一、发展目标',
      '9 3 （一）总体目标',
      '11 4 1.规模持续扩大',
      '13 5 （1）产业规模',
      '15 6 ①软件产业',
      '17 6 ②信息制造',
      '19 5 （2）创新能力',
      '21 4 2．结构不断优化',
      '23 2 二、重点任务',
      '25 3 （一）夯实数字基础',
      '27 4 １．建设新型网络',
      '29 4 ２、完善算力设施',
      '31 3 (二)培育数字产业',
      '33 4 1、发展软件服务',
      '35 1 第二部分保障措施',
      '37 2 三、加强组织领导',
      '39 2 四、强化要素保障',
      '41 3 （一）其他事项',
    ]);
    // 三、 under 第二部分 runs on from 二、: no gap.
    expect(doc.diagnostics).toEqual([]);
    expect(flatten(doc.sections).map((s) => s.id).slice(0, 6)).toEqual(['1', '1.1', '1.1.1', '1.1.1.1', '1.1.1.1.1', '1.1.1.1.1.1']);
  });

  it('puts （一） under 第二条 in a regulation-style plan; articles number on across chapters', () => {
    const { doc } = load('regulation-style.txt');
    expect(outline(doc)).toEqual([
      '3 1 第一章总则',
      '5 2 第一条',
      '7 2 第二条',
      '8 3 （一）坚持农业农村优先发展',
      '9 3 （二）坚持农民主体地位',
      '10 3 （三）坚持因地制宜、循序渐进',
      '12 1 第二章产业发展',
      '14 2 第三条',
      '16 2 第四条',
      '18 1 第三章附则',
      '20 2 第五条',
    ]);
    expect(doc.diagnostics).toEqual([]);
    // An article's provision is its body; the cross reference 第二条规定 inside it is no heading.
    const third = flatten(doc.sections).find((s) => s.marker === '第三条')!;
    expect(third.body).toContain('依照本办法第二条规定的原则');
  });

  it('reads a 纲要 of 篇/章/节 with a table of contents, a 专栏 indicator table and 一是/二是 enumerations', () => {
    const text = readFileSync('fixtures/plans/chapter-style-outline.txt', 'utf8');
    const doc = parse(text);
    expectSound(doc, text);
    expect(outline(doc)).toEqual([
      '10 1 第一篇开启全面建设社会主义现代化新征程',
      '12 2 第一章发展基础',
      '16 2 第二章发展目标',
      '18 3 第一节二〇三五年远景目标',
      '22 3 第二节“十四五”时期主要目标',
      '32 1 第二篇坚持创新驱动发展',
      '34 2 第三章提升创新能力',
      '36 3 第一节建设创新平台',
      '41 3 第二节培育创新主体',
      '43 4 （一）壮大高新技术企业',
      '44 4 （二）培育科技型中小企业',
    ]);
    expect(codes(doc)).toEqual(['5 table-of-contents']);
    const table = doc.targets.filter((t) => t.origin === 'table');
    expect(table.map((t) => [t.indicator, t.value, t.timeframe])).toContainEqual(['地区生产总值', 4500, 'target']);
    expect(table.map((t) => [t.indicator, t.value, t.timeframe])).toContainEqual(['地区生产总值', 3200, 'baseline']);
  });

  it('reads 1） and 1) as the bracketed-number style', () => {
    const doc = parse('一、任务\n1.建设平台\n1）建设实验室\n2)建设研究院\n2.培育企业\n');
    expect(outline(doc)).toEqual(['1 1 一、任务', '2 2 1.建设平台', '3 3 1）建设实验室', '4 3 2)建设研究院', '5 2 2.培育企业']);
  });

  it('reads Chinese numbers past 十 in markers', () => {
    const doc = parse('十、甲\n十一、乙\n二十三、丙\n（四十）丁\n');
    expect(flatten(doc.sections).map((s) => [s.marker, s.number])).toEqual([
      ['十、', 10], ['十一、', 11], ['二十三、', 23], ['（四十）', 40],
    ]);
  });
});

describe('run-in headings', () => {
  it('cuts the title at the first 。, keeps the rest as body; a title without 。 is the whole line', () => {
    const { doc } = load('run-in.txt');
    const [a, b, c, d] = flatten(doc.sections).slice(1);
    expect(a.title).toBe('推行一网通办');
    expect(a.body.startsWith('实现政务服务事项全程网办')).toBe(true);
    expect(b.title).toBe('压缩审批时限'); // no early 。: cut at the comma, with a note
    expect(codes(doc)).toContain('7 title-at-comma');
    expect(c.title).toBe('完善企业服务体系');
    expect(d.title).toBe('加强信用监管');
  });
});

describe('numbering breaks', () => {
  it('keeps the most plausible tree and says what broke, where', () => {
    const { doc } = load('breaks.txt');
    expect(outline(doc)).toEqual([
      '3 1 一、发展基础',
      '5 2 （一）创新投入持续加大',
      '7 2 （二）创新主体不断壮大',
      '9 2 （二）创新环境持续优化',
      '11 2 （五）创新成果丰硕',
      '13 1 二、主要任务',
      '15 2 （一）建设创新平台',
      '17 3 1.建设实验室',
      '19 3 2.建设研究院',
      '21 3 3.建设中试基地',
      '27 3 4.建设科技园区',
      '29 3 5.建设孵化器',
      '31 2 （二）培育创新企业',
      '33 3 1.培育领军企业',
      '35 3 2.培育小巨人企业',
      '37 3 1.培育瞪羚企业',
      '39 3 2.培育独角兽企业',
      '41 2 （四）优化创新生态',
      '43 3 1.完善政策',
      '45 1 三、保障措施',
    ]);
    expect(codes(doc)).toEqual([
      '9 numbering-duplicate',
      '11 numbering-gap',
      '23 list-in-body',
      '27 heading-mid-line',
      '37 heading-missing',
      '41 numbering-gap',
    ]);
    const ids = flatten(doc.sections).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads a short list that restarts at 1 inside an item as that item’s body', () => {
    const { doc } = load('restart-list.txt');
    expect(outline(doc)).toEqual([
      '3 1 一、重点任务',
      '5 2 （一）垃圾治理',
      '7 3 1.完善收运体系',
      '9 3 2.推进源头减量',
      '17 3 3.规范处置设施',
      '19 2 （二）污水治理',
      '21 3 1.建设污水管网',
    ]);
    expect(codes(doc)).toEqual(['11 list-in-body']);
    expect(flatten(doc.sections)[3].body).toContain('3.组织志愿巡查');
  });

  it('does not read an inline list (：1.…；2.…) as headings starting mid-line', () => {
    const text = '一、任务\n1.完善体系。主要包括：1.完善制度；2.强化监管；3.优化服务。\n2.加强保障。\n';
    const doc = parse(text);
    expectSound(doc, text);
    expect(outline(doc)).toEqual(['1 1 一、任务', '2 2 1.完善体系', '3 2 2.加强保障']);
  });

  it('reads the items after a 专栏 line as a box in the body', () => {
    const text = '一、任务\n\n1.建设园区。建设一批园区。\n\n专栏1　重点园区\n1.甲园区\n2.乙园区\n\n2.培育企业。培育一批企业。\n';
    const doc = parse(text);
    expectSound(doc, text);
    expect(outline(doc)).toEqual(['1 1 一、任务', '3 2 1.建设园区', '9 2 2.培育企业']);
    expect(codes(doc)).toEqual(['5 list-in-body']);
  });
});

describe('lines that only look like headings', () => {
  it('keeps decimals, percentages, years, cross references, contents lines and page footers as text', () => {
    const { doc } = load('lookalikes.txt');
    expect(outline(doc)).toEqual(['7 1 一、发展基础', '14 2 1.产业基础更加坚实', '16 1 二、主要任务', '21 1 三、保障措施']);
    expect(codes(doc)).toEqual(['3 table-of-contents']);
  });
});

describe('the plan inside its wrapper', () => {
  it('finds the plan between a web page, an issuing notice and a footer, and reads the metadata', () => {
    const { doc } = load('wrapper.txt');
    expect(doc.plan.position.start.line).toBe(16);
    expect(doc.preamble.text.startsWith('临江市养老服务体系建设规划')).toBe(true);
    expect(doc.envelope.before?.text).toContain('关于印发');
    expect(doc.envelope.after?.text).toContain('打印本页');
    expect(doc.meta).toEqual({ title: '临江市养老服务体系建设规划', docNumber: '临政发〔2022〕7号', issuer: '临江市人民政府', date: '2022-03-15' });
    expect(outline(doc)).toEqual(['20 1 一、发展现状', '24 1 二、发展目标']);
  });

  it('reads an action plan issued by a notice: title with its period, full-width markers, dashes and 第一 as text', () => {
    const text = readFileSync('fixtures/plans/action-plan-with-notice.txt', 'utf8');
    const doc = parse(text);
    expectSound(doc, text);
    expect(doc.meta).toEqual({ title: '湘江市加快发展先进制造业三年行动方案（2024—2026年）', docNumber: '湘政办发〔2024〕5号', issuer: '湘江市人民政府办公室', date: '2024-02-18' });
    expect(doc.plan.position.start.line).toBe(13);
    expect(outline(doc)).toEqual([
      '18 1 一、总体要求',
      '20 2 （一）指导思想',
      '22 2 （二）主要目标',
      '24 1 二、重点任务',
      '26 2 （一）实施产业链提升行动',
      '28 3 1．壮大优势产业链',
      '30 3 2．培育新兴产业链',
      '32 2 （二）实施企业梯度培育行动',
      '34 3 1．培育龙头企业',
      '36 3 2．培育中小企业',
      '41 1 三、保障措施',
      '43 2 （一）加强组织领导',
      '45 2 （二）强化要素保障',
    ]);
    expect(doc.targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.timeframe])).toContainEqual(['规模以上工业增加值', '>=', 8, '%', 'target']);
  });

  it('dates a work report by its dateline', () => {
    const doc = parse('政府工作报告\n——2024年1月25日在湘江市第十七届人民代表大会第三次会议上\n\n一、2023年工作回顾\n');
    expect(doc.meta.date).toBe('2024-01-25');
  });

  it('keeps a last paragraph that mentions a page-furniture word (打印, 关闭) in the plan', () => {
    const doc = parse('某市规划\n\n一、主要任务\n\n发展3D打印产业，关闭落后产能，新增就业1.2万人。\n');
    expect(doc.envelope.after).toBeNull();
    expect(doc.targets.map((t) => t.value)).toEqual([1.2]);
  });

  it('reads document numbers in [] and 【】 and dates in Chinese numerals', () => {
    for (const num of ['京政发[2023]12号', '京政发【2023】12号']) {
      const doc = parse(`${num}\n\n北京市人民政府\n二〇二三年五月六日\n\n某某规划\n\n一、目标\n`);
      expect(doc.meta.docNumber).toBe(num);
      expect(doc.meta.date).toBe('2023-05-06');
      expect(doc.meta.issuer).toBe('北京市人民政府');
    }
  });
});

describe('odd inputs', () => {
  it('gives a valid, empty document for empty input', () => {
    const doc = parse('');
    expectSound(doc, '');
    expect(doc.sections).toEqual([]);
  });

  it('keeps UTF-16 offsets right after characters outside the BMP', () => {
    const text = '𠀀𠀀规划\n\n一、𠀀目标\n（一）任务\n';
    const doc = parse(text);
    expectSound(doc, text);
    expect(flatten(doc.sections).map((s) => s.heading.start.offset)).toEqual([text.indexOf('一、'), text.indexOf('（一）')]);
  });

  it('reads CRLF and CR newlines with the same outline', () => {
    const lf = readFileSync('fixtures/structure/breaks.txt', 'utf8');
    const base = outline(parse(lf));
    for (const nl of ['\r\n', '\r']) {
      const text = lf.replace(/\n/g, nl);
      const doc = parse(text);
      expectSound(doc, text);
      expect(outline(doc)).toEqual(base);
    }
  });
});
