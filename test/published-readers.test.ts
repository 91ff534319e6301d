/**
 * The published-form readers' rules, each on a made-up case: how text runs
 * become lines and lines paragraphs on a PDF page, what page furniture is,
 * Word's number formats, and which part of a web page is its article.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../src/read/docx/numbering.js';
import { readHtml, readHtmlText } from '../src/read/html/index.js';
import { removeFurniture } from '../src/read/pdf/furniture.js';
import { pageLines, type Line } from '../src/read/pdf/lines.js';
import type { TextItem } from '../src/read/pdf/load.js';
import { paragraphs } from '../src/read/pdf/paragraphs.js';

const SIZE = 16;
const item = (text: string, x: number, y = 700, width = [...text].length * SIZE): TextItem => ({ text, x, y, width, size: SIZE, font: 'F1' });
const lineText = (items: TextItem[]) => pageLines({ number: 1, width: 595, height: 842, items }).map((l) => l.text);

describe('PDF lines', () => {
  it('closes the quarter-em gap Word leaves between Chinese and digits, keeps spaces between Latin words', () => {
    expect(lineText([item('增长', 80, 700, 32), item('12', 116, 700, 16), item('%', 132, 700, 8)])).toEqual(['增长12%']);
    expect(lineText([item('2025', 80, 700, 32), item(' ', 112, 700, 4), item('年', 116)])).toEqual(['2025年']);
    expect(lineText([item('5G', 80, 700, 16), item('network', 101, 700, 56)])).toEqual(['5G network']);
  });

  it('reads a justified line whose letter-spacing pdf.js wrote as spaces without them', () => {
    expect(lineText([item('号， 邮 编 ：', 80, 700, 80), item('223100', 163, 700, 48)])).toEqual(['号，邮编：223100']);
    expect(lineText([item('目', 250), item('录', 290)])).toEqual(['目录']);
  });

  it('reads a wide gap as a cell boundary and text drawn twice (fake bold) once', () => {
    expect(lineText([item('指标', 80), item('目标值', 200)])).toEqual(['指标\t目标值']);
    expect(lineText([item('总体要求', 80), item('总体要求', 80.4)])).toEqual(['总体要求']);
  });

  it('orders lines top to bottom whatever order the runs come in', () => {
    expect(lineText([item('— 1 —', 260, 60), item('第一行', 80, 700), item('第二行', 80, 671)])).toEqual(['第一行', '第二行', '— 1 —']);
  });
});

/** A line of `chars` characters from x, on a page whose text block runs 80–528 (28 characters of 16). */
const line = (text: string, page: number, y: number, x = 80): Line => ({ text, x, end: x + [...text].length * SIZE, y, size: SIZE, font: 'F1', page });
const full = (text: string, page: number, y: number) => line(text.padEnd(28, '文'), page, y);

describe('PDF paragraphs', () => {
  it('joins wrapped lines (a number cut by the line end too), ends a paragraph at a short line or an indented one', () => {
    const page = [
      line('　　'.slice(0, 0) + '各项指标'.padEnd(26, '测'), 1, 700, 112),
      line('测试到2027年达到45'.padEnd(28 - 3, '测') + '达到4', 1, 671),
      line('50亿元。', 1, 642),
      line('二、重点任务', 1, 613, 112),
      full('第三段', 1, 584),
      full('第三段续', 1, 555),
    ];
    const text = paragraphs([page]);
    expect(text).toHaveLength(3);
    expect(text[0]).toMatch(/达到450亿元。$/);
    expect(text[1]).toBe('二、重点任务');
  });

  it('goes on across a page break when the last line is full and the next starts at the margin', () => {
    const pages = [
      [line('第一段开头'.padEnd(26, '字'), 1, 700, 112), full('中间', 1, 671), full('页末', 1, 642), full('续行', 1, 613)],
      [full('次页接着写', 2, 700), line('完。', 2, 671), line('下一段'.padEnd(26, '字'), 2, 642, 112), full('尾', 2, 613), line('结束。', 2, 584)],
    ];
    expect(paragraphs(pages).map((p) => p.slice(0, 5))).toEqual(['第一段开头', '下一段字字']);
  });
});

