/**
 * How headings and targets read to a person, shared by the Markdown output,
 * the terminal tree and the `targets` table: 第一章 总体要求, ≥ 6%,
 * 5000亿元, 3–5个, growth ↓.
 */
import { SPACED_STYLES } from '../model/numbering.js';
import type { Comparator, Section, Target } from '../model/schema.js';

/** The marker and the title, as a heading line shows them. */
export function headingText(s: Pick<Section, 'marker' | 'title' | 'style'>): string {
  // Markers that end in a word (第一章) are followed by a space, as in print;
  // so is one before a title that starts with a digit, which would read as part of the number (1.5G…).
  // A heading that is only its marker (an article: 第一条 and then its provision) has no space after it.
  const spaced = s.title !== '' && (SPACED_STYLES.has(s.style) || /^[0-9０-９]/.test(s.title));
  return s.marker + (spaced ? ' ' : '') + s.title;
}

const SYMBOL: Record<Exclude<Comparator, 'range'>, string> = { '=': '', '>=': '≥', '>': '>', '<=': '≤', '<': '<', '~': '≈' };

/** The comparator, the value (a range as a–b) and the unit as written. */
export function targetValue(t: Pick<Target, 'comparator' | 'value' | 'valueMax' | 'unit'>): string {
  const amount = t.valueMax === null ? String(t.value) : `${t.value}–${t.valueMax}`;
  const symbol = t.comparator === 'range' ? '' : SYMBOL[t.comparator];
  return (symbol ? symbol + ' ' : '') + amount + t.unit;
}

/** The kind, with an arrow for the way a growth goes. */
export function targetKind(t: Pick<Target, 'kind' | 'direction'>): string {
  return t.direction === null ? t.kind : `${t.kind} ${t.direction === 'increase' ? '↑' : '↓'}`;
}

/** When the value holds: the year if the text names one, else the timeframe. */
export function targetWhen(t: Pick<Target, 'timeframe' | 'year'>): string {
  if (t.year === null) return t.timeframe === 'unknown' ? '' : t.timeframe;
  return t.timeframe === 'baseline' ? `${t.year} (baseline)` : String(t.year);
}
