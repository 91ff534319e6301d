/**
 * Units of measure that make a number a quantity, and how to fold a written
 * unit (亿元, 万家, 个百分点, 五成) into a plain value and a base unit.
 *
 * A number with none of these after it is not a target: that is what keeps
 * years (2020年), ordinals (第五位), line names (11号线), sessions (第七届),
 * labels (5G, 500强, 两大产业) and durations (五年) out without listing them.
 */
import { charSet, code } from './chars.js';

/** Units read after a number, as written. Longest match wins. */
const UNITS = [
  // shares and changes
  '%', '％', '‰', '个百分点', '百分点', '成', '倍',
  // money
  '元', '美元', '欧元', '港元', '日元', '元人民币',
  // counts of things and people
  '家', '个', '项', '件', '所', '座', '处', '条', '部', '台', '套', '辆', '架', '艘', '栋', '间',
  '张', '床', '张床位', '户', '人', '人次', '名', '位', '例', '种', '类', '款', '只', '头', '株',
  '棵', '篇', '册', '份', '次', '场', '批次', '支', '所次', '床位',
  // sizes
  '公里', '千米', '米', '平方公里', '平方米', '亩', '公顷', '立方米', '标方',
  '吨', '吨标准煤', '吨标煤', '千克', '公斤', '克', '斤',
  '千瓦', '千瓦时', '兆瓦', '吉瓦', '度', '标箱', '分贝',
  '微克/立方米', '毫克/升', '毫克/立方米',
  // durations that measure a service (a bare 年 is a date or a period, not a target)
  '个工作日', '工作日', '小时', '分钟', '天', '岁',
] as const;

/** ASCII unit words, matched only as a whole run of letters after the number. */
const ASCII_UNITS = new Set(['MW', 'GW', 'kW', 'KW', 'km', 'TEU', 'Mbps', 'Gbps', 'GB', 'TB', 'PB', 'EB']);

/** After a unit, a per-unit (元/人, 吨/万元, 万吨/年) belongs to it. */
const PER_UNITS = ['万元', '元', '人', '户', '年', '日', '天', '小时', '平方米', '亩', '公里', '千米', '吨', '万人'];

/** Units that count discrete things: a noun may follow them (49所中小学校). */
export const COUNT_UNITS = new Set([
  '家', '个', '项', '件', '所', '座', '处', '条', '部', '台', '套', '辆', '架', '艘', '栋', '间',
  '张', '户', '名', '位', '例', '种', '类', '款', '只', '头', '株', '棵', '篇', '册', '份', '支',
]);

/** Units whose value is a proportion: a share or a change rather than a stock. */
export const RATIO_UNITS = new Set(['%', '％', '‰', '成', '个百分点', '百分点']);

/** Magnitude characters written between a number and its unit: 10万家, 1.2万亿元. */
const MAGNITUDES: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 };
export const MAGNITUDE_CHARS = charSet(Object.keys(MAGNITUDES).join(''));

/** Units by the code of their first character, longest first: no string is made to look one up. */
const byFirstChar = new Map<number, string[]>();
for (const u of [...UNITS].sort((a, b) => b.length - a.length)) {
  const list = byFirstChar.get(code(u)) ?? [];
  list.push(u);
  byFirstChar.set(code(u), list);
}

const UNIT_STARTS = charSet(UNITS.map((u) => u[0]).join(''));

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The unit written at `at`: its length, or 0 when none is. Returns -1 when a
 * run of ASCII letters follows that is not a unit: the digits then belong to a
 * name (5G, 3D打印) and the number is no quantity.
 */
export function matchUnit(text: string, at: number): number {
  if (isAsciiLetter(text.charCodeAt(at))) {
    let e = at;
    while (e < text.length && e - at < 8 && isAsciiLetter(text.charCodeAt(e))) e++;
    return ASCII_UNITS.has(text.slice(at, e)) && !isAsciiLetter(text.charCodeAt(e)) ? e - at : -1;
  }
  const c = text.charCodeAt(at);
  // Most characters after a number start no unit: a table look-up before the map.
  if (!UNIT_STARTS[c]) return 0;
  for (const u of byFirstChar.get(c) ?? []) {
    if (text.startsWith(u, at)) return u.length + perUnitLength(text, at + u.length);
  }
  return 0;
}

const SLASHES = charSet('/／');

function perUnitLength(text: string, at: number): number {
  if (!SLASHES[text.charCodeAt(at)]) return 0;
  for (const u of PER_UNITS) if (text.startsWith(u, at + 1)) return 1 + u.length;
  return 0;
}

/**
 * Fold a written unit into a base unit: 亿元 → ×1e8 元, 万家 → ×1e4 家,
 * 个百分点 → 百分点, 成 → ×10 %, ％ → %.
 */
export function normalizeUnit(value: number, unit: string): { value: number; unit: string } {
  const { factor, base } = unitScale(unit);
  // Only a scaled value carries floating-point noise worth rounding.
  return { value: factor === 1 ? value : roundSignificant(value * factor), unit: base };
}

/** A document uses a few dozen units many times over: each is taken apart once. */
const scales = new Map<string, { factor: number; base: string }>();

/** A written unit taken apart: 万家 → 1e4 and 家, 成 → 10 and %. */
export function unitScale(unit: string): { factor: number; base: string } {
  let scale = scales.get(unit);
  if (scale) return scale;
  let factor = 1;
  let i = 0;
  while (i < unit.length && unit[i] in MAGNITUDES && !byFirstChar.get(unit.charCodeAt(i))?.some((u) => unit.startsWith(u, i))) {
    factor *= MAGNITUDES[unit[i]];
    i++;
  }
  let base = unit.slice(i);
  if (base === '％') base = '%';
  else if (base === '个百分点') base = '百分点';
  else if (base === '成') {
    base = '%';
    factor *= 10;
  }
  scale = { factor, base };
  scales.set(unit, scale);
  return scale;
}

/** 1.2 × 1e12 is 1200000000000.0002 in binary floating point: round that noise away. */
function roundSignificant(v: number): number {
  if (!Number.isFinite(v)) return v;
  // Most scaled values are whole (3000亿 → 300000000000): no need for the slow toPrecision.
  const whole = Math.round(v);
  return Math.abs(v - whole) <= Math.abs(v) * 1e-12 ? whole : Number(v.toPrecision(12));
}
