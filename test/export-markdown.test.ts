import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRenderer, renderAll } from '../src/export/index.js';
import { parse, parseMarkdown } from '../src/index.js';
import type { PlanDocument, Section } from '../src/model/schema.js';

const SEED = 'seeds/wuhan-east-lake-14th-fyp.txt';
const FIXTURES = ['riverside-plan.txt', 'deep-outline.txt', 'eastern-digital-crlf.txt'].map((f) => `fixtures/formats/${f}`);

async function toMarkdown(doc: PlanDocument): Promise<string> {
  const r = await createRenderer('md', { multi: false, color: false, table: 'targets', bom: false });
  return renderAll(r, [doc]);
}

function outline(sections: Section[], out: string[] = []): string[] {
  for (const s of sections) {
    out.push(`${s.level} ${s.marker} ${s.title}`);
    outline(s.children, out);
  }
  return out;
}

const targetKeys = (doc: PlanDocument) => doc.targets.map((t) => `${t.text} = ${t.normalized.value} ${t.normalized.unit}`);

describe('Markdown round trip: text → Markdown → parse', () => {
  it.each([...FIXTURES, SEED])('%s keeps its sections and targets', async (file) => {
    const doc = parse(readFileSync(file, 'utf8'), { name: file });
    const md = await toMarkdown(doc);
    const back = await parseMarkdown(md, { name: 'back.md' });
    expect(outline(back.sections)).toEqual(outline(doc.sections));
    expect(targetKeys(back)).toEqual(targetKeys(doc));
    expect(back.meta).toMatchObject({ title: doc.meta.title, docNumber: doc.meta.docNumber, date: doc.meta.date });
    // Positions point into the Markdown source.
    for (const t of back.targets) expect(md.slice(t.position.start.offset, t.position.end.offset)).toBe(t.text);
    // Markdown → Markdown is stable: nothing is shown twice, no table is turned into text.
    // (Not compared with md itself: joined hard wraps may give a target another year.)
    const again = await toMarkdown(back);
    expect(await toMarkdown(await parseMarkdown(again, { name: 'again.md' }))).toBe(again);
    if (!file.includes('crlf')) expect(again).toBe(md);
  });
});

describe('Markdown output', () => {
  it('writes headings at their level with the markers as written', async () => {
    const md = await toMarkdown(parse(readFileSync(FIXTURES[0], 'utf8')));
    expect(md).toMatch(/^# 滨江新区国民经济和社会发展第十四个五年规划纲要$/m);
    expect(md).toMatch(/^## 一、发展基础$/m);
    expect(md).toMatch(/^### （一）指导思想$/m);
    expect(md).toMatch(/^#### 1\.经济实力$/m);
    expect(md).toMatch(/^\| 地区生产总值 +\| ≥ 6% +\| 增速 ↑ +\| 2025年 +\| 地区生产总值达到5000亿元，年均增长6%以上 +\|$/m);
  });

  it('puts a space after ordinal markers and writes levels past 5 (depths past ######) as bold paragraphs', async () => {
    const md = await toMarkdown(parse(readFileSync(FIXTURES[1], 'utf8')));
    expect(md).toMatch(/^## 第一章 总体思路$/m);
    expect(md).toMatch(/^###### 1\.茶叶产业$/m);
    expect(md).toMatch(/^\*\*（1）提升茶园品质\*\*$/m);
    expect(md).toMatch(/^\*\*①建设标准化茶园\*\*$/m);
  });

  it('escapes only what Markdown would misread, in Chinese text', async () => {
    const text = '示范规划\n\n一、任务\n\n1.加强创新\n\n研发投入*重点*领域（一）建设，PM2.5下降_10%以上。\n\n# 不是标题\n\n2021.\n';
    const md = await toMarkdown(parse(text));
    expect(md).toContain('\n### 1.加强创新\n');
    expect(md).toContain('\n研发投入\\*重点\\*领域（一）建设，PM2.5下降_10%以上。\n');
    expect(md).toContain('\n\\# 不是标题\n');
    expect(md).toContain('\n2021\\.\n');
    expect(md).not.toMatch(/&#x/);
    expect(outline((await parseMarkdown(md)).sections)).toEqual(['1 一、 任务', '2 1. 加强创新']);
  });

  it('renders the seed without escapes and without NFKC', async () => {
    const text = readFileSync(SEED, 'utf8');
    const md = await toMarkdown(parse(text, { name: SEED }));
    expect(md).not.toContain('\\');
    expect(md).toContain('\n### (一)高质量发展迈上更高台阶\n'); // the seed's ASCII parentheses stay as they are
    expect(md).toContain('“十四五”');
    expect(await toMarkdown(parse(text, { name: SEED }))).toBe(md);
  });

  it('joins hard-wrapped lines and keeps paragraphs', async () => {
    const md = await toMarkdown(parse(readFileSync(FIXTURES[2], 'utf8')));
    expect(md).toContain('数字经济核心产业增加值达到420亿元，占地区生产总值比重为9.8%');
    expect(md).not.toContain('\r');
  });

  it('separates several documents with a thematic break', async () => {
    const r = await createRenderer('md', { multi: true, color: false, table: 'targets', bom: false });
    const docs = FIXTURES.slice(0, 2).map((f) => parse(readFileSync(f, 'utf8')));
    const md = renderAll(r, docs);
    expect(md).toMatch(/\n\n---\n\n# 青溪县乡村振兴三年行动方案\n/);
  });
});
