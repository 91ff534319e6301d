/**
 * Issue 6: nothing crashes, nothing hangs, nothing is lost — on adversarial
 * input (small sizes here; npm run stress runs the full ones), odd text,
 * damaged bytes and hard-wrapped PDF copies.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL } from '../scripts/adversarial.mjs';
import { parse, parseBytes } from '../src/index.js';
import type { PlanDocument } from '../src/model/schema.js';
import { textFixtures } from './helpers/fixtures.js';
import { LINEAR_GROWTH_LIMIT, growthOnFourfoldInput } from './helpers/growth.js';
import { expectSound, flatten } from './helpers/invariants.js';

/** Small enough to run each case in well under a second, big enough for a quadratic loop to show. */
const UNIT_SIZE = 50_000;

const outline = (doc: PlanDocument) => flatten(doc.sections).map((s) => `${s.level} ${s.marker}${s.title}`);
const codes = (doc: PlanDocument) => doc.diagnostics.map((d) => d.code);

function parseSoundly(text: string): PlanDocument {
  const doc = parse(text);
  expectSound(doc, text);
  return doc;
}

describe('adversarial input, linear time', () => {
  for (const input of ADVERSARIAL) {
    it(`parses ${input.name} soundly, at a cost linear in its size`, () => {
      const text = input.make(UNIT_SIZE);
      expectSound(parse(text), text);
      expect(growthOnFourfoldInput((size) => parse(input.make(size)), UNIT_SIZE)).toBeLessThan(LINEAR_GROWTH_LIMIT);
    });
  }
});

describe('a text with more findings than a call takes arguments', () => {
  it('reports every repeated heading without overflowing the stack', () => {
    // 200,000 duplicate headings: spreading their findings into one push() call overflowed the stack.
    const doc = parse('（一）标题\n'.repeat(200_000));
    expect(doc.diagnostics.filter((d) => d.code === 'numbering-restart').length).toBe(199_999);
  });
});

describe('every fixture', () => {
  it('is sound and reads the same twice', () => {
    for (const { name, text } of textFixtures()) {
      const doc = parse(text, { name });
      expectSound(doc, text);
      expect(JSON.stringify(parse(text, { name })), name).toBe(JSON.stringify(doc));
    }
  });
});

describe('odd text', () => {
  it('takes U+3000 and NBSP as spaces around markers', () => {
    const doc = parseSoundly('\u3000\u3000一、\u00a0发展目标\n正文。\n\u00a0\u00a0（一）\u3000总体目标\n正文。\n');
    expect(outline(doc)).toEqual(['1 一、发展目标', '2 （一）总体目标']);
  });

  it('reads full-width and half-width punctuation mixed in one outline', () => {
    const doc = parseSoundly('一.总体要求\n(一)发展目标\n1、规模扩大\n（1）结构优化\n2．质量提升\n（二）主要任务\n');
    expect(outline(doc)).toEqual(['1 一.总体要求', '2 (一)发展目标', '3 1、规模扩大', '4 （1）结构优化', '3 2．质量提升', '2 （二）主要任务']);
    expect(doc.diagnostics).toEqual([]);
  });

  it('keeps target offsets in UTF-16 units after characters outside the BMP', () => {
    const sentence = '到2025年，地区生产总值达到5000亿元。\n';
    const plain = parseSoundly(sentence);
    const shifted = parseSoundly('𠀀𠀀' + sentence);
    expect(plain.targets.length).toBeGreaterThan(0);
    expect(shifted.targets.map((t) => t.text)).toEqual(plain.targets.map((t) => t.text));
    expect(shifted.targets.map((t) => t.position.start.offset)).toEqual(plain.targets.map((t) => t.position.start.offset + 4));
    expect(shifted.targets.map((t) => t.position.start.column)).toEqual(plain.targets.map((t) => t.position.start.column + 4));
  });

  it('keeps NUL and control characters, and says so', () => {
    const doc = parseSoundly('一、总\u0000体\u0007要求\n正文\u001b。\n二、任务\n');
    expect(outline(doc)).toEqual(['1 一、总\u0000体\u0007要求', '1 二、任务']);
    const control = doc.diagnostics.find((d) => d.code === 'control-characters')!;
    expect(control.message).toMatch(/^3 /);
    expect(control.position.start.offset).toBe(3);
  });

  it('keeps lone surrogates from a bad converter, and says so', () => {
    const doc = parseSoundly('一、发展\ud840目标\n到2025年，\udc00总量达到100亿元。\n');
    expect(outline(doc)).toEqual(['1 一、发展\ud840目标']);
    expect(codes(doc)).toContain('lone-surrogate');
  });

  it('survives unbalanced brackets and quotes', () => {
    const doc = parseSoundly('一、标题（未闭合\n“引号没有结束。（\n二、下一节））”\n（（（正文\n');
    expect(outline(doc)).toEqual(['1 一、标题（未闭合', '1 二、下一节））”']);
  });

  it('reads a last heading with no newline at the end of the file', () => {
    const doc = parseSoundly('一、甲\n正文\n二、乙');
    expect(outline(doc)).toEqual(['1 一、甲', '1 二、乙']);
    expect(flatten(doc.sections)[1].body).toBe('');
  });
});

