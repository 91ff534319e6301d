import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Section } from '../src/model/schema.js';
import { loadDocument, parseMarkdown } from '../src/index.js';

const flat = (ss: Section[], out: Section[] = []): Section[] => {
  for (const s of ss) {
    out.push(s);
    flat(s.children, out);
  }
  return out;
};

const file = 'fixtures/formats/harbor-handwritten.md';
const md = readFileSync(file, 'utf8');
const doc = await parseMarkdown(md, { name: file });

describe('Markdown input', () => {

  it('maps marked headings to sections, levels by heading depth order', () => {
    expect(flat(doc.sections).map((s) => [s.id, s.level, s.marker, s.style, s.number, s.title])).toEqual([
      ['1', 1, '一、', 'cn-dun', 1, '发展目标'],
      ['2', 1, '二、', 'cn-dun', 2, '重点任务'],
      ['2.1', 2, '（一）', 'cn-paren', 1, '壮大主导产业'],
      ['2.2', 2, '（二）', 'cn-paren', 2, '完善配套'],
      ['3', 1, '三、', 'cn-dun', 3, '保障措施'],
      ['3.1', 2, '1.', 'num-dot', 1, '加强要素保障'], // #### under ##: the next level down
    ]);
    expect(doc.meta.title).toBe('临港片区产业发展规划');
  });

  it('points every position into the Markdown source', () => {
    for (const s of flat(doc.sections)) {
      expect(md.slice(s.heading.start.offset, s.heading.end.offset).startsWith(s.marker)).toBe(true);
      expect(md.slice(s.heading.start.offset).split('\n')[0]).toContain(s.marker);
    }
    const s21 = flat(doc.sections).find((s) => s.id === '2.1')!;
    expect(md.slice(s21.heading.start.offset, s21.heading.end.offset)).toBe('（一）壮大**主导产业**');
    for (const t of doc.targets) expect(md.slice(t.position.start.offset, t.position.end.offset)).toBe(t.text);
    expect(md.slice(0, doc.preamble.position.end.offset)).toBe(doc.preamble.text);
  });

  it('keeps a setext heading without a marker as body text', () => {
    const s22 = flat(doc.sections).find((s) => s.id === '2.2')!;
    expect(s22.body).toContain('二级标题下划线');
  });

  it('reads an indicator table into targets from its rows', () => {
    const table = doc.targets.filter((t) => t.origin === 'table');
    expect(table.map((t) => [t.indicator, t.value, t.unit, t.timeframe, t.year])).toEqual([
      ['工业总产值', 650, '亿元', 'baseline', 2020],
      ['工业总产值', 1200, '亿元', 'target', 2025],
      ['研发经费投入强度', 2.1, '%', 'baseline', 2020],
      ['研发经费投入强度', 3, '%', 'target', 2025],
    ]);
    expect(table.every((t) => t.sectionId === '1')).toBe(true);
  });

  it('is chosen by the .md name or --from md', async () => {
    const bytes = new TextEncoder().encode('## 一、目标\n\n地区生产总值达到5000亿元。\n');
    expect((await loadDocument(bytes.slice(), { name: 'plan.md' })).sections[0].title).toBe('目标');
    expect((await loadDocument(bytes.slice(), { name: 'plan.txt', from: 'md' })).sections[0].title).toBe('目标');
    const loaded = await loadDocument(bytes.slice(), { name: 'plan.md' });
    expect(loaded.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(loaded.source.format).toBe('md');
    expect((await loadDocument(bytes.slice(), { name: 'plan.txt' })).source.format).toBe('txt');
  });

  it('nests all-bold headings past depth 6 by their marker style', async () => {
    const deep = await parseMarkdown('###### 1.茶叶\n\n**（1）茶园**\n\n**①标准化**\n\n**②品牌**\n\n**（2）加工**\n');
    const s = deep.sections[0];
    expect(s.children.map((c) => c.title)).toEqual(['茶园', '加工']);
    expect(s.children[0].children.map((c) => [c.level, c.title])).toEqual([[3, '标准化'], [3, '品牌']]);
  });
});
