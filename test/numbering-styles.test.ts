/** The table of numbering styles is the one source of the schema's enum, the ranks and the tokenizer. */
import { describe, expect, it } from 'vitest';
import { CONVENTIONAL_RANK, DIVISIONS, NUMBERING_STYLES, SPACED_STYLES } from '../src/model/numbering.js';
import { MarkerStyleSchema } from '../src/model/schema.js';
import { matchMarker, mayStartMarker } from '../src/text/markers.js';

/** Markers as written in real documents, each with the style and number it must read as. */
const EXAMPLES: [string, string, number][] = [
  ['附件2：重点项目表', 'attachment', 2],
  ['附件一 指标说明', 'attachment', 1],
  ['第一部分 总体要求', 'part', 1],
  ['第二篇 创新驱动', 'part', 2],
  ['第3章 产业发展', 'chapter', 3],
  ['第十二节 附则', 'section', 12],
  ['第一百零五条 本条例自公布之日起施行。', 'article', 105],
  ['十一、加强组织领导', 'cn-dun', 11],
  ['二．保障措施', 'cn-dun', 2],
  ['（二十三）推进改革', 'cn-paren', 23],
  ['(四)强化监督', 'cn-paren', 4],
  ['１２．建设新型网络', 'num-dot', 12],
  ['3、完善设施', 'num-dot', 3],
  ['（7）产业规模', 'num-paren', 7],
  ['⑸创新能力', 'num-paren', 5],
  ['2）应急预案', 'num-paren', 2],
  ['⑳其他', 'circled', 20],
];

describe('numbering styles', () => {
  it('give the schema its enum, outermost first, and the ranks in that order', () => {
    expect(MarkerStyleSchema.options).toEqual(NUMBERING_STYLES.map((s) => s.name));
    expect(MarkerStyleSchema.options.map((name) => CONVENTIONAL_RANK[name])).toEqual(MarkerStyleSchema.options.map((_, k) => k));
    expect([...DIVISIONS]).toEqual(['attachment', 'part', 'chapter', 'section']);
    expect([...SPACED_STYLES]).toEqual(['attachment', 'part', 'chapter', 'section', 'article']);
  });

  it.each(EXAMPLES)('read %s as %s %i', (line, style, number) => {
    const m = matchMarker(line, 0);
    expect(m && { style: m.style, number: m.number }).toEqual({ style, number });
    expect(mayStartMarker(line.charCodeAt(0))).toBe(true);
  });

  it('every style has an example', () => {
    expect(new Set(EXAMPLES.map((e) => e[1]))).toEqual(new Set(NUMBERING_STYLES.map((s) => s.name)));
  });

  it('reject what only looks like a marker: a decimal, an enumeration, a cross reference, a number with its unit', () => {
    for (const line of ['1.5倍以上', '一、二级医院', '第五十五条规定的情形', '第三章中所列', '附件1所列项目', '2021年完成', '3.5%左右']) expect(matchMarker(line, 0), line).toBeNull();
    for (const ch of '〇万亿两甲') expect(mayStartMarker(ch.charCodeAt(0)), ch).toBe(false);
  });
});