describe('damaged bytes', () => {
  const plan = readFileSync('fixtures/hardening/pdf-source.txt');

  it('reads a UTF-8 file cut off in the middle of a character as UTF-8, and says so', () => {
    const cut = plan.subarray(0, 1000); // byte 1000 falls inside a three-byte character
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(cut)).toThrow();
    const doc = parseBytes(cut);
    expect(doc.source.encoding).toBe('utf-8');
    expect(doc.meta.title).toBe('青松县数字乡村发展“十四五”规划');
    const damage = doc.diagnostics.find((d) => d.code === 'undecodable-text')!;
    expect(damage.severity).toBe('error'); // a character is lost: an error, so lint --level error reports it
    expect(damage.position.start.offset).toBe(doc.source.length - 1);
  });

  it('reads a UTF-8 file with a bad converter’s surrogate bytes as UTF-8, not as GB18030', () => {
    const cesu = Buffer.concat([plan.subarray(0, 300), Buffer.from([0xed, 0xa0, 0x80]), plan.subarray(300)]);
    const doc = parseBytes(cesu);
    expect(doc.source.encoding).toBe('utf-8');
    expect(outline(doc)).toEqual(outline(parse(plan.toString('utf8'))));
    expect(codes(doc)).toContain('undecodable-text');
  });

  it('reads a UTF-16 file with a lone surrogate, and says so', () => {
    const bytes = Buffer.concat([Buffer.from('\ufeff一、标题\n', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('正文\n', 'utf16le')]);
    const doc = parseBytes(bytes);
    expect(doc.source.encoding).toBe('utf-16le');
    expect(outline(doc)).toEqual(['1 一、标题']);
    expect(codes(doc)).toContain('undecodable-text');
  });

  it('reads UTF-16 without a BOM (valid UTF-8 bytes, half of them NUL) as UTF-16, not as a binary file', () => {
    const doc = parseBytes(Buffer.from('一、总体要求\nabc', 'utf16le'));
    expect(doc.source.encoding).toBe('utf-16le');
    expect(doc.sections.map((s) => s.marker + s.title)).toEqual(['一、总体要求']);
  });

  it('refuses bytes with NULs that read as no text in any encoding as a binary file', () => {
    expect(() => parseBytes(Uint8Array.from({ length: 4096 }, (_, i) => (i % 3 ? 0 : (i * 7919) % 256)))).toThrow(/binary/);
  });

  it('reads bytes that sit inside a larger buffer (standard input is gathered so) from their own start', () => {
    const inner = Buffer.concat([Buffer.from('垃圾'), plan]).subarray(Buffer.byteLength('垃圾'));
    expect(inner.byteOffset).toBeGreaterThan(0);
    expect(parseBytes(inner)).toEqual(parseBytes(Buffer.from(plan)));
  });

  it('reads a text with a few NUL bytes as text, not as a binary file', () => {
    const bytes = Buffer.concat([plan.subarray(0, 600), Buffer.from([0]), plan.subarray(600)]);
    const doc = parseBytes(bytes);
    expect(codes(doc)).toContain('control-characters');
  });
});

