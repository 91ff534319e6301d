/**
 * Property tests (issue 6): random soups of markers, numbers, units and
 * punctuation, and mutations of the fixtures, must parse without throwing
 * into a sound document (schema-valid, positions slice back, nothing lost),
 * the same one every time. A fixed seed and bounded runs keep CI repeatable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, parseBytes } from '../src/index.js';
import { columns as columnsOf } from '../src/structure/wrap.js';
import { textFixtures } from './helpers/fixtures.js';
import { expectSound } from './helpers/invariants.js';

// PROPERTY_SEED and PROPERTY_RUNS let a local run search wider; CI uses the defaults.
const SEED = Number(process.env.PROPERTY_SEED ?? 20240611);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 400);
const settings = { seed: SEED, numRuns: RUNS };

/** Parses, checks soundness and that a second parse gives byte-identical JSON. */
function expectParsesSoundly(text: string): void {
  const doc = parse(text);
  expectSound(doc, text);
  expect(JSON.stringify(parse(text))).toBe(JSON.stringify(doc));
}

const MARKERS = ['一、', '十一、', '（一）', '(一)', '（二十）', '1.', '2．', '1、', '３.', '（1）', '(2)', '⑴', '①', '⑳', '第一章', '第十二章', '第一节', '第一条', '第三条规定', '第一部分', '专栏1', '1.5', '2021年'];
const NUMBERS = ['5000', '12.5', '3.5', '1,200', '０.８', '三千五百', '两', '1/3', '2025', '2035年', '-3', '100'];
const UNITS = ['%', '％', '亿元', '万元', '万人', '个百分点', '倍', '公里', '万吨', '‰', '平方米', '家'];
const PUNCTUATION = ['。', '，', '、', '；', '：', '“', '”', '（', '）', '(', ')', '《', '》', '！', '？', '…', '—', '.', ',', ';', ':'];
const WORDS = ['发展', '地区生产总值', '增长', '达到', '以上', '左右', '累计', '力争', '到2025年', '比重', '提高', '下降', '不低于', '超过', '规划', '目标', '建设', '主要指标', '预期性', '约束性', '年均增长', '𠀀', '〇'];
const SPACES = [' ', '\u3000', '\u00a0', '\t', '  '];
const NEWLINES = ['\n', '\r\n', '\r', '\n\n'];
const ODD = ['\u0000', '\u0007', '\u001b', '\ufeff', '\ud800', '\udc00', '\ufffd', '\u200b', '\u2028'];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);
/** Text built from the pieces plans are made of, weighted towards what matters. */
const soup = fc
  .array(
    fc.oneof(
      { arbitrary: pick(MARKERS), weight: 4 },
      { arbitrary: pick(NUMBERS), weight: 3 },
      { arbitrary: pick(UNITS), weight: 3 },
      { arbitrary: pick(PUNCTUATION), weight: 3 },
      { arbitrary: pick(WORDS), weight: 4 },
      { arbitrary: pick(SPACES), weight: 1 },
      { arbitrary: pick(NEWLINES), weight: 3 },
      { arbitrary: pick(ODD), weight: 1 },
      { arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }), weight: 1 },
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));

/** Soup laid out as lines that start with a marker, as headings do. */
const outline = fc
  .array(fc.tuple(pick(SPACES.concat([''])), pick(MARKERS), soup.map((s) => s.replace(/[\r\n]/g, '')), pick(NEWLINES)), { maxLength: 30 })
  .map((lines) => lines.map(([indent, marker, rest, nl]) => indent + marker + rest + nl).join(''));

describe('random soups', () => {
  it('parse soundly and deterministically', () => {
    fc.assert(fc.property(soup, expectParsesSoundly), settings);
  });

  it('parse soundly when laid out as marker lines', () => {
    fc.assert(fc.property(outline, expectParsesSoundly), settings);
  });
});

const fixtures = textFixtures();

