/**
 * Units as written after a number: matched longest first from the lexicon,
 * taken apart into magnitudes and a unit, and folded into a value.
 */
import { charSet, codeOrNul } from '../text/chars.js';
import type { Dimension } from '../model/dimensions.js';
import { MAGNITUDES, UNIT_RECORDS, type UnitRecord, WORD_STARTS } from './lexicon.js';
import { GAP, spacedLength } from './numerals.js';

/** Chinese units by the code of their first character, longest first: no string is made to look one up. */
const byFirstChar = new Map<number, UnitRecord[]>();
/** ASCII units (km, MW, GB) by their whole run of letters: 5G and 3D are names, not units. */
const asciiUnits = new Map<string, UnitRecord>();
const byUnit = new Map<string, UnitRecord>();
for (const r of [...UNIT_RECORDS].sort((a, b) => b.unit.length - a.unit.length)) {
  byUnit.set(r.unit, r);
  if (isAsciiLetter(r.unit.charCodeAt(0))) {
    asciiUnits.set(r.unit, r);
    continue;
  }
  const c = r.unit.charCodeAt(0);
  const list = byFirstChar.get(c) ?? [];
  list.push(r);
  byFirstChar.set(c, list);
}
export const UNIT_STARTS = charSet([...byFirstChar.keys()].map((c) => String.fromCharCode(c)).join(''));
/** By the code of a one-character unit: the characters after it that make it the start of another word. */
const wordStarts = new Map(Object.entries(WORD_STARTS).map(([u, after]) => [u.charCodeAt(0), charSet(after)]));

export const MAGNITUDE_CHARS = charSet(Object.keys(MAGNITUDES).join(''));

/** After a unit, a per-unit (元/人, 吨/万元, 万吨/年) belongs to it. */
const PER_UNITS = ['万元', '元', '人', '户', '年', '日', '天', '小时', '平方米', '亩', '公里', '千米', '吨', '万人', '百元', '万千瓦时'];
const SLASHES = charSet('/／');

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** ASCII unit runs may end in a superscript (m³) or a per-hour (km/h). */
function asciiRunEnd(text: string, at: number): number {
  let e = at;
  while (e < text.length && e - at < 8 && isAsciiLetter(text.charCodeAt(e))) e++;
  return e;
}

/**
 * Length of the unit written at `at`, or 0 when none is. -1 when a run of
 * ASCII letters follows that is not a unit: the digits before it belong to
 * a name (5G, 3D打印) and make no quantity.
 */
export function matchUnit(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (isAsciiLetter(c)) {
    const e = asciiRunEnd(text, at);
    lastUnit = '';
    if (e - at > 6) return -1;
    const run = text.slice(at, e);
    if (text.startsWith('/h', e) && asciiUnits.has(`${run}/h`)) return e - at + 2;
    if (text.charCodeAt(e) === 0xb3 /* ³ */ && asciiUnits.has(`${run}³`)) return e - at + 1;
    return asciiUnits.has(run) ? e - at : -1;
  }
  // Most characters after a number start no unit: a table look-up before the map.
  if (!UNIT_STARTS[c]) return 0;
  const list = byFirstChar.get(c)!;
  // 个 百 分 点, as a PDF letter-spaces it, is the unit 个百分点: looked for only where a space is near.
  const spaced = GAP[codeOrNul(text, at + 1)] === 1 || GAP[codeOrNul(text, at + 2)] === 1 || GAP[codeOrNul(text, at + 3)] === 1;
  for (let k = 0; k < list.length; k++) {
    const u = list[k].unit;
    if (u.length === 1 && wordStarts.get(c)?.[codeOrNul(text, at + 1)]) continue;
    const n = text.startsWith(u, at) ? u.length : spaced && u.length > 1 ? spacedLength(text, at, u) : 0;
    if (n > 0) {
      const per = perUnitLength(text, at + n);
      lastUnit = per === 0 ? u : '';
      return n + per;
    }
  }
  return 0;
}

/**
 * The lexicon's own string for the unit matchUnit found last ('' for an
 * ASCII or per unit): a document writes a few dozen units thousands of times,
 * and the lexicon's strings are hashed once, where a slice of the text is a
 * new string to hash at every look-up.
 */
let lastUnit = '';

export function lastMatchedUnit(): string {
  return lastUnit;
}

function perUnitLength(text: string, at: number): number {
  if (!SLASHES[codeOrNul(text, at)]) return 0;
  for (const u of PER_UNITS) if (text.startsWith(u, at + 1)) return 1 + u.length;
  return 0;
}

