/** Document metadata read where a careful reader finds it: the head of a 公文, its notice, a web page's fields, a 题注, a report's opening. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { expectSound } from './helpers/invariants.js';

function meta(name: string) {
  const text = readFileSync(`fixtures/meta/${name}`, 'utf8');
  const doc = parse(text);
  expectSound(doc, text);
  return doc.meta;
}

describe('document metadata', () => {
  it('reads a PDF copy of a 公文: the issuer from its red-letter head, a number and a period broken over lines, letter-spacing removed', () => {
    expect(meta('red-letter-head.txt')).toEqual({
      title: '云岭省数字乡村建设行动方案(２０２４—２０２６年)',
      docNumber: '云政发〔２０２４〕３号',
      issuer: '云岭省人民政府',
      date: '2024-03-02',
    });
  });

  it("reads a crawled web page: the title and issuer from the notice's title field, the date from its publication field", () => {
    // The 发布机构 field names the office that posted the page; the notice's title names the issuer.
    expect(meta('crawled-notice.txt')).toEqual({ title: '青禾市养老服务提升方案', docNumber: null, issuer: '青禾市人民政府', date: '2024-05-06' });
  });

  it('uses a 发布机构 field when no notice names the issuer', () => {
    const doc = parse('某某发展规划\n\n发布机构：青禾市人民政府办公室\n\n一、发展目标\n到2025年，新增就业1万人。\n');
    expect(doc.meta.issuer).toBe('青禾市人民政府办公室');
  });

  it('reads a work report: a title a web page broke in two, the place of "我代表市人民政府" from the congress it was delivered at', () => {
    expect(meta('work-report.txt')).toEqual({ title: '政府工作报告', docNumber: null, issuer: '青禾市人民政府', date: '2024-01-20' });
  });

  it('takes the title of a report with no title line from its opening sentence', () => {
    const doc = parse('各位代表：\n\n现在，我代表国务院向大会作政府工作报告，请予审议。\n\n一、过去五年的工作\n');
    expect(doc.meta).toMatchObject({ title: '政府工作报告', issuer: '国务院' });
  });

  it('reads the adopting body of a regulation from its 题注, a local or the national congress', () => {
    expect(meta('regulation.txt')).toEqual({ title: '青禾市河道管理条例', docNumber: null, issuer: '青禾市人民代表大会常务委员会', date: '2023-09-28' });
    const national = parse('某某法\n\n（2020年5月28日第十三届全国人民代表大会第三次会议通过）\n\n第一章　总则\n\n第一条　为了……，制定本法。\n');
    expect(national.meta.issuer).toBe('全国人民代表大会');
  });

  it('names the issuer of a notice from its title, also when the title carries its number', () => {
    const doc = parse('青禾农村商业银行关于加强柜面业务管理的通知（青农商发〔2021〕12号）\n\n各支行：\n\n一、总体要求\n');
    expect(doc.meta).toMatchObject({ issuer: '青禾农村商业银行', docNumber: '青农商发〔2021〕12号' });
  });

  it('does not take a congress a report was delivered at, or a body a sentence cites, as the issuer', () => {
    const doc = parse('政府工作报告\n\n——2024年1月20日在青禾市第十七届人民代表大会第三次会议上\n\n一、工作回顾\n\n根据省人民政府关于加强河道管理的意见，开展专项整治。\n');
    expect(doc.meta.issuer).toBeNull();
  });
});
