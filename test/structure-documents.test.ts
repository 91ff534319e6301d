/** How real documents are laid out, on made-up fixtures: contents pages, attachments, PDF copies, one style at several depths. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { PlanDocument } from '../src/model/schema.js';
import { expectSound, flatten } from './helpers/invariants.js';

function load(name: string): PlanDocument {
  const text = readFileSync(`fixtures/structure/${name}`, 'utf8');
  const doc = parse(text, { name });
  expectSound(doc, text);
  return doc;
}

/** "line level marker title" per heading. */
const outline = (doc: PlanDocument) => flatten(doc.sections).map((s) => `${s.heading.start.line} ${s.level} ${s.marker}${s.title}`);
const codes = (doc: PlanDocument) => doc.diagnostics.map((d) => `${d.position.start.line} ${d.code}`);

describe('contents pages', () => {
  it('reads no heading from a 目录 page, an entry wrapped over two lines included, and takes no level from it', () => {
    const doc = load('contents-page.txt');
    expect(outline(doc)).toEqual([
      '16 1 一、发展基础',
      '17 2 （一）基础设施持续完善',
      '18 2 （二）数字产业加快培育，乡村电商与智慧农业融合发展',
      '19 1 二、主要任务',
      '20 2 （一）建设乡村信息网络',
      '21 2 （二）发展智慧农业',
    ]);
    expect(codes(doc)).toEqual(['7 table-of-contents']);
  });
});

describe('attachments', () => {
  it('reads 附件N as a top-level division whose numbering starts afresh, and a notice’s list of attachments as text', () => {
    const doc = load('attachments.txt');
    expect(outline(doc)).toEqual([
      '3 1 第一条',
      '5 1 第二条',
      '7 1 第三条',
      '9 2 （一）统筹协调重大问题',
      '11 2 （二）督促检查工作落实',
      '13 1 第四条',
      '21 1 附件1企业开办操作指引',
      '23 2 一、办理流程',
      '25 3 （一）网上申报',
      '27 3 （二）窗口领取',
      '29 2 二、办理时限',
      '31 1 附件2工程建设项目审批操作指引',
      '33 2 一、适用范围',
      '35 2 二、审批流程',
      '37 1 附件3',
      '39 2 一、事项名称',
    ]);
    expect(flatten(doc.sections).filter((s) => s.style === 'attachment').map((s) => s.marker)).toEqual(['附件1', '附件2', '附件3']);
    // The list 附件：1、… 2、… 3、… is no heading, and no numbering problem.
    expect(codes(doc)).toEqual(['17 table-of-contents']);
  });
});

describe('one numbering style at several depths', () => {
  it('nests a series that restarts after item 2 inside it, and reads marker-only lines as headings with empty titles', () => {
    const doc = load('nested-style.txt');
    expect(outline(doc)).toEqual([
      '5 1 一、过去五年的回顾',
      '9 1 二、今后五年的主要任务',
      '13 2 （一）',
      '16 2 （二）',
      '21 2 一、确定适度的增长速度，保持国民经济按比例发展',
      '25 2 二、合理调整投资结构，努力提高投资效益',
      '29 3 一、',
      '32 3 二、',
      '35 3 三、',
    ]);
    expect(codes(doc)).toEqual(['21 numbering-restart', '29 numbering-restart']);
  });

  it('goes back out to the outer series when the number is the one it expects, not the inner series', () => {
    const body = '　　这一部分的正文写得比较长，说明有关情况和要求，不是一个简短的列表项目。\n';
    const text = ['一、甲', '二、乙', '一、乙之一', '二、乙之二', '三、乙之三', '三、丙'].map((h) => `${h}\n${body}`).join('');
    const doc = parse(text);
    expectSound(doc, text);
    expect(outline(doc)).toEqual(['1 1 一、甲', '3 1 二、乙', '5 2 一、乙之一', '7 2 二、乙之二', '9 2 三、乙之三', '11 1 三、丙']);
  });
});

