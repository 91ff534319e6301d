/**
 * The records of `plan-parse quantities`: one per quantity the text writes,
 * each with the target it is the value of, and the four ways they are
 * written out (an aligned table, NDJSON, CSV, a JSON array).
 */
import { stringify } from 'csv-stringify/sync';
import type { QuantityRecord } from '../model/records.js';
import type { Target } from '../model/schema.js';
import { isRange, type Quantity } from '../quantities/reader.js';
import { toBaseUnit } from '../quantities/units.js';
import type { LineIndex } from '../text/positions.js';
import { painter } from '../present/color.js';
import { displayWidth, padEnd, truncate } from '../present/width.js';
import { pickFields } from './records.js';

/** Column order of CSV and key order of JSON; a test checks it against the zod schema. */
export const QUANTITY_COLUMNS = [
  'source', 'line', 'column', 'text', 'value', 'valueMax', 'unit', 'normalizedValue', 'normalizedUnit', 'dimension', 'approx', 'targetId',
] as const satisfies readonly (keyof QuantityRecord)[];

/**
 * A document's quantities as records. A target takes the first quantity
 * inside its span that holds its value; a table cell's value, written
 * without a unit (the header gives it), is listed from its target.
 */
export function quantityRecords(source: string, text: string, index: LineIndex, quantities: readonly Quantity[], targets: readonly Target[]): QuantityRecord[] {
  const records: { start: number; record: QuantityRecord }[] = quantities.map((q) => ({ start: q.start, record: recordOf(source, text, index, q) }));
  let first = 0;
  for (const t of targets) {
    const start = t.position.start.offset;
    const end = t.position.end.offset;
    while (first < quantities.length && quantities[first].end <= start) first++;
    let found = false;
    for (let k = first; k < quantities.length && quantities[k].start < end; k++) {
      const q = quantities[k];
      const r = records[k].record;
      if (r.targetId === null && q.start >= start && q.end <= end && Math.abs(q.value) === Math.abs(t.value)) {
        r.targetId = t.id;
        found = true;
        break;
      }
    }
    if (!found && t.origin === 'table') records.push({ start, record: tableRecord(source, t) });
  }
  // Table cells join the list in text order; ties keep the reader's order (a stable sort).
  records.sort((a, b) => a.start - b.start);
  return records.map((r) => r.record);
}

function recordOf(source: string, text: string, index: LineIndex, q: Quantity): QuantityRecord {
  const at = index.position(q.start, q.end).start;
  const base = toBaseUnit(q.value, q.unit);
  return {
    source,
    line: at.line,
    column: at.column,
    text: text.slice(q.start, q.end),
    value: q.value,
    valueMax: isRange(q) ? q.valueMax : null,
    unit: q.unit,
    normalizedValue: base.value,
    normalizedUnit: base.unit,
    dimension: base.dimension,
    approx: q.approx,
    targetId: null,
  };
}

function tableRecord(source: string, t: Target): QuantityRecord {
  const base = toBaseUnit(t.value, t.unit);
  return {
    source,
    line: t.position.start.line,
    column: t.position.start.column,
    text: t.text,
    value: t.value,
    valueMax: t.valueMax,
    unit: t.unit,
    normalizedValue: base.value,
    normalizedUnit: base.unit,
    dimension: base.dimension,
    approx: t.comparator === '~',
    targetId: t.id,
  };
}

export type QuantityFormat = 'table' | 'ndjson' | 'csv' | 'json';

/** One document's records in a format, and what goes before, between and after documents. */
export interface QuantityWriter {
  header: string;
  document(source: string, records: readonly QuantityRecord[]): string;
  separator: string;
  footer(empty: boolean): string;
}

const TABLE_HEADER = ['line', 'text', 'value', 'normalized', 'dimension', 'target'];
const MAX_TEXT = 24;

function valueCell(r: QuantityRecord): string {
  const range = r.valueMax === null ? String(r.value) : `${r.value}–${r.valueMax}`;
  return `${r.approx ? '≈' : ''}${range}${r.unit === '' ? '' : ' ' + r.unit}`;
}

export function quantityWriter(format: QuantityFormat, options: { color: boolean; bom: boolean; fields?: string[] }): QuantityWriter {
  const picked = (rs: readonly QuantityRecord[]) => pickFields([...rs], options.fields);
  switch (format) {
    case 'ndjson':
      return { header: '', separator: '', document: (_s, rs) => picked(rs).map((r) => JSON.stringify(r) + '\n').join(''), footer: () => '' };
    case 'json':
      return {
        header: '[',
        separator: ',',
        document: (_s, rs) => picked(rs).map((r) => '\n' + JSON.stringify(r)).join(','),
        footer: (empty) => (empty ? ']\n' : '\n]\n'),
      };
    case 'csv': {
      const rows = (data: object[], header: boolean) => stringify(data, { columns: options.fields ?? [...QUANTITY_COLUMNS], header, record_delimiter: 'windows', cast: { boolean: (b) => String(b) } });
      return { header: (options.bom ? '\uFEFF' : '') + rows([], true), separator: '', document: (_s, rs) => rows([...rs], false), footer: () => '' };
    }
    case 'table': {
      const paint = painter(options.color);
      return {
        header: '',
        separator: '\n',
        document: (source, rs) => {
          if (rs.length === 0) return `${paint('bold', source)}\n${paint('dim', '(no quantities found)')}\n`;
          const rows = rs.map((r) => [`${r.line}:${r.column}`, truncate(r.text, MAX_TEXT), valueCell(r), `${r.normalizedValue} ${r.normalizedUnit}`, r.dimension, r.targetId ?? '-']);
          const widths = TABLE_HEADER.map((h, k) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[k]))));
          const line = (row: string[]) => row.map((c, k) => (k === row.length - 1 ? c : padEnd(c, widths[k]))).join('  ');
          return [paint('bold', source), paint('dim', line(TABLE_HEADER)), ...rows.map(line)].join('\n') + '\n';
        },
        footer: () => '',
      };
    }
  }
}