/** A written unit taken apart: 万千瓦 → 1e4 × 千瓦; 元/人 → a rate. */
export interface UnitParts {
  /** The magnitudes written before the unit: 万亿元 → 1e12. */
  magnitude: number;
  /** The unit after its magnitudes ('' when only magnitudes are written: 14亿). */
  unit: string;
  record: UnitRecord | undefined;
  /** 元/人, 吨/万元: a unit per another. */
  per: boolean;
  /** The scale a target's `normalized` applies (see foldMagnitudes): 万家 → 1e4 and 家, 成 → 10 and %. */
  scale: { factor: number; base: string };
}

/** A document uses a few dozen units many times over: each is taken apart once. */
const partsCache = new Map<string, UnitParts>();

export function unitParts(written: string): UnitParts {
  let parts = partsCache.get(written);
  if (parts) return parts;
  let magnitude = 1;
  let i = 0;
  // 千瓦 is a unit, not a thousand 瓦: a magnitude only where no unit starts.
  while (i < written.length && written[i] in MAGNITUDES && !byUnit.has(unitAt(written, i))) {
    magnitude *= MAGNITUDES[written[i]];
    i++;
  }
  const unit = written.slice(i);
  const slash = unit.search(/[/／]/);
  const record = byUnit.get(unit);
  // A share or change in percent where it is written coarser or in other characters (％ → %, 成 → ×10 %,
  // 个百分点 → 百分点); per mille (‰) stays as written, finer than percent.
  const ratio = (record?.dimension === 'ratio' || record?.dimension === 'percentage-point') && record.factor >= 1;
  const scale = ratio ? { factor: magnitude * record!.factor, base: record!.base } : { factor: magnitude, base: unit };
  parts = { magnitude, unit, record, per: !record && slash > 0, scale };
  partsCache.set(written, parts);
  return parts;
}

/** The longest lexicon unit starting at `i` of `s`, or ''. */
function unitAt(s: string, i: number): string {
  const n = matchUnit(s, i);
  return n > 0 ? s.slice(i, i + n) : '';
}

/** A unit of the lexicon, by its written form without magnitudes. */
export function unitRecord(unit: string): UnitRecord | undefined {
  return byUnit.get(unit);
}

/** A counting classifier: the thing counted may follow the number (10家|龙头企业). */
export function isCounting(written: string): boolean {
  const { record } = unitParts(written);
  return record !== undefined && record.counting;
}

/** A share or a change of one: %, ‰, 成, 个百分点. */
export function isRatio(written: string): boolean {
  const d = unitParts(written).record?.dimension;
  return d === 'ratio' || d === 'percentage-point';
}

/** The value in the dimension's base unit: 1.2万亿元 → 1.2e12 元, 5千米 → 5000 米, 七成六 → 76 %. */
export function toBaseUnit(value: number, written: string): { value: number; unit: string; dimension: Dimension } {
  const { magnitude, unit, record, per } = unitParts(written);
  if (record) return { value: roundSignificant(value * magnitude * record.factor), unit: record.base, dimension: record.dimension };
  if (per) return { value: roundSignificant(value * magnitude), unit, dimension: 'rate' };
  // Only a fraction (三分之一) has no unit at all: a share, in percent.
  if (written === '') return { value: roundSignificant(value * 100), unit: '%', dimension: 'ratio' };
  return { value: roundSignificant(value * magnitude), unit, dimension: 'number' };
}

/**
 * Magnitudes folded into the value, the unit kept (亿元 → ×1e8 元, 万千瓦 →
 * ×1e4 千瓦), and shares restated as unitParts says. This is the
 * `normalized` of a target.
 */
export function foldMagnitudes(value: number, written: string): { value: number; unit: string } {
  const { factor, base } = unitParts(written).scale;
  // Only a scaled value carries floating-point noise worth rounding.
  return { value: factor === 1 ? value : roundSignificant(value * factor), unit: base };
}

/** The scale of a written unit: 万家 → 1e4 and 家, 成 → 10 and %. */
export function unitScale(written: string): { factor: number; base: string } {
  return unitParts(written).scale;
}

/** 1.2 × 1e12 is 1200000000000.0002 in binary floating point: round that noise away. */
function roundSignificant(v: number): number {
  if (!Number.isFinite(v)) return v;
  // Most scaled values are whole (3000亿 → 300000000000): no need for the slow toPrecision.
  const whole = Math.round(v);
  return Math.abs(v - whole) <= Math.abs(v) * 1e-12 ? whole : Number(v.toPrecision(12));
}