/** A line-level edit a careless copy makes; indices wrap around the line count. */
type Edit =
  | { kind: 'delete' | 'duplicate' | 'cut'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'rewrap'; width: number }
  | { kind: 'pdf'; columns: number; footerEvery: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('rewrap' as const), width: fc.integer({ min: 20, max: 40 }) }),
  fc.record({ kind: fc.constant('pdf' as const), columns: fc.integer({ min: 40, max: 80 }), footerEvery: fc.integer({ min: 3, max: 30 }) }),
);

/** Columns a string takes on the page, measured as the parser measures a line. */
function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) width += columnsOf(text.charCodeAt(i));
  return width;
}

/**
 * A PDF copy: each paragraph indented with two full-width spaces and cut at
 * a display width, a page footer every so many lines.
 */
function pdfCopy(lines: string[], columns: number, footerEvery: number): string[] {
  const out: string[] = [];
  for (const paragraph of lines) {
    let line = paragraph.trim() === '' ? '' : '\u3000\u3000';
    for (const ch of paragraph.trimStart()) {
      if (displayWidth(line + ch) > columns) {
        out.push(line);
        line = '';
      }
      line += ch;
    }
    out.push(line);
  }
  return out.flatMap((l, k) => (k % footerEvery === footerEvery - 1 ? [l, `— ${k / footerEvery + 1} —`] : [l]));
}

function applyEdit(lines: string[], e: Edit): string[] {
  const k = 'at' in e ? e.at % Math.max(1, lines.length) : 0;
  switch (e.kind) {
    case 'delete':
      return lines.filter((_, j) => j !== k);
    case 'duplicate':
      return lines.flatMap((l, j) => (j === k ? [l, l] : [l]));
    case 'cut': // a file cut off halfway through a line
      return lines.slice(0, k).concat([lines[k]?.slice(0, (e.at >> 4) % Math.max(1, lines[k].length)) ?? '']);
    case 'swap': {
      if (lines.length < 2) return lines;
      const out = lines.slice();
      const j = e.with % Math.max(1, lines.length);
      [out[k], out[j]] = [out[j], out[k]];
      return out;
    }
    case 'rewrap': // hard-wrapped every `width` UTF-16 units, splitting a surrogate pair now and then
      return lines.flatMap((l) => l.match(new RegExp(`[^]{1,${e.width}}`, 'g')) ?? ['']);
    case 'pdf':
      return pdfCopy(lines, e.columns, e.footerEvery);
  }
}

const mutatedFixture = fc
  .tuple(fc.constantFrom(...fixtures), fc.array(edit, { minLength: 1, maxLength: 4 }), pick(NEWLINES.slice(0, 3)))
  .map(([fixture, edits, newline]) => edits.reduce(applyEdit, fixture.text.split(/\r\n|\r|\n/)).join(newline));

/** The byte forms a file of this text can arrive in, all of which must read as the text itself. */
const ENCODERS: Record<string, (text: string) => Buffer> = {
  'utf-8': (text) => Buffer.from(text, 'utf8'),
  'utf-8 with BOM': (text) => Buffer.from('\ufeff' + text, 'utf8'),
  'utf-16le': (text) => Buffer.from('\ufeff' + text, 'utf16le'),
  'utf-16be': (text) => Buffer.from('\ufeff' + text, 'utf16le').swap16(),
};

/** A surrogate without its pair (a wrap that split 𠀀): no encoding can carry it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('mutated fixtures', () => {
  it('has fixtures to mutate', () => {
    expect(fixtures.length).toBeGreaterThan(5);
  });

  it('parse soundly and deterministically after lines are deleted, duplicated, swapped, cut or re-wrapped as a PDF copy', () => {
    fc.assert(fc.property(mutatedFixture, expectParsesSoundly), settings);
  });

  it('read the same whatever the encoding', () => {
    const wellFormed = mutatedFixture.filter((text) => !LONE_SURROGATE.test(text));
    fc.assert(
      fc.property(wellFormed, pick(Object.keys(ENCODERS)), (text, encoding) => {
        const fromBytes = parseBytes(ENCODERS[encoding](text));
        const fromText = parse(text);
        expect(fromBytes.sections).toEqual(fromText.sections);
        expect(fromBytes.targets).toEqual(fromText.targets);
      }),
      { ...settings, numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
