/**
 * The diagnostics catalogue (src/model/diagnostics.ts) against what the
 * parser reports and what the README says: every code has a made-up example
 * here that makes the parser report it, with the catalogue's severity, and
 * the README's table lists exactly the catalogue's codes and severities.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument, parse } from '../src/index.js';
import { DIAGNOSTIC_CODES, DIAGNOSTICS, type DiagnosticCode } from '../src/model/diagnostics.js';
import { DocumentSchema } from '../src/model/schema.js';

const PARAGRAPH = '坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。'.repeat(4);
/** Text cut into lines of `width` characters, as a PDF copy is. */
const wrapped = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, 'gu'))!.join('\n');

/** A plan that is fine but for one thing, per code: its text, or a made-up file in another input form. */
const EXAMPLES: Record<DiagnosticCode, string | { file: string }> = {
  'numbering-gap': '一、总体要求\n坚持稳中求进。\n三、保障措施\n加强组织领导。\n',
  'numbering-duplicate': '一、总体要求\n坚持稳中求进。\n二、重点任务\n推进产业升级。\n二、保障措施\n加强组织领导。\n',
  'numbering-restart': '一、总体要求\n（一）发展目标\n坚持稳中求进。\n（二）基本原则\n坚持创新驱动。\n（一）重点领域\n推进产业升级。\n二、保障措施\n加强组织领导。\n',
  'heading-missing': '一、总体要求\n（一）发展目标\n坚持稳中求进。\n（二）基本原则\n坚持创新驱动。\n（一）重点领域\n推进产业升级。\n三、保障措施\n加强组织领导。\n',
  'list-in-body': '一、重点任务\n（一）垃圾治理\n1.完善收运体系。建立收运网络。\n2.推进源头减量。开展分类。\n1.组织志愿巡查\n2.开展宣传教育\n3.规范处置设施。建设处置中心。\n',
  'heading-mid-line': '一、总体要求\n坚持稳中求进。\n二、重点任务\n推进产业升级。三、保障措施。加强组织领导。\n',
  'title-at-comma': '一、优化政务服务\n\n1.推行一网通办。实现全程网办。\n\n2.压缩审批时限，推进审批制度改革，实行并联审批，全流程审批时间压缩到60个工作日以内。\n',
  'table-of-contents': '目　录\n一、总体要求……………………1\n二、重点任务……………………3\n\n一、总体要求\n坚持稳中求进。\n二、重点任务\n推进产业升级。\n',
  'wrapper-before':
    '示范市人民政府\n关于印发示范市行动方案的通知\n\n各区人民政府：\n现将方案印发给你们，请认真贯彻执行。\n\n示范市人民政府\n2024年1月5日\n\n示范市行动方案\n\n一、总体要求\n坚持稳中求进。\n二、重点任务\n推进产业升级。\n',
  'wrapper-after': '一、总体要求\n坚持稳中求进。\n二、重点任务\n推进产业升级。\n\n\n扫一扫在手机打开当前页\n网站地图 | 联系我们\n版权所有：示范市人民政府办公室\n',
  'hard-wrapped': `一、总体要求\n${wrapped(PARAGRAPH, 30)}\n二、重点任务\n${wrapped(PARAGRAPH, 30)}\n`,
  'undecodable-text': '一、总体要求\n坚持稳中求进\uFFFD。\n二、重点任务\n推进产业升级。\n',
  'lone-surrogate': '一、总体要求\n坚持稳中求进\uD800。\n二、重点任务\n推进产业升级。\n',
  'control-characters': '一、总体要求\n坚持稳中求进\u0000。\n二、重点任务\n推进产业升级。\n',
  'page-furniture-removed': { file: 'fixtures/formats/qinghe-digital.pdf' },
  'table-row-unread': '一、发展目标\n到2025年，地区生产总值达到500亿元。\n指标\t单位\t2020年\t2025年\t属性\n地区生产总值\t亿元\t300\t500\t预期性\n亿元\t320\t520\n二、保障措施\n加强组织领导。\n',
};

describe('every diagnostic in the catalogue', () => {
  it.each(DIAGNOSTIC_CODES)('%s: a made-up example reports it, with its severity and a message', async (code) => {
    const example = EXAMPLES[code];
    const doc = typeof example === 'string' ? parse(example) : await loadDocument(new Uint8Array(readFileSync(example.file)), { name: example.file });
    const found = doc.diagnostics.filter((d) => d.code === code);
    expect(found.length, JSON.stringify(doc.diagnostics.map((d) => d.code))).toBeGreaterThan(0);
    for (const d of found) {
      expect(d.severity).toBe(DIAGNOSTICS[code].severity);
      expect(d.message).not.toBe('');
    }
    expect(() => DocumentSchema.parse(doc)).not.toThrow();
  });
});

describe("the README's diagnostics table", () => {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('| code | severity | what |'));
  const rows = table
    .split('\n')
    .slice(2)
    .filter((_, k, all) => all.slice(0, k + 1).every((l) => l.startsWith('|')))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));

  it('lists exactly the catalogue, in its order, with its severities and meanings', () => {
    expect(rows.map(([code, severity, what]) => [code.replace(/`/g, ''), severity, what])).toEqual(
      DIAGNOSTIC_CODES.map((code) => [code, DIAGNOSTICS[code].severity, DIAGNOSTICS[code].summary]),
    );
  });
});