describe('PDF page furniture', () => {
  const BODY = ['加强组织领导', '完善政策体系', '强化要素保障', '营造良好环境', '健全考核评估', '做好宣传引导'];
  const page = (n: number, top: string, bottom: string) => [line(top, n, 800), full(BODY[2 * n - 2], n, 700), full(BODY[2 * n - 1], n, 671), line(bottom, n, 60)];

  it('drops page numbers in any common form and a header repeated at the top of the pages', () => {
    const pages = [page(1, '某某公报 2025年第3期', '— 1 —'), page(2, '某某公报 2025年第3期', '-2-'), page(3, '某某公报 2025年第3期', '第3页')];
    const removed = removeFurniture(pages);
    expect(removed.map((r) => `${r.page} ${r.kind}`)).toEqual(['1 page-header', '1 page-number', '2 page-header', '2 page-number', '3 page-header', '3 page-number']);
    expect(pages.flat().map((l) => l.text.slice(0, 6))).toEqual(BODY);
  });

  it('takes a bare number for a page number only when such numbers count up with the pages', () => {
    const counting = [1, 2, 3].map((n) => page(n, `第${n}节标题`, String(n + 4)));
    removeFurniture(counting);
    expect(counting.flat().some((l) => /^\d+$/.test(l.text))).toBe(false);
    const notPageNumbers = [1, 2, 3].map((n) => page(n, `第${n}节标题`, String(7 * n * n)));
    removeFurniture(notPageNumbers);
    expect(notPageNumbers.flat().filter((l) => /^\d+$/.test(l.text))).toHaveLength(3);
  });
});

describe('Word number formats', () => {
  it('writes counters as Word shows them', () => {
    expect([1, 10, 11, 20, 21, 105, 110].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '十', '十一', '二十', '二十一', '一百零五', '一百一十']);
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
  });
});

describe('web page article', () => {
  const menu = (n: number) => `<ul>${Array.from({ length: n }, (_, k) => `<li><a href="/${k}">栏目链接第${k}项较长的名称</a></li>`).join('')}</ul>`;

  it('is the block of running text, not a longer list of links, in a layout table with <br> lines', () => {
    const page = `<html><body><table><tr><td>${menu(40)}</td><td><font>一、总体目标<br>到2026年，全市新建公共充电桩一千二百个，覆盖所有街道。<br>二、保障措施<br>加强统筹协调，明确责任分工，按季度调度推进。</font></td></tr></table><div>版权所有 某某网站</div></body></html>`;
    const { text } = readHtmlText(page);
    expect(text).toBe('一、总体目标\n到2026年，全市新建公共充电桩一千二百个，覆盖所有街道。\n二、保障措施\n加强统筹协调，明确责任分工，按季度调度推进。\n');
  });

  it('takes <article>-less pages apart by link density, and joins source lines between Chinese characters', () => {
    const page = `<!doctype html><div>${menu(5)}</div><div><p>第一条　为了规范公共数据的采集、共享和开放，\n保障数据安全，制定本办法。</p><p>第二条　本办法自发布之日起施行。</p></div><div>${menu(8)}</div>`;
    expect(readHtmlText(page).text).toBe('第一条　为了规范公共数据的采集、共享和开放，保障数据安全，制定本办法。\n第二条　本办法自发布之日起施行。\n');
  });

  it('reads a page by its bytes when its <meta charset> is wrong', () => {
    const page = '<html><head><meta charset="gbk"></head><body><p>到2025年，全市绿色建筑占新建建筑比例达到百分之百，装配式建筑占新建建筑比例达到百分之三十以上。</p></body></html>';
    expect(readHtml(new Uint8Array(Buffer.from(page))).text).toContain('到2025年，全市绿色建筑');
  });
});
