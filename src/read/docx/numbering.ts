/**
 * Word's automatic numbering (word/numbering.xml) written out as text: a
 * numbered paragraph shows "（三）" or "2." on the page although its text has
 * none, and the marker is what the structure stage reads a heading by.
 * Counters follow Word: per list (numId), a level's counter restarts when a
 * shallower level of the same list moves on.
 */
import { attribute, scanXml } from './xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
  legal: boolean;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** 1 → 一, 12 → 十二, 25 → 二十五, 105 → 一百零五: as Word's chineseCounting writes them. */
export function chineseCounting(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i];
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += d === 1 && unit === '十' && out === '' ? '十' : CHINESE_DIGITS[d] + unit;
  });
  return out;
}

function letters(n: number, base: string): string {
  const letter = base[(n - 1) % 26];
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, numeral] of table) for (; n >= value; n -= value) out += numeral;
  return out;
}

/** One counter value in one of Word's number formats (w:numFmt). Unknown formats fall back to digits, as Word does. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'chineseLegalSimplified':
      return chineseCounting(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return String(n).split('').map((d) => CHINESE_DIGITS[Number(d)]).join('');
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1] : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? EARTHLY_BRANCHES[n - 1] : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly lists = new Map<string, { abstract: string; starts: Map<number, number> }>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: string | null) {
    if (xml) this.read(xml);
  }

  private read(xml: string): void {
    let abstract: Map<number, Level> | null = null;
    let level: Level | null = null;
    let list: { abstract: string; starts: Map<number, number> } | null = null;
    let overrideLevel = -1;
    scanXml(xml, {
      open: (name, attrs) => {
        if (name === 'w:abstractNum') {
          abstract = new Map();
          this.abstracts.set(attribute(attrs, 'w:abstractNumId') ?? '', abstract);
        } else if (name === 'w:lvl' && abstract) {
          level = { start: 1, format: 'decimal', text: '', legal: false };
          abstract.set(Number(attribute(attrs, 'w:ilvl') ?? 0), level);
        } else if (name === 'w:num') {
          list = { abstract: '', starts: new Map() };
          this.lists.set(attribute(attrs, 'w:numId') ?? '', list);
        } else if (name === 'w:abstractNumId' && list) {
          list.abstract = attribute(attrs, 'w:val') ?? '';
        } else if (name === 'w:lvlOverride' && list) {
          overrideLevel = Number(attribute(attrs, 'w:ilvl') ?? 0);
        } else if (name === 'w:startOverride' && list) {
          list.starts.set(overrideLevel, Number(attribute(attrs, 'w:val') ?? 1));
        } else if (level) {
          if (name === 'w:start') level.start = Number(attribute(attrs, 'w:val') ?? 1);
          else if (name === 'w:numFmt') level.format = attribute(attrs, 'w:val') ?? 'decimal';
          else if (name === 'w:lvlText') level.text = attribute(attrs, 'w:val') ?? '';
          else if (name === 'w:isLgl') level.legal = attribute(attrs, 'w:val') !== '0';
        }
      },
      close: (name) => {
        if (name === 'w:abstractNum') abstract = null;
        else if (name === 'w:lvl') level = null;
        else if (name === 'w:num') list = null;
      },
      text: () => {},
    });
  }

  /** The label a paragraph of list `numId` at depth `ilvl` shows ("（三）", "2.1"), advancing the list's counters; '' for none. */
  next(numId: string, ilvl: number): string {
    const list = this.lists.get(numId);
    const levels = list && this.abstracts.get(list.abstract);
    const level = levels?.get(ilvl);
    if (!list || !levels || !level || level.format === 'bullet' || level.format === 'none') return '';
    let counters = this.counters.get(numId);
    if (!counters) {
      counters = [];
      this.counters.set(numId, counters);
    }
    const startOf = (k: number) => list.starts.get(k) ?? levels.get(k)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl] + 1;
    // A deeper level starts again under the next item above it.
    counters.length = ilvl + 1;
    return level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const value = counters![k] ?? startOf(k);
      return formatNumber(value, level.legal ? 'decimal' : (levels.get(k)?.format ?? 'decimal'));
    });
  }
}