describe('a hard-wrapped PDF copy', () => {
  const source = readFileSync('fixtures/hardening/pdf-source.txt', 'utf8');
  const copy = readFileSync('fixtures/hardening/pdf-copy.txt', 'utf8');
  const doc = parseSoundly(copy);

  it('has the outline of the unwrapped plan, wrapped titles read whole', () => {
    expect(outline(doc)).toEqual(outline(parseSoundly(source)));
    const wrapped = flatten(doc.sections).filter((s) => s.heading.start.line !== s.heading.end.line);
    expect(wrapped.map((s) => s.title)).toEqual(['加快推进农村地区宽带网络和移动通信网络等新型基础设施建设', '推动农业生产经营数字化转型升级和智慧农业示范基地建设']);
  });

  it('says it is hard-wrapped, and keeps the contents page and the page footers as text', () => {
    expect(codes(doc)).toEqual(expect.arrayContaining(['hard-wrapped', 'table-of-contents']));
    const bodies = flatten(doc.sections).map((s) => s.body).join('');
    for (const footer of ['— 3 —', '第1页', '- 2 -']) expect(bodies).toContain(footer);
    expect(doc.preamble.text).toContain('目　　录');
  });

  it('reads the plan title and no metadata that is not there', () => {
    expect(doc.meta).toEqual({ title: '青松县数字乡村发展“十四五”规划', docNumber: null, issuer: null, date: null });
  });

  it('joins a number and its unit split by a wrap (50亿 / 元) into one target', () => {
    const target = doc.targets.find((t) => t.text.startsWith('冷链物流设施') || t.text.includes('累计完成投资'));
    expect(target).toMatchObject({ value: 50, unit: '亿元' });
  });

  it('reads the same targets as the unwrapped source: a wrap inside a number or its indicator changes nothing', () => {
    const source = parse(readFileSync('fixtures/hardening/pdf-source.txt', 'utf8'));
    const reading = (d: typeof doc) => d.targets.map((t) => [t.indicator, t.value, t.unit, t.comparator, t.timeframe]);
    expect(reading(doc)).toEqual(reading(source));
    expect(doc.targets.map((t) => t.text.replace(/\r?\n/g, ''))).toEqual(source.targets.map((t) => t.text));
  });

  it('cuts a full heading line at its comma when a page footer stops the wrap', () => {
    // Paragraphs cut every 20 characters (40 columns); a heading line that is full runs into a footer.
    const filler = '推进产业转型升级加快培育新兴产业提升发展质量效益'.repeat(6);
    const wrap = (s: string) => s.match(/.{1,20}/g)!.join('\n');
    const text = [
      '一、总体要求', wrap(filler),
      '二、重点任务', '1.完善国土空间支撑体系，强化开发保护制度，统筹划', '— 2 —', wrap('定三条控制线。' + filler),
      '2.提升城市品质', wrap(filler),
    ].join('\n') + '\n';
    const doc = parse(text);
    expectSound(doc, text);
    expect(codes(doc)).toContain('hard-wrapped');
    expect(flatten(doc.sections).map((s) => s.title)).toEqual(['总体要求', '重点任务', '完善国土空间支撑体系', '提升城市品质']);
  });

  it('reads an unwrapped plan as not hard-wrapped', () => {
    for (const { name, text } of textFixtures()) {
      if (name === 'hardening/pdf-copy.txt') continue;
      expect(codes(parse(text)), name).not.toContain('hard-wrapped');
    }
  });
});

describe('determinism', () => {
  it('prints byte-identical JSON whatever the time zone and locale', () => {
    const run = (env: Record<string, string>) =>
      execFileSync(process.execPath, ['bin/plan-parse.js', 'fixtures/hardening/pdf-copy.txt', '--json'], { env: { ...process.env, ...env } });
    const utc = run({ TZ: 'UTC', LANG: 'C' });
    expect(run({ TZ: 'Asia/Shanghai', LANG: 'zh_CN.UTF-8' }).equals(utc)).toBe(true);
    expect(run({ TZ: 'America/Los_Angeles', LC_ALL: 'de_DE.UTF-8' }).equals(utc)).toBe(true);
  });
});