describe('PDF copies', () => {
  it('reads a number alone beside its paragraph as an item, after a page footer and a form feed too; not a table’s row numbers', () => {
    const doc = load('pdf-items.txt');
    expect(outline(doc)).toEqual(['3 1 一、重点任务', '4 2 (一)实施龙头企业培育行动', '6 3 １', '10 3 ２', '16 2 (二)实施小微企业扶持行动', '18 3 ３', '21 1 二、保障措施', '23 2 ４']);
  });

  it('reads bare item numbers of a copy without blank lines (Word, a web page): after a heading or a paragraph that closes, not among table cells', () => {
    const doc = load('word-items.txt');
    expect(outline(doc)).toEqual(['2 1 一、重点任务', '3 2 (一)实施创业扶持行动', '4 3 1', '7 3 2', '10 3 3', '13 2 (二)实施融资服务行动', '14 3 4']);
  });

  it('does not read a marker alone at the end of the text, or before another lone marker, as a heading', () => {
    const text = '一、总则\n\n（一）\n（二）\n任务如下。\n\n二、\n';
    const doc = parse(text);
    expectSound(doc, text);
    expect(outline(doc)).toEqual(['1 1 一、总则', '4 2 （二）']);
  });

  it('reads markers with the gap PDF copies set between Chinese and digits, and lists and items across a page footer', () => {
    const text = [
      '第 1 条 为规范管理，制定本规定。',
      '第 2 条 本规定自发布之日起施行。',
      '附件：1.甲类操作规程',
      '2.乙类操作规程',
      '— ２ —',
      '',
      '\f3.丙类操作规程',
      '附件 1：甲类操作规程',
      '一、适用范围',
      '— ３ —',
      '　　２',
      '　　严格执行检查程序，认真核对有关证件和材料，依法处理。',
    ].join('\n');
    const doc = parse(text);
    expectSound(doc, text);
    expect(outline(doc)).toEqual(['1 1 第 1 条', '2 1 第 2 条', '8 1 附件 1甲类操作规程', '9 2 一、适用范围', '11 3 ２']);
  });
});

describe('a web page flattened to one line', () => {
  it('finds the headings glued after a sentence, a space or a paragraph’s last words, and into the title before; not an inline （1）（2） list, nor the attachments’ tables', () => {
    const doc = load('one-line-page.txt');
    expect(flatten(doc.sections).map((s) => `${s.level} ${s.marker}${s.title.slice(0, 8)}`)).toEqual([
      '1 一、发展现状',
      '2 （一）基础条件近年来，',
      '2 （二）面临问题一是服务',
      '1 二、工作目标',
      '2 （三）总体目标到202',
      '2 （四）具体指标',
      '1 三、重点任务',
      '2 （五）健全养老服务网络',
      '3 1.建设街道养老服务',
      '3 2.发展农村互助养老',
      '2 （六）扩大托育服务供给',
      '3 1.发展普惠托育服务',
      '3 2.推进社区托育点建',
      '1 四、保障措施',
      '2 （七）加强组织领导',
      '2 （八）加大资金投入',
    ]);
  });
});

describe('meta', () => {
  const meta = (text: string) => parse(text).meta;

  it('reads a 题注 under the title as the date: a session’s adoption, or a report’s dateline in brackets', () => {
    expect(meta('枫林市数据条例\n\n2023年6月30日 枫林市第九届人民代表大会常务委员会第十次会议通过\n\n第一章 总则\n\n第一条 为了规范数据处理活动，制定本条例。\n')).toMatchObject({ title: '枫林市数据条例', date: '2023-06-30' });
    expect(meta('政府工作报告\n（２０２４年１月９日在枫林市第九届人民代表大会第三次会议上）\n\n一、过去一年的工作\n\n　　过去一年，全市经济稳步回升。\n')).toMatchObject({ title: '政府工作报告', date: '2024-01-09' });
  });

  it('reads titles that end in 建议 or 规范, a 文号 in full-width digits, and drops the number from a notice’s title', () => {
    expect(meta('枫林市人民政府文件\n枫政发〔２０２３〕１２号\n\n关于加快数字经济发展的建议\n\n一、总体要求\n\n　　坚持创新驱动。\n')).toMatchObject({ title: '关于加快数字经济发展的建议', docNumber: '枫政发〔２０２３〕１２号' });
    expect(meta('枫林市交通执法工作规范\n\n第一条 为规范执法，制定本规范。\n').title).toBe('枫林市交通执法工作规范');
    expect(meta('枫林市财政局关于加强预算管理的通知（枫财发〔2023〕7号）\n\n一、加强预算编制\n\n　　各单位要按时编制预算。\n').title).toBe('枫林市财政局关于加强预算管理的通知');
  });

  it('takes no 文号 cited inside a sentence, and no title from a document named across a line break', () => {
    const m = meta('各位代表：\n\n　　我们认真贯彻《\n国务院关于支持枫林市发展的意见\n》（国发〔2022〕2号）等文件精神，全年工作稳步推进，按照枫政发〔2023〕5号文件要求推进各项改革工作。\n\n一、过去一年的工作\n\n　　经济稳步回升。\n');
    expect(m.title).toBeNull();
    expect(m.docNumber).toBeNull();
  });
});
